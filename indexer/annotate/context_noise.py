"""The bracket of context a short action carries, kept only when it tells what the action is
about: a bulleted list run into one line, a heading run on into the sentence, or a lead-in
("Sarah reported:") is noise a reader would notice, and so is a sentence that is itself
another member's commitment (it is listed in its own right).
"""

from __future__ import annotations

import re

from indexer.records import Commitment

# Bullets a list run together into one line leaves between its points: the glyphs, a private-use
# bullet, and a lone "o" (the second-level bullet of bulleted minutes) before a capital.
_BULLET = re.compile(r"\s*(?:[•●○▪◦\uf0b7\uf0a7∑>]|(?<![\w.])o(?=\s+[A-Z(]))\s*")
# A list's mark at the start: "c. ", "a) ", "3. ", "- ", "1 ".
_LIST_MARK = re.compile(r"^(?:[a-hA-H][.)]|\(?[ivx]{1,4}[.)]|\(?\d{1,2}[.)]?|[-–—*])\s+")


def tidy_context(context: str) -> str | None:
    """The context nearest the action, or None when what is left says nothing.

    A list run into one line ("It was considered difficult • Karaoke night • …") keeps only
    its last point, the one the action follows; a lead-in that ends in a colon is not context.
    """
    parts = [p.strip(" .;,") for p in _BULLET.split(context)]
    parts = [p for p in parts if p]
    if not parts:
        return None
    text = _LIST_MARK.sub("", _past_heading(parts[-1])).strip(" .;,")
    text = _whole_sentences(text)
    if text.endswith((":", "-", "–")) or len(text.split()) < 3:
        return None  # a lead-in ("Sarah reported:") or a run-in heading ("New Business 1 Donations-")
    return text


# A heading in capitals run on into the text: "ROLL CALL VOTE Cauthorne - Yes … CHANGE OCTOBER
# MEETING DATE Councilman Cauthorne states …", "BRIAN STUART DISCUSSION Talked to …".
_CAPS_RUN = re.compile(r"(?:\b[A-Z][A-Z'’&]+\s+){2,}[A-Z][A-Z'’&]+\b(?<=\w{4})")


def _past_heading(text: str) -> str:
    """The text after the last heading in capitals, or before it when nothing follows."""
    runs = list(_CAPS_RUN.finditer(text))
    if not runs:
        return text
    after = text[runs[-1].end() :].strip(" .;,-–")
    if len(after.split()) >= 3:
        return after
    return text[: runs[-1].start()].strip(" .;,-–")


# Words a sentence cannot end on: the context was cut, or the parser split it, mid-sentence
# ("RB would speak to his contact at BHA following which . It might be that this").
_DANGLING = {
    "a", "an", "the", "this", "that", "to", "of", "and", "or", "which", "who", "because", "with",
    "for", "if", "whether", "but", "so", "than", "as", "at", "on", "in", "by", "following", "be",
}  # fmt: skip
LONGEST = 240  # characters of context a reader wants before the action gets lost


def _whole_sentences(text: str) -> str:
    """The context's whole sentences, the last cut at a word (with "…") when it is too long:
    a context cut mid-word or mid-clause reads as garbage."""
    if len(text) > LONGEST:
        cut = text[:LONGEST]
        end = cut.rfind(". ")
        text = cut[: end + 1] if end > LONGEST // 2 else cut[: cut.rfind(" ")].rstrip(" ,;–-") + " …"
    sentences = re.split(r"(?<=\w[.!?])\s+|\s+\.\s+", text)
    while sentences and sentences[-1].split()[-1:] and sentences[-1].split()[-1].lower().strip(".,;") in _DANGLING:
        sentences.pop()
    return " ".join(sentences).strip(" .;,")


def drop_told_contexts(found: list[Commitment]) -> None:
    """A context that is the sentence of another commitment is dropped when it is the same
    member's other promise ("join Cllr Stuart on the inspections (Cllr Kimberley volunteered
    to join the inspection team …)", listed on its own) or shares no word with the action
    (another member's business, which a reader would take for part of this one). "contact
    AEG to purchase a replacement (AEG had put forward the idea …)" keeps what it is about."""
    said = [(c, _plain(c.source_sentence)) for c in found if c.source_sentence]
    for c in found:
        match = _END_BRACKET.search(c.action)
        if match is None or len(match.group(1).split()) < 3:
            continue
        if _POINTS_BACK.search(c.action[: match.start()]):
            continue  # "address them": the sentence says what they are, whoever else it names
        inner = _plain(match.group(1))
        shared = _words(match.group(1)) & _words(c.action[: match.start()])
        if any(
            other is not c and inner in sentence and (other.actor == c.actor or not shared) for other, sentence in said
        ):
            c.action = c.action[: match.start()] + c.action[match.end() :]


_POINTS_BACK = re.compile(r"\b(?:this|these|that|those|it|them|her|him|one)\b", re.IGNORECASE)
# The context bracket with_context appends: the last one, before any "(with X)" of joint owners.
_END_BRACKET = re.compile(r" \((?!with )([^()]+)\)(?=(?: \(with [^()]+\))*$)")


_COMMON = {"cllr", "will", "would", "agreed", "with", "that", "this", "from", "have", "been", "they", "their", "also"}


def _words(text: str) -> set[str]:
    """The words that say what a text is about: longer words and acronyms ("AEG")."""
    return {
        w.lower()
        for w in re.findall(r"[^\W\d_]+", text)
        if (len(w) >= 4 or len(w) >= 2 and w.isupper()) and w.lower() not in _COMMON
    }


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())
