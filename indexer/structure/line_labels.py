"""Training labels for the line model: a gold reading laid over the reader's own rows.

A gold file says what a clerk read (item titles, who came, the resolutions, the actions);
it does not say on which line. The line model learns from lines, so each row is given the
label its text earns against the gold: a row that opens a gold item's title is a heading,
a row carrying gold attendees before the business is attendance, and so on. The matches are
loose on purpose (titles 80% alike, resolutions by shared word runs) because gold is typed
by a person and rows are what the PDF reader made of the page.

Only training uses this module; the product classifies rows without any gold.
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher

from indexer.structure.layout import Row

LABELS = (
    "heading",
    "attendance",
    "body",
    "resolution",
    "action_row",
    "vote",
    "header_footer",
    "signature",
    "masthead",
)

# A leading item number in any of the shapes papers print: "5.", "5a)", "(a)", "iv.",
# "23/20", "FGB 38/2021", "Minute 45", "8.1", "Item 3 -".
LEAD_NUMBER = re.compile(
    r"^\s*(?:(?:minute|item|agenda item)\s+(?:no\.?\s*)?)?"
    r"(?:[A-Z]{1,6}\d{2,4}-\d{1,4}|[A-Z]{2,6}\s?\d{1,3}/\d{2,4}|[A-Z]{2,6}/\d{2}/\d{2,4}|\d{1,3}/\d{2,4}|\d{1,3}(?:\.\d{1,2})*[a-z]?"
    r"|\(?[a-z]\)|[A-Z]\.|\(?[ivxlcIVXLC]{1,5}[.)]|[ivxlcIVXLC]{1,5}\.)"
    r"(?:[.):]|\s*[-–]\s)?(?=\s|\t|$)",
    re.IGNORECASE,
)
_ATTENDANCE_LABEL = re.compile(
    r"^\s*(?:(?:members|councillors|directors|trustees|commissioners|officers|board members|committee members)\s+)?"
    r"(?:present|apologies|in attendance|also (?:present|in attendance)|absent|attendees|attending|roll call"
    r"|regrets|excused|members absent|officers present|staff present|guests?)\b",
    re.IGNORECASE,
)
_ATTENDANCE_TITLE = re.compile(r"apolog|attendance|present|roll call|regrets|absence", re.IGNORECASE)
_VOTE_WORDS = re.compile(
    r"\b(?:moved|seconded|second(?:ed)? by|proposed by|ayes?|nays?|noes|abstain\w*|in favou?r|against"
    r"|carried|unanimous\w*|roll call vote|voice vote|motion (?:passed|failed|carried)|\d+\s*-\s*\d+(?:\s*-\s*\d+)?)\b",
    re.IGNORECASE,
)
_ROLL_VOTE = re.compile(
    r"^\s*(?:roll call vote|(?:[A-Z][\w.'’]+\s){0,3}[A-Z][\w'’]+\s*[-–:]\s*(?:yes|no|aye|nay|abstain\w*|absent)\b)",
    re.IGNORECASE,
)
_SIGNATURE = re.compile(
    r"^\s*(?:signed|signature|chair(?:man|person)?\s*[:.…_]|date\s*[:.…_]|[._…\s]{6,}$|(?:signed|confirmed)\b)",
    re.IGNORECASE,
)
_PAGE_NUMBER = re.compile(r"^\s*(?:page\s*)?[-–(]?\s*\d{1,3}\s*[-–)]?(?:\s*(?:of|/)\s*\d{1,3})?\s*$", re.IGNORECASE)


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("’", "'"))


def repeat_key(text: str) -> str:
    """Text with its digits folded, so "Page 3 of 7" and "Page 4 of 7" repeat."""
    return re.sub(r"\d+", "#", " ".join(words(text)))


def repeated_lines(rows: list[Row]) -> set[int]:
    """Rows near a page's top or bottom whose text recurs on other pages: running heads, footers."""
    by_page: dict[int, list[int]] = {}
    for i, row in enumerate(rows):
        by_page.setdefault(row.page, []).append(i)
    edges: dict[int, str] = {}
    for idx in by_page.values():
        for i in idx[:3] + idx[-3:]:
            edges[i] = repeat_key(rows[i].text)
    pages_of: dict[str, set[int]] = {}
    for i, key in edges.items():
        if key:
            pages_of.setdefault(key, set()).add(rows[i].page)
    out = {i for i, key in edges.items() if key and len(pages_of[key]) >= 2}
    out |= {i for i in edges if _PAGE_NUMBER.match(rows[i].text)}
    return out


def _similar(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b).ratio()


def _strip_number(text: str) -> str:
    return LEAD_NUMBER.sub("", text, count=1).strip(" \t.:-–")


def _lead_number(text: str) -> str | None:
    match = LEAD_NUMBER.match(text)
    if not match:
        return None
    token = re.sub(r"^(?:minute|item|agenda item)\s+(?:no\.?\s*)?", "", match.group(0).strip(), flags=re.IGNORECASE)
    token = re.sub(r"^[A-Z]{2,6}\s+(?=\d)", "", token)
    return re.sub(r"[\s.():\-–]", "", token).lower()


def _norm_gold_number(number: object) -> str | None:
    if number is None:
        return None
    return _lead_number(f"{number} x") or re.sub(r"[\s.():\-–]", "", str(number)).lower()


def _title_matches(title: str, rows: list[Row], i: int) -> int:
    """How many rows (1 or 2) carry ``title`` from row ``i``, or 0."""
    rest = " ".join(words(_strip_number(rows[i].text)))
    if not rest:
        return 0
    head = rest[: len(title) + 3]
    if _similar(title, head) >= 0.8 or (len(title) > 12 and head.startswith(title)):
        return 1
    if len(rest) >= 8 and title.startswith(rest) and i + 1 < len(rows):
        joined = f"{rest} {' '.join(words(rows[i + 1].text))}"  # a long title wrapped onto the next row
        if _similar(title, joined[: len(title) + 3]) >= 0.8:
            return 2
    return 0


def _heading_rows(rows: list[Row], items: list[dict]) -> dict[int, int]:
    """Row index → gold item index, matched in order; a title broken over two rows takes both.

    A row opening with the gold number and the title wins; else the title alone; else (where
    gold paraphrases a motion's subject) a row opening with a distinctive gold number.
    """
    out: dict[int, int] = {}
    start = 0
    for n, item in enumerate(items):
        title = " ".join(words(item.get("title") or ""))
        number = _norm_gold_number(item.get("number"))
        found: tuple[int, int] | None = None
        for i in range(start, len(rows)) if number else ():
            lead = _lead_number(rows[i].text)
            if lead and (lead == number or (lead.isalpha() and number.endswith(lead))):
                span = _title_matches(title, rows, i) if title else 1
                if not span and not _strip_number(rows[i].text) and i + 1 < len(rows):
                    span = 2 if _title_matches(title, rows, i + 1) else 0  # "5." alone, title below
                if span:
                    found = (i, span)
                    break
        if found is None and title:
            for i in range(start, len(rows)):
                span = _title_matches(title, rows, i)
                if span:
                    found = (i, span)
                    break
        if found is None and number and (len(number) >= 3 and not number.isdigit()):
            for i in range(start, len(rows)):
                if _lead_number(rows[i].text) == number:
                    found = (i, 1)
                    break
        if found:
            i, span = found
            for k in range(i, i + span):
                out[k] = n
            start = i + span
    return out


def _name_tokens(gold: dict) -> set[str]:
    att = gold.get("attendance") or {}
    tokens: set[str] = set()
    for group in ("present", "apologies", "absent"):
        for person in att.get(group) or []:
            parts = words(person.get("name") or "")
            if parts:
                tokens.add(parts[-1])
    return {t for t in tokens if len(t) > 1}


def _ngrams(ws: list[str], n: int = 3) -> set[tuple[str, ...]]:
    return {tuple(ws[k : k + n]) for k in range(max(1, len(ws) - n + 1))}


def _overlaps(row_words: list[str], targets: list[set[tuple[str, ...]]], share: float = 0.6) -> bool:
    if len(row_words) < 2:
        return False
    grams = _ngrams(row_words, 3 if len(row_words) >= 4 else 2)
    return any(len(grams & t) >= share * len(grams) for t in targets)


def label_rows(rows: list[Row], gold: dict) -> list[str]:
    """One label per row (see LABELS), from the gold reading of the same paper."""
    labels = ["body"] * len(rows)
    items = gold.get("items") or []
    heads = _heading_rows(rows, items)
    first_head = min(heads) if heads else len(rows)
    footers = repeated_lines(rows)
    names = _name_tokens(gold)

    resolutions = [w for it in items for r in it.get("resolutions") or [] if (w := words(r.get("text") or ""))]
    res_grams = [_ngrams(w, 3) | _ngrams(w, 2) for w in resolutions]
    actions = [words(c.get("action") or "") for c in gold.get("commitments") or []]
    act_grams = [_ngrams(w, 3) | _ngrams(w, 2) for w in actions if w]
    vote_names = set()
    for vote in gold.get("votes") or []:
        for key in ("moved", "seconded"):
            if vote.get(key):
                vote_names |= set(words(vote[key])[-1:])

    # Which item each row sits in, to find attendance inside an "Apologies" item.
    in_item: list[int | None] = []
    current: int | None = None
    for i in range(len(rows)):
        current = heads.get(i, current)
        in_item.append(current)

    seen_attendance = False
    for i, row in enumerate(rows):
        text = row.text
        ws = words(text)
        if i in heads:
            labels[i] = "heading"
            continue
        if gold.get("votes") and _ROLL_VOTE.match(text):
            labels[i] = "vote"
            continue
        if i in footers:
            labels[i] = "header_footer"
            continue
        name_hits = sum(1 for w in ws if w in names)
        item = in_item[i]
        att_zone = i < first_head or (item is not None and _ATTENDANCE_TITLE.search(items[item].get("title") or ""))
        if att_zone and (_ATTENDANCE_LABEL.match(text) or (name_hits and name_hits * 4 >= len(ws))):
            labels[i] = "attendance"
            seen_attendance = True
            continue
        if att_zone and i and labels[i - 1] == "attendance" and not row.breaks and (name_hits or len(ws) <= 4):
            labels[i] = "attendance"  # a present list wrapped onto the next row
            continue
        if (
            gold.get("votes")
            and _VOTE_WORDS.search(text)
            and (any(w in vote_names for w in ws) or re.search(r"\b(?:ayes|nays|noes|abstain)", text, re.IGNORECASE))
        ):
            labels[i] = "vote"
            continue
        if res_grams and (i >= first_head or not heads) and len(ws) >= 3 and _overlaps(ws, res_grams):
            labels[i] = "resolution"
            continue
        if (
            act_grams
            and ("\t" in text or re.match(r"\s*action\b", text, re.IGNORECASE))
            and _overlaps(ws, act_grams, 0.5)
        ):
            labels[i] = "action_row"
            continue
        if i >= len(rows) - 8 and _SIGNATURE.match(text):
            labels[i] = "signature"
            continue
        if i < min(first_head, 12) and not seen_attendance and row.page == rows[0].page:
            labels[i] = "masthead"
    # A "RESOLVED" or "RESOLVED:" row alone, over the decision it introduces.
    for i in range(len(rows) - 1):
        if labels[i] == "body" and labels[i + 1] == "resolution" and len(words(rows[i].text)) <= 3:
            if re.match(r"\s*(?:resolved|agreed|decision|decided|that)\b", rows[i].text, re.IGNORECASE):
                labels[i] = "resolution"
    return labels


def label_counts(labels: list[str]) -> Counter:
    return Counter(labels)
