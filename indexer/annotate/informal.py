"""Action lines that open with their owner: "Raj to circulate …", "JS to contact the
developer", "Mark and Len to handle", "Action Mags to check", "the Clerk to write …",
"Hillary is to approach …".

Club, association and parish clerks write actions this way, often as a bullet or at the
end of a paragraph under a run-in heading ("Clock Tower Spotlights GD to investigate …").
The base model parses such lines poorly (a lone first name before "to" comes out as an
adverb), so they are found by the shape of the tokens: at a sentence's start, a run of
capitalised words, "to", and a verb in its base form. The owner is the run's last words
that name a person of the paper, else a member named by first name or initials, else an
office or body ("the Clerk").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from indexer.annotate.action_text import BULLETS, render
from indexer.annotate.actions import BODY_WORDS
from indexer.annotate.actors import given_name_only, tidy_body
from indexer.annotate.people import Gazetteer

# What may stand before the owner: bullets, numbering, "Action", "c/f".
_LEAD = re.compile(r"^(?:[-–•●○▪◦*·\uf0b7\uf0a7]+|\(?[0-9ivx]{1,4}[.)]?|\(?[a-h][.)]|actions?|c/f|:)$", re.IGNORECASE)
_JOIN = {"and", "&", "/", ","}

_TITLES = {"cllr", "cllrs", "councillor", "mr", "mrs", "ms", "dr", "the"}


@dataclass(frozen=True)
class ActionLine:
    """An action line's owner, its verb, and what the line says around them."""

    actor: str
    verb: Token
    before: str  # the words before the owner ("Budget needs a vote next time")
    others: str  # joint owners after the first ("Kelly McPherson and Susan Schilling")
    text: str | None = None  # the action as written, where the parse cannot be trusted


def informal_actions(sent: Span, gaz: Gazetteer) -> list[ActionLine]:
    """Each action line in ``sent``: at its start, or after a comma or semicolon ("Budget
    needs a vote next time, Alistair to prepare")."""
    tokens = [t for t in sent if not t.is_space]
    # "… Harbord Bowling Club or alternate (Doug to confirm final booking)": a bracket opens one too.
    starts = [0] + [
        n + 1 for n, t in enumerate(tokens) if t.text in (",", ";", ":", "–", "-", "(") or t.text in BULLETS
    ]
    # A paragraph break the sentence splitter ran over ("• Prizes: two bottles  Nikki will …").
    starts += [n for n, t in enumerate(tokens) if n and t.i > sent.start and t.doc[t.i - 1].is_space]
    starts = sorted(set(starts))
    found = []
    covered = -1  # "Bonnie Santschi, Kelly McPherson and …": one line, not one per comma
    for start in starts:
        if start <= covered:
            continue
        hit = _action_at(tokens, start, gaz, person_only=start > 0)
        if hit:
            before = " ".join(t.text for t in tokens[:start]).strip(" ,;:–-")
            found.append(ActionLine(hit[0], hit[1], before, hit[2], hit[3]))
            covered = hit[1].i - tokens[0].i
    return found


def _action_at(
    tokens: list[Token], start: int, gaz: Gazetteer, person_only: bool
) -> tuple[str, Token, str, str | None] | None:
    """The owner and verb of an action line starting at ``start``. Inside a sentence only a
    person will do ("…, Birch Green to ask if …" names a place, "…: Lobby ERA to get …" a verb)."""
    marked = False
    while start < len(tokens) and _LEAD.match(tokens[start].text):
        marked = marked or tokens[start].lower_.startswith("action")
        start += 1
    end = start
    while end < len(tokens) and _in_owner_run(tokens[end]):
        end += 1
    if end == start or end + 1 >= len(tokens):
        return None
    to = end
    promised = tokens[to].lower_ in _PROMISES
    if (tokens[to].lower_ in ("is", "are") or promised) and to + 1 < len(tokens):
        to += 1
    verb = tokens[to + 1] if to + 1 < len(tokens) else None
    # "• Cate will make and post posters": a lone first name the parser took for an adverb,
    # so "make" has no subject; read like "Cate to make …" (a person only).
    modal = (
        tokens[to].lower_ in ("will", "would")
        and verb is not None
        and all(_across_a_break(c, tokens[start]) for c in verb.children if c.dep_ == "nsubj")
    )
    promised = promised or modal
    if (tokens[to].lower_ != "to" and not modal) or verb is None or not verb.text.islower() or verb.lemma_ == "be":
        return None
    if verb.tag_ != "VB" and not (promised and verb.pos_ in ("NOUN", "VERB", "ADJ")):
        return None  # "The Board agreed to the following procedural elements"
    actor, others = _owner(tokens[start:end], gaz, person_only or promised, marked)
    if not actor:
        return None
    # The line's action is the rest of it, to a semicolon or the sentence's end: the parser
    # reads such lines poorly ("…volunteered to stuff/stamp/mail envelopes" takes "to" for
    # a preposition, "check the hall booking" a gerund).
    rest: list[Token] = []
    bracketed = start > 0 and tokens[start - 1].text == "("
    for tok in tokens[to + 1 :]:
        if tok.text == ";" or tok.text in BULLETS or (rest and tok.i != rest[-1].i + 1):
            break  # a semicolon, or a paragraph break (a space token, left out of ``tokens``)
        if bracketed and tok.text == ")":
            break
        rest.append(tok)
    while rest and rest[-1].is_punct and rest[-1].text not in (")", "”", "’"):
        rest.pop()
    return actor, verb, others, render(rest) if rest else None


def _across_a_break(subject: Token, owner: Token) -> bool:
    """A subject the parser found in the paragraph before the owner ("two bottles  Nikki
    will write …"), so not the owner's own clause ("Connor, Wils and Gerson will ask …")."""
    return subject.i < owner.i and any(t.is_space for t in subject.doc[subject.i : owner.i])


_PROMISES = {"agreed", "volunteered", "offered", "undertook", "promised"}


def _in_owner_run(tok: Token) -> bool:
    text = tok.text
    if tok.lower_ in _JOIN or tok.lower_ in _TITLES:
        return True
    return text[:1].isupper() and not text.isdigit() and tok.pos_ in ("PROPN", "NOUN", "ADV", "X", "ADJ", "VERB")


def _owner(run: list[Token], gaz: Gazetteer, person_only: bool, marked: bool) -> tuple[str | None, str]:
    """The first owner the run names ("Mark and Len" → Mark; "Clock Tower Spotlights GD" →
    GD), and the joint owners after it as written."""
    parts: list[list[Token]] = [[]]
    for tok in run:
        if tok.lower_ in _JOIN:
            parts.append([])
        else:
            parts[-1].append(tok)
    others = " and ".join(" ".join(t.text for t in part) for part in parts[1:] if part)
    first = _first_owner(parts, gaz, person_only)
    if first is None and marked and len(parts[0]) == 1 and _NAME_WORD.fullmatch(parts[0][0].text):
        first = parts[0][0].text  # "Action Mags to check …": the marker says a name follows
    return first, others


_NAME_WORD = re.compile(r"[A-Z][a-z'’]{1,15}")
# "… still awaited, c/f action Mick.": the owner closes the line, after the marker.
_TRAILING = re.compile(
    r"^(?P<what>.{8,}?)[\s,;.–-]+(?:c/f\s+)?(?i:action(?:\s+by)?)\s*:?\s+"
    r"(?P<who>[A-Z][\w'’]{1,15}(?:\s*[/&]\s*[A-Z][\w'’]{1,15})*)\s*\.?$"
)


def trailing_owner(text: str, gaz: Gazetteer) -> tuple[str, str] | None:
    """(owner, action) of a line whose owner follows an action marker at its end."""
    match = _TRAILING.match(text.strip())
    if not match:
        return None
    who = re.split(r"\s*[/&]\s*", match.group("who"))[0]
    person = gaz.resolve(who)
    what = match.group("what").strip(" ,;.–-")
    return (person.name if person else who), what[:1].lower() + what[1:]


def _first_owner(parts: list[list[Token]], gaz: Gazetteer, person_only: bool) -> str | None:
    first = [t for t in parts[0] if t.lower_ not in _TITLES or t.lower_ == "the"]
    if not first:
        return None
    words = [t.text for t in first if t.lower_ != "the"]
    for k in range(len(words)):
        tail = words[k:]
        if k and len(tail) == 1 and not tail[0].isupper():
            break  # "Birch Green": a surname alone after other words is a place, not a person
        person = gaz.resolve(" ".join(tail))
        if person and (person.name in gaz.listed or not person_only):
            return person.name
    last = first[-1]
    if len(first) == 1 and given_name_only(last):
        return last.text
    if person_only:
        return None
    if re.fullmatch(r"[A-Z]{2,4}|[A-Z][a-z]?[A-Z]{1,3}", last.text) and (
        len(first) == 1 or not first[-2].text.isupper()
    ):
        return last.text  # initials the attendance list could not resolve ("JS")
    phrase = tidy_body(" ".join(words))
    if BODY_WORDS.search(phrase) and len(first) <= 4:
        return re.sub(r"^the\s+", "", phrase, flags=re.IGNORECASE)
    return None
