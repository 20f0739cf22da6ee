"""What an order or scheme obliges a charity's trustees to do: "The trustees must obtain the
prior written approval of the Commissioners before …", "The trustees must: (1) prepare a
written memorandum …; (2) send to the Commissioners a certified copy …; and (3) retain …".

Charity Commission orders and schemes (and the governing documents they amend) put the
trustees' duties this way, often as a numbered list after a colon; each duty is the
trustees' own undertaking under the order. "must not" is a prohibition, not an action.
"""

from __future__ import annotations

import re

from indexer.annotate.due_dates import due
from indexer.records import Commitment

_HOLDERS = r"trustees|directors|governors"
_DUTY = re.compile(rf"\b[Tt]he\s+(?P<who>{_HOLDERS})\s+must\b(?!\s+not\b)\s*(?P<what>[^.:]*)(?P<colon>:?)")
_ENTRY = re.compile(r"\(\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})\s*\)")


def obligations(text: str, item: str | None) -> list[Commitment]:
    """Each duty the text lays on the trustees (or directors, governors): a sentence, or
    each entry of the numbered list its colon opens."""
    out: list[Commitment] = []
    for match in _DUTY.finditer(text):
        who, what = match.group("who"), " ".join(match.group("what").split())
        entries = _entries(text[match.end() :]) if match.group("colon") else []
        if what and entries:
            # "must obtain the approval … before making any amendment which would … of: (1) …"
            actions = [f"{what}: {'; '.join(entries)}"]
        elif what:
            actions = [what]
        else:
            actions = entries  # "must: (1) prepare …; (2) send …": one duty each
        for action in actions:
            if len(action.split()) >= 3 and action[:1].islower():
                sentence = " ".join(text[match.start() : match.end() + 300].split())
                out.append(Commitment(actor=who, action=action, item=item, source_sentence=sentence, due=due(action)))
    return out


def _entries(rest: str) -> list[str]:
    """The entries "(1) …; (2) …; and (3) …" that open ``rest``, up to the paragraph after
    the list (one that does not open with an entry's number)."""
    if not _ENTRY.match(rest.lstrip()):
        return []
    end = re.search(r"(?:\n\s*\n|\s{2,})(?!\s*\()", rest.lstrip())
    listed = rest.lstrip()[: end.start()] if end else rest.lstrip()
    parts = [" ".join(p.split()) for p in _ENTRY.split(listed)]
    return [re.sub(r"(?:[;,.]\s*(?:and|or)?|\s+(?:and|or))\s*$", "", p).strip() for p in parts if p.strip()]
