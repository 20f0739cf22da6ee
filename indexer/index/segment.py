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
segment of at most ``COMPOUND_MAX_BYTES`` is landed so (a paper's is ~100 KB); a larger one,
as when Whoosh folds the small segments together, lands as separate files. The small ones
are the first Whoosh merges, so few are ever on disk at once. A small segment's postings
are also left uncompressed: zlib on blocks of a posting or two saves nothing on disk and
was a fifth of the commit; readers read both.
"""

from __future__ import annotations

import re
from collections import defaultdict
from io import BytesIO
from typing import Any

from whoosh.codec.whoosh3 import LENGTHS_COLUMN
from whoosh.filedb.filestore import RamStorage
from whoosh.filedb.structfile import BufferFile, StructFile
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import SegmentWriter

# Up to this many documents in the new segment, its postings are written uncompressed.
SMALL_SEGMENT_DOCS = 1000
# A segment written in memory lands as one compound file up to this size, else as separate files.
COMPOUND_MAX_BYTES = 1 << 20


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

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        if self.docnum - self.docbase <= SMALL_SEGMENT_DOCS:
            self.codec._compression = 0  # read when the field writer starts each field
        self.fieldwriter.add_postings(self.schema, _Lengths(self._lengths), self.pool.iter_postings())
        self.fieldwriter.close()

    def _assemble_segment(self) -> None:
        storage = self.storage
        if isinstance(storage, _NewSegmentInMemory) and storage.size() > COMPOUND_MAX_BYTES:
            storage.land_parts()
            self.compound = False
        super()._assemble_segment()


class _Lengths:
    """``W3PerDocReader.doc_field_length`` answered from memory, value for value."""

    def __init__(self, lengths: dict[str, dict[int, int]]) -> None:
        self._lengths = lengths

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int | None:
        column = self._lengths.get(fieldname)
        if column is None:
            return default  # no length column was written for the field
        lbyte = column.get(docnum, LENGTHS_COLUMN.default_value())
        return byte_to_length(lbyte) if lbyte else None


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
