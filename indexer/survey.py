"""How the reader fares on papers nobody has read by hand: the measures that need no gold.

`python -m indexer.evaluate --survey FOLDER [--json] [--workers N]` reads every paper in
FOLDER and, over the minutes among them, gives the share with no items, with items holding
under half the paper's text, with no date, no body, no one present, with garbled glyphs in
what was read, the share of "people" that look like places or things, and the papers that
could not be read at all; each measure names its worst papers. Gold covers 38 papers; the
same failures over years of the same bodies' minutes show whether a change generalises.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

from indexer.records import Record, to_dict
from indexer.same_body import stem_body
from indexer.structure.names import is_call_sign

WORST = 5
# A font with no Unicode map ("(cid:43)"), private-use bullets (U+F0B7), the replacement
# character, control characters: text that reads as nothing a user could search for.
_GARBLED = re.compile(r"\(cid:\d+\)|[\ue000-\uf8ff\ufffd\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_STREET_WORDS = set(
    "road rd street st lane avenue ave drive boulevard blvd crescent terrace close way place square highway "
    "parkway house centre center school library station hospital farm estate gardens mews".split()
)
_BODY_WORDS = set(
    "council councils committee committees association society club trust board department company "
    "group commission authority ltd limited inc llc plc corporation foundation partnership agency "
    "services service office ministry university college".split()
)
_ADDRESS = re.compile(r"\S+@\S+|\b(?:https?://|www\.)\S+|\S+\.(?:com|org|net|gov|edu|io|uk|ca|au)\b\S*")
_PARTICLES = set("de da di del della der den van von le la du dos das bin ibn al y e ter ten st".split())


@dataclass
class PaperFacts:
    """What the survey needs of one paper, small enough to pass between processes."""

    name: str
    body: str = ""
    doc_type: str | None = None
    error: str | None = None
    text_chars: int = 0
    item_chars: int = 0
    items: int = 0
    has_date: bool = False
    has_body: bool = False
    present: int = 0
    garbled: int = 0
    people: int = 0
    odd_people: dict[str, str] = field(default_factory=dict)  # name → why it is not a person
    seconds: float = 0.0  # wall time to read it, so a slow survey names its slow papers

    @property
    def item_share(self) -> float:
        return self.item_chars / self.text_chars if self.text_chars else 1.0

    @property
    def odd_share(self) -> float:
        return len(self.odd_people) / self.people if self.people else 0.0


def text_chars(text: str) -> int:
    """Letters and digits only, so spacing, rules and bullets do not count as text."""
    return sum(1 for ch in text if ch.isalnum())


def garbled_glyphs(strings: Iterable[str]) -> int:
    return sum(len(_GARBLED.findall(s)) for s in strings)


def _strings(value: object) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def lowercase_words(text: str) -> set[str]:
    """Words the paper itself writes in lower case: its common nouns, whatever the language.

    E-mail and web addresses are left out: they spell people's names in lower case
    ("karen.hughes@…"), which would make every name a common noun.
    """
    text = _ADDRESS.sub(" ", text)
    return set(re.findall(r"(?<![\w’'])[a-z][a-z’']+\b", text))


def odd_person(name: str, attendance: set[str], common: set[str]) -> str | None:
    """Why ``name`` looks like a place or a thing rather than a person, or None.

    ``attendance`` holds the paper's own attendees (full names and surnames, lower case): a
    name the paper lists as attending is a person even if it is also a word ("Cook").
    ``common`` holds the words the paper writes in lower case.
    """
    words = re.findall(r"[^\s,]+", name.replace("’", "'"))
    if not words:
        return "empty"
    if any(ch.isdigit() for ch in name) and not (len(words) == 1 and is_call_sign(words[0])):
        return "digits"  # a radio club's member named by call sign ("VE7GSJ") is a person
    bare = [w.strip(".'()").lower() for w in words]
    if any(w[:1].islower() and w.strip(".'()").lower() not in _PARTICLES for w in words):
        return "lower-case word"
    if bare[-1] in _STREET_WORDS and len(words) > 1:
        return "place"
    if any(w in _BODY_WORDS for w in bare):
        return "body"
    if any(w.endswith("'s") for w in words[:-1]) or (len(words) > 1 and words[-1].endswith("'s")):
        return "possessive"
    if " ".join(bare) in attendance or (len(bare) == 1 and bare[0] in attendance):
        return None
    if all(w in common for w in bare):
        return "common noun" if len(bare) == 1 else "common nouns"
    return None


def paper_facts(name: str, record: Record, pages: list[dict]) -> PaperFacts:
    """The survey's facts about one paper read into ``record`` from ``pages``."""
    facts = PaperFacts(name=name, body=stem_body(name), doc_type=record.doc_type)
    page_text = "\n".join(p.get("text") or "" for p in pages)
    facts.text_chars = text_chars(page_text)
    items = getattr(record, "items", [])
    facts.items = len(items)
    facts.item_chars = min(facts.text_chars, sum(text_chars(f"{i.title}\n{i.text}") for i in items))
    facts.has_date = bool(record.meeting_date)
    facts.has_body = bool(record.body)
    attendance = getattr(record, "attendance", None)
    listed = [p.name for part in ("present", "apologies", "absent") for p in getattr(attendance, part, [])]
    facts.present = len(getattr(attendance, "present", []))
    facts.garbled = garbled_glyphs(_strings(to_dict(record)))
    known = {n.lower().replace("’", "'") for n in listed} | {n.split()[-1].lower() for n in listed if n.split()}
    common = lowercase_words(page_text)
    people = list(dict.fromkeys([*listed, *(p.name for p in record.people)]))
    facts.people = len(people)
    for person in people:
        why = odd_person(person, known, common)
        if why:
            facts.odd_people[person] = why
    return facts


def read_facts(path: Path) -> PaperFacts:
    """Read one paper and keep only its facts; a paper that fails is a fact too."""
    from indexer.pipeline import read_paper

    start = time.perf_counter()
    try:
        record, pages = read_paper(path)
    except Exception as exc:  # noqa: BLE001 - the survey counts every failure, whatever its kind
        reason = getattr(exc, "reason", None) or f"{type(exc).__name__}: {exc}"
        facts = PaperFacts(name=path.stem, body=stem_body(path.stem), error=" ".join(str(reason).split())[:200])
    else:
        facts = paper_facts(path.stem, record, pages)
    facts.seconds = round(time.perf_counter() - start, 2)
    return facts


def survey_facts(folder: Path, workers: int = 1) -> list[PaperFacts]:
    """Facts for every paper in ``folder``, read by ``workers`` processes (each loads its own spaCy)."""
    from indexer.read.extract import SUPPORTED_SUFFIXES

    paths = sorted(p for p in folder.iterdir() if p.suffix.lower() in SUPPORTED_SUFFIXES)
    if workers <= 1:
        return [read_facts(p) for p in paths]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(read_facts, paths, chunksize=1))


def _worst(ranked: list[PaperFacts]) -> list[PaperFacts]:
    """Up to WORST papers in rank order, one per body first, so one body's house style
    does not fill the list."""
    chosen: list[PaperFacts] = []
    for paper in ranked:
        if len(chosen) < WORST and paper.body not in {p.body for p in chosen}:
            chosen.append(paper)
    for paper in ranked:
        if len(chosen) < WORST and paper not in chosen:
            chosen.append(paper)
    return chosen


def measures(facts: list[PaperFacts]) -> dict:
    """Each measure: how many of how many, the share, and its worst papers."""
    minutes = [f for f in facts if not f.error and f.doc_type == "minutes"]

    def measure(hits: list[PaperFacts], of: int, key=None, detail=None) -> dict:  # noqa: ANN001
        ranked = sorted(hits, key=key) if key else hits
        return {
            "count": len(hits),
            "of": of,
            "share": round(len(hits) / of, 3) if of else 0.0,
            "worst": [{"paper": p.name, **({"detail": detail(p)} if detail else {})} for p in _worst(ranked)],
        }

    out = {
        "unread": measure([f for f in facts if f.error], len(facts), detail=lambda p: p.error),
        "no_items": measure([f for f in minutes if not f.items], len(minutes), key=lambda p: -p.text_chars),
        "items_under_half_text": measure(
            [f for f in minutes if f.items and f.item_share < 0.5],
            len(minutes),
            key=lambda p: p.item_share,
            detail=lambda p: f"{p.item_share:.0%} of the text in items",
        ),
        "no_date": measure([f for f in minutes if not f.has_date], len(minutes), key=lambda p: -p.text_chars),
        "no_body": measure([f for f in minutes if not f.has_body], len(minutes), key=lambda p: -p.text_chars),
        "no_present": measure([f for f in minutes if not f.present], len(minutes), key=lambda p: -p.text_chars),
        "garbled_glyphs": measure(
            [f for f in minutes if f.garbled],
            len(minutes),
            key=lambda p: -p.garbled,
            detail=lambda p: f"{p.garbled} glyphs",
        ),
    }
    people = sum(f.people for f in minutes)
    odd = [f for f in minutes if f.odd_people]
    out["people_not_people"] = measure(
        odd,
        people,
        key=lambda p: (-p.odd_share, -len(p.odd_people)),
        detail=lambda p: f"{len(p.odd_people)}/{p.people}: " + "; ".join(list(p.odd_people)[:4]),
    )
    out["people_not_people"]["count"] = sum(len(f.odd_people) for f in minutes)
    out["people_not_people"]["share"] = round(out["people_not_people"]["count"] / people, 3) if people else 0.0
    return out


LABELS = {
    "unread": "papers unread (of all papers)",
    "no_items": "minutes with no items",
    "items_under_half_text": "items hold under half the text",
    "no_date": "minutes with no date",
    "no_body": "minutes with no body",
    "no_present": "minutes with no one present",
    "garbled_glyphs": "garbled glyphs in the record",
    "people_not_people": "'people' that look like places/things (of all people)",
}


def survey_report(folder: Path, facts: list[PaperFacts]) -> dict:
    types = Counter(f.doc_type or "unread" for f in facts)
    slowest = sorted(facts, key=lambda f: -f.seconds)[:3]
    return {
        "folder": str(folder),
        "papers": len(facts),
        "doc_types": dict(types),
        "seconds": round(sum(f.seconds for f in facts), 1),
        "slowest": [{"paper": f.name, "seconds": f.seconds} for f in slowest],
        "measures": measures(facts),
    }


def format_report(report: dict) -> list[str]:
    types = ", ".join(f"{k} {v}" for k, v in sorted(report["doc_types"].items()))
    slowest = ", ".join(f"{s['paper']} {s['seconds']:.0f}s" for s in report["slowest"])
    lines = [
        f"survey of {report['folder']}: {report['papers']} papers ({types})",
        f"read in {report['seconds']:.0f}s of reading time (slowest: {slowest})",
    ]
    for key, m in report["measures"].items():
        lines.append(f"{LABELS[key]:54} {m['share']:6.1%}  ({m['count']} of {m['of']})")
        for worst in m["worst"]:
            detail = f"  ({worst['detail']})" if worst.get("detail") else ""
            lines.append(f"    {worst['paper']}{detail}")
    return lines


def run_survey(folder: Path, workers: int = 1, as_json: bool = False) -> int:
    facts = survey_facts(folder, workers)
    report = survey_report(folder, facts)
    if as_json:
        report["facts"] = [asdict(f) for f in facts]
        print(json.dumps(report))
    else:
        print("\n".join(format_report(report)))
    return 0
