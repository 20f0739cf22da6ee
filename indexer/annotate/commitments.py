"""Who committed to what, and when: commitments read from sentences and resolutions.

Forms, from the clerks' own usage: "X would/will <verb>", "it was agreed that X would",
"X agreed to / undertook to", "That X <verb>" in a resolution, the passive "a table to be
drawn up by X", "ACTION: X to …" (read by indexer/annotate/actions.py), and directions ("the Clerk
to write", "authorise the Public Works Department to remove …"). What was said, done or
noted is not a commitment.

The finder is the spaCy component ``minuted_commitments`` (assembled in indexer/annotate/nlp.py):
it reads a Doc that carries its paper's gazetteer and its ``Passage`` and sets
``doc._.commitments``. Its verb lists are its config.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from indexer.annotate.action_text import action_text, render, with_context
from indexer.annotate.actions import MARKER, action_commitments
from indexer.annotate.actors import (
    actor_name,
    first_listed,
    hired_party,
    informal_actor,
    named_body,
    office_actor,
)
from indexer.annotate.antecedents import PERSONAL, antecedent
from indexer.annotate.commitment_merge import merge_commitments  # noqa: F401 - nlp.py's import
from indexer.annotate.context_noise import tidy_context
from indexer.annotate.directions import directed_actor, directions, tidy_action
from indexer.annotate.due_dates import due as _due
from indexer.annotate.implied_tasks import deliverable, needed, requester, topic_action
from indexer.annotate.informal import informal_actions, trailing_owner
from indexer.annotate.list_actions import list_actions
from indexer.annotate.obligations import obligations
from indexer.annotate.people import Gazetteer
from indexer.annotate.promise_actor import actor_of, modal_of
from indexer.annotate.sections import reporting_group
from indexer.records import Commitment

if not Doc.has_extension("passage"):
    Doc.set_extension("passage", default=None)
if not Doc.has_extension("commitments"):
    Doc.set_extension("commitments", default=None)

# A resolution the structure stage left inside the item's text (Kent: "5. RESOLVED that …").
_RESOLVED = re.compile(r"\b(?:RESOLVED|Resolved|DECIDED|Decided)\b\s*(?:that\b|:)")
# A motion put: "It was proposed by Cllr Jay and seconded by Cllr Stuart that the Parish
# Council agrees to make the above payments" is the decision, not a promise.
_MOTION = re.compile(r"\b(?:proposed|moved)\b[^.]{0,80}?\bthat\b", re.IGNORECASE)
# A question ("Would X circulate …?", "Should X …"). A condition is no bar: "If the Order
# continues for six months, the Council will consider …" is the Council's promise, made now.
_QUESTION_OR_CONDITION = re.compile(r"\?\s*$|^(?:\W*\d[\d.]*\s+)?Should\b")
# A signature block: the office of a signatory alone on its line ("Mayor:", "Chairman ……").
_SIGNATURE = re.compile(
    r"(?:^|\s\s)(?:Mayor|Chair(?:man|person)?|Clerk|Secretary|Signed|[A-Z][a-z]+ Administrator)\s*[:._…]*\s*(?=\s\s)"
)


@dataclass(frozen=True)
class Passage:
    """Where a text sits in its paper: what the rules need besides the words themselves.

    ``resolutions`` are an item's resolution texts; each is parsed on its own and read with
    the resolution forms ("That X meet with …"), so the item's sentences holding them are
    skipped. ``is_resolution`` marks such a Doc.
    """

    item: str | None
    body: str | None = None
    organisation: str | None = None
    is_resolution: bool = False
    resolutions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Cues:
    """The words that make a clause a commitment, from the component's config."""

    modals: frozenset[str]
    promise_verbs: frozenset[str]  # "X agreed to / undertook to …": X acts
    direction_verbs: frozenset[str]  # "authorise the Department to …": the Department acts
    state_verbs: frozenset[str]  # "X would be …", "would need …": a state, not an action
    plan_verbs: frozenset[str] = frozenset()  # "X was scheduled to meet …": a plan X carries out

    @classmethod
    def of(
        cls,
        modals: list[str],
        promise_verbs: list[str],
        direction_verbs: list[str],
        state_verbs: list[str],
        plan_verbs: list[str] = (),  # type: ignore[assignment]
    ) -> Cues:
        return cls(
            frozenset(modals),
            frozenset(promise_verbs),
            frozenset(direction_verbs),
            frozenset(state_verbs),
            frozenset(plan_verbs),
        )


DEFAULT_CONFIG = {
    "modals": ["would", "will", "shall", "'ll"],
    "promise_verbs": ["agree", "undertake", "offer", "volunteer", "promise", "commit", "arrange", "decide"],
    "direction_verbs": [
        "authorise",
        "authorize",
        "ask",
        "request",
        "direct",
        "instruct",
        "delegate",
        "invite",
        "challenge",
        "task",
    ],
    "state_verbs": [
        "be",
        "have",
        "need",
        "seem",
        "appear",
        "remain",
        "help",
        "allow",
        "mean",
        "cost",
        "include",
        "cease",
        "result",
        "consist",
        # "X would like to …": a wish, not a promise (a councillor's hope for a plaque).
        "like",
        "love",
        "prefer",
        # "The Authority would expect a contribution of …": a view, not an action.
        "expect",
        "remember",
        "wish",
        "want",
        # "Councilman X would feel comfortable with …", "residents will feel the impact": a
        # feeling or a hope, not an action (city council and residents' association minutes).
        "feel",
        "hope",
    ],
    # Member updates narrate plans: "In February, Mr Murphy was scheduled to meet …" (Kent).
    # Only the passive "scheduled": "X plans to …" is as often a speaker's report of a third
    # party (Greenville's rezoning hearing) as a plan of the meeting's own.
    "plan_verbs": ["schedule"],
}


@Language.factory("minuted_commitments", default_config=DEFAULT_CONFIG)
def make_commitment_finder(
    nlp: Language,
    name: str,
    modals: list[str],
    promise_verbs: list[str],
    direction_verbs: list[str],
    state_verbs: list[str],
    plan_verbs: list[str],
) -> CommitmentFinder:
    return CommitmentFinder(Cues.of(modals, promise_verbs, direction_verbs, state_verbs, plan_verbs))


class CommitmentFinder:
    """Sets ``doc._.commitments`` from a Doc's sentences, marked actions and directions.

    Actors are named through the paper's gazetteer (``doc._.gazetteer``), which the finder
    also grows; a Doc made without a paper or a ``Passage`` is passed through untouched,
    so a plain ``nlp(text)`` costs what the base model costs.
    """

    def __init__(self, cues: Cues) -> None:
        self.cues = cues

    def __call__(self, doc: Doc) -> Doc:
        gaz: Gazetteer | None = doc._.gazetteer
        passage: Passage | None = doc._.passage
        doc._.commitments = (
            find_commitments(doc, gaz, passage, self.cues) if gaz is not None and passage is not None else []
        )
        return doc


DEFAULT_CUES = Cues.of(**DEFAULT_CONFIG)


def find_commitments(doc: Doc, gaz: Gazetteer, passage: Passage, cues: Cues = DEFAULT_CUES) -> list[Commitment]:
    """Commitments in one parsed text: an item's narrative, or one of its resolutions."""
    text = doc.text
    found: list[Commitment] = action_commitments(text, gaz, passage.item)
    if passage.is_resolution:
        for sent in doc.sents:
            found.extend(_from_sentence(sent, gaz, passage, cues, resolution=True))
        return found
    found += directions(text, gaz, passage.item, passage.organisation)
    found += obligations(text, passage.item)
    found += list_actions(doc, gaz, passage.item)
    resolution_texts = {" ".join(r.split())[:60] for r in passage.resolutions}
    signed = _SIGNATURE.search(text)
    for sent in doc.sents:
        if signed and sent.start_char >= signed.start():
            break  # the statute's boilerplate under the signatures ("Clerk to record, without note …")
        flat = " ".join(sent.text.split())
        if any(t and t in flat for t in resolution_texts):
            continue  # read from the resolution's own Doc
        marked = MARKER.search(flat)
        if marked and not re.search(r"\b(?:would|will)\b", flat[marked.end() :]):
            continue  # a marked action, read above
        found.extend(_from_sentence(sent, gaz, passage, cues, resolution=bool(MARKER.search(flat))))
    return found


def _from_sentence(sent: Span, gaz: Gazetteer, passage: Passage, cues: Cues, resolution: bool) -> list[Commitment]:
    out: list[Commitment] = []
    text = " ".join(sent.text.split())
    body, organisation = passage.body, passage.organisation
    if _QUESTION_OR_CONDITION.search(text):
        return out  # "Would X circulate …?": asked, not promised
    decided = resolution or bool(_RESOLVED.search(text) or _MOTION.search(text))
    lines = [] if resolution else informal_actions(sent, gaz)
    trailing = None if resolution else trailing_owner(text, gaz)
    if trailing and not lines:
        out.append(Commitment(actor=trailing[0], action=trailing[1], source_sentence=text, due=_due(text)))
    for line in lines:
        action = with_context(line.text or action_text(line.verb, line.verb, "informal"), line.verb, sent)
        before = tidy_context(line.before) if len(action.split()) < 2 else None
        if before:
            action = f"{action} ({before})"  # "Budget needs a vote next time, Alistair to prepare"
        if line.others and len(action.split()) >= 2:
            action = f"{action} (with {line.others})"  # one joint action, its first owner acting
        if len(action.split()) >= 2:
            out.append(Commitment(actor=line.actor, action=tidy_action(action), source_sentence=text, due=_due(text)))
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("aux", "auxpass"):
            continue
        if any(verb == line.verb for line in lines) or any(c.dep_ == "neg" for c in verb.children):
            continue  # an action line read above; "will not result in …" promises nothing
        if _under_denial(verb):
            continue  # "She doesn't think that Pound needs to acquire the property": an opinion against it
        if verb.lemma_ in cues.state_verbs and not _agreed_to_have(verb, cues) and not deliverable(verb):
            continue
        actor_tok, how = actor_of(verb, resolution, cues)
        if actor_tok is None:
            continue
        if how == "subjunctive" and not resolution and not _listed(requester(verb), gaz):
            continue  # "She (a resident) requested that the Clerk write …": the meeting took nothing on
        if _asked(verb, actor_tok):
            continue  # "Would the meeting support a proposal for 210 …": a question put, not a promise
        if actor_tok.lower_ == "who" and actor_tok.i > 0 and actor_tok.nbor(-1).pos_ in ("NOUN", "PROPN"):
            actor_tok = actor_tok.nbor(-1)  # "… email their plans to the Clerk who would circulate them"
        if how in ("direction", "asked") and not resolution:
            directed = directed_actor(verb.head, actor_tok, gaz, passage.body, organisation, passive=how == "asked")
            if directed is None:
                continue
            actor, how = directed
            if how == "request":
                action = tidy_action(render([t for t in verb.head.subtree if t.i >= verb.head.i]))
                action = verb.head.lemma_ + action[len(verb.head.text) :]
                out.append(Commitment(actor=actor, action=action, source_sentence=text, due=_due(text)))
                continue
        elif actor_tok.lower_ in PERSONAL and how in ("modal", "conj", "agreed", "informal"):
            actor = antecedent(actor_tok, sent, gaz)  # "… Mia has seven stories. She will add …"
        elif how in ("informal", "needs"):
            actor = informal_actor(actor_tok, gaz, body, organisation, person_only=how == "needs")
        else:
            actor = actor_name(actor_tok, gaz, body, organisation, strict=not resolution and how != "agreed")
            if actor is None and how == "modal" and modal_of(verb) in ("will", "would", "'ll"):
                actor = office_actor(actor_tok, verb, body)  # not "shall": a constitution's rule
        if how == "agreed" and actor is None:
            actor = named_body(actor_tok) or hired_party(actor_tok)
        group = None
        if actor is None and actor_tok.lower_ == "we" and how in ("modal", "progressive", "conj"):
            actor = group = reporting_group(sent.doc, gaz.text, body)  # a committee's own report
        listed = ""
        if how == "following":
            actor, listed = first_listed(sent, gaz)
        if (
            how == "agreed"
            and decided
            and actor
            and body
            and (
                actor.lower() == body.lower()
                or actor.lower().split()[-1] in ("cabinet", "council", "committee", "board")
            )
        ):
            continue  # "RESOLVED that Cabinet agree to …" is the decision itself
        if how == "progressive" and actor and gaz.resolve(actor) is None and actor not in (organisation, group):
            continue
        if how == "progressive" and modal_of(verb) is None and not _listed(actor, gaz):
            continue  # a task in hand is a member's: "Senator X is supporting …" is a stance
        if not actor:
            continue
        if how == "volunteered_bare":
            action = needed(verb) or topic_action("take on", actor_tok, sent)
            if action == "take on":
                continue  # no task named before the volunteer
        else:
            action = _bracketed(actor_tok, verb) or with_context(action_text(verb, actor_tok, how), verb, sent)
        if action and len(action.split()) == 1:
            action = topic_action(action, actor_tok, sent)  # "BBQ in June – Grace has volunteered to organize"
        if listed:
            action = tidy_action(re.split(rf",\s*{re.escape(listed)}\b", action)[0])
        if not action or len(action.split()) < 2:
            continue
        said = tidy_context(text.strip(" .")) if len(action.split()) == 2 and "(" not in action else None
        if said and len(text.split()) >= 8:
            action = f"{action} ({said})"  # "she said she will update us": about what
        out.append(Commitment(actor=actor, action=action, source_sentence=text, due=_due(text)))
    for c in out:
        c.item = passage.item
    return out


def _bracketed(actor: Token, verb: Token) -> str | None:
    """ "(Secretariat to set-up telekits for sub-group: Shehla, Chris …)": an aside that
    opens with its owner runs to its closing bracket, whatever the parser hung where."""
    doc = actor.doc
    if actor.i == 0 or doc[actor.i - 1].text != "(" or verb.i <= actor.i:
        return None
    close = next((t.i for t in doc[verb.i :] if t.text in (")", "(")), None)
    if close is None or doc[close].text != ")" or close - verb.i > 60:
        return None
    head = verb.lemma_ if verb.tag_ != "VB" else verb.text
    return tidy_action(" ".join([head, render([t for t in doc[verb.i + 1 : close] if not t.is_space])]))


def _agreed_to_have(verb: Token, cues: Cues) -> bool:
    """ "it was agreed by the board to have a professional manager": to have is to get one."""
    return (
        verb.lemma_ == "have"
        and verb.dep_ == "xcomp"
        and verb.head.lemma_ in cues.promise_verbs
        and verb.head.tag_ == "VBN"
        and any(c.dep_ == "agent" for c in verb.head.children)
    )


def _listed(actor: str | None, gaz: Gazetteer) -> bool:
    person = gaz.resolve(actor) if actor else None
    return person is not None and (person.name in gaz.listed or any(a in gaz.listed for a in person.aliases))


def _under_denial(verb: Token) -> bool:
    """The clause hangs (as what is thought, said, agreed) from a verb that is denied."""
    tok = verb
    for _ in range(3):
        if tok.dep_ not in ("ccomp", "xcomp") or tok.head is tok:
            return False
        tok = tok.head
        if any(c.dep_ == "neg" for c in tok.children):
            return True
    return False


def _asked(verb: Token, actor: Token) -> bool:
    """The modal before its subject: a question ("Would the meeting support …", "will the
    Council consider …?"), which promises nothing."""
    modal = next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"), None)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] or [actor]
    return modal is not None and any(modal.i < s.i for s in subjects)
