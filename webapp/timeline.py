"""The hits-per-month chart, laid out in Python and drawn by the template as inline SVG.

Drawn on the server so it works without JavaScript; the template only places the
numbers computed here, so no SVG is built by string concatenation. Months with no
hits are filled in, so the gaps between meetings show as gaps.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from webapp.display import month_label

WIDTH = 320
HEIGHT = 90
# Beyond six years of months the bars get too thin to read, so show years instead.
MAX_MONTH_BARS = 72
# Fewer months than a year are shown within a year's width, so one busy month reads as
# a single bar in context rather than a block filling the whole chart.
MIN_MONTH_BARS = 12


@dataclass
class Bar:
    key: str  # "2020-11" or "2020"
    label: str  # "November 2020" or "2020"
    count: int
    x: float
    y: float
    width: float
    height: float
    url: str


@dataclass
class Timeline:
    bars: list[Bar]
    unit: str  # "month" | "year"
    total: int
    width: int = WIDTH
    height: int = HEIGHT

    @property
    def peak(self) -> Bar:
        return max(self.bars, key=lambda b: b.count)

    @property
    def summary(self) -> str:
        """The chart in one sentence, for readers who cannot see it."""
        busy = [b for b in self.bars if b.count]
        if not busy:
            return "No dated hits."
        hits = f"{self.total} dated hit{'' if self.total == 1 else 's'}"
        if len(busy) == 1:
            return f"{hits}, all in {busy[0].label}."
        return f"{hits} from {busy[0].label} to {busy[-1].label}; most in {self.peak.label} ({self.peak.count})."


def _shift(month: str, by: int) -> str:
    index = int(month[:4]) * 12 + int(month[5:7]) - 1 + by
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _month_number(month: str) -> int:
    return int(month[:4]) * 12 + int(month[5:7]) - 1


def _months_between(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def date_range(key: str) -> tuple[str, str]:
    """The first and last day of a month ("2020-11") or year ("2020"), as ISO dates."""
    if len(key) == 4:
        return f"{key}-01-01", f"{key}-12-31"
    year, month = int(key[:4]), int(key[5:7])
    return f"{key}-01", f"{key}-{calendar.monthrange(year, month)[1]:02d}"


def build_timeline(points: Sequence[Sequence[Any]], link: Callable[[str, str], str]) -> Timeline | None:
    """Lay out bars for ``[[YYYY-MM, count], …]``; ``link(from, to)`` is a bar's filter URL."""
    counts: dict[str, int] = {}
    for point in points:
        if len(point) == 2 and re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", str(point[0])) and int(point[1]) > 0:
            counts[str(point[0])] = counts.get(str(point[0]), 0) + int(point[1])
    if not counts:
        return None
    first, last = min(counts), max(counts)
    # Counted before listed: a stray date decades off would otherwise list every month between.
    span = _month_number(last) - _month_number(first) + 1
    keys = _months_between(first, last) if span <= MAX_MONTH_BARS else []
    if span < MIN_MONTH_BARS:
        before = (MIN_MONTH_BARS - span) // 2
        keys = _months_between(_shift(first, -before), _shift(first, MIN_MONTH_BARS - before - 1))
    unit = "month"
    if span > MAX_MONTH_BARS:
        unit = "year"
        years: dict[str, int] = {}
        for key, count in counts.items():
            years[key[:4]] = years.get(key[:4], 0) + count
        counts = years
        keys = [str(y) for y in range(int(min(years)), int(max(years)) + 1)]
    peak = max(counts.values())
    slot = WIDTH / len(keys)
    gap = min(2.0, slot * 0.2)
    bars = []
    for n, key in enumerate(keys):
        count = counts.get(key, 0)
        height = round((HEIGHT - 2) * count / peak, 2)
        start, end = date_range(key)
        bars.append(
            Bar(
                key=key,
                label=month_label(key) if unit == "month" else key,
                count=count,
                x=round(n * slot + gap / 2, 2),
                y=round(HEIGHT - height, 2),
                width=round(slot - gap, 2),
                height=height,
                url=link(start, end) if count else "",  # an empty bar is drawn with no link
            )
        )
    return Timeline(bars=bars, unit=unit, total=sum(counts.values()))
