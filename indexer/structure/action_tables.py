"""Action tables and action logs, read from layout: who owns each row, when it is due.

Two shapes recur. Minutes end with a table headed Action | Owner | Deadline (or Lead,
Responsible, By when, Status). Action logs list rows with a status column (New, Carried
forward, Completed) under section headings that name the lead ("VAT Register – Lead PM").
"""

from __future__ import annotations

import re

from indexer.records import ActionRow, Document
from indexer.structure.action_column import read_action_column
from indexer.structure.action_lines import read_line_tables
from indexer.structure.layout import Row

_STATUS = re.compile(
    r"(?:^|\s|\t)(?P<status>new|carried(?:\s+forward)?|ongoing|on-going|completed?|open|closed|done|"
    r"in progress|outstanding|overdue|superseded|deferred)$",
    re.IGNORECASE,
)
_LEAD = re.compile(
    r"(?:\blead(?:s|\s+officer)?|\bowner)\s*[:\-–]?\s*(?P<who>[A-Z][\w./&]*(?:\s*/\s*[A-Z][\w.]*)*)\s*$", re.IGNORECASE
)
_DASH_OWNER = re.compile(r"\s[–-]\s*(?P<who>[A-Z]{2,4}[a-z]{0,2}(?:\s*/\s*[A-Z]{2,4}[a-z]{0,2})*)\s*$")
# Header words vary by body: "Action required", "Responsible officer", "Target date",
# "RAG" (NHS trusts), "Action by", "Action no." (whose first word is not the action).
_HEADERS = {
    "item": re.compile(
        r"^(item|minute|ref\.?|reference|no\.?|#|(?:action|item|minute) (?:no\.?|number|ref\.?|reference))$",
        re.IGNORECASE,
    ),
    "owner": re.compile(
        r"^(owner|lead|leads|responsible|by whom|who|officer|action by|person responsible|action owner|"
        r"responsible (?:officer|person|lead|director)|lead (?:officer|director|person)|executive lead|assigned to)$",
        re.IGNORECASE,
    ),
    "due": re.compile(
        r"^(deadline|due|due date|by when|when|target date|date due|timescale|due by|completion date|target)$",
        re.IGNORECASE,
    ),
    # One column for both: "Who/When", "By whom / by when", "Owner – deadline".
    "owner_due": re.compile(
        r"^(?:who|by whom|owner|lead|responsible)\s*(?:[/&,–-]|and)\s*(?:by\s+)?(?:when|deadline|due|date|timescale)$",
        re.IGNORECASE,
    ),
    "status": re.compile(r"^(status|progress|rag|rag status|update|progress update|current status)$", re.IGNORECASE),
    "action": re.compile(
        r"^(actions?|action agreed|action required|agreed action|action to be taken|action description|"
        r"description|task|what)$",
        re.IGNORECASE,
    ),
}
_DEFAULT_DUE = re.compile(r"all actions (?:are )?(?:for|by) (?:the )?(?P<due>next meeting)", re.IGNORECASE)


def read_action_tables(doc: Document) -> list[ActionRow]:
    """Rows of every table whose header names an Action and an Owner column."""
    rows: list[ActionRow] = []
    last: tuple[int, int, dict[str, int]] | None = None  # page, width, columns of the last action table
    for page in doc.pages:
        for n, table in enumerate(page.tables):
            columns = _columns(table[0])
            body = table[1:]
            if _continues_table(last, page.number, n, table, columns):
                # A long log runs onto the next page without repeating its header row.
                columns, body = last[2], table
            if "action" not in columns or not ({"owner", "due", "owner_due"} & set(columns)):
                continue
            last = (page.number, len(table[0]), columns)
            for cells in body:
                values = {name: _cell(cells, n) for name, n in columns.items()}
                if values.get("owner_due"):
                    values["owner"], values["due"] = _owner_and_due(values.pop("owner_due") or "")
                if not values.get("action"):
                    continue
                rows.append(
                    ActionRow(
                        text=values["action"],
                        owner=values.get("owner"),
                        due=values.get("due"),
                        status=values.get("status"),
                        item=values.get("item"),
                        page=page.number,
                    )
                )
    ruled = {row.page for row in rows}
    return rows + [row for row in read_line_tables(doc) if row.page not in ruled] + read_action_column(doc)


_WHEN = re.compile(
    r"(?:\d|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?)\b|next\b|end\b|asap\b|a\.s\.a\.p|"
    r"on-?going\b|by\b|w/c\b|week|mid\b|early\b|late\b|tb[ac]\b|immediate|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|spring\b|summer\b|autumn\b|fall\b|winter\b|q[1-4]\b)",
    re.IGNORECASE,
)


def _owner_and_due(cell: str) -> tuple[str | None, str | None]:
    """ "AP / April", "CD – next meeting", "Clerk, 30 June": the owner first, then when; joint
    owners ("AHop/MS") stay whole when no date follows."""
    for sep in re.finditer(r"\s*(?:/|–|—|-|,|\bby\b)\s*", cell):
        who, when = cell[: sep.start()].strip(), cell[sep.end() :].strip()
        if who and when and _WHEN.match(when):
            return who, when
    return cell.strip() or None, None


def _columns(header: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for n, cell in enumerate(header):
        label = " ".join((cell or "").split()).strip(" :")
        for name, pattern in _HEADERS.items():
            if name not in found and pattern.match(label):
                found[name] = n
                break
    return found


def _continues_table(
    last: tuple[int, int, dict[str, int]] | None, page: int, n: int, table: list[list[str]], columns: dict[str, int]
) -> bool:
    """The first table on the page after an action table, as wide, with no header of its own."""
    return bool(last) and n == 0 and last[0] == page - 1 and len(table[0]) == last[1] and not columns


def _cell(cells: list[str], n: int | None) -> str | None:
    if n is None or n >= len(cells):
        return None
    return " ".join((cells[n] or "").split()) or None


def read_action_log(rows: list[Row]) -> list[ActionRow]:
    """Status-column rows under lead-naming section headings (an action log's layout)."""
    out: list[ActionRow] = []
    section: str | None = None
    default_due: str | None = None
    status_rows = sum(1 for r in rows if _STATUS.search(r.text))
    if status_rows < 3:
        return []
    for row in rows:
        text = row.text.replace("\t", " ").strip()
        due = _DEFAULT_DUE.search(text)
        if due:
            default_due = due.group("due")
            continue
        status = _STATUS.search(text)
        if status and len(text) > len(status.group(0)) + 3:
            body = text[: status.start()].strip()
            out.append(
                ActionRow(text=body, status=status.group("status"), section=section, page=row.page, due=default_due)
            )
            continue
        if out and text.lower() == "forward" and (out[-1].status or "").lower() == "carried":
            out[-1].status = "Carried forward"
            continue
        if (
            out
            and not row.breaks
            and not row.line.bold
            and (text[:1].islower() or len(out[-1].text) > 50)
            and not _is_heading(text)
        ):
            out[-1].text = f"{out[-1].text} {text}"
            continue
        section = text
    for action in out:
        action.owner = owner_of_section(action.section)
    return out


def _is_heading(text: str) -> bool:
    return bool(_LEAD.search(text) or _DASH_OWNER.search(text))


def owner_of_section(section: str | None) -> str | None:
    """ "VAT Register – Lead PM" → "PM"; "Open Data Licensing – GS/JTe" → "GS"; "Secretariat" → itself."""
    if not section:
        return None
    for pattern in (_LEAD, _DASH_OWNER):
        match = pattern.search(section)
        if match:
            return match.group("who").split("/")[0].strip()
    words = section.split()
    if len(words) == 1 and words[0][:1].isupper():
        return section.strip()
    return None
