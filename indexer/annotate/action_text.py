"""Actions read back as a readable verb phrase starting with the verb, from the parse:
"provide a breakdown of …", a passive "a table to be drawn up by X" as "draw up a table …",
an action that points back ("work on this") with the sentence it points to.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from indexer.annotate.context_noise import tidy_context
from indexer.annotate.directions import tidy_action

BULLETS = {"•", "●", "○", "▪", "◦", "\uf0b7", "\uf0a7", "∑"}  # a list run together into one line


def action_text(verb: Token, actor: Token, how: str) -> str:
    """A readable verb phrase starting with the verb: "provide a breakdown of …".

    A passive "a table to be drawn up by X" reads back as "draw up a table …".
    """
    skip: set[int] = set()
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "advmod") and child.i < verb.i:
            skip.update(t.i for t in child.subtree)
        if how == "passive" and child.dep_ == "agent":
            skip.update(t.i for t in child.subtree)
    particles = [c for c in verb.children if c.dep_ == "prt"] if how == "passive" else []
    before: list[Token] = []
    if how == "passive":
        obj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if obj is not None and obj.pos_ == "PRON":
            obj = _antecedent(verb) or obj  # "the minutes … and that they be signed by the Chair"
        if obj is not None:
            before = [t for t in obj.subtree if t.dep_ != "mark" and (t.i < verb.i or obj.i < verb.i and t.i < verb.i)]
        else:
            before = _noun_before(verb)  # "… Lucky door prize to be organised by Kate": parsed as a clause of a name
    before = [t for t in before if not _o_bullet(t)]  # "o Administrator rights will be retained by …"
    after = [t for t in verb.subtree if t.i > verb.i and t.i not in skip and t not in particles]
    breaks = [t.i for t in verb.sent if t.i > verb.i and (t.is_space or t.text in BULLETS or _o_bullet(t))]
    if breaks:
        # The parser may hang the next paragraph's heading on a verb that ends its line
        # ("Alistair to prepare" / "Meeting Adjournment"): an action stops at a paragraph break.
        after = [t for t in after if t.i < breaks[0]]
    if verb.dep_ == "relcl" and any(c.dep_ == "dobj" and c.tag_ == "WDT" for c in verb.children):
        # "questions which Peter will bring back to the vendor": the questions are brought.
        noun = verb.head
        before = [t for t in noun.subtree if t.i <= noun.i and t.dep_ != "det" or t.i == noun.i]
    if after and after[-1].pos_ == "ADP" and not any(c.dep_ == "pobj" for c in after[-1].children):
        # "agreed to look into whether space could be found": the parser hung the rest of
        # the sentence elsewhere, so the action runs on to the sentence's end.
        rest = verb.sent[after[-1].i - verb.sent.start + 1 :]
        after += [t for t in rest if not (t.is_punct and t.i == verb.sent.end - 1)]
    after += _left_hanging(verb, after)
    head = verb.lemma_ if how == "passive" or verb.tag_ != "VB" else verb.text
    parts = [head, *(p.text for p in particles), render(before), render(after)]
    if how == "conj" and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        parts = [*_first_conjunct(verb), "and", *parts]
    return tidy_action(" ".join(p for p in parts if p))


def _o_bullet(tok: Token) -> bool:
    """A lone "o", the second-level bullet of bulleted minutes, run into the line ("put the
    items in next year's budget o for payment")."""
    apostrophes = ("'", "’")  # "o'clock", "Ne'er o' …"
    return (
        tok.text == "o"
        and (tok.i == 0 or tok.nbor(-1).text not in apostrophes)
        and (tok.i + 1 == len(tok.doc) or tok.nbor(1).text not in apostrophes)
    )


def _first_conjunct(verb: Token) -> list[str]:
    """ "She is compiling board contact information … and will distribute to the Board":
    what is distributed is what the first verb of the pair names."""
    head = verb.head
    if head.dep_ == "conj" or head.pos_ != "VERB":
        return []
    skip = {
        t.i
        for c in head.children
        if c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "advmod", "cc")
        for t in c.subtree
    }
    words = [t for t in head.subtree if head.i < t.i < verb.i and t.i not in skip and not t.is_space]
    while words and (words[-1].dep_ in ("cc", "aux") or words[-1].is_punct):
        words.pop()
    return [head.lemma_, render(words)] if words else []


def _noun_before(verb: Token) -> list[Token]:
    """The noun phrase just before "to be <verb>ed", when the parser gave the verb no subject."""
    first = min((c.i for c in verb.children if c.dep_ in ("aux", "auxpass")), default=verb.i)
    chunk = next((c for c in verb.doc.noun_chunks if c.end == first), None)
    return [t for t in chunk if t.dep_ != "det"] if chunk is not None else []


def _left_hanging(verb: Token, after: list[Token]) -> list[Token]:
    """The words after the action that the parser hung on a verb above it ("write to Cllr
    Brennan thanking him for his years of service", "thanking …" on "asked"): they run to
    the sentence's end when no new clause (a subject of its own, a semicolon) starts there."""
    if not after:
        return []
    end = max(t.i for t in after)
    rest: list[Token] = []
    for tok in verb.sent[end + 1 - verb.sent.start :]:
        if tok.is_space or tok.text in (".", "!", "?") or tok.text in BULLETS or _o_bullet(tok):
            break  # a paragraph break the sentence splitter missed, the sentence's end, a bullet
        rest.append(tok)
    if (
        not rest
        or rest[0].is_punct
        or any(t.dep_ in ("nsubj", "nsubjpass", "expl") or t.text in (";", ":") for t in rest)
    ):
        return []
    if not any(t.i > verb.i for t in verb.subtree) or rest[0].dep_ in ("cc",) or rest[0].lower_ in ("and", "but", "or"):
        return []
    return rest


SHORT_ACTION = 10  # words

_REFERRING = {"this", "these", "that", "those", "it", "her", "him", "them"}  # "follow up with her": who is she


def with_context(action: str, verb: Token, sent: Span) -> str:
    """An action that points back ("assist ranch volunteers with this work", "work on
    this") carries the sentence before it, so a reader (and a search) knows what it is;
    so does a short one ("contact nearby neighbours to discuss as well")."""
    points_back = any(
        t.lower_ in _REFERRING and t.dep_ in ("dobj", "pobj", "det") and t.pos_ in ("PRON", "DET")
        for t in verb.subtree
        if t.i > verb.i
    )
    points_back = points_back or verb.dep_ == "relcl"  # "questions which Peter will bring back …"
    if len(action.split()) < 2 or not (points_back or len(action.split()) <= SHORT_ACTION):
        return action
    # "Cllr Rochford said that trainees at Capel Manor … voluntary work and he will provide
    # more details on this": what "this" is, is said earlier in the same sentence.
    clause = min(t.i for t in verb.subtree)
    earlier = [t for t in sent if t.i < clause and not t.is_space]
    while earlier and (earlier[-1].is_punct or earlier[-1].dep_ == "cc"):
        earlier.pop()
    if points_back and len(earlier) >= 6:
        context = render(earlier)
    elif sent.start == 0:
        return action
    else:
        context = " ".join(sent.doc[sent.start - 1].sent.text.split())
    context = tidy_context(_balanced(context).strip(" .;"))
    if not context:
        return action
    context = _balanced(context)  # a long one is cut, maybe inside a bracket
    return f"{action} ({context})"


def _balanced(text: str) -> str:
    """The text without brackets it does not close ("(4) CS will …", "… the effect of ("):
    the context is printed in a bracket of its own."""
    text = re.sub(r"^\(?\d{1,2}\)\s*", "", text)  # a list's number
    opened: list[int] = []
    drop: set[int] = set()
    for at, char in enumerate(text):
        if char == "(":
            opened.append(at)
        elif char == ")":
            if opened:
                opened.pop()
            else:
                drop.add(at)
    drop.update(opened)
    return "".join(c for at, c in enumerate(text) if at not in drop)


def _antecedent(verb: Token) -> Token | None:
    """The noun a pronoun subject stands for: the subject of the clause it hangs from."""
    head = verb.head
    for _ in range(4):
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"), None)
        if subj is not None:
            return subj
        if head.head is head:
            break
        head = head.head
    return None


def render(tokens: list[Token]) -> str:
    """Tokens back to text with the paper's own spacing ("call-outs", not "call - outs")."""
    out = []
    tokens = sorted(tokens, key=lambda t: t.i)
    for n, tok in enumerate(tokens):
        nxt = tokens[n + 1] if n + 1 < len(tokens) else None
        out.append(tok.text_with_ws if nxt is not None and nxt.i == tok.i + 1 else tok.text + " ")
    return "".join(out).strip()
