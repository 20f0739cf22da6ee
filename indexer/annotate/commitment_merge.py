"""One commitment stated twice in an item (narrative, then the action line) counts once.

Clerks often record an agreement in a sentence and again as "ACTION: X to …"; the gold
readings and users both expect one commitment, in its fuller wording.
"""

from __future__ import annotations

import re

from indexer.annotate.context_noise import drop_told_contexts
from indexer.annotate.list_actions import place_list_rows
from indexer.annotate.title_actions import title_actions
from indexer.records import Commitment


def merge_commitments(found: list[Commitment], items: list[tuple[str | None, str, str]] = ()) -> list[Commitment]:  # type: ignore[assignment]
    """The same commitment stated twice in one item (or in an item and again in an action
    table that names no item) counts once; the fuller wording wins. ``items`` (number,
    title, text) place the rows of a closing action list."""
    found = [c for c in found if not _DECISION.match(c.action) and not _NO_ONE.fullmatch(c.actor or "")]
    found += title_actions(list(items), found)
    listed, unplaced = place_list_rows(found, list(items))
    _full_names(found)
    kept: list[Commitment] = []
    for c in found:
        twin = next(
            (
                k
                for k in kept
                if k.actor == c.actor
                and (
                    (k.item == c.item or None in (k.item, c.item))
                    and (_same_action(k.action, c.action) or _restated(k, c, listed))
                    or _restated_unplaced(k, c, unplaced)
                )
            ),
            None,
        )
        if twin is None:
            kept.append(c)
            continue
        winner = c if (len(_bare(c.action)), len(c.action)) > (len(_bare(twin.action)), len(twin.action)) else twin
        if _restated_unplaced(twin, c, unplaced):
            winner = twin if id(c) in unplaced else c  # the minutes' own sentence, not the list's shorthand
            kept[next(n for n, k in enumerate(kept) if k is twin)] = winner
            continue
        winner.item = twin.item or c.item  # an action table's row, said again under its item
        said = next((k for k in (twin, c) if id(k) not in listed), None)
        if said is not None and said is not winner and said.page is not None:
            winner.page = said.page  # a closing list restates it: cite where the minutes said it
        kept[next(n for n, k in enumerate(kept) if k is twin)] = winner
    drop_told_contexts(kept)  # not the twins merged away: their sentence is this promise's own
    return kept


# "RESOLVED that the Foundation approve the minutes as presented": the decision itself, taken
# at the meeting, not an action anyone takes on afterwards.
_DECISION = re.compile(
    r"(?:approves?|adopts?|ratify|ratifies|receives?|notes?|endorses?|accepts?)\b(?! to\b)", re.IGNORECASE
)


# "Actions: None.", "Action: N/A": the minutes say there is no action, not who takes it.
_NO_ONE = re.compile(r"\s*(?:none|n/?a|nil|nobody|no ?one|-+|–)?\s*\.?", re.IGNORECASE)


def _restated(a: Commitment, b: Commitment, listed: set[int]) -> bool:
    """A closing list's row placed under an item where its owner already took on something
    of the same subject ("talk to Melatos about Mentoring" beside "bring this up with
    Andrew Melatos"): the list restates what the minutes said."""
    return (
        bool(listed & {id(a), id(b)})
        and a.item is not None
        and bool(_content(_bare(a.action)) & _content(_bare(b.action)))
    )


def _restated_unplaced(a: Commitment, b: Commitment, unplaced: set[int]) -> bool:
    """A closing list's row that no item's words single out ("create poll for members to
    vote on new events"), beside what its owner took on under an item ("put out a poll to
    the membership"): the same task when the two name the same thing, a word past the verb
    that is not a common one."""
    if len(unplaced & {id(a), id(b)}) != 1:
        return False
    said = b if id(a) in unplaced else a
    if said.item is None:
        return False
    return bool(_object_words(a.action) & _object_words(b.action))


def _object_words(action: str) -> set[str]:
    words = re.findall(r"[a-z0-9'’-]+", _bare(action).lower())[1:]  # past the verb
    return {w.rstrip("s") for w in words if len(w) >= 4 and w not in _COMMON}


# Words any two actions may share without being about the same thing.
_COMMON = frozenset(
    "about with from into onto this that these those their there them they will would next meeting "
    "members member people other others some more also what when where which".split()
)


def _same_action(a: str, b: str) -> bool:
    """Two wordings of one action: the same verb and much the same object, or near-identical."""
    a, b = _bare(a), _bare(b)
    wa, wb = a.lower().split(), b.lower().split()
    sa, sb = _content(a), _content(b)
    shared = len(sa & sb) / max(1, min(len(sa), len(sb)))
    return shared >= 0.8 or (wa[:1] == wb[:1] and shared >= 0.5)


def _bare(action: str) -> str:
    """An action without the context in brackets that closes it ("work on this (…)")."""
    if not action.endswith(")"):
        return action
    depth = 0
    for at in range(len(action) - 1, -1, -1):  # the bracket that closes it, nested ones within
        depth += {")": 1, "(": -1}.get(action[at], 0)
        if depth == 0:
            return action[:at].rstrip() or action
    return action


def _content(text: str) -> set[str]:
    stop = {"the", "a", "an", "of", "to", "and", "for", "on", "in", "with", "from", "by", "at", "this", "that"}
    return {w for w in re.findall(r"[a-z0-9.'’-]+", text.lower()) if w not in stop}


def _full_names(found: list[Commitment]) -> None:
    """ "Mark to look over the contract" beside an action table that names "Mark Robinson":
    a first name another commitment of the paper gives in full, to one person only, is
    that person (papers whose attendance list names nobody else to check against)."""
    full = {c.actor for c in found if len(c.actor.split()) >= 2}
    for c in found:
        if len(c.actor.split()) != 1 or not c.actor[:1].isupper() or c.actor.isupper():
            continue
        owners = {name for name in full if name.split()[0] == c.actor}
        if len(owners) == 1:
            c.actor = owners.pop()
