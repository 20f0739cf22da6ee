"""Action lists written as "owner – action" lines: "1. Daniel - organise posters for …",
"• Treasurer – renew the insurance", "Sec TODO: swap the registration form …".

Student societies, clubs and associations close their minutes with such a list (headed
"Action List", "Summary of Actions Arising", or not at all) or mark a line "TODO". The
owner is a person of the paper (a first name will do), a role one person holds, or an
office; the action opens with a verb in its base form. A list at the paper's end names
no item: its rows are given the item they are about afterwards (``place_list_rows``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from indexer.annotate.actions import BODY_WORDS
from indexer.annotate.due_dates import due
from indexer.annotate.offices import office_holder, short_office
from indexer.annotate.people import Gazetteer
from indexer.records import Commitment

# "3. Tristan - talk to …", "• Cate – create a poll …", "Pres & VP TODO: research …".
_LINE = re.compile(
    r"^[ \t]*(?:[-•●▪*+/][ \t]*(?:[a-z]{1,3}[ \t]+)?)?(?:\(?\d{1,2}[.)])?[ \t]*"
    r"(?P<who>[A-Z][\w'’.]*(?:(?:[ \t]*(?:&|/)[ \t]*|[ \t]+(?:and[ \t]+)?)[A-Z][\w'’.]*){0,3}(?:[ \t]+[a-z]{2,6})?)"
    r"(?:[ \t]+[-–—][ \t]+(?:to[ \t]+)?|[ \t]*(?:TODO|To[ \t]?do|ACTION)[ \t]*:?[ \t]*)"
    r"(?P<what>[A-Za-z][^\n]{6,})$",
    re.MULTILINE,
)
# "… Huzzah for OCD. Sec TODO: Swap registration form Vic to ACNC?? Treas TODO: Get …":
# a marked action inside a paragraph, running to its sentence's end or the next marker; a
# summary may run its markers on without full stops ("… bank details Pres & VP TODO: …").
_TODO = re.compile(
    r"(?:^|(?<=[.?!)]\s)|(?<=[a-z]\s)(?=[A-Z][\w'’.]*(?:\s*(?:&|and|/)\s*[A-Z][\w'’.]*)?\s+(?:TODO|To[ \t]?do)\b))(?P<who>[A-Z][\w'’.]*(?:\s*(?:&|and|/)\s*[A-Z][\w'’.]*)?)\s+(?:TODO|To[ \t]?do)\s*:?\s*"
    r"(?P<what>[A-Za-z][^\n]*?)(?=[.?!]+(?:\s|$)|\s+[A-Z][\w'’.]*(?:\s*(?:&|and|/)\s*[A-Z][\w'’.]*)?\s+TODO\b|\n|$)",
    re.MULTILINE,
)
# "CH: Lobby ERA to get the proceedings counted as a journal. (TODO)": a speaker's line
# marked as an action after it; unmarked, "LV: concerned a bit …" is only what was said.
_TRAILING = re.compile(
    r"(?:^|(?<=[.?!)]\s))(?P<who>[A-Z][\w'’.]*(?:\s*(?:&|and|/)\s*[A-Z][\w'’.]*)?)\s*:\s*"
    r"(?P<what>[A-Za-z][^\n(]*?)[\s.?!]*\((?:TODO|To[ \t]?do|ACTION)\)",
    re.MULTILINE,
)
# An item headed as the paper's action list ("7. Action List", "Summary of Actions").
_LIST_TITLE = re.compile(
    r"^(?:summary of )?(?:action(?: list| points| summary)|actions(?: list| agreed| arising)?|to ?do(?: list)?)\W*$",
    re.I,
)
_NEXT_ROW = re.compile(r" (?=(?:[•●▪]|\d{1,2}[.)]) [A-Z][\w'’.]*(?: [A-Z][\w'’.]*)? [-–—] )")
_MARKED = re.compile(r"(?:TODO|To[ \t]?do|ACTION)[ \t]*:?[ \t]*$")


UNPLACED = "\x00list"  # the item of a row of a closing action list, until it is placed
_LIST_HEAD = re.compile(
    r"^[ \t]*(?:summary of )?(?:actions?(?: list| items?| arising| points?| summary)?|action points|to ?dos?)[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def list_actions(doc: Doc, gaz: Gazetteer, item: str | None) -> list[Commitment]:
    """Every "owner – action" line of ``doc`` whose owner is someone of the paper and
    whose action opens with a verb. Rows under an "Action List" heading are about the
    items before it, not the item the list happens to sit in."""
    out: list[Commitment] = []
    text = re.sub(r" {2,}", lambda gap: "\n" * len(gap.group()), doc.text)  # paragraph breaks, as spaCy read them
    text = _NEXT_ROW.sub("\n", text)  # a list whose lines were run together: each number or bullet starts a row
    head = _LIST_HEAD.search(text)
    matches = [m for m in _LINE.finditer(text) if not _MARKED.search(text[m.start("who") : m.start("what")])]
    matches += [m for m in _TODO.finditer(text) if not any(n.start() <= m.start() < n.end() for n in matches)]
    matches += [m for m in _TRAILING.finditer(text) if not any(n.start() <= m.start() < n.end() for n in matches)]
    for match in matches:
        marked = match.re is _TRAILING or bool(_MARKED.search(text[match.start("who") : match.start("what")]))
        if len(match.group("what").split()) < 2:
            continue
        what = match.group("what").strip()
        if not _opens_with_verb(what, marked):
            continue
        actor = _owner(match.group("who"), gaz)
        if actor is None:
            continue
        action = what[:1].lower() + what[1:] if not what.split()[0].isupper() else what
        action = re.sub(r"[\s?!.]+$", "", action)
        where = f"{UNPLACED}{item or ''}" if head and match.start() > head.start() else item
        out.append(
            Commitment(actor=actor, action=action, item=where, source_sentence=match.group(0).strip(), due=due(what))
        )
    return out


def place_list_rows(found: list[Commitment], items: list[tuple[str | None, str, str]]) -> tuple[set[int], set[int]]:
    """A closing list's row goes to the one item that is clearly about it: its title shares
    words with the row ("organise posters for Physical Systems advertising" → "Advertising
    for Physical Systems"), its text more ("buy knives and forks" → the item that planned
    to "source some knives and forks"). Else to no item. Returns the ``id`` of each row
    placed, and of each row left with no item."""
    placed: set[int] = set()
    unplaced: set[int] = set()
    read = [(number, _words(title), _words(text)) for number, title, text in items if number]
    list_items = {number for number, title, _text in items if number and _LIST_TITLE.match(title.strip())}
    for c in found:
        if (c.item or "").startswith(UNPLACED):
            own, fallback = c.item[len(UNPLACED) :], None
        elif c.item in list_items and c.source_sentence and _LINE.search(c.source_sentence):
            own, fallback = c.item, c.item  # an item headed "Action List": its rows are about others
        else:
            continue
        words = _words(c.action)
        scores = sorted(
            (
                (2 * len(words & title) + len(words & text), number)
                for number, title, text in read
                if number != own  # not the item the list sits in
            ),
            reverse=True,
        )
        best = scores[0] if scores else (0, None)
        runner_up = scores[1][0] if len(scores) > 1 else 0
        c.item = best[1] if best[0] >= 3 and best[0] >= runner_up + 2 else fallback
        if c.item and c.item != fallback:
            placed.add(id(c))
        else:
            unplaced.add(id(c))  # no item, or the list's own
    return placed, unplaced


# A thing to be done, named before the verb: "Member links page needs pulling down".
_NEEDS_DOING = re.compile(r"[A-Za-z][\w '’-]{2,40}? (?:needs?|requires?) (?:to be )?[a-z]+(?:ing|ed)\b")

_STOP = frozenset("the a an of to and for on in with from by at re about our new".split())


def _words(text: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in _STOP}


def _opens_with_verb(what: str, marked: bool) -> bool:
    """ "organise posters …", "Swap registration form …" (capitalised after a TODO marker):
    a verb to be done. After a dash the tagger takes "organise" for a noun, so the words
    are read again as what someone will do."""
    first = what.split()[0]
    if (first[:1].isupper() and not marked) or not first.isalpha():
        return False
    if marked and _NEEDS_DOING.match(what):
        return True  # "Sec TODO: Member links page needs pulling down": the marker makes it a task
    from indexer.annotate.nlp import load_pipeline  # the loaded pipeline imports this module

    words = " ".join(what.split()[:6])
    tok = load_pipeline()(f"They will {words[:1].lower()}{words[1:]}")[2]
    return tok.tag_ == "VB"


def _owner(who: str, gaz: Gazetteer) -> str | None:
    """The first owner a list line names: "Pres & VP" → the President, "Shanette other" →
    Shanette, "Daniel" → the attendee of that name."""
    first = re.split(r"\s*(?:&|/|\band\b|,)\s*", who.strip())[0].strip(" .")
    words = first.split()
    while words and words[-1].islower():
        words.pop()  # "Shanette other": a note after the name
    if not words or len(words) > 4:
        return None
    name = " ".join(words)
    person = gaz.resolve(name)
    if person is None and len(words) > 1:
        person = gaz.resolve(words[0])  # "Innes George": a first name, then another's
    if person is None:
        role = short_office(name)
        # "Treas TODO": the officer, who may be named only later ("Robert Sazdov (Treasurer)").
        person = (gaz.resolve(role) or office_holder(role, gaz)) if role else None
        if person is None and role:
            return None  # an office the paper never fills names nobody
    if person is not None:
        return person.name
    if BODY_WORDS.fullmatch(name) or (BODY_WORDS.search(name) and len(words) <= 3):
        return re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    return None
