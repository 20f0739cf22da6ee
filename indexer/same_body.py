"""Which papers come from the same body, so a held-out figure holds out the whole body.

A body publishes years of papers in one house layout; a model trained on one of its papers
has seen the others. Leave-one-body-out and the survey's "worst papers" both need the body,
and neither may trust one spelling of it, so two papers share a body when their file names
say so or their gold readings name the same organisation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

# Words a file name adds after the body's name to say what kind of paper or meeting it is
# ("odug-action-log-2013-05-14", "curl-curl-amateur-swimming-club-agm-2019-minutes").
_KIND_WORDS = set(
    "minutes minute draft approved signed agenda action actions log notes notice order resolution "
    "resolutions decision decisions record meeting meetings voting general annual special extraordinary "
    "agm egm sgm apcm en".split()
)
_YEAR = re.compile(r"^(19|20)\d\d$")
_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)?$")


def stem_body(stem: str) -> str:
    """The body's part of a file name: what comes before the date, without kind words.

    "lancashire-cpb-2020-11-24-minutes" and "lancashire-cpb-2020-11-24-decision-in-care"
    both give "lancashire-cpb"; "oiml-ciml-15th-meeting" gives "oiml-ciml".
    """
    words = [w for w in re.split(r"[-_\s.]+", stem.lower()) if w]
    for n, word in enumerate(words):
        if _YEAR.match(word):
            words = words[:n]
            break
    while len(words) > 1 and (words[-1] in _KIND_WORDS or _ORDINAL.match(words[-1])):
        words.pop()
    return "-".join(words) or stem.lower()


def _organisation_key(organisation: str | None) -> str | None:
    if not organisation:
        return None
    words = [w for w in re.findall(r"[a-z0-9]+", organisation.lower()) if w != "the"]
    return " ".join(words) or None


def _same_name(a: str, b: str) -> bool:
    """One body name runs on into the other ("oiml-ciml" and "oiml-ciml-42nd-meeting-en",
    "farringdon-village-hall" inside "charity-commission-order-farringdon-village-hall")."""
    if a == b:
        return True
    short, long = sorted((a.split("-"), b.split("-")), key=len)
    if len(short) < 2:
        return False
    return long[: len(short)] == short or long[-len(short) :] == short


def body_groups(stems: Iterable[str], organisations: Mapping[str, str | None] | None = None) -> dict[str, str]:
    """Each stem's body key; stems joined by file name or by the organisation gold names."""
    stems = list(stems)
    organisations = organisations or {}
    parent = {s: s for s in stems}

    def root(s: str) -> str:
        while parent[s] != s:
            parent[s] = parent[parent[s]]
            s = parent[s]
        return s

    def join(a: str, b: str) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    names = {s: stem_body(s) for s in stems}
    orgs = {s: _organisation_key(organisations.get(s)) for s in stems}
    for n, a in enumerate(stems):
        for b in stems[n + 1 :]:
            if _same_name(names[a], names[b]) or (orgs[a] and orgs[a] == orgs[b]):
                join(a, b)
    return {s: names[root(s)] for s in stems}
