"""Who came, when the header block's lists named no one: the opening lines of the paper,
read for what a list reader cannot see there.

Two shapes: "(all members present)" under a title the heading reader took for an item,
with the body's members printed in the letterhead; and "Present:" inside the opening
paragraph of item 1 ("The Chair welcomed everyone. Present: Cllrs Jones, Brown and Lee.").
Both are read only when nothing else named anyone present.
"""

from __future__ import annotations

import re

from indexer.records import Person
from indexer.structure.attendance_entries import people_in_list
from indexer.structure.attendance_rosters import all_present
from indexer.structure.attendance_sentences import upto_stop

# "… everyone. Present: Cllrs Jones, Brown and Lee. Apologies …": a label after a full stop.
_INLINE_PRESENT = re.compile(
    r"(?:^|[.;]\s+)(?:(?:members|councillors|directors|trustees)\s+)?(?:present|in\s+attendance|attendees)\s*:\s*(?P<names>[A-Z].+)",
    re.IGNORECASE,
)


def opening_present(lines: list[str]) -> list[Person]:
    """The people present by the opening lines (``lines``: the header block and the first
    items, wrapped lines joined), or [] when they name none."""
    roster = all_present(lines)
    if roster:
        return roster
    flat = " ".join(" ".join(lines).split())
    for match in _INLINE_PRESENT.finditer(flat):
        people = people_in_list(upto_stop(match.group("names")))
        if people:
            return people
    return []
