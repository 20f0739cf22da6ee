"""An action said in an item's own heading: "4.1 ACMC paper deadline back a bit.... LV will deal."

Terse club minutes write a whole piece of business on its heading line: the topic, then
who takes it on. The structure stage rightly reads the line as the item's title, so the
sentence forms never see it; here a title whose last sentence is "<owner> will|to <verb> …"
gives that owner the topic to deal with.
"""

from __future__ import annotations

import re

from indexer.records import Commitment

# The topic, a sentence break ("." or "…" or "...."), then "LV will deal" / "Mark to follow up".
_TITLE_ACTION = re.compile(
    r"^(?P<topic>.{6,}?)\s*(?:\.{2,}|…|[.;!?])\s+"
    r"(?P<who>[A-Z]{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+(?:will|to|agreed to|would)\s+"
    r"(?P<what>[a-z][\w'’ -]*?)[\s.!]*$"
)

# A lettered point read as a heading that is itself the whole sentence: "i. Jacob and
# Adriana will run it next semester" (graduate societies' outline minutes).
_TITLE_SENTENCE = re.compile(
    r"^(?!(?:The|This|That|It|We|They|There|He|She|All|Any|Each|No)\b)"
    r"(?P<who>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:\s+and\s+[A-Z][a-z]+(?: [A-Z][a-z]+)?)?\s+(?:will|agreed to)\s+"
    r"(?!be\b)(?P<what>[a-z][\w'’ ,-]{5,}?)[\s.!]*$"
)


def title_actions(items: list[tuple[str | None, str, str]], found: list[Commitment]) -> list[Commitment]:
    """A commitment for each title that closes with an owner's action. The owner is as
    written, or the one person of the paper's other commitments with those initials."""
    actors = {c.actor for c in found}
    out = []
    for number, title, _text in items:
        flat = " ".join(title.split())
        match = _TITLE_ACTION.match(flat) or _TITLE_SENTENCE.match(flat)
        if not match:
            continue
        who, what = match.group("who"), match.group("what").strip()
        topic = match.group("topic").strip(" .…") if "topic" in match.groupdict() else ""
        if who.isupper():
            named = {a for a in actors if _initials(a) == who}
            who = named.pop() if len(named) == 1 else who
        action = what if len(what.split()) >= 3 or not topic else f"{what} ({topic})"
        if len(action.split()) < 2:
            continue
        out.append(Commitment(actor=who, action=action, item=number, source_sentence=title))
    return out


def _initials(name: str) -> str:
    return "".join(w[:1] for w in name.split() if w[:1].isupper())
