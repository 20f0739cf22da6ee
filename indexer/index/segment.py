"""Whoosh's segment writer, writing the same files with a few thousand fewer system calls.

Adding one paper to an archive writes a segment of ~15 documents and ~1,000 terms. Whoosh
spends most of that commit in system calls, not in work: it asks the postings and terms
files where they stand (``tell``, an ``lseek`` each) about four times a term, and reads
each posting's field length back from the column file it has just written (a seek and a
read a posting: ~3,500 for one paper). Here the two files count their own position and the
lengths are kept in memory as they are written, so the segment's files are byte for byte
Whoosh's own (``tests/test_segment_writer.py`` compares them) and cost a fraction of the time.

A small batch (a paper or a few) is written in memory and lands as one compound file:
creating a file costs ~0.7 ms of CPU on our disks, and a segment of separate files is 18
of them (a column a field), plus a temporary folder and file. A compound segment is copied
whole into each reader (bench/RESULTS.md: 5 GB serving at 10,000 meetings), so only a
segment of at most ``COMPOUND_MAX_BYTES`` is landed so (a real paper's is 140-220 KB); a
larger one, as when Whoosh folds five or six small ones together, lands as separate files.
The small ones are the first Whoosh merges, so only the papers added since the last merge
are ever compound (five at most in a run of 14 one-paper adds to the real-paper index).
A small segment's postings are also left uncompressed: zlib on blocks of a posting or two
saves nothing on disk and was a fifth of the commit; readers read both.

Each text is analysed once a segment, and a text a field has indexed before gives it the
same postings again: the searched parts (title, resolutions, commitments, people) are indexed
in their own fields and again in ``words``, and an unnumbered paper's commitments are every
item's, so the same text went through the analyzer up to 30 times.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from io import BytesIO
from itertools import groupby
from operator import itemgetter
from pickle import dumps
from typing import Any

from whoosh.analysis import Token
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, WHOOSH3_HEADER_MAGIC
from whoosh.fields import TEXT
from whoosh.filedb.filestore import RamStorage
from whoosh.filedb.filetables import _lengths as KEY_VALUE_LENGTHS
from whoosh.filedb.structfile import BufferFile, StructFile
from whoosh.system import pack_int, pack_ushort
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import SegmentWriter

# Up to this many documents in the new segment, its postings are written uncompressed.
SMALL_SEGMENT_DOCS = 1000
# A segment written in memory lands as one compound file up to this size, else as separate files.
COMPOUND_MAX_BYTES = 512 << 10


class QuickSegmentWriter(SegmentWriter):
    """A ``SegmentWriter`` whose new segment is written with positions and lengths kept in memory."""

    def __init__(self, ix: Any, in_memory: bool = False, **kwargs: Any) -> None:
        if in_memory:
            ix = _WithNewSegmentInMemory(ix)
            kwargs["compound"] = True
        super().__init__(ix, **kwargs)
        fieldwriter = self.fieldwriter
        for structfile in (fieldwriter._postfile, fieldwriter._tindex.dbfile):
            structfile.file = _Positioned(structfile.file)
        self._lengths: dict[str, dict[int, int]] = defaultdict(dict)  # field → docnum → length byte
        perdoc = self.perdocwriter
        add_field = perdoc.add_field

        def add_field_noting_length(fieldname: str, fieldobj: Any, value: Any, length: int) -> None:
            add_field(fieldname, fieldobj, value, length)
            if length:  # as Whoosh's writer: a length column only for lengths it writes
                self._lengths[fieldname][perdoc._docnum] = length_to_byte(length)

        perdoc.add_field = add_field_noting_length
        if in_memory:  # no run of postings is spilled to disk: the pool only gathers them
            self.pool.add = self.pool.current.append
        self._analysed: dict[int, _AnalysedOnce] | None = None  # analyzers lent to the schema

    def add_document(self, **fields: Any) -> None:
        if self._analysed is None:  # here, not at __init__: a rebuild sets its schema after
            self._analysed = {}
            for field in self.schema:
                if getattr(field, "analyzer", None) is not None:
                    once = self._analysed.setdefault(id(field.analyzer), _AnalysedOnce(field.analyzer))
                    field.analyzer = once
                if type(field) is TEXT:
                    field.index = _IndexedOnce(field.index)
        super().add_document(**fields)

    def _commit_toc(self, segments: Any) -> None:
        # The TOC pickles the schema: it gets its own analyzers and methods back.
        for field in self.schema:
            if isinstance(getattr(field, "analyzer", None), _AnalysedOnce):
                field.analyzer = field.analyzer.analyzer
            if isinstance(field.__dict__.get("index"), _IndexedOnce):
                del field.index
        super()._commit_toc(segments)

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        if self.docnum - self.docbase <= SMALL_SEGMENT_DOCS:
            self.codec._compression = 0  # read when the field writer starts each field
        _add_postings(self.fieldwriter, self.schema, self._lengths, self.pool.iter_postings())
        self.fieldwriter.close()

    def _assemble_segment(self) -> None:
        storage = self.storage
        if isinstance(storage, _NewSegmentInMemory) and storage.size() > COMPOUND_MAX_BYTES:
            storage.land_parts()
            self.compound = False
        super()._assemble_segment()


def _add_postings(fieldwriter: Any, schema: Any, lengths: dict[str, dict[int, int]], items: Any) -> None:
    """``FieldWriter.add_postings`` for Whoosh's W3 field writer, a term at a time.

    The same calls on the postings writer's blocks, and so the same bytes, as Whoosh's loop,
    which makes five method calls a posting (and reads its field length from disk)."""
    default_length = LENGTHS_COLUMN.default_value()
    postings = (item for item in items if item[2] != -1)  # -1: a word for a spelling graph
    for fieldname, terms in groupby(postings, key=itemgetter(0)):
        fieldwriter.start_field(fieldname, schema[fieldname])
        column = lengths.get(fieldname)
        for btext, term_postings in groupby(terms, key=itemgetter(1)):
            fieldwriter.start_term(btext)
            writer = fieldwriter._postwriter
            limit = writer._blocklimit
            for _field, _text, docnum, weight, value in term_postings:
                if len(writer._ids) >= limit:
                    writer._write_block()
                # W3PerDocReader.doc_field_length: 0 without a length column, None for a 0 byte
                if column is None:
                    length = 0
                else:
                    lbyte = column.get(docnum, default_length)
                    length = byte_to_length(lbyte) if lbyte else None
                writer._ids.append(docnum)
                writer._weights.append(weight)
                if weight > writer._maxweight:
                    writer._maxweight = weight
                if value:
                    writer._values.append(value)
                if length:
                    if writer._minlength is None or length < writer._minlength:
                        writer._minlength = length
                    if length > writer._maxlength:
                        writer._maxlength = length
            if writer._blockcount:  # a word in more documents than a block holds
                fieldwriter.finish_term()
            else:
                _finish_one_block_term(fieldwriter, writer)
        fieldwriter.finish_field()


def _finish_one_block_term(fieldwriter: Any, writer: Any) -> None:
    """``W3FieldWriter.finish_term`` for a term whose postings are one block (nearly every
    term of a paper's segment): the same bytes, written in one piece to each file rather
    than in ten, through three layers of file objects each."""
    ids, terminfo = writer._ids, writer._terminfo
    # W3TermInfo.add_block, for the first block
    terminfo._weight += sum(writer._weights)
    terminfo._df += len(ids)
    terminfo._minlength = writer._minlength
    terminfo._maxlength = max(terminfo._maxlength, writer._maxlength)
    terminfo._maxweight = max(terminfo._maxweight, writer._maxweight)
    terminfo._minid, terminfo._maxid = ids[0], ids[-1]
    # W3PostingsWriter._write_block(last=True)
    data = dumps((writer._mini_ids(), writer._mini_weights(), writer._mini_values()), 2)
    compression = writer._compression
    if compression:
        data = zlib.compress(data, compression)
    minlength, maxlength = length_to_byte(writer._minlength), length_to_byte(writer._maxlength)
    info = dumps((len(ids), ids[-1], writer._maxweight, compression, minlength, maxlength), 2)
    block = WHOOSH3_HEADER_MAGIC + pack_int(-(len(info) + len(data))) + info + data
    fieldwriter._postfile.write(block)
    terminfo.set_extent(writer._startoffset, len(block))
    writer._terminfo = None
    # OrderedHashWriter.add of the term's key and its terminfo
    key, value = pack_ushort(fieldwriter._fieldid) + fieldwriter._btext, terminfo.to_bytes()
    table = fieldwriter._tindex
    if key <= table.lastkey:
        raise ValueError(f"Keys must increase: {table.lastkey!r}..{key!r}")
    terms = table.dbfile
    position = terms.tell()
    table.index.append(position)
    terms.write(KEY_VALUE_LENGTHS.pack(len(key), len(value)) + key + value)
    hashed = table.hashfn(key)
    table.buckets[hashed & 255].append((hashed, position))
    table.lastkey = key


class _AnalysedOnce:
    """An analyzer that replays what it made of a text it has analysed before, for indexing.

    Only the call indexing makes (positions, no characters) is remembered, as the words,
    their positions from the text's start and their boosts; anything else goes through."""

    KEPT_TEXTS = 20_000

    def __init__(self, analyzer: Any) -> None:
        self.analyzer = analyzer
        self._seen: dict[str, list[tuple[str, int, float]]] = {}

    def __call__(self, value: Any, **kwargs: Any) -> Any:
        start = kwargs.get("start_pos", 0)
        plain = {k: v for k, v in kwargs.items() if k not in ("start_pos", "boosts")}
        if not isinstance(value, str) or plain != {"positions": True, "mode": "index"}:
            return self.analyzer(value, **kwargs)
        seen = self._seen.get(value)
        if seen is None:
            if len(self._seen) >= self.KEPT_TEXTS:
                self._seen.clear()
            tokens = self.analyzer(value, positions=True, mode="index")
            seen = self._seen[value] = [(t.text, t.pos, t.boost) for t in tokens if not t.stopped]
        return _replay(seen, start, kwargs)


class _IndexedOnce:
    """A text field's ``index`` that keeps what it made of a text (words, frequencies, weights,
    encoded positions) for the next document holding the same text in that field: an
    unnumbered paper's commitments are every item's, a person's name every commitment's."""

    def __init__(self, index: Any) -> None:
        self._index = index
        self._seen: dict[str, list[tuple[bytes, int, float, bytes]]] = {}

    def __call__(self, value: Any, **kwargs: Any) -> Any:
        if kwargs or not isinstance(value, str):
            return self._index(value, **kwargs)
        seen = self._seen.get(value)
        if seen is None:
            if len(self._seen) >= _AnalysedOnce.KEPT_TEXTS:
                self._seen.clear()
            seen = self._seen[value] = list(self._index(value))
            return seen
        # Fresh position bytes: a block pickles its values, and pickle writes an object it has
        # seen before as a back-reference, so shared ones would change the postings' bytes.
        return [(word, freq, weight, bytes(bytearray(positions))) for word, freq, weight, positions in seen]


def _replay(seen: list[tuple[str, int, float]], start: int, kwargs: dict[str, Any]) -> Any:
    token = Token(**kwargs)
    for text, pos, boost in seen:
        token.text, token.pos, token.boost, token.stopped = text, start + pos, boost, False
        yield token


class _Positioned:
    """A file being written from start to end that knows its position without asking the OS."""

    def __init__(self, raw: Any) -> None:
        self._raw = raw
        self._pos = raw.tell()

    def write(self, data: bytes) -> int:
        written = self._raw.write(data)  # a buffered file takes it all: its size in bytes
        self._pos += written
        return written

    def tell(self) -> int:
        return self._pos

    def __getattr__(self, name: str) -> Any:
        return getattr(self._raw, name)


class _WithNewSegmentInMemory:
    """What ``SegmentWriter`` takes from an index, with the new segment's files kept in memory."""

    def __init__(self, ix: Any) -> None:
        self.storage = _NewSegmentInMemory(ix.storage, ix.indexname)
        self.indexname = ix.indexname
        self.lock = ix.lock
        self._read_toc = ix._read_toc


class _NewSegmentInMemory:
    """The index's storage, except that a new segment's parts and temporary files stay in
    memory: only the compound file they are assembled into, and the TOC, reach the disk."""

    def __init__(self, disk: Any, indexname: str) -> None:
        self._disk = disk
        self._part = re.compile(rf"{re.escape(indexname)}_[a-z0-9]+\.(?!seg$)[\w.]+$")
        self._files: dict[str, bytes] = {}
        self.supports_mmap = disk.supports_mmap

    def create_file(self, name: str, **kwargs: Any) -> StructFile:
        if not self._part.match(name):
            return self._disk.create_file(name, **kwargs)

        def keep(written: StructFile) -> None:
            self._files[name] = written.file.getvalue()

        return StructFile(BytesIO(), name=name, onclose=keep)

    def open_file(self, name: str, **kwargs: Any) -> Any:
        if name in self._files:
            return BufferFile(memoryview(self._files[name]), name=name)
        return self._disk.open_file(name, **kwargs)

    def file_exists(self, name: str) -> bool:
        return name in self._files or self._disk.file_exists(name)

    def file_length(self, name: str) -> int:
        return len(self._files[name]) if name in self._files else self._disk.file_length(name)

    def file_modified(self, name: str) -> float:
        return -1 if name in self._files else self._disk.file_modified(name)

    def delete_file(self, name: str) -> None:
        if self._files.pop(name, None) is None:
            self._disk.delete_file(name)

    def list(self) -> list[str]:
        return [*self._disk.list(), *self._files]

    def size(self) -> int:
        return sum(map(len, self._files.values()))

    def land_parts(self) -> None:
        """Write the new segment's parts to disk as they are, each its own file."""
        for name, data in self._files.items():
            with self._disk.create_file(name) as part:
                part.write(data)
        self._files.clear()

    def __iter__(self) -> Any:
        return iter(self.list())

    def temp_storage(self, name: str | None = None) -> RamStorage:
        return RamStorage()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._disk, name)
