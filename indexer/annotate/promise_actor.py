"""Who a promise belongs to, read from the form of its sentence.

"X will …", "it was agreed that X would …", "X agreed to …", "a table to be drawn up by X",
"X plans to …": the token that names who will act on a verb, and which form made the verb a
commitment. Reported and past promises ("had agreed", "the Secretariat had decided") and
questions name no one. The sentence-level filters and the actor's name live in
commitments.py; this module only reads the parse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from indexer.annotate.commitments import Cues


_ASKS = {"request", "invitation", "suggestion", "proposal"}


def _agreed_to_ask(ask: Token, cues: Cues) -> Token | None:
    """The subject of "agreed to …'s request" before ``ask`` in its sentence (the parser
    hangs the request anywhere), following "and has agreed" back to the clause's subject."""
    for tok in ask.sent:
        if tok.i >= ask.i:
            return None
        if tok.lemma_ in cues.promise_verbs and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
            head = tok
            while head.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in head.children):
                head = head.head
            return next((c for c in head.children if c.dep_ == "nsubj"), None)
    return None


def _told_as_history(decided: Token) -> bool:
    """ "… the first time that the Commission decided to write the report", "the Secretariat
    had decided to …": a decision told as the past, not taken at this meeting."""
    return decided.dep_ not in ("ROOT", "conj") or any(c.lower_ == "had" for c in decided.children)


def _reported_promise(promise: Token) -> bool:
    """ "It was noted that the planning committee had agreed to rescind …", "JS reported
    that BAVS had agreed to manage …": another body's earlier promise, passed on."""
    return (
        any(c.lower_ == "had" for c in promise.children)
        and promise.dep_ == "ccomp"
        and promise.head.lemma_ in ("note", "report", "say", "state", "inform", "explain", "confirm", "advise")
    )


def modal_of(verb: Token) -> str | None:
    return next((c.lower_ for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"), None)


def actor_of(verb: Token, resolution: bool, cues: Cues) -> tuple[Token | None, str]:
    """The token naming who will act on ``verb``, and which form made it a commitment."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    # the nearest subject before the verb: "Show schedule: Mags will print …; Tom will book
    # the judge" hangs both "schedule" and "Tom" on "book"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    before = [c for c in subjects if c.i < verb.i]
    subj = next(iter(subjects), None)
    if len(before) > 1 and any(t.text in (";", ":") for t in verb.doc[before[0].i : before[-1].i]):
        subj = before[-1]
    subj = _second_clause_subject(verb) or subj
    if subj is None and verb.dep_ == "conj" and verb.tag_ == "VB":
        head = verb.head
        while head.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in head.children):
            head = head.head
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subj is not None and (
            aux & cues.modals or {c.lower_ for c in head.children if c.dep_ == "aux"} & cues.modals or resolution
        ):
            return subj, "conj"
        return None, ""
    if verb.tag_ == "VBG" and aux & cues.modals and "be" in aux and subj is not None:
        if any(c.lower_ == "following" for c in subj.children):
            return subj, "following"  # "The following Trustees will be attending …, AP, SF and DO"
        return subj, "progressive"  # "the Council … would be making representations"
    if (
        verb.tag_ == "VBG"
        and aux == {"is"}
        and subj is not None
        and subj.pos_ == "PROPN"
        and (
            any(c.dep_ == "dobj" for c in verb.children)
            # "LOC is working on connecting with her": the work in hand is named after "on"
            or verb.lemma_ == "work"
            and any(c.dep_ == "prep" and c.lower_ == "on" for c in verb.children)
        )
        and not resolution
    ):
        return subj, "progressive"  # "Mark is collecting e-mail addresses": a task in hand, a named member's
    if verb.tag_ in ("VBG",) or "be" in aux and verb.tag_ != "VBN":
        return None, ""
    # Passive with an agent: "a table to be drawn up by Roxanne McAllister".
    if (
        verb.tag_ == "VBN"
        and ("be" in aux or "been" in aux)
        and ("to" in aux or aux & cues.modals or (resolution and aux == {"be"}))
    ):
        pobj = _by_whom(verb)
        return (pobj, "passive") if pobj is not None else (None, "")
    # "Cllr Harris volunteered for the task": the task is the volunteer's.
    if (
        verb.lemma_ == "volunteer"
        and verb.tag_ in ("VBD", "VBZ")
        and subj is not None
        and not any(c.dep_ == "xcomp" for c in verb.children)
        and any(
            c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" for g in c.children) for c in verb.children
        )
    ):
        return subj, "volunteered"
    # "A bbq needs to be organized – Alex has volunteered": the task named before is his.
    if (
        verb.lemma_ == "volunteer"
        and verb.tag_ in ("VBD", "VBN", "VBZ")
        and (verb.tag_ != "VBN" or aux & {"has", "have"})
        and subj is not None
        and subj.pos_ == "PROPN"
        and subj.i > verb.sent.start + 1
        and verb.dep_ == "ROOT"  # not told: "… said that Don volunteered and helped all the time"
        and not any(c.dep_ in ("xcomp", "dobj", "prep", "ccomp", "conj") and c.i > verb.i for c in verb.children)
    ):
        return subj, "volunteered_bare"
    if verb.tag_ == "VBN" or verb.tag_ == "VBD":
        return None, ""
    if subj is not None and aux & cues.modals:
        return subj, "modal"
    # "X agreed to / undertook to <verb>": the promise verb's subject acts.
    if (
        _to_promised(verb, aux, cues)
        and not _reported_promise(verb.head)
        and not (verb.head.lemma_ == "decide" and _told_as_history(verb.head))
    ):
        promise_subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if promise_subj is not None or verb.head.tag_ != "VBN":
            return (promise_subj, "agreed") if promise_subj is not None else (None, "")
    # "The developer … has agreed to Redding Thompson's request to attend a meeting": who
    # agreed to the request does what it asked.
    if verb.tag_ == "VB" and aux == {"to"} and verb.dep_ == "acl" and verb.head.lemma_ in _ASKS:
        agreer = _agreed_to_ask(verb.head, cues)
        if agreer is not None:
            return agreer, "agreed"
    # "It was agreed by the board to have …": the agent of the agreement acts.
    if _to_promised(verb, aux, cues) and verb.head.tag_ == "VBN":
        by = _by_whom(verb.head)
        if by is not None:
            return by, "agreed"
    # "In February, X was scheduled to meet …", "X plans to …": X carries the plan out.
    if verb.tag_ == "VB" and "to" in aux and verb.dep_ == "xcomp" and verb.head.lemma_ in cues.plan_verbs:
        plan_subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return (plan_subj, "modal") if plan_subj is not None else (None, "")
    # "Officers were asked to report back …": the one asked acts.
    if (
        verb.tag_ == "VB"
        and "to" in aux
        and verb.dep_ == "xcomp"
        and verb.head.lemma_.lower() in cues.direction_verbs
        and verb.head.tag_ == "VBN"
    ):
        asked = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
        return (asked, "asked") if asked is not None else (None, "")
    # "authorise the Public Works Department to remove …": the object of the direction acts.
    if (
        verb.tag_ == "VB"
        and "to" in aux
        and verb.dep_ in ("xcomp", "ccomp", "advcl")
        and verb.head.lemma_.lower() in cues.direction_verbs
    ):
        obj = next((c for c in verb.head.children if c.dep_ in ("dobj", "dative")), None)
        return (obj, "direction") if obj is not None else (None, "")
    # "Melinda requested that Tim write an article": who is asked acts (a subjunctive
    # under a direction, outside resolutions too).
    if (
        subj is not None
        and verb.tag_ in ("VB", "VBP")
        and not aux
        and verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in cues.direction_verbs
        and any(c.lower_ == "that" and c.dep_ == "mark" for c in verb.children)
    ):
        return subj, "subjunctive"
    # Subjunctive in a resolution: "That County Councillor Brown meet with …".
    if (
        resolution
        and subj is not None
        and verb.tag_ in ("VB", "VBP")
        and not aux
        and any(c.lower_ == "that" and c.dep_ == "mark" for c in verb.children)
    ):
        return subj, "subjunctive"
    # "the Clerk to write to …" as a bare direction in a resolution or action list.
    if resolution and subj is not None and verb.tag_ == "VB" and aux == {"to"}:
        return subj, "direction"
    # "Hillary is to approach …", "PR are to correct …": an arrangement the person carries out.
    if (
        verb.tag_ == "VB"
        and aux == {"to"}
        and verb.dep_ == "xcomp"
        and verb.head.lower_ in ("is", "are")
        and not any(c.dep_ == "mark" for c in verb.head.children)  # "if the Commission were to …"
    ):
        be_subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        return (be_subj, "informal") if be_subj is not None else (None, "")
    # "Alex needs to post on Slack …": a named member's task (not "we need to …").
    if verb.tag_ == "VB" and aux == {"to"} and verb.dep_ == "xcomp" and verb.head.lemma_ == "need":
        need_subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        return (need_subj, "needs") if need_subj is not None else (None, "")
    return None, ""


def _second_clause_subject(verb: Token) -> Token | None:
    """ "Patti will talk to John Kaplan and Tim will talk to Mitch Huitema": the name just
    before the second clause's modal is its subject, though the parser joins it to the
    first clause's object ("Kaplan and Tim") and hangs the verb on the first one."""
    modal = next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD" and c.i < verb.i), None)
    if modal is None:
        return None
    sent = verb.sent
    end = modal.i - 1
    if end < sent.start or verb.doc[end].pos_ != "PROPN":
        return None
    start = end
    while start - 1 >= sent.start and verb.doc[start - 1].pos_ == "PROPN":
        start -= 1
    joint = verb.doc[start - 1] if start - 1 >= sent.start else None
    if joint is None or joint.lower_ not in ("and", ";", "but", "while", "whilst"):
        return None
    # a clause of its own joined to an earlier one, not a list of joint owners ("it was agreed
    # that Cllrs O'Leary and Morris will meet …", "the Clerk and Cllr Smith will meet …")
    if verb.dep_ != "conj" or verb.head.i >= joint.i:
        return None
    return verb.doc[end]


def _to_promised(verb: Token, aux: set[str], cues: Cues) -> bool:
    """``verb`` is what a promise verb promises: "agreed to <verb>", "undertook to <verb>"."""
    return verb.tag_ == "VB" and "to" in aux and verb.dep_ == "xcomp" and verb.head.lemma_ in cues.promise_verbs


def _by_whom(verb: Token) -> Token | None:
    """The noun of a passive's "by …" agent ("drawn up by Roxanne", "agreed by the board")."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
