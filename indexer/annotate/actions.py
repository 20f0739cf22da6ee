"""Marked actions: markers in minutes ("Action: X to …", "ACTION:AHop/DO", "Action: …
(Owner)") and the rows of action tables and logs. The one place that reads them.

Clerks of panels, charities and town councils record who does what as marked actions
rather than in sentences: the owner may come first ("Action: DCLG to share …"), last in
brackets ("… (Olivia Burman)"), or alone, initials only, after the paragraph that says
what was agreed ("… it was AGREED to purchase. ACTION:AHop/DO").
"""

from __future__ import annotations

import re

from indexer.annotate.people import Gazetteer, plausible_person
from indexer.records import ActionRow, Commitment
from indexer.structure.dates import date_without_year, first_date

# Words that make an owner or actor a body or an office rather than a person.
BODY_WORDS = re.compile(
    r"\b(board|committee|council|cabinet|panel|department|team|service|clerk|officer|officers|secretariat|minister|"
    r"director|manager|chair|chairman|secretary|treasurer|staff|group|executive|mayor|trust|"
    r"authority|administrator|attorney|engineer|commission|working group|partnership)\b",
    re.IGNORECASE,
)

MARKER = re.compile(
    r"\b(?:outstanding\s+)?actions?\b(?:\s+(?:from|for|on)\b[^:.\n]{0,40})?\s*[:\-–]\s*"
    # "Trough 3 still leaking. c/f action Mick": carried forward, the owner after the marker
    r"|\bc/f\s+actions?\s*:?\s*(?=[A-Z])",
    re.IGNORECASE,
)
_OWNER_FIRST = re.compile(
    r"^(?P<who>[A-Z][\w'’.&/\- ]{0,40}?)\s+(?:to|will|would|should)\s+(?P<what>[a-z].+)$", re.DOTALL
)
_TRAILING_OWNER = re.compile(r"\((?P<who>[^()]{2,80})\)\s*\.?\s*$")
_OWNERS_ONLY = re.compile(r"^(?P<who>[A-Z][A-Za-z]{0,5}(?:\s*[/,&]\s*[A-Z][A-Za-z]{0,5})*)\s*\.?$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])")
_AGREED_LEAD = re.compile(r"^.*?\b(?:it was\s+)?(?:agreed|resolved|decided)\s+(?:that\s+)?(?:to\s+)?", re.IGNORECASE)
_SAID_LEAD = re.compile(
    r"^.*?\b(?:he|she|they|we|[A-Z]{2,4})\s+(?:would|will|agreed to|offered to|is to)\s+", re.DOTALL
)
# "9.2 It became apparent …" opens a paragraph; "… agreed at our meeting at 3.1 had not …" cites one.
_BARE_AGREED = re.compile(r"^\s*(?:it was\s+)?(?:agreed|approved)\W*$", re.IGNORECASE)
_ASKED_LEAD = re.compile(
    r"^.*?\b(?:asked|requested|proposed)\s+(?:if|whether|that)\s+(?:we|the\s+\w+|they|it)\s+"
    r"(?:could|would|should|can|might|may)\s+(?:agree\s+to\s+|approve\s+)?",
    re.IGNORECASE,
)
_DEEDS = {
    "purchase": "purchase",
    "hire": "hire",
    "repair": "repair",
    "replacement": "replace",
    "installation": "install",
    "removal": "remove",
    "renewal": "renew",
    "review": "review",
}
_DEED = re.compile(rf"^(?:the|a|an)\s+({'|'.join(_DEEDS)})\s+of\s+", re.IGNORECASE)
_SUBPARAGRAPH = re.compile(r"(?:^|\s)\d{1,2}\.\d{1,2}\s+(?=[A-Z])")
_DUE_WORDS = re.compile(r"\b(?:by|before|for|at)\s+(?:the\s+)?next\s+(?:\w+\s+)?meeting\b", re.IGNORECASE)


def action_commitments(text: str, gaz: Gazetteer, item: str | None) -> list[Commitment]:
    """Every marked action in an item's text, owner resolved through the paper's people."""
    found: list[Commitment] = []
    flat = " ".join(text.split())
    matches = list(MARKER.finditer(flat))
    for n, match in enumerate(matches):
        end = matches[n + 1].start() if n + 1 < len(matches) else len(flat)
        segment = flat[match.end() : end].strip()
        segment = _first_sentences(segment)
        before = flat[: match.start()]
        source = flat[match.start() : match.end() + len(segment)].strip()
        for part in _owned_parts(segment):
            commitment = _read_segment(part, before, gaz)
            if commitment:
                commitment.item = item
                commitment.source_sentence = source
                found.append(commitment)
    return found


def _owned_parts(segment: str) -> list[str]:
    """ "Actions: Cllr White to get a third quote; Clerk to order the work": one action per
    owner when every part names its own."""
    parts = [p.strip() for p in re.split(r";\s+(?=[A-Z])", segment)]
    if len(parts) > 1 and all(_OWNER_FIRST.match(p) for p in parts):
        return parts
    return [segment]


def _first_sentences(segment: str) -> str:
    """A marked action runs to the bracket that closes its sentence, or the sentence's end."""
    closing = re.search(r"\([^()]{2,80}\)\s*(?:\.|$)", segment)
    if closing and closing.start() < 400:
        return segment[: closing.end()].strip()
    return _SENTENCE_END.split(segment, maxsplit=1)[0].strip()


def _read_segment(segment: str, before: str, gaz: Gazetteer) -> Commitment | None:
    owner_text: str | None = None
    what = segment
    trailing = _TRAILING_OWNER.search(segment)
    if trailing and _resolve_owner(trailing.group("who").split(" - ")[0], gaz, strict=True):
        who = trailing.group("who")
        owner_text, _, extra = who.partition(" - ")
        what = segment[: trailing.start()].strip()
        if extra:
            what = f"{what} ({extra.strip()})"
        lead = _OWNER_FIRST.match(what)
        if lead:
            what = lead.group("what")
    else:
        only = _OWNERS_ONLY.match(segment)
        lead = _OWNER_FIRST.match(segment)
        if only:
            owner_text = only.group("who")
            what = _agreed_action(before)
        elif lead:
            owner_text, what = lead.group("who"), lead.group("what")
    if not owner_text or not what:
        return None
    group = re.match(rf"^{re.escape(owner_text.split()[0])}\s+(members|officers|staff)\b", segment)
    if group and not gaz.resolve(owner_text):
        owner_text = f"{owner_text.split()[0]} {group.group(1)}"  # "Panel members …(Panel and X)"
    actor = _resolve_owner(owner_text, gaz, strict=False)
    if not actor:
        return None
    what = what.strip(" .;,")
    first = what.split(" ", 1)[0]
    if first[:1].isupper() and not first.isupper():
        what = what[:1].lower() + what[1:]
    due = _DUE_WORDS.search(segment)
    return Commitment(actor=actor, action=what, due="next meeting" if due else None)


def _agreed_action(before: str) -> str:
    """The action an initials-only marker refers to, from the numbered paragraph it closes
    ("13.1 DO had obtained costs for 2 planters … AGREED to purchase. ACTION:DO"): what
    was agreed, with the paragraph as its context."""
    paragraph = _SUBPARAGRAPH.split(before.strip())[-1].strip()
    sentences = [s for s in _SENTENCE_END.split(paragraph) if s.strip()][-3:]
    if not sentences:
        return ""
    context = " ".join(sentences).strip()
    if len(sentences) >= 2 and _BARE_AGREED.match(sentences[-1]):
        # "Ali asked if we could agree to the purchase of cycle maps … AGREED ACTION:AHop":
        # what was asked is what was agreed.
        asked = _ASKED_LEAD.sub("", sentences[-2], count=1).strip(" .")
        if asked != sentences[-2].strip(" .") and len(asked.split()) >= 2:
            deed = _DEED.match(asked)  # "the purchase of cycle maps" → "purchase cycle maps"
            return f"{_DEEDS[deed.group(1).lower()]} {asked[deed.end() :]}" if deed else asked
    for sentence in reversed(sentences):
        for lead in (_SAID_LEAD, _AGREED_LEAD):
            cut = lead.sub("", sentence, count=1).strip(" .")
            if cut != sentence.strip(" .") and cut:
                return f"{cut} ({context.strip(' .')})" if len(cut.split()) < 6 else cut
    done = _to_be_done(sentences[-1])
    return f"{done} ({context.strip(' .')})" if done else context


# "The minutes were amended … and accepted as a true record to be posted on the website":
# the thing, and what is to be done to it.
_TO_BE_DONE = re.compile(
    r"^(?P<thing>(?:the|a|an|this|these|our)\s+[\w'’ -]{2,40}?)\s+(?:(?:was|were|is|are)\b[^.;]*?\s+)?"
    r"(?:to|will|would|should)\s+be\s+(?P<done>[a-z]+ed)\b(?P<rest>[^.;]*)",
    re.IGNORECASE,
)


def _to_be_done(sentence: str) -> str | None:
    """ "post the minutes on the website and noticeboard", from the passive that says it."""
    match = _TO_BE_DONE.match(sentence.strip())
    if not match:
        return None
    from indexer.annotate.nlp import load_pipeline  # the loaded pipeline imports this module

    verb = load_pipeline()(f"It will be {match.group('done')}")[3]
    if verb.tag_ != "VBN":
        return None
    thing = match.group("thing")
    return f"{verb.lemma_} {thing[:1].lower()}{thing[1:]}{match.group('rest')}".strip()


def _resolve_owner(text: str, gaz: Gazetteer, strict: bool) -> str | None:
    """The first owner named: a person of the paper, or a body or role as written."""
    first = re.split(r"\s*(?:/|,|&|\band\b(?=\s+[A-Z]))\s*", text.strip())[0].strip(" .")
    first = re.sub(r"^(?:the|a|an)\s+", "", first, flags=re.IGNORECASE)
    if not first:
        return None
    person = gaz.resolve(first)
    if person:
        return person.name
    if strict:
        words = first.split()
        return first if 1 <= len(words) <= 4 and words[0][:1].isupper() else None
    return first if first[:1].isupper() and len(first.split()) <= 5 else None


_DONE = re.compile(r"^(completed?|closed|done|superseded|withdrawn|cancelled|discharged)\b", re.IGNORECASE)
_ROW_OWNER = re.compile(r"^(?P<who>[A-Z][\w.'’&\- ]{0,30}?)(?:\s+and\s+[A-Z][\w.]*)?\s+to\s+(?P<what>[a-z].+)$")


def commitments_from_rows(rows: list[ActionRow], gaz: Gazetteer, meeting_date: str | None) -> list[Commitment]:
    """Open rows of action tables and logs; completed rows are history, not commitments."""
    out: list[Commitment] = []
    year = int(meeting_date[:4]) if meeting_date else None
    for row in rows:
        if row.status and _DONE.match(row.status.strip()):
            continue
        text = " ".join(row.text.split()).strip(" .")
        owner, action = row.owner, text
        if not owner:
            action, owner = _trailing_owner(text, gaz)
        inline = _ROW_OWNER.match(action)
        if inline and _owner_like(inline.group("who"), gaz) and owner == row.owner:
            owner, action = inline.group("who"), inline.group("what")
        if row.status and row.status.lower() == "carried" and action.endswith(" forward"):
            action = action[: -len(" forward")]
        if not owner or not (_owner_like(owner, gaz) or row.section == "action column"):
            continue  # an Action column holds nothing but owners ("Lights S/C")
        first = _first_owner(owner)
        if row.section == "action column":
            action = _owned_sentence(action, first) or action
        person = gaz.resolve(first)
        actor = person.name if person else re.sub(r"^the\s+", "", first, flags=re.IGNORECASE)
        due = _row_due(row.due, text, year)
        action = action[:1].lower() + action[1:] if action[:1].isupper() and not action.split()[0].isupper() else action
        out.append(
            Commitment(
                actor=actor,
                action=action,
                item=row.item,
                meeting_date=meeting_date,
                due=due,
                source_sentence=row.text,
                page=row.page,
                status=row.status,
            )
        )
    return out


def _first_owner(owner: str) -> str:
    """ "AHop/MS" → "AHop", "Daphne Roberts or Brian Stuart" → "Daphne Roberts"; but "S/C"
    (a sub-committee) is one owner, not two letters."""
    parts = re.split(r"\s*(?:/|,|&|\band\b|\bor\b)\s*", owner.strip())
    if "/" in owner and any(len(p.split()[-1] if p.split() else p) < 2 for p in parts):
        parts = re.split(r"\s*(?:,|&|\band\b|\bor\b)\s*", owner.strip())
    return parts[0].strip()


def _owned_sentence(paragraph: str, owner: str) -> str | None:
    """The action a column's initials own, verb first, with the rest of the paragraph as its
    context: "JS to contact the developer" in "Ayton Mains Wind Turbines JS reported …"."""
    match = re.search(
        rf"\b{re.escape(owner)}\s+(?:(?:agreed|offered|undertook|volunteered)\s+)?(?:to|will|would)\s+(?P<what>[a-z][^.;]+)",
        paragraph,
    )
    if not match:
        return None
    rest = (paragraph[: match.start()] + paragraph[match.end() :]).strip(" .;")
    return f"{match.group('what').strip()} ({rest})" if len(rest.split()) >= 3 else match.group("what").strip()


def _trailing_owner(text: str, gaz: Gazetteer) -> tuple[str, str | None]:
    """ "Email membership for volunteers Steve Buffington": a row whose owner cell sat too
    close to the action to be set apart, told by the name that closes it."""
    words = text.split()
    for size in (3, 2):
        if len(words) <= size:
            continue
        tail = " ".join(words[-size:])
        if gaz.resolve(tail) or (size == 2 and plausible_person(tail) and words[-size - 1][:1].islower()):
            return " ".join(words[:-size]), tail
    return text, None


def _row_due(due: str | None, text: str, year: int | None) -> str | None:
    for source in (text, due or ""):
        when = first_date(source) or (date_without_year(source, year) if year else None)
        if when:
            return when
    return due


def _owner_like(text: str, gaz: Gazetteer) -> bool:
    """A person of the paper, an acronym ("ODUG", "GS/JTe"), or a body or role."""
    first = _first_owner(text)
    if gaz.resolve(first) or plausible_person(first):
        return True
    if len(first.split()) == 1 and sum(c.isupper() for c in first if c.isalpha()) >= 2:
        return True
    return bool(BODY_WORDS.search(first))
