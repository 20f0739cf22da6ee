"""Who a commitment names: a person of the paper, a member named by first name, a body
or an office as written. Read from the subject (or agent, or object) token the finder
picked, through the paper's gazetteer.

Club and association minutes name members by first name ("Doug to confirm …"), councils
by office ("the Clerk to write …"); a common noun in the same place ("Logo to look less
techy", "Ordinance to appropriate …") names nobody.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from indexer.annotate.actions import BODY_WORDS
from indexer.annotate.directions import own_organisation
from indexer.annotate.offices import office_holder
from indexer.annotate.people import Gazetteer, known_given_names, not_people, plausible_person
from indexer.records import Person

_NOT_ACTORS = {"it", "this", "that", "there", "they", "he", "she", "we", "which", "who", "these", "those"}


def name_span(tok: Token) -> str:
    """The name in a subject: its compound words, without appositions or determiners."""
    left = [
        c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod", "poss") and c.is_title or c.dep_ == "compound"
    ]
    words = [*left, tok]
    start = min(w.i for w in words)
    span = tok.doc[start : tok.i + 1]
    return span.text.strip()


def actor_name(tok: Token, gaz: Gazetteer, body: str | None, organisation: str | None, strict: bool) -> str | None:
    if tok.lower_ in _NOT_ACTORS or tok.pos_ == "PRON":
        return None
    name = name_span(tok)
    person = gaz.resolve(name) or _resolved_tail(name, gaz) or role_holder(tok, gaz) or call_sign(name, gaz)
    if person:
        return person.name
    if given_name_only(tok):
        return tok.text
    if tok.ent_type_ == "PERSON" or (not strict and tok.is_title and plausible_person(name)):
        if plausible_person(name):
            gaz.add(Person(name=name))
            return name
    own = own_organisation(name, organisation)
    if own:
        return own
    if strict:
        return None
    return body_phrase(tok, body)


def call_sign(mention: str, gaz: Gazetteer) -> Person | None:
    """ "LOC is working on connecting with her": radio clubs call members by the letters that
    close their call sign, so "LOC" is the one member listed as "VE7LOC"."""
    if not re.fullmatch(r"[A-Z]{2,3}", mention):
        return None
    pattern = re.compile(rf"[A-Z]{{1,2}}\d{mention}")
    holders = {p.name: p for p in gaz.people if any(pattern.fullmatch(n) for n in [p.name, *p.aliases])}
    return next(iter(holders.values())) if len(holders) == 1 else None


def role_holder(tok: Token, gaz: Gazetteer) -> Person | None:
    """ "… will be addressed by the new Editor": the one person of the paper whose office
    ends in that word ("Beacon Editor, City Liaison"), or whom the paper names as holding
    it anywhere ("Robert Sazdov (Treasurer)")."""
    if tok.pos_ not in ("NOUN", "PROPN") or not tok.is_title or not tok.is_alpha:
        return None
    word = tok.lower_
    holders = {
        p.name: p
        for p in gaz.people
        if p.role and any(part.lower().split()[-1:] == [word] for part in re.split(r"[;,]", p.role))
    }
    if len(holders) == 1:
        return next(iter(holders.values()))
    return office_holder(word, gaz) if not holders else None


# Who reports a body's plan rather than making it: "the review is that the Team will …",
# "It is hoped that this trust would …", "X said the Council would …".
_REPORTING = {"be", "hope", "expect", "anticipate", "believe", "think", "say", "report", "state", "note", "explain"}


def office_actor(tok: Token, verb: Token, body: str | None) -> str | None:
    """ "The Clerk will inform Biffa …", "The Board will conduct a final vote …": an office
    or body named by its own noun acts, unless the clause only reports a plan."""
    every = _each_member(tok)
    hired = _THIRD_PARTY.fullmatch(tok.text) is not None
    if every is None and (
        tok.pos_ not in ("NOUN", "PROPN") or not tok.is_alpha or not (BODY_WORDS.fullmatch(tok.text) or hired)
    ):
        return None
    if any(c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those", "a", "an") for c in tok.children):
        return None
    head = verb
    while head.dep_ in ("conj", "xcomp") and head.head is not head:
        head = head.head
    if head.dep_ in ("ccomp", "advcl", "relcl") and head.head.lemma_ in _REPORTING | {"if", "when"}:
        return None
    phrase = every or (_hired_phrase(tok) if hired else body_phrase(tok, body))
    return phrase if phrase and len(phrase.split()) <= 4 else None


# Those a body hires, whose promises its minutes record: "The Chip seal contractor will return
# at the end of August …", "our Operator who will submit it to the State …".
_THIRD_PARTY = re.compile(
    r"(?:contractor|operator|provider|developer|vendor|supplier|consultant|landlord|architect|surveyor|auditor)s?",
    re.IGNORECASE,
)


def hired_party(tok: Token) -> str | None:
    """ "The developer has agreed to …": someone the body deals with, named by their trade."""
    return _hired_phrase(tok) if tok.pos_ in ("NOUN", "PROPN") and _THIRD_PARTY.fullmatch(tok.text) else None


def _hired_phrase(tok: Token) -> str:
    """ "Chip seal contractor", "Operator": the noun with its compounds, not "the"/"our"."""
    left = [c for c in tok.lefts if c.dep_ in ("compound", "amod")]
    start = min([c.i for c in left] + [tok.i])
    words = [t.text for t in tok.doc[start : tok.i + 1]]
    return " ".join(words)[:1].upper() + " ".join(words)[1:]


_MEMBERS = {
    "member",
    "members",
    "councillor",
    "councillors",
    "trustee",
    "trustees",
    "director",
    "directors",
    "governor",
    "governors",
}


def _each_member(tok: Token) -> str | None:
    """ "Each member will compile a list …", "All trustees will …": every one of the body
    takes it on, named as the paper names them."""
    if tok.lower_ not in _MEMBERS:
        return None
    every = [c for c in tok.children if c.dep_ in ("det", "predet") and c.lower_ in ("each", "every", "all")]
    if not every:
        return None
    return f"{every[0].text[:1].upper()}{every[0].text[1:].lower()} {tok.text}"


def _resolved_tail(name: str, gaz: Gazetteer) -> Person | None:
    """ "(d) School Hall Cllr Atkins volunteered …": a run-in heading before the name; the
    name is the last words of the subject that name a person on the attendance list."""
    words = name.split()
    for k in range(1, len(words) - 1):
        tail = words[k:]
        if not all(w[:1].isupper() and w[-1:].isalpha() for w in tail):
            continue
        person = gaz.resolve(" ".join(tail))
        if person and person.name in gaz.listed:
            return person
    return None


def tidy_body(phrase: str) -> str:
    """A body's name without what the line put before it: a bullet ("• Christmas Lights sub
    committee", "o Board", "> working group"), a run-in heading with numbers ("3 2009 Income
    Tax Return- Board"), or words a bold font printed twice ("LLeeggaall Secretariat")."""
    phrase = re.split(r"\s*(?:[•>▪◦●*]|(?<=\w)-\s|\s[-–]\s)\s*", phrase)[-1]
    phrase = re.sub(r"^(?:[oO]|\d[\d/.]*)\s+(?=[A-Z])", "", phrase)
    words = [w for w in phrase.split() if not (len(w) >= 4 and re.fullmatch(r"(?:(.)\1)+", w))]
    return " ".join(words)


# A masthead that names the meeting, not the body ("Annual Meeting", "Minutes of the AGM"): "the
# board will …" is then the board, not the meeting.
_MEETING = re.compile(r"\b(?:meeting|AGM|minutes|session)s?\b", re.IGNORECASE)


def body_phrase(tok: Token, body: str | None) -> str | None:
    """A body or office as written ("Planning Committee", "the Clerk"), or None."""
    last = tok.i
    joined = next((c for c in tok.children if c.dep_ == "conj" and c.i > tok.i), None)
    if (
        joined is not None
        and any(c.dep_ == "cc" for c in tok.children)
        and BODY_WORDS.fullmatch(joined.text)
        and not BODY_WORDS.search(tok.text)  # "The OMB Support team or GSA PMO team": the first
    ):
        last = joined.i  # "A task and finish group will …": the group is the whole phrase
    phrase = tidy_body(" ".join(w.text for w in tok.subtree if w.dep_ not in ("det", "punct") and w.i <= last))
    if BODY_WORDS.search(phrase):
        phrase = re.sub(r"^(the|a|an)\s+", "", phrase, flags=re.IGNORECASE).strip()
        if phrase.lower() in ("board", "committee", "panel", "cabinet") and body and not _MEETING.search(body):
            return body
        return phrase[:1].upper() + phrase[1:]
    return None


def informal_actor(
    tok: Token, gaz: Gazetteer, body: str | None, organisation: str | None, person_only: bool
) -> str | None:
    """Who "X to <verb>" and "X needs to <verb>" name: a person of the paper, a member
    named by first name ("Mark", "Jye"), or (not for "needs") a role or body ("the Clerk").

    A common noun in the same place ("Logo to look less techy") names nobody."""
    if tok.lower_ in _NOT_ACTORS or tok.pos_ == "PRON":
        return None
    name = name_span(tok)
    person = gaz.resolve(name)
    if person:
        return person.name
    if given_name_only(tok):
        return tok.text
    if tok.ent_type_ == "PERSON" and plausible_person(name):
        return name
    if person_only:
        return None
    # A role or body: "the Clerk to write …"; a capitalised phrase that is neither
    # ("the current Full Term is to end …") is not.
    return actor_name(tok, gaz, body, organisation, strict=True) or body_phrase(tok, body)


def given_name_only(tok: Token) -> bool:
    """A lone first name as subject ("Doug to confirm …", "Mia will create …"): a proper
    noun, capitalised, that names no body, month or thing the base model recognises."""
    text = tok.text
    if (
        tok.pos_ != "PROPN"
        or tok.tag_ == "NNPS"
        or not text[:1].isupper()
        or text.isupper()
        or len(text) < 3
        or not text.isalpha()
    ):
        return False
    if any(c.dep_ in ("compound", "amod", "det", "poss") for c in tok.children):
        return False
    if tok.ent_type_ not in ("", "PERSON", "ORG") or text.lower() in not_people() or BODY_WORDS.search(text):
        return False
    if re.match(_MONTH_OR_DAY, text):
        return False
    if text.lower() in known_given_names():
        return True
    # A word the dictionary knows ("Ordinance to appropriate …", but also "Mark", "Carol")
    # counts only when the base model took it for a person.
    word = text.lower()
    plural = word.endswith("s") and _dictionary_word(word[:-1])  # "Interviews will take place …"
    return tok.ent_type_ == "PERSON" or not (_dictionary_word(word) or plural)


def _dictionary_word(word: str) -> bool:
    lemmatizer = _lemma_index()
    return any(word in words for words in lemmatizer)


@lru_cache(maxsize=1)
def _lemma_index() -> tuple[frozenset[str], ...]:
    """The base model's word lists (nouns, verbs, adjectives, adverbs) from its lemmatizer."""
    from indexer.annotate.nlp import load_pipeline

    lookups = load_pipeline().get_pipe("lemmatizer").lookups
    if not lookups.has_table("lemma_index"):
        return ()
    table = lookups.get_table("lemma_index")
    return tuple(frozenset(table[key]) for key in table.keys())


_MONTH_OR_DAY = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$"
)


def named_body(tok: Token) -> str | None:
    """An outside body named in full that agrees to act: "Banners Gate Community Hall has
    agreed to host a new defib" (Sutton Coldfield's town council minutes)."""
    if tok.ent_type_ not in ("ORG", "FAC"):
        return None
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    name = ent.text if ent is not None and ent.end == tok.i + 1 else name_span(tok)
    words = name.split()
    return name if len(words) >= 2 and all(w[:1].isupper() for w in words) else None


def first_listed(sent: Span, gaz: Gazetteer) -> tuple[str | None, str]:
    """ "The following Trustees will be attending …, AP, Ahop, SF and DO" (a charity's
    rota): the first person of the list that closes the sentence, and where it starts."""
    text = " ".join(sent.text.split()).rstrip(" .")
    tail = re.split(r"[:,]\s*", text)
    names: list[str] = []
    for part in reversed(tail):
        mentions = [m.strip() for m in re.split(r"\s+and\s+|\s*&\s*", part) if m.strip()]
        if not mentions or not all(gaz.resolve(m) for m in mentions):
            break
        names = mentions + names
    if not names:
        return None, ""
    person = gaz.resolve(names[0])
    return (person.name if person else None), names[0]
