"""Who "she" or "he" is when a member's promise follows a sentence about them.

Residents' associations, clubs and parish councils report a member's news and then the
member's promise in a sentence of its own: "Currently Mia has seven stories for the next
issue. She will add a thank you …", "Jill Badalati, Treasurer, reported that the notes are
due. She will confirm …". The promise is the named member's, told by the nearest sentence
of the same paragraph whose subject is a person of the paper.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from indexer.annotate.actors import given_name_only, name_span
from indexer.annotate.people import Gazetteer, known_given_names

PERSONAL = {"he", "she"}
_LOOK_BACK = 3  # sentences; further back the pronoun may mean anyone


def antecedent(pronoun: Token, sent: Span, gaz: Gazetteer) -> str | None:
    """The person a subject "she"/"he" stands for, or None when no sentence close before
    it (in the same paragraph) has a person of the paper for its subject."""
    if any(t.lower_ in ("if", "unless") for t in sent if t.i < pronoun.i):
        return None  # "if anybody required a copy, … she would pass the request on": a condition
    here = _person_subject(sent, gaz, before=pronoun.i)
    if here:
        return here  # "Mia said she will …"
    if any(t.dep_ == "nsubj" and t.pos_ == "PROPN" for t in sent if t.i < pronoun.i):
        return None  # "Mr Smith said … he will …": someone the paper does not list
    doc = sent.doc
    start = sent.start
    for _ in range(_LOOK_BACK):
        if start == 0:
            return None
        prev = doc[start - 1].sent
        between = doc.text[prev.end_char - 1 : sent.start_char]
        if "\n\n" in between or "  " in between:
            return None  # a new paragraph: another topic, perhaps another member
        found = _person_subject(prev, gaz, before=prev.end)
        if found:
            return found
        if any(t.dep_ == "nsubj" and t.lower_ not in PERSONAL and t.pos_ in ("PROPN", "NOUN") for t in prev):
            return None  # the sentence between is about something else ("The contest is …")
        start = prev.start
    return None


def _person_subject(sent: Span, gaz: Gazetteer, before: int) -> str | None:
    """The first subject of ``sent`` (before token ``before``) that names a person. The
    parser may take a lone first name before the verb for an adverb ("Currently Raj has …")."""
    root = sent.root.i
    for tok in sent:
        if tok.i >= before:
            break
        subject = tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "PROPN"
        leading = tok.i < root and tok.head.i == root and tok.dep_ in ("advmod", "npadvmod") and tok.is_title
        if not (subject or leading):
            continue
        found = _person(tok, gaz)
        if found:
            return found
    return None


def _person(tok: Token, gaz: Gazetteer) -> str | None:
    """ "Jill Badalati", "Mia", "The new Editor Mia": a person on the paper's lists."""
    words = name_span(tok).split()
    person = gaz.resolve(" ".join(words))
    if person is None and len(words) > 1 and words[-2].lower() not in known_given_names():
        person = gaz.resolve(tok.text)  # a role before the name, not a given name
    if person:
        return person.name
    return tok.text if given_name_only(tok) else None
