"""One commitment stated twice in an item (narrative, then the action line) counts once.

Clerks often record an agreement in a sentence and again as "ACTION: X to …"; the gold
readings and users both expect one commitment, in its fuller wording.
"""

from __future__ import annotations

import re

from indexer.records import Commitment


def merge_commitments(found: list[Commitment]) -> list[Commitment]:
    """The same commitment stated twice in one item counts once; the fuller wording wins."""
    kept: list[Commitment] = []
    for c in found:
        twin = next(
            (k for k in kept if k.actor == c.actor and k.item == c.item and _same_action(k.action, c.action)), None
        )
        if twin is None:
            kept.append(c)
        elif len(c.action) > len(twin.action):
            kept[kept.index(twin)] = c
    return kept


def _same_action(a: str, b: str) -> bool:
    """Two wordings of one action: the same verb and much the same object, or near-identical."""
    wa, wb = a.lower().split(), b.lower().split()
    sa, sb = _content(a), _content(b)
    shared = len(sa & sb) / max(1, min(len(sa), len(sb)))
    return shared >= 0.8 or (wa[:1] == wb[:1] and shared >= 0.5)


def _content(text: str) -> set[str]:
    stop = {"the", "a", "an", "of", "to", "and", "for", "on", "in", "with", "from", "by", "at", "this", "that"}
    return {w for w in re.findall(r"[a-z0-9.'’-]+", text.lower()) if w not in stop}
