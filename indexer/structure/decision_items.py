"""The business of a decision's own paper: its numbered paragraphs, or the one decision.

An order, a statutory notice or a resolution sheet decides things without a meeting's
agenda. Where its body is a run of numbered paragraphs ("1. In this Order: …", "2. The
trustees may …") each paragraph is a piece of business a reader cites by its number, titled
with its opening words; where it is one run of prose, the whole paper is one decision titled
with the name it gives itself. A form of decision fields (ModernGov "Decision details")
records an item whose home is the meeting's minutes, so it gets no items of its own.
"""

from __future__ import annotations

import re

from indexer.records import AgendaItem, DecisionRecord
from indexer.structure.layout import Row, page_starts, text_of
from indexer.structure.numbering import Numbered
from indexer.structure.vouched import run_title, vouched_runs


def decision_items(record: DecisionRecord, body: list[Row], from_fields: bool) -> list[AgendaItem]:
    """Items of a decision paper read from ``body`` (its rows below the heading block)."""
    if from_fields:
        return []
    run = _paragraph_run(body)
    if run:
        return [_paragraph(body, member, nxt) for member, nxt in zip(run, [*run[1:], None])]
    if not record.text.strip():
        return []
    pages = record.page_range or [1, 1]
    return [
        AgendaItem(
            number=None,
            title=record.title,
            text=record.text,
            pages=list(pages),
            page_starts=page_starts(body),
            resolutions=list(record.resolutions),
        )
    ]


def _paragraph_run(body: list[Row]) -> list[Numbered]:
    """The numbering that runs 1, 2, 3 … down the body's outer margin (clauses "(1)", "(a)"
    inside a paragraph sit in a run of their own shape and stay in its text)."""
    run = vouched_runs(body, [])
    if len(run) < 3 or run[0].value > 2:
        return []
    return run


def _paragraph(body: list[Row], member: Numbered, nxt: Numbered | None) -> AgendaItem:
    from indexer.structure.resolutions import read_resolutions

    end = nxt.index if nxt else len(body)
    rows = [r for r in body[member.index : end] if r.text.strip()]
    title, _keep, _taken = run_title(body, member)
    first = rows[0]
    rest = re.sub(r"^\(?\s*" + re.escape(member.number) + r"\s*[.):]?\s*", "", first.text.strip())
    rows[0] = Row(page=first.page, line=type(first.line)(**{**first.line.__dict__, "text": rest}), breaks=True)
    pages = [r.page for r in rows]
    return AgendaItem(
        number=member.number,
        title=title,
        text=text_of(rows),
        pages=[min(pages), max(pages)],
        page_starts=page_starts(rows),
        resolutions=read_resolutions(rows, member.number),
    )
