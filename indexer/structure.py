"""Document → MeetingRecord | DecisionRecord, from layout alone (no NLP).

A careful clerk reads a paper by its shape: a header block (who met, when, where, who
came), then numbered items with headings, each with its narrative and its resolutions.
The rules here are about shapes every council uses, never about one council's wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from indexer.action_tables import read_action_log, read_action_tables
from indexer.attendance import apologies_in, is_group_heading, label_of, people_in_list, present_in, read_attendance
from indexer.dates import find_dates, find_time, first_date
from indexer.decisions import is_decision_notice, read_decision
from indexer.layout import Row, paragraphs, rows_of, text_of
from indexer.records import AgendaItem, Document, Line, MeetingRecord, Resolution

# Item numbers as councils print them: "5", "5a", "23/20", "14/037", "FGB 38/2021",
# "CPB/21/004", "Minute 45", "4-A".
_NUMBER = (
    r"(?:(?:minute|item|agenda item)\s+(?:no\.?\s*)?)?"
    r"(?P<num>R\d{4}-\d{2,4}|[A-Z]{2,6}\s?\d{1,3}/\d{2,4}|[A-Z]{2,6}/\d{2}/\d{2,4}|\d{1,3}/\d{2,4}"
    r"|\d{1,3}-[A-Z]|\d{1,3}[a-z]?|[A-Z](?=\.))"
)
_HEADING = re.compile(rf"^{_NUMBER}(?:[.):]|\s*[-–]\s)?(?:\s+|\t+)(?P<title>\S.*)$", re.IGNORECASE)
_PLAIN_HEADING = re.compile(r"^[A-Z][A-Za-z'’&/,()\- ]{2,70}:?$")
_NUMBER_ONLY = re.compile(rf"^{_NUMBER}[.):]?$", re.IGNORECASE)
_RESOLVED = re.compile(
    r"^(?:it\s+was\s+)?(?P<word>resolved|agreed|decided|decision|recommended|resolution)\b\s*(?:[:–—-]|that\b)?\s*",
    re.IGNORECASE,
)
_RES_NUMBER = re.compile(r"^\(?(?P<n>[ivx]{1,5}|\d{1,2}|[a-h])[).]\s*(?P<rest>.*)$", re.IGNORECASE)
_BODY_WORDS = re.compile(
    r"\b(board|committee|cabinet|panel|commission|sub-committee|council|forum|group|"
    r"trustees|governors|assembly|authority|executive|partnership)\b",
    re.IGNORECASE,
)
_ORG_WORDS = re.compile(
    r"\b(council|trust|authority|nhs|borough|district|city of|county of|department|ministry|"
    r"library|foundation|charity|university|college|school|police|fire|board of)\b",
    re.IGNORECASE,
)
_MINUTES_OF = re.compile(
    r"minutes\s+of\s+(?:the|a)\s+(?:meeting\s+of\s+(?:the\s+)?)?(?P<body>.+?)\s+(?:held|meeting)\b",
    re.IGNORECASE,
)
_VENUE = re.compile(
    r"(?:\bheld\s+(?:in|at)|\bat\s+\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\.?\s+(?:in|at)|"
    r"\b(?:venue|location|place)\s*:)\s*(?P<venue>[^\n]+?)(?:\s+on\s+\w+day|\s+at\s+\d|\.?$)",
    re.IGNORECASE | re.MULTILINE,
)
_NEXT_MEETING = re.compile(r"next meeting|date of next|future meeting", re.IGNORECASE)
_LOG_TITLE = re.compile(r"\baction\s+log\b|\baction\s+tracker\b", re.IGNORECASE)


@dataclass
class _Heading:
    index: int  # row index
    number: str | None
    title: str
    keep_line: bool = False
    weak: bool = False  # numbered, but not styled as the other headings are
    taken: list[int] = field(default_factory=list)  # rows below that belong to the title


_MOVERS_TITLE = re.compile(r"^(?:[A-Z]\.\s?)?[A-Z][\w'’\-]+,\s*(?:[A-Z]\.\s?)?[A-Z][\w'’\-]+\s*[:;]")


def _motion_title(rows: list[Row], i: int) -> str:
    """A short title from a motion: "THAT we pass By-Law Number 2024-23, being a By-Law to
    set tax ratios …" → "By-Law 2024-23 to set tax ratios …"."""
    text = _MOVERS_TITLE.sub("", rows[i].text.split(None, 1)[1] if " " in rows[i].text else "").strip()
    j = i + 1
    while len(text) < 200 and j < len(rows) and not _HEADING.match(rows[j].text):
        text = f"{text} {rows[j].text}".strip()
        j += 1
    text = re.sub(r"^that\s+(?:we\s+|council\s+|the\s+council\s+|the\s+)?", "", text, flags=re.IGNORECASE)
    text = re.sub(r"^(?:pass|adopt|approve|receive|accept)\s+(?=by-law)", "", text, flags=re.IGNORECASE)
    text = re.sub(r"\bNumber\s+", "", text)
    text = re.sub(r",?\s+being\s+a\s+by-law\s+", " ", text, flags=re.IGNORECASE)
    text = text.split(". ")[0].strip(" .")
    # The motion's subject, not its particulars: "… accounts dated April 16 …", "… of Council
    # at its meeting held on …", "… the correspondence as presented".
    text = _MOTION_TAIL.split(text, maxsplit=1)[0].strip(" ,")
    words = text.split()
    if len(words) > 8 and " for " in " ".join(words[6:]):
        text = " ".join(words[:6]) + " " + " ".join(words[6:]).split(" for ")[0]
    text = " ".join(text.split()[:16])
    return text[:1].upper() + text[1:]


_MOTION_TAIL = re.compile(
    r"\s+(?:dated|as presented|as published|as circulated|as amended|at its meeting|held on)\b|,\s+(?:located|being|which|and that)\b"
)


def read_structure(doc: Document):  # noqa: ANN201 - MeetingRecord | DecisionRecord
    """Read a document as a clerk would; decision notices get their own record."""
    rows = rows_of(doc)
    if is_decision_notice(rows):
        return read_decision(doc, rows)
    headings = find_headings(rows)
    first = headings[0].index if headings else len(rows)
    preamble = rows[:first]
    record = MeetingRecord(source=doc.source, sha256=doc.sha256, ocr=doc.ocr, pages=len(doc.pages))
    _read_header(record, preamble)
    lines, breaks = _attendance_rows(rows, preamble, headings)
    record.attendance = read_attendance(lines, breaks)
    if not record.attendance.present:
        record.attendance.present = present_in(" ".join(lines))
    record.preamble = text_of(preamble)
    record.items = [_item(rows, h, nxt) for h, nxt in zip(headings, [*headings[1:], None])]
    if not record.attendance.apologies:
        record.attendance.apologies = apologies_in(record.preamble)
    if not record.attendance.apologies:
        for item in record.items[:4]:
            record.attendance.apologies = apologies_in(item.text) or _apology_item(item)
            if record.attendance.apologies:
                break
    for item in record.items:
        if _NEXT_MEETING.search(item.title or ""):
            record.next_meeting = first_date(item.text) or record.next_meeting
    record.action_rows = read_action_tables(doc)
    if not record.items:
        record.action_rows += read_action_log(rows)
    if not record.items and any(_LOG_TITLE.search(r.text) for r in rows[:12]):
        record.doc_type = "action_log"
        record.body = record.body or _log_body(rows)
    return record


def _log_body(rows: list[Row]) -> str | None:
    """ "ODUG Action Log – 14 May 2013": the group whose log it is."""
    for row in rows[:12]:
        match = re.match(r"^(?P<body>.+?)\s+action\s+(?:log|tracker)\b", row.text, re.IGNORECASE)
        if match:
            return match.group("body").strip()
    return None


_ATTENDANCE_TITLE = re.compile(r"roll call|attendance|present|members present", re.IGNORECASE)


def _attendance_rows(rows: list[Row], preamble: list[Row], headings: list[_Heading]) -> tuple[list[str], list[bool]]:
    """The header block, plus a "ROLL CALL" item's own lines where US minutes put it."""
    source = list(preamble)
    for heading, nxt in zip(headings[:6], [*headings[1:7], None]):
        if _ATTENDANCE_TITLE.search(heading.title):
            end = nxt.index if nxt else len(rows)
            first = rows[heading.index]
            head = Row(
                page=first.page,
                line=Line(
                    **{**first.line.__dict__, "text": re.sub(r"^[A-Z][A-Z /&'’-]{3,40}?\s+[-–]\s*", "", first.text)}
                ),
                breaks=True,
            )
            source += [head, *rows[heading.index + 1 : end]]
    return [r.text for r in source], [r.breaks for r in source]


def _apology_item(item: AgendaItem) -> list:
    """An item titled "Apologies" whose text is the list of names ("Cllrs Ives and Ellis.")."""
    if not re.match(r"apologies", item.title, re.IGNORECASE):
        return []
    first = item.text.split("\n\n")[0]
    if re.search(r"\b(no|none)\b", first, re.IGNORECASE) and len(first) < 40:
        return []
    label = label_of(first)
    return people_in_list((label[2] if label else first).split(". ")[0])


# --- headings ----------------------------------------------------------------------------


def find_headings(rows: list[Row]) -> list[_Heading]:
    """Numbered headings, kept only where their numbers run in order.

    Bold is the strongest signal (ModernGov, town councils); where a paper has no bold
    at all (plain text, OCR) a short, capitalised line after a number is enough.
    """
    has_bold = any(r.line.bold for r in rows)
    found: list[_Heading] = []
    i = 0
    taken: set[int] = set()
    while i < len(rows):
        heading = _heading_at(rows, i, has_bold) if i not in taken else None
        if heading:
            found.append(heading)
            taken.update(heading.taken)
        i += 1
    numbered = _fill_gaps(_in_sequence([h for h in found if not h.weak]), [h for h in found if h.weak])
    # Only a heading that survives takes its title lines out of the text; a dropped
    # candidate's lines stay where they were printed, so nothing is lost.
    for heading in numbered:
        for index in heading.taken:
            rows[index].line.text = ""
    _number_sub_items(numbered)
    return sorted(numbered + _unnumbered(rows, numbered), key=lambda h: h.index)


def _unnumbered(rows: list[Row], numbered: list[_Heading]) -> list[_Heading]:
    """Headings without a number at the numbered headings' margin ("Welcome", "Public
    Questions", US "NON-AGENDA PUBLIC COMMENT"): separate business. Bold marks them where
    the numbered headings are bold; where they are not (US minutes), capitals do. Indented
    lines are sub-headings inside an item and stay in its text."""
    if not numbered:
        return []
    bold = all(rows[h.index].line.bold for h in numbered)
    if not bold and len(numbered) < 2 and not any(r.line.x0 for r in rows):
        return []
    margin = min(rows[h.index].line.x0 for h in numbered)
    taken = {h.index for h in numbered}
    out = []
    for i, row in enumerate(rows):
        line = row.line
        text = _CAPS_PREFIX.sub(r"\1", line.text.strip()) if not bold else line.text.strip()
        text = _NOTHING_TO_REPORT.sub("", text)
        marked = line.bold or (not bold and text.isupper() and len(text) > 3)
        if i in taken or not marked or abs(line.x0 - margin) > 4 or not row.breaks:
            continue
        if label_of(text) or not _PLAIN_HEADING.match(text) or len(text.split()) > 8:
            continue
        if is_group_heading(text) or _RESOLVED.match(text) or _GROUPING.search(text):
            continue  # "Members", "Resolved:", "REGULAR AGENDA ITEMS" are labels, not business
        if i + 1 < len(rows) and rows[i + 1].line.bold == line.bold and bold and not rows[i + 1].breaks:
            continue  # a bold block (the header), not a heading
        inline = text != line.text.strip()
        if i < numbered[0].index and not inline and _looks_like_header(rows, i):
            continue
        out.append(_Heading(i, None, _clean_title(text), keep_line=inline))
    return out


# "ROLL CALL -\tPresent: …": a heading in capitals with its business on the same line.
_CAPS_PREFIX = re.compile(r"^([A-Z][A-Z /&'’-]{3,40}?)\s+[-–]\s.*$")
_NOTHING_TO_REPORT = re.compile(r"\s*:\s*(?:none|nil|n/a)\.?$", re.IGNORECASE)
_GROUPING = re.compile(
    r"\bagenda items?\b|\bcontinued$|^consent (?:agenda|calendar)$|^(?:regular|special) agenda$", re.IGNORECASE
)


def _looks_like_header(rows: list[Row], i: int) -> bool:
    """The masthead (council, committee, date, venue) is bold too; a heading follows it."""
    return not any(label_of(r.text) or r.text.lower().startswith(("apolog", "present")) for r in rows[:i]) and i < 6


def _heading_at(rows: list[Row], i: int, has_bold: bool) -> _Heading | None:
    row = rows[i]
    text = row.text.strip()
    match = _HEADING.match(text)
    if label_of(text):
        # "1. Apologies; David Thomas, Andrew Payne": a numbered item that is also a label.
        if match and has_bold and _leading_int(match.group("num")) is not None:
            title = re.split(r"\s*[;:]\s*", match.group("title"), maxsplit=1)[0]
            return _Heading(i, match.group("num"), _clean_title(title), keep_line=True, weak=True)
        return None
    if match and _MOVERS_TITLE.match(match.group("title")):
        # "R2024-101 S. Kirkey, D. Yemm:" heads a resolution: its names are mover and
        # seconder, so the line stays in the text and the motion gives the title.
        return _Heading(i, match.group("num"), _motion_title(rows, i), keep_line=True)
    if match:
        title = _clean_title(match.group("title"))
        cut = title != " ".join(match.group("title").replace("\t", " ").split()).rstrip(" :.")
        if _plausible_title(title, row, has_bold) and cut:
            # The heading's line goes on with its business ("ADJOURN. There being …"):
            # the line stays in the item's text.
            return _Heading(i, match.group("num"), title, keep_line=True)
        if _plausible_title(title, row, has_bold):
            full, taken = _continued_title(rows, i, title, has_bold)
            return _Heading(i, match.group("num"), full, taken=taken)
        if has_bold and _plausible_title(title, row, has_bold=False) and len(title.split()) <= 8:
            return _Heading(i, match.group("num"), title, weak=True)
        return None
    if _NUMBER_ONLY.match(text) and i + 1 < len(rows):
        nxt = rows[i + 1]
        title = _clean_title(nxt.text)
        if _plausible_title(title, nxt, has_bold):
            return _Heading(i, _NUMBER_ONLY.match(text).group("num"), title, taken=[i + 1])
    return None


def _continued_title(rows: list[Row], i: int, title: str, has_bold: bool) -> tuple[str, list[int]]:
    """A long heading wraps onto bold lines below it (Kent cabinet: "… Capital Programme /
    2025-35 and Treasury Management Strategy"); those lines are the title's, not the text's."""
    taken: list[int] = []
    right = max((r.line.x1 for r in rows), default=0.0)
    if not right or rows[i].line.x1 < 0.75 * right or title.endswith("."):
        return title, taken  # a short heading line did not wrap; a bold line below is a sub-heading
    j = i + 1
    while j < len(rows) and j <= i + (3 if has_bold else 4):
        nxt = rows[j]
        text = nxt.text.strip()
        if not text or nxt.breaks or _HEADING.match(text) or not _continues_title(nxt, rows[i], has_bold):
            break
        title = f"{title} {_clean_title(text)}"
        taken.append(j)
        if not has_bold and nxt.line.x1 < 0.75 * right:
            break
        j += 1
    return title, taken


def _continues_title(nxt: Row, heading: Row, has_bold: bool) -> bool:
    """Bold papers continue a title in bold; US agendas indent it under its first word."""
    text = nxt.text.strip()
    if has_bold:
        return nxt.line.bold and not text.startswith("(") and not _RESOLVED.match(text) and not label_of(text)
    return nxt.line.x0 > heading.line.x0 + 10 and not text.startswith("(Presented")


def _clean_title(title: str) -> str:
    head, sep, rest = title.partition(". ")
    if sep and ((head.isupper() and len(head) > 3) or (len(head.split()) >= 3 and len(rest.split()) >= 4)):
        title = head  # "ADJOURN. There being no further business, …": the heading, not its text
    return " ".join(title.replace("\t", " ").split()).rstrip(" :.")


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


def _in_sequence(found: list[_Heading]) -> list[_Heading]:
    """Keep headings whose leading numbers rise; a stray "1." inside item 87 is text."""
    kept: list[_Heading] = []
    last = -1
    for n, heading in enumerate(found):
        lead = _leading_int(heading.number)
        if lead is None:
            kept.append(heading)
            continue
        following = _leading_int(found[n + 1].number) if n + 1 < len(found) else None
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


def _number_sub_items(headings: list[_Heading]) -> None:
    """ "a. Haynie Sirrine Dedication" under "8. PRESENTATION" is item 8a, as US minutes
    cite it ("Item 15d"); a lettered heading with no numbered parent keeps its letter."""
    parent: str | None = None
    for heading in sorted(headings, key=lambda h: h.index):
        number = heading.number or ""
        if re.fullmatch(r"\d{1,3}", number):
            parent = number
        elif re.fullmatch(r"[a-z]", number) and parent:
            heading.number = f"{parent}{number}"


def _fill_gaps(strong: list[_Heading], weak: list[_Heading]) -> list[_Heading]:
    """A plain numbered line is a heading only where the styled ones leave exactly its gap
    (item 1 printed in a plain font before a bold item 2)."""
    kept = list(strong)
    for heading in weak:
        lead = _leading_int(heading.number)
        before = [_leading_int(h.number) for h in strong if h.index < heading.index and h.number]
        after = [_leading_int(h.number) for h in strong if h.index > heading.index and h.number]
        prev = before[-1] if before else 0
        nxt = after[0] if after else None
        if lead is not None and prev is not None and nxt is not None and prev + 1 == lead == nxt - 1:
            kept.append(heading)
    return sorted(kept, key=lambda h: h.index)


def _leading_int(number: str | None) -> int | None:
    if not number:
        return None
    match = re.search(r"(\d+)", number.replace(" ", ""))
    return int(match.group(1)) if match else None


# --- items and resolutions --------------------------------------------------------------


def _item(rows: list[Row], heading: _Heading, nxt: _Heading | None) -> AgendaItem:
    end = nxt.index if nxt else len(rows)
    first = heading.index if heading.keep_line else heading.index + 1
    body = [r for r in rows[first:end] if r.text.strip()]
    if heading.keep_line and body:
        rest = body[0].text.split(None, 1)
        body[0] = Row(
            page=body[0].page,
            line=Line(**{**body[0].line.__dict__, "text": rest[1] if len(rest) > 1 else ""}),
            breaks=True,
        )
    pages = [rows[heading.index].page] + [r.page for r in body]
    item = AgendaItem(
        number=heading.number,
        title=heading.title,
        text=text_of(body),
        pages=[min(pages), max(pages)],
    )
    item.resolutions = read_resolutions(body, heading.number)
    return item


def read_resolutions(body: list[Row], item: str | None) -> list[Resolution]:
    """Formal decisions: "Resolved:" then i), ii) … or one paragraph; "RESOLVED that …"."""
    resolutions: list[Resolution] = []
    paras = [_para_text(p) for p in _split_numbered(paragraphs(body))]
    i = 0
    while i < len(paras):
        match = _RESOLVED.match(paras[i])
        if not match or (match.group("word").lower() == "decision" and ":" not in paras[i][:12]):
            i += 1
            continue
        rest = paras[i][match.end() :].strip()
        block: list[str] = [rest] if rest else []
        i += 1
        numbered = bool(block and _RES_NUMBER.match(block[0]))
        while i < len(paras) and not _RESOLVED.match(paras[i]):
            para = paras[i]
            if _RES_NUMBER.match(para) and (numbered or not block):
                numbered = True
                block.append(para)
            elif not block:
                block.append(para)
            elif numbered and not _RES_NUMBER.match(para) and _continues(block[-1]):
                block[-1] += " " + para
            else:
                break
            i += 1
        resolutions.extend(_split_resolutions(block, item))
    return resolutions


_RES_LINE = re.compile(r"^\(?(?:[ivx]{1,5}|\d{1,2}|[a-h])[).]\s+[A-Z]")


def _split_numbered(paras: list[list[Row]]) -> list[list[Row]]:
    """ "(1) That …" and "(2) That …" on consecutive lines are two resolutions even
    without a gap between them; a line opening with a marker starts a new paragraph."""
    out: list[list[Row]] = []
    for para in paras:
        current: list[Row] = []
        for row in para:
            if current and _RES_LINE.match(row.text.strip()):
                out.append(current)
                current = []
            current.append(row)
        out.append(current)
    return out


def _continues(text: str) -> bool:
    return not text.rstrip().endswith((".", ";", ":")) or text.rstrip().endswith(" and")


def _para_text(rows: list[Row]) -> str:
    return " ".join(" ".join(r.text.replace("\t", " ").split()) for r in rows if r.text.strip())


def _split_resolutions(block: list[str], item: str | None) -> list[Resolution]:
    out = []
    for para in block:
        match = _RES_NUMBER.match(para)
        if match and match.group("rest"):
            text = _tidy(match.group("rest"))
            out.append(Resolution(number=match.group("n").lower(), text=text, item=item))
        elif match:
            continue
        elif para.strip():
            out.append(Resolution(number=None, text=_tidy(para), item=item))
    return out


def _tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"(\w)- (\w)", lambda m: m.group(1) + "-" + m.group(2) if m.group(2).islower() else m.group(0), text)
    return text[:1].upper() + text[1:]


# --- header ----------------------------------------------------------------------------


def _read_header(record: MeetingRecord, preamble: list[Row]) -> None:
    head = [r.text.replace("\t", " ").strip() for r in preamble[:14]]
    head = [h for h in head if h and not label_of(h)]
    joined = " ".join(head)
    dates = find_dates(joined)
    record.meeting_date = dates[0][1] if dates else None
    record.meeting_time = find_time(joined)
    record.venue = _venue(text_of([r for r in preamble[:14] if not label_of(r.text)]).replace("\n\n", "\n"))
    minutes_of = _MINUTES_OF.search(joined)
    for text in head[:6]:
        if find_dates(text) or len(text) > 90:
            continue
        if record.organisation is None and _ORG_WORDS.search(text) and not re.search(r"\bminutes\b", text, re.I):
            record.organisation = _title_case(text)
        elif record.body is None and (_BODY_WORDS.search(text) or len(text.split()) <= 8):
            if not re.search(r"\bminutes\b", text, re.IGNORECASE):
                record.body = _title_case(text)
    if record.body is None and minutes_of:
        record.body = _title_case(minutes_of.group("body"))
    if record.body is None and record.organisation and _BODY_WORDS.search(record.organisation):
        record.body = record.organisation


def _venue(text: str) -> str | None:
    match = _VENUE.search(text)
    if not match:
        return None
    venue = match.group("venue").strip(" ,.")
    venue = re.sub(r"^the\s+", "", venue, flags=re.IGNORECASE)
    head, _, tail = venue.partition(" - ")
    if tail and set(tail.lower().split()) <= set(head.lower().split()):
        venue = head  # ModernGov "Zoom Virtual Meeting - Zoom": the tail only repeats the room
    return venue or None


def _title_case(text: str) -> str:
    text = " ".join(text.split()).strip(" :-–")
    if text.isupper():
        small = {"of", "and", "the", "for", "in", "on", "at", "to"}
        words = text.lower().split()
        return " ".join(w if (w in small and n) else w.capitalize() for n, w in enumerate(words))
    return text
