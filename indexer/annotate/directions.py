"""Directions: whoever a meeting directs, asks or authorises takes the action on.

"DELEGATE authority to the Director of Public Health to take …" (county cabinets),
"authorize the Public Works Department to remove …" (Canadian councils), "direct staff
to …" (US councils), "Officers were asked to …" (UK committees). Who is directed acts;
who asks matters too: a member of the public asking Council to pause commits no one.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from indexer.annotate.actions import BODY_WORDS
from indexer.annotate.due_dates import due
from indexer.annotate.people import Gazetteer
from indexer.records import Commitment


def own_organisation(name: str, org: str | None) -> str | None:
    """ "KCC", "the Council", "Kent County Council": the paper's own organisation acts."""
    if not org:
        return None
    bare = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    acronym = "".join(w[0] for w in org.split() if w[0].isupper())
    last = org.split()[-1]
    if bare.lower() == org.lower() or (len(acronym) >= 2 and bare == acronym) or bare.lower() == last.lower():
        return org
    return None


def tidy_action(text: str) -> str:
    text = " ".join(text.split())
    text = re.sub(r"\s+([,.;:)'’])", r"\1", text)
    text = re.sub(r"([(])\s+", r"\1", text)
    text = re.sub(r"\s+(n't|'s)\b", r"\1", text)
    # "speak initially with his contact at BHA following which": the next clause was the
    # parser's own, so the action ends on the word that joined them.
    text = _DANGLING_END.sub("", text.strip(" ,.;:"))
    # "talk to past Treasurer John Kaplan and Tim will talk to …": the rest is Tim's promise.
    text = re.split(r",?\s+and\s+(?=[A-Z][a-z]+\s+(?:will|shall)\s)", text)[0]
    text = re.sub(r"\.\s+\(?\d{1,2}[.)]$", "", text)  # the next list item's number: "… Huitema. 4)"
    return text.strip(" ,.;:")


_DANGLING_END = re.compile(r"(?:\s+(?:(?:following|after|upon) which|and|or|but|which|whereupon))+$", re.IGNORECASE)


_DIRECTION = re.compile(
    r"\b(?:(?i:delegated\s+(?:authority|powers?)\s+(?:be|is|was|are)\s+(?:given|granted))\s+to\s+"
    # "asked/requested X to" is left to the parser, which can tell who asked (indexer/annotate/commitments.py).
    r"|(?i:delegated?|authori[sz]ed?|instruct(?:ed)?|direct(?:ed)?)\s+"
    r"(?i:(?:authority|power|responsibility)\s+to\s+)?)(?i:the\s+)?"
    r"(?P<who>[A-Z][\w'’&\-]*(?:\s+(?:of|for|and|&|[A-Z][\w'’&\-]*))*?)"
    r"(?:,?\s+in\s+consultation\s+with\s+.+?,?)?\s+to\s+(?P<what>(?!be\b)[a-z][^;]+?)(?=;|\.\s|\.$|$|\s\([a-z]\)\s)",
)


def directions(text: str, gaz: Gazetteer, item: str | None, organisation: str | None = None) -> list[Commitment]:
    """ "DELEGATE authority to the Director of Public Health to take …", "authorize the
    Public Works Department to remove …": whoever is directed takes the action on."""
    out = []
    flat = " ".join(text.split())
    for match in _DIRECTION.finditer(flat):
        who = match.group("who").strip()
        person = gaz.resolve(who)
        own = own_organisation(who, organisation)
        actor = person.name if person else (own or who)
        if not person and not BODY_WORDS.search(who) and not own:
            continue
        what = tidy_action(match.group("what"))
        out.append(
            Commitment(actor=actor, action=what, item=item, source_sentence=match.group(0), due=due(match.group(0)))
        )
    return out


# Who works for the meeting and can be sent off to act: "direct staff to …", "Officers were
# asked to …", "asked the Clerk to …".
_SUBORDINATE = re.compile(
    r"\b(staff|officers?|clerk|secretariat|director|manager|department|team|service|administrator|attorney|"
    r"engineer|secretary|treasurer|chief executive|head of|chair|chairman|chairperson)\b",
    re.IGNORECASE,
)
# A body the meeting cannot direct, only ask: "request Council to provide a response" (a
# commission of a US city), "ask the Secretary of State to …" (a UK committee).
_EXTERNAL = re.compile(
    r"\b(council|government|minister|secretary of state|cabinet|commission|county|state|parliament|mps?)\b",
    re.IGNORECASE,
)
_ASKING = {"request", "ask", "invite", "urge", "lobby"}


def directed_actor(
    head: Token, directed: Token, gaz: Gazetteer, body: str | None, organisation: str | None, passive: bool
) -> tuple[str, str] | None:
    """Who acts on a direction in narrative text, and how: ("Jane Hylton", "direction"), or
    (the meeting's body, "request") when the meeting asks a body it cannot direct.

    The one directing must be of the meeting (on its attendance list, a body or a pronoun):
    Greenville's public speakers "asked Council to slow down"; that commits no one.
    """
    clause = head
    while clause.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in clause.children):
        clause = clause.head  # "Marie Tanner … spoke … and asked Council to …"
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is not None and not _of_the_meeting(subj, gaz, organisation):
        return None
    name = _phrase(directed)
    person = gaz.resolve(name)
    if person:
        return person.name, "direction"
    if _SUBORDINATE.search(name):
        return name, "direction"
    if passive:
        return None  # "The Committee was asked to note …": the report's request, not an action
    if (
        head.lemma_.lower() in _ASKING
        and head.tag_ == "VB"
        and _EXTERNAL.search(name)
        and body
        and name.lower() != body.lower()
    ):
        if subj is None or (BODY_WORDS.search(_phrase(subj)) and not gaz.resolve(_phrase(subj))):
            return body, "request"  # the meeting's own motion, not one member's question
    own = own_organisation(name, organisation)
    return (own, "direction") if own else None


def _of_the_meeting(subj: Token, gaz: Gazetteer, organisation: str | None) -> bool:
    if subj.pos_ == "PRON":
        return True
    name = _phrase(subj)
    person = gaz.resolve(name)
    if person:
        return person.name in gaz.listed
    return bool(BODY_WORDS.search(name) or own_organisation(name, organisation))


def _phrase(tok: Token) -> str:
    """A noun with its compounds and modifiers, without determiners: "the Town Clerk" → "Town Clerk"."""
    words = [t for t in tok.subtree if t.i <= tok.i and t.dep_ not in ("det", "punct", "poss")]
    words = [t for t in words if t.i >= min((w.i for w in words if w.dep_ != "appos"), default=tok.i)]
    return " ".join(t.text for t in words).strip()
