"""Tasks a sentence names only by implication: who takes on what when the verb is bare.

Club and residents' minutes name a task first and its taker after a dash ("Neighborhood BBQ
in June – Grace has volunteered to organize"), or say a need and then who answers it ("A bbq
needs to be organized – Alex has volunteered"); a deadline turns "will have" into making
("Len will have a club history for GNCC by August 1st"); a request put by a member of the
meeting ("Melinda requested that Tim write an article") is Tim's task. commitments.py asks
these helpers once the parse has named the taker.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from indexer.annotate.promise_actor import modal_of


def topic_action(verb: str, actor: Token, sent: Span) -> str:
    """A bare verb's object is the topic the sentence opened with, before its owner:
    "Neighborhood BBQ in June – Grace has volunteered to organize" → "organize (Neighborhood
    BBQ in June)"; with no such topic the verb alone says too little and is dropped."""
    first = actor.i
    while first > sent.start and sent.doc[first - 1].pos_ == "PROPN":
        first -= 1  # the owner's whole name, not its last word
    if first == sent.start or sent.doc[first - 1].text not in ("-", "–", "—", ":"):
        return verb  # only a topic set apart by a dash or colon names the task
    topic = " ".join(sent.doc[sent.start : first].text.split()).strip(" -–—:;,.")
    topic = re.split(r"\s[-–—•]\s", topic)[-1]  # the last of a run of dashed points
    topic = re.sub(r"^(?:[•▪o]|\(?[a-z0-9]{1,3}[.)])\s+", "", topic)
    return f"{verb} ({topic})" if len(topic.split()) >= 2 else verb


def needed(volunteered: Token) -> str | None:
    """ "A bbq needs to be organized – Alex has volunteered": "organize a bbq"."""
    # the need nearest before the volunteer, wherever the parser hung it
    needs = [t for t in volunteered.sent if t.lemma_ == "need" and t.i < volunteered.i]
    need = needs[-1] if needs else None
    done = next((c for c in need.children if c.dep_ == "xcomp" and c.tag_ == "VBN"), None) if need is not None else None
    what = next((c for c in need.children if c.dep_ == "nsubj"), None) if need is not None else None
    if done is None or what is None:
        return None
    words = [
        t.lower_ if t.lower_ in ("a", "an", "the") else t.text
        for t in what.subtree
        if not t.is_punct and not t.is_space
    ]
    return f"{done.lemma_} {' '.join(words)}" if words else None


def requester(verb: Token) -> str | None:
    """Who requested that ``verb`` be done, when the paper names them."""
    who = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return None if who is None or who.pos_ == "PRON" else " ".join(t.text for t in who.subtree)


def deliverable(verb: Token) -> bool:
    """ "Len will have a brief club history for GNCC by August 1st": to have a thing ready by
    a date is to make it, not a state."""
    if verb.lemma_ != "have" or modal_of(verb) not in ("will", "would", "'ll"):
        return False
    if not any(c.dep_ == "dobj" for c in verb.children):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "by"
        and any(t.ent_type_ == "DATE" or t.like_num or t.lower_ in ("next", "end") for t in c.subtree)
        for c in verb.children
    )
