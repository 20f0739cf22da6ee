"""Print a planned meeting as a PDF in its council's house style, with the reportlab canvas.

Five styles cover the shapes the indexer's layout rules read: ModernGov ("Present:" groups
of "Name · organisation" pairs, items "1." in bold, "Resolved:" i) ii)); borough minutes
numbered "23/20" with "RESOLVED –"; town-council run-on attendance with "ACTION:" lines; an
NHS board's attendance table; and a fire authority's Action | Owner | Deadline tables.

Lines are laid out first (so "Page N of M" is known) and drawn straight onto the canvas:
platypus would be easier to write and ten times slower, and 10,000 papers must not take hours.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from bench.synth_text import PaperPlan, long_date
from indexer.records import Person

WIDTH, HEIGHT = A4
LEFT, RIGHT, TOP, BOTTOM = 72.0, 60.0, 70.0, 70.0
HANG = 108.0
SIZE = 10.5
REGULAR, BOLD = "Helvetica", "Helvetica-Bold"


@dataclass
class _Page:
    ops: list[tuple] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)


class Flow:
    """Lines poured down pages; tracks which pages each agenda item lands on."""

    def __init__(self) -> None:
        self.pages: list[_Page] = [_Page()]
        self.y = HEIGHT - TOP
        self.item: int | None = None
        self.item_pages: dict[int, list[int]] = {}
        self.preamble: list[str] = []

    def _room(self, height: float) -> None:
        if self.y - height < BOTTOM:
            self.pages.append(_Page())
            self.y = HEIGHT - TOP

    def _mark(self, text: str) -> None:
        page = self.pages[-1]
        page.lines.append(text)
        if self.item is None:
            self.preamble.append(text)
        else:
            self.item_pages.setdefault(self.item, []).append(len(self.pages))

    def para(
        self,
        text: str,
        size: float = SIZE,
        font: str = REGULAR,
        x: float = LEFT,
        hang: float | None = None,
        label: str | None = None,
        gap: float | None = None,
        column: tuple[float, str] | None = None,
    ) -> None:
        """A paragraph: a gap above, wrapped lines; ``label`` ("i)", "1.") hangs to the left."""
        self.y -= size * 0.9 if gap is None else gap
        start = hang if hang is not None else x
        lines = wrap(text, font, size, WIDTH - RIGHT - start)
        for n, line in enumerate(lines):
            self._room(size * 1.3)
            page = self.pages[-1]
            if n == 0 and label:
                page.ops.append((font, size, x, self.y, label))
            page.ops.append((font, size, start, self.y, line))
            if n == 0 and column:
                page.ops.append((REGULAR, size, column[0], self.y, column[1]))
            self._mark(line)
            self.y -= size * 1.3

    def table(self, rows: list[list[str]], widths: list[float], bold_first: bool = False, gap: float = 6.0) -> None:
        """A ruled table: pdfplumber finds it by its lines, as it does a council's Word table."""
        self.y -= gap
        for r, row in enumerate(rows):
            cells = [wrap(text, REGULAR, SIZE - 1, w - 8) for text, w in zip(row, widths)]
            height = max(len(c) for c in cells) * (SIZE * 1.2) + 6
            self._room(height)
            page = self.pages[-1]
            x = LEFT
            top = self.y + SIZE
            for lines, w in zip(cells, widths):
                font = BOLD if bold_first and r == 0 else REGULAR
                for k, line in enumerate(lines):
                    page.ops.append((font, SIZE - 1, x + 4, self.y - k * SIZE * 1.2, line))
                page.ops.append(("rect", x, top - height, w, height))
                x += w
            self._mark(" ".join(" ".join(c) for c in cells))
            self.y -= height


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap; a hyphenated word may break after its hyphen ("call-" / "outs")."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if stringWidth(candidate, font, size) <= width:
            line = candidate
            continue
        if "-" in word[1:-1]:
            head, tail = word.split("-", 1)
            if line and stringWidth(f"{line} {head}-", font, size) <= width:
                lines.append(f"{line} {head}-")
                line = tail
                continue
        if line:
            lines.append(line)
        line = word
    if line:
        lines.append(line)
    return lines or [""]


def render(plan: PaperPlan, path: Path) -> list[dict]:
    """Write the PDF; fill the truth record's item texts, pages and preamble; return page texts."""
    flow = Flow()
    council, record = plan.council, plan.record
    style = council.style
    _header(flow, plan)
    for index, (item, truth) in enumerate(zip(plan.items, record.items)):
        flow.item = index
        if style == "numbered":
            flow.para(item.title, font=BOLD, label=item.number, hang=LEFT + 48, gap=SIZE * 1.4)
        else:
            flow.para(item.title, font=BOLD, label=f"{item.number}.", hang=HANG, gap=SIZE * 1.4)
        texts = list(item.paragraphs)
        for text in item.paragraphs:
            flow.para(text)
        if item.actions:
            flow.table([["Action", "Owner", "Deadline"], *[list(a) for a in item.actions]], [250, 120, 90], True)
            texts += [" ".join(a) for a in item.actions]
        texts += _resolutions(flow, style, item.resolutions)
        truth.text = "\n\n".join(texts)
        pages = flow.item_pages.get(index) or [len(flow.pages)]
        truth.pages = [min(pages), max(pages)]
    for commitment in record.commitments:
        index = next(n for n, i in enumerate(record.items) if i.number == commitment.item)
        commitment.page = record.items[index].pages[0]
    record.preamble = "\n".join(flow.preamble)
    record.pages = len(flow.pages)
    _draw(flow, plan, path)
    return [{"number": n, "text": "\n".join(p.lines), "ocr": False} for n, p in enumerate(flow.pages, start=1)]


def _resolutions(flow: Flow, style: str, resolutions: list[str]) -> list[str]:
    if not resolutions:
        return []
    bodies = [r.removeprefix("That ") for r in resolutions]
    if style == "numbered":
        if len(bodies) == 1:
            text = f"RESOLVED – that {bodies[0]}"
            flow.para(text)
            return [text]
        flow.para("RESOLVED – that:")
        for n, body in enumerate(bodies, start=1):
            flow.para(body, label=f"({n})", hang=HANG)
        return ["RESOLVED – that:", *bodies]
    if style == "runon":
        texts = [f"It was RESOLVED that {b}" for b in bodies]
        for text in texts:
            flow.para(text)
        return texts
    word = "Agreed:" if style == "table" else "Resolved:"
    if len(resolutions) == 1:
        flow.para(f"{word} {resolutions[0]}")
        return [f"{word} {resolutions[0]}"]
    flow.para(word, font=BOLD)
    numerals = ("i)", "ii)", "iii)", "iv)")
    for n, text in enumerate(resolutions):
        flow.para(text, label=numerals[n] if style != "table" else f"{n + 1}.", hang=HANG)
    return [word, *resolutions]


def _header(flow: Flow, plan: PaperPlan) -> None:
    council, style = plan.council, plan.council.style
    when = f"{long_date(plan.day)} at {plan.time}"
    if style == "numbered":
        flow.para(council.name.upper(), size=14, font=BOLD, gap=0)
        flow.para(f"MINUTES OF A MEETING OF THE {plan.body.upper()} HELD ON {when.upper()}", font=BOLD)
        flow.para(f"Venue: {plan.venue}")
    elif style == "runon":
        flow.para(council.name.upper(), size=14, font=BOLD, gap=0)
        flow.para(f"Minutes of the meeting of the {plan.body} held at {plan.venue} on {when}")
    else:
        flow.para(council.name, size=16, font=BOLD, gap=0)
        flow.para(plan.body, size=13, font=BOLD)
        flow.para(f"Minutes of the Meeting held on {when} in {plan.venue}", size=10)
    members = [p for p in plan.present if p.group == "Members"]
    others = [p for p in plan.present if p.group != "Members"]
    if style == "moderngov":
        flow.para("Present:", font=BOLD)
        for group in ("Members", "Co-opted members", "Officers"):
            people = [p for p in plan.present if p.group == group]
            if people:
                flow.para(group if group != "Officers" else "Other Attendees", font=BOLD, gap=SIZE * 0.4)
                for p in people:
                    org = p.role if group == "Officers" else p.organisation
                    flow.para(_formal(p), gap=0, column=(250, f"· {org}"))
    elif style == "actions":
        flow.para("Present:", font=BOLD)
        for p in members:
            flow.para(_formal(p) + (" (Chair)" if p is members[0] else ""), gap=0)
        flow.para("Officers:", font=BOLD)
        for p in others:
            flow.para(p.name, gap=0, column=(250, f"– {p.role}"))
    elif style == "table":
        flow.para("Present:", font=BOLD)
        flow.table([[_formal(p), p.role or ""] for p in members], [200, 220])
        flow.para("In attendance:", font=BOLD)
        flow.table([[p.name, p.role or p.organisation or ""] for p in others], [200, 220])
    else:
        title = plan.council.member_title
        plural = {"Councillor": "Councillors", "County Councillor": "County Councillors"}.get(title, title)
        names = [f"{p.name} (Chair)" if n == 0 else p.name for n, p in enumerate(members)]
        flow.para(f"Present: {plural} {_listed(names)}")
        label = "Officers:" if style == "numbered" else "In attendance:"
        flow.para(f"{label} " + _listed([f"{p.name} ({p.role})" for p in others]), gap=SIZE * 0.5)
        if plan.apologies:
            flow.para(f"Apologies: {plural} " + _listed([p.name for p in plan.apologies]))


def _formal(person: Person) -> str:
    return f"{person.title} {person.name}" if person.title else person.name


def _listed(names: list[str]) -> str:
    return ", ".join(names[:-1]) + (" and " if len(names) > 1 else "") + names[-1] if names else ""


def _draw(flow: Flow, plan: PaperPlan, path: Path) -> None:
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.setTitle(f"{plan.council.name} {plan.body} {plan.day.isoformat()}")
    running = f"{plan.council.name} - {plan.body} - {plan.day.isoformat()}"
    total = len(flow.pages)
    for number, page in enumerate(flow.pages, start=1):
        canvas.setFont(REGULAR, 8)
        canvas.drawString(LEFT, HEIGHT - 40, running)
        current = None
        for op in page.ops:
            if op[0] == "rect":
                canvas.rect(op[1], op[2], op[3], op[4], stroke=1, fill=0)
                continue
            font, size, x, y, text = op
            if (font, size) != current:
                canvas.setFont(font, size)
                current = (font, size)
            canvas.drawString(x, y, text)
        canvas.setFont(REGULAR, 8)
        canvas.drawString(WIDTH / 2 - 20, 36, f"Page {number} of {total}")
        canvas.showPage()
    canvas.save()
