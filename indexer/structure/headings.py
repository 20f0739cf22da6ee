"""Item headings: numbered lines that run in order, and the unnumbered business between them.

A clerk finds items by their shape: a number councils print their own way ("5", "23/20",
"TB/23/045", "Minute 45", "8.1") before a short title in the heading style (bold, or
capitals where nothing is bold). The rules here are about shapes, never one council's wording.
"""

from __future__ import annotations

import re
from collections import Counter

from indexer.structure.attendance import is_group_heading, label_of
from indexer.structure.capitals import capitals_only
from indexer.structure.layout import Heading, Row
from indexer.structure.levels import (
    leading_int,
    lone_item,
    off_margin_jumps,
    outer_case,
    plain,
    sub_heading_below,
    without_group_openers,
)
from indexer.structure.model_headings import model_headings
from indexer.structure.motions import MOVERS_TITLE, motion_title
from indexer.structure.numbering import is_date_title, lone_number_run
from indexer.structure.resolutions import RESOLVED
from indexer.structure.runin import dashed_title, run_ins
from indexer.structure.subitems import (
    with_decimal_sub_items,
    with_lost_letters,
    with_sub_items,
    without_lettered_notes,
)
from indexer.structure.vouched import with_runs

# Item numbers as councils print them: "5", "5a", "23/20", "14/037", "FGB 38/2021",
# "CPB/21/004", "Minute 45", "4-A", Australian "8.1" (a sub-item of section 8).
_NUMBER = (
    r"(?:(?:minute|min\.|item|agenda item)\s+(?:no\.?\s*)?)?"
    r"(?P<num>R\d{4}-\d{2,4}|[A-Z]{2,6}\s?\d{1,3}/\d{2,4}|[A-Z]{2,6}/\d{2}/\d{2,4}|\d{1,3}/\d{2,4}"
    r"|\d{1,3}-[A-Z]|\d{1,3}\.\d{1,2}(?=[\s.):]|$)|\d{1,3}[a-z]?|[A-Z](?=\.))"
)
_HEADING = re.compile(rf"^{_NUMBER}(?:[.):]|\s*[-–](?=\s))?(?:\s+|\t+)(?P<title>\S.*)$", re.IGNORECASE)
_NUMBER_ONLY = re.compile(rf"^{_NUMBER}[.):]?$", re.IGNORECASE)


# --- finding headings --------------------------------------------------------------------


def find_headings(rows: list[Row]) -> list[Heading]:
    """Numbered headings, kept only where their numbers run in order.

    Bold is the strongest signal (ModernGov, town councils); where a paper has no bold
    at all (plain text, OCR) a short, capitalised line after a number is enough.
    """
    has_bold = any(r.line.bold for r in rows)
    found: list[Heading] = []
    i = 0
    taken: set[int] = set()
    while i < len(rows):
        heading = _heading_at(rows, i, has_bold) if i not in taken else None
        if heading:
            found.append(heading)
            taken.update(heading.taken)
        i += 1
    strong = off_margin_jumps(rows, [h for h in found if not h.weak])
    numbered = _fill_gaps(_in_sequence(strong), [h for h in found if h.weak])
    if len(numbered) < 2:
        numbered = lone_number_run([h for h in found if h.weak and h.taken]) or numbered
    digits = [h for h in numbered if re.match(r"\d", h.number or "")]
    if len(digits) == 1 and (leading_int(digits[0].number) or 0) >= 10 and digits[0].index < 8:
        # "111 Wyadra Ave" in a club's letterhead, "36 BATTERY PLACE" over lettered
        # committee reports: no sequence, no item
        numbered = [h for h in numbered if h is not digits[0]]
    if not any(LOG_TITLE.search(r.text) for r in rows[:12]):  # an action log's rows are numbered too
        numbered = with_runs(rows, numbered, _bold_only, _GROUPING)
    numbered = without_lettered_notes(rows, numbered)
    numbered = with_sub_items(rows, numbered)
    numbered = with_decimal_sub_items(rows, numbered)
    # Only a heading that survives takes its title lines out of the text; a dropped
    # candidate's lines stay where they were printed, so nothing is lost.
    printed = {index: rows[index].line.text for heading in numbered for index in heading.taken}
    for heading in numbered:
        for index in heading.taken:
            rows[index].line.text = ""
    _number_sub_items(numbered)
    lost = with_lost_letters(rows, numbered)
    for heading in lost:
        if heading not in numbered:
            for index in heading.taken:
                printed[index] = rows[index].line.text
                rows[index].line.text = ""
    numbered = lost
    unnumbered = _unnumbered(rows, numbered)
    printed |= {index: rows[index].line.text for heading in unnumbered for index in heading.taken}
    for heading in unnumbered:
        for index in heading.taken:
            rows[index].line.text = ""
    headings = numbered + unnumbered
    is_log = any(LOG_TITLE.search(r.text) for r in rows[:12])
    if _outer_unnumbered(rows, numbered) and not is_log:
        headings += run_ins(rows, headings)
    headings = without_group_openers(rows, headings)
    if len(headings) < 2 and not is_log:
        # Nothing the rules trust: the trained line model's headings, where it finds a run.
        learnt = model_headings(rows)
        if len(learnt) >= 2:
            for index, text in printed.items():  # the rules' title lines go back to the text
                rows[index].line.text = text
            headings = learnt
    if not headings and not is_log:
        headings = lone_item(rows, found)
    return sorted(headings, key=lambda h: h.index)


def _outer_unnumbered(rows: list[Row], numbered: list[Heading]) -> bool:
    """Run-in headings carry the items where the paper numbers nothing, or numbers only a
    list indented under one of them ("New Business: / 1. Repeater grant status: …")."""
    if not numbered:
        return True
    xs = sorted(r.line.x0 for r in rows)
    return min(rows[h.index].line.x0 for h in numbered) > xs[len(xs) // 10] + 20


def _unnumbered(rows: list[Row], numbered: list[Heading]) -> list[Heading]:
    """Headings without a number at the numbered headings' margin ("Welcome", "Public
    Questions", US "NON-AGENDA PUBLIC COMMENT"): separate business. Bold marks them where
    the numbered headings are bold; where they are not (US minutes), capitals do. Indented
    lines are sub-headings inside an item and stay in its text."""
    if not numbered:
        return _bold_only(rows) or capitals_only(rows, _GROUPING, LOG_TITLE)
    bold = all(rows[h.index].line.bold for h in numbered)
    if not bold and len(numbered) < 2 and not any(r.line.x0 for r in rows):
        return []
    margin = min(rows[h.index].line.x0 for h in numbered)
    return _marked_lines(rows, numbered, bold, margin)


def _bold_only(rows: list[Row]) -> list[Heading]:
    """Minutes with no numbers at all (societies, advisory groups: "Treasurer's Report")
    are a run of bold headings at the text's margin. An action log's bold lines are its
    sections, not business (gold: its items stay empty unless numbered)."""
    if not any(r.line.bold for r in rows) or any(LOG_TITLE.search(r.text) for r in rows[:12]):
        return []
    margin = min(r.line.x0 for r in rows)
    found = _marked_lines(rows, [], True, margin)
    return found if len(found) >= 2 else []


def _marked_lines(rows: list[Row], numbered: list[Heading], bold: bool, margin: float) -> list[Heading]:
    first = numbered[0].index if numbered else len(rows)
    taken = {h.index for h in numbered}
    # Where headings are not bold, a size step above the body text marks one too
    # ("Other Business / Discussions" at 14 pt over 11 pt text).
    sizes = Counter(round(r.line.size) for r in rows if r.line.size)
    body = sizes.most_common(1)[0][0] if sizes else 0
    # The heading size is the one used beside the numbered items, not an appendix's.
    last = numbered[-1].index if numbered else 0
    steps = Counter(round(r.line.size) for r in rows[4:last] if body and r.line.size >= body + 2)
    step = steps.most_common(1)[0][0] if steps else None
    # A line printed three times or more ("ACTION ITEMS  PERSON RESPONSIBLE  DEADLINE" over
    # each row of a minutes template) is a label; business is named once.
    printed = Counter(" ".join(r.text.split()).lower() for r in rows)
    right = max((r.line.x1 for r in rows), default=0.0)
    out = []
    for i, row in enumerate(rows):
        line = row.line
        if printed[" ".join(line.text.split()).lower()] > 2:
            continue
        # A minutes template's heading cell with the presenter's beside it
        # ("BOARD ANNOUNCEMENTS <tab> BOARD MEMBERS"): the first cell is the title.
        full = line.text.strip()
        cells = [c for c in full.split("\t") if c.strip()]
        if len(cells) >= 3 and all(len(c.split()) <= 3 for c in cells):
            continue  # a table's header row ("Ref | Discussion | Action") over minutes in a table
        text = _CAPS_PREFIX.sub(r"\1", full) if not bold else full
        inline = text != full
        if not inline and "\t" in full:
            text = full.split("\t")[0].strip()
        text = _NOTHING_TO_REPORT.sub("", text)
        big = step is not None and round(line.size) == step
        marked = line.bold or (not bold and ((text.isupper() and len(text) > 3) or big))
        # A bold line set larger than the text opens a section even where the gap above it
        # is no wider than a line's ("Closing Comments" at 13 pt after 10.8 pt bullets).
        raised = line.bold and body and line.size >= body + 1.5 and i > 0 and not rows[i - 1].line.bold
        if i in taken or not marked or abs(line.x0 - margin) > 4 or not (row.breaks or raised):
            continue
        long_ok = bold and i + 1 < len(rows) and rows[i + 1].line.bold and _wraps_once(rows, i, right)
        # A bold heading in capitals may name its meeting ("MINUTES OF THE MEETING HELD ON …").
        long_ok = long_ok or (bold and line.bold and text.isupper())
        if label_of(text) or not plain(text) or len(text.split()) > (12 if long_ok else 8):
            continue
        if max(len(w) for w in text.split()) > 25 and not text.isupper():  # prose run together
            continue
        if is_group_heading(text) or RESOLVED.match(text) or _GROUPING.search(text):
            continue  # "Members", "Resolved:", "REGULAR AGENDA ITEMS" are labels, not business
        wrapped: list[int] = []
        if (
            i + 1 < len(rows)
            and rows[i + 1].line.bold == line.bold
            and bold
            and not rows[i + 1].breaks
            and not sub_heading_below(rows, i)
        ):
            if not _wraps_once(rows, i, right) or i < 8:
                continue  # a bold block (the header), not a heading
            # "REPORT ON THE MEETING OF THE FINANCE COMMITTEE HELD ON / MONDAY 10TH MARCH":
            # a long heading wrapped onto one more bold line.
            text, wrapped = f"{text} {rows[i + 1].text.strip()}", [i + 1]
        if i < first and not inline and (_looks_like_header(rows, i) or _PEOPLE_LABEL.match(text)):
            continue  # the masthead, and "ABSENT" / "OTHER ATTENDEES" over the lists of people
        out.append(Heading(i, None, _clean_title(text), keep_line=inline, taken=wrapped))
    return outer_case(out)


def _wraps_once(rows: list[Row], i: int, right: float) -> bool:
    """A bold line in capitals running to the right margin, then one more such line
    starting at the same margin, then text."""
    after = rows[i + 2] if i + 2 < len(rows) else None
    nxt = rows[i + 1]
    return (
        rows[i].text.isupper()
        and nxt.text.isupper()
        and abs(nxt.line.x0 - rows[i].line.x0) <= 4
        and rows[i].line.x1 >= 0.7 * right
        and (after is None or after.breaks or not after.line.bold)
    )


# "ROLL CALL -\tPresent: …": a heading in capitals with its business on the same line.
# "WMU SAACS. CD presented …": a name in capitals run in before a full stop does the same.
_CAPS_PREFIX = re.compile(
    r"^([A-Z][A-Z /&'’-]{3,40}?)(?:\s+[-–]\s|(?<=[A-Z]{2})\.\s+(?=[A-Z]\S*[a-z]|[A-Z]{2,}\s+[a-z])).*$"
)
_NOTHING_TO_REPORT = re.compile(r"\s*:\s*(?:none|nil|n/a)\.?$", re.IGNORECASE)
_GROUPING = re.compile(
    r"\bagenda items?\b|\bcontinued$|^consent (?:agenda|calendar)$|^(?:regular|special) agenda$"
    # The summary table of actions closing NHS and charity minutes, and a motion's outcome
    # printed in bold beneath it (Australian "CARRIED"), are not business of their own.
    r"|^(?:summary of |schedule of )?actions?(?: log| tracker| points| agreed| summary| list)?$"
    r"|^(?:motion )?(?:carried|lost|defeated|fell)(?: unanimously)?$"
    # A title over the body of the minutes ("Meeting Minutes") is not business either.
    r"|^(?:meeting )?minutes$",
    re.IGNORECASE,
)
_PEOPLE_LABEL = re.compile(
    r"^(?:(?:board|council|committee)\s+)?(?:members\s+)?(?:present|absent|attending|in attendance|attendance"
    r"|(?:other )?attendees)\b",
    re.IGNORECASE,
)
LOG_TITLE = re.compile(r"\baction\s+log\b|\baction\s+tracker\b", re.IGNORECASE)


def _looks_like_header(rows: list[Row], i: int) -> bool:
    """The masthead (council, committee, date, venue) is bold too; a heading follows it."""
    return not any(label_of(r.text) or r.text.lower().startswith(("apolog", "present")) for r in rows[:i]) and i < 6


def _heading_at(rows: list[Row], i: int, has_bold: bool) -> Heading | None:
    row = rows[i]
    text = row.text.strip()
    match = _HEADING.match(text)
    if match and is_date_title(match.group("title")):
        return None  # "13 March 2013" in the masthead
    if label_of(text):
        # "1. Apologies; David Thomas, Andrew Payne": a numbered item that is also a label.
        if match and has_bold and leading_int(match.group("num")) is not None:
            title = re.split(r"\s*[;:]\s*", match.group("title"), maxsplit=1)[0]
            return Heading(i, match.group("num"), _clean_title(title), keep_line=True, weak=True)
        return None
    if (
        match
        and _SUB_NUMBER.fullmatch(match.group("num"))
        and not _styled_sub_item(match.group("title"), row, has_bold)
    ):
        return None  # "13.1 DO had obtained costs …": a numbered paragraph inside item 13
    if match and MOVERS_TITLE.match(match.group("title")):
        # "R2024-101 S. Kirkey, D. Yemm:" heads a resolution: its names are mover and
        # seconder, so the line stays in the text and the motion gives the title.
        return Heading(i, match.group("num"), motion_title(rows, i, _HEADING), keep_line=True)
    if match:
        title = _clean_title(match.group("title"))
        cut = title != " ".join(match.group("title").replace("\t", " ").split()).rstrip(" :.")
        if _plausible_title(title, row, has_bold) and cut:
            # The heading's line goes on with its business ("ADJOURN. There being …"):
            # the line stays in the item's text.
            return Heading(i, match.group("num"), title, keep_line=True)
        if _plausible_title(title, row, has_bold):
            full, taken = _continued_title(rows, i, title, has_bold)
            return Heading(i, match.group("num"), full, taken=taken)
        if has_bold and _plausible_title(title, row, has_bold=False) and len(title.split()) <= 8:
            return Heading(i, match.group("num"), title, weak=True)
        return None
    if _NUMBER_ONLY.match(text) and i + 1 < len(rows):
        nxt = rows[i + 1]
        title = _clean_title(nxt.text)
        whole = " ".join(nxt.text.replace("\t", " ").split()).rstrip(" :.")
        # The title row is taken whole, so a row that goes on past its title is no heading's.
        if _plausible_title(title, nxt, has_bold) and title == whole:
            return Heading(i, _NUMBER_ONLY.match(text).group("num"), title, taken=[i + 1])
        if has_bold and not nxt.breaks and title == whole and _plausible_title(title, nxt, has_bold=False):
            # "4." alone on a line over a plain "Finance Report" under a bold masthead: only
            # a run of such numbers makes them items (see numbering.lone_number_run).
            if len(title.split()) <= 10:
                return Heading(i, _NUMBER_ONLY.match(text).group("num"), title, taken=[i + 1], weak=True)
    return None


_SUB_NUMBER = re.compile(r"\d{1,3}\.\d{1,2}")


def _styled_sub_item(title: str, row: Row, has_bold: bool) -> bool:
    """ "8.1 Budget Review" is a heading (Australian agendas) where it is styled as one:
    bold in a paper with bold, else in title case; numbered paragraphs are neither."""
    if has_bold:
        return row.line.bold
    words = [w for w in title.split() if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _continued_title(rows: list[Row], i: int, title: str, has_bold: bool) -> tuple[str, list[int]]:
    """A long heading wraps onto bold lines below it (Kent cabinet: "… Capital Programme /
    2025-35 and Treasury Management Strategy"); those lines are the title's, not the text's."""
    taken: list[int] = []
    right = max((r.line.x1 for r in rows), default=0.0)
    # A title broken early ("… Raised by" / "the Residents") goes on in lower case.
    broken = i + 1 < len(rows) and rows[i + 1].text.strip()[:1].islower() and title.split()[-1][:1].islower()
    if not right or (rows[i].line.x1 < 0.75 * right and not broken) or title.endswith("."):
        return title, taken  # a short heading line did not wrap; a bold line below is a sub-heading
    j = i + 1
    while j < len(rows) and j <= i + (3 if has_bold else 4):
        nxt = rows[j]
        text = nxt.text.strip()
        if not text or nxt.breaks or _HEADING.match(text) or not _continues_title(nxt, rows[i], has_bold):
            break
        more = _clean_title(text)
        if more != " ".join(text.replace("\t", " ").split()).rstrip(" :."):
            break  # the row goes on past a title: it is text, and is kept whole
        title = f"{title} {more}"
        taken.append(j)
        if not has_bold and nxt.line.x1 < 0.75 * right:
            break
        j += 1
    return title, taken


def _continues_title(nxt: Row, heading: Row, has_bold: bool) -> bool:
    """Bold papers continue a title in bold; US agendas indent it under its first word."""
    text = nxt.text.strip()
    if has_bold:
        return nxt.line.bold and not text.startswith("(") and not RESOLVED.match(text) and not label_of(text)
    return nxt.line.x0 > heading.line.x0 + 10 and not text.startswith("(Presented")


def _clean_title(title: str) -> str:
    head, sep, rest = title.partition(". ")
    # "Agendas Distributed . Call for …": a stop set apart by a space ends a run-in title.
    spaced = head.endswith((" ", "\t")) and 1 <= len(head.split()) <= 8
    if sep and ((head.isupper() and len(head) > 3) or (len(head.split()) >= 3 and len(rest.split()) >= 4) or spaced):
        title = head  # "ADJOURN. There being no further business, …": the heading, not its text
    title = _CLOCK.sub("", title)  # "CALL TO ORDER 7:40 PM": the heading, not the time
    title = dashed_title(title) or title  # "3. Finance – The clerk reported …": the heading only
    return " ".join(title.replace("\t", " ").split()).rstrip(" :.")


_CLOCK = re.compile(r"\s*(?::\s*)?\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*$", re.IGNORECASE)


def _plausible_title(title: str, row: Row, has_bold: bool) -> bool:
    if not title or len(title) > 160 or len(title.split()) > 22:
        return False
    if not (title[0].isupper() or title[0].isdigit() or title[0] in "'\"‘“("):
        return False
    if has_bold:
        return row.line.bold
    # Without bold, a heading is short and is not a sentence.
    # Lettered sub-items of US agendas carry an ordinance's whole long name.
    longest = 20 if re.match(r"^[a-z][.)]\s", row.text.strip()) else 14
    return len(title.split()) <= longest and not re.search(r"[a-z]{3,}\.$", title)


def _in_sequence(found: list[Heading]) -> list[Heading]:
    """Keep headings whose leading numbers rise; a stray "1." inside item 87 is text."""
    kept: list[Heading] = []
    last = -1
    for n, heading in enumerate(found):
        lead = leading_int(heading.number)
        if lead is None:
            kept.append(heading)
            continue
        following = leading_int(found[n + 1].number) if n + 1 < len(found) else None
        if lead < last and following != last + 2:
            continue
        if lead < last:  # a misprint ("6" between 55 and 57) that the sequence vouches for
            kept.append(heading)
            last += 1
            continue
        if kept and lead == last and heading.number == kept[-1].number:
            continue
        kept.append(heading)
        last = lead
    return kept


def _number_sub_items(headings: list[Heading]) -> None:
    """ "a. Haynie Sirrine Dedication" under "8. PRESENTATION" is item 8a, as US minutes
    cite it ("Item 15d"); a lettered heading with no numbered parent keeps its letter."""
    parent: str | None = None
    for heading in sorted(headings, key=lambda h: h.index):
        number = heading.number or ""
        if re.fullmatch(r"\d{1,3}", number):
            parent = number
        elif re.fullmatch(r"[a-z]", number) and parent:
            heading.number = f"{parent}{number}"


def _fill_gaps(strong: list[Heading], weak: list[Heading]) -> list[Heading]:
    """A plain numbered line is a heading only where the styled ones leave exactly its gap
    (item 1 printed in a plain font before a bold item 2)."""
    kept = list(strong)
    for heading in weak:
        lead = leading_int(heading.number)
        before = [leading_int(h.number) for h in strong if h.index < heading.index and h.number]
        after = [leading_int(h.number) for h in strong if h.index > heading.index and h.number]
        prev = before[-1] if before else 0
        nxt = after[0] if after else None
        if lead is not None and prev is not None and nxt is not None and prev + 1 == lead == nxt - 1:
            kept.append(heading)
    return sorted(kept, key=lambda h: h.index)
