"""What the line model sees of each row: its typography, numbering and words, and its neighbours'.

Every feature is relative to the paper itself, never to one body's house style: a size is
"larger than this page's body text", an indent is "right of this page's margin", a gap is
"wider than this paper's usual line gap", a number is "the next in the sequence of the last
number of the same shape". That is what lets a model trained on thirty bodies read a
thirty-first.
"""

from __future__ import annotations

import re
from collections import Counter
from statistics import median

from indexer.structure.layout import Row
from indexer.structure.line_labels import repeat_key

_LABEL_WORDS = frozenset(
    "present apologies apology absent attendance attending attendees regrets excused guests staff also"
    " resolved resolution agreed decided decision recommended approved noted that moved seconded proposed"
    " motion carried unanimously vote voted ayes aye noes nays abstain abstained abstentions favour favor"
    " against roll call action actions owner due signed signature chair chairman chairperson date page"
    " minutes meeting held welcome adjourned closed opened item agenda cllr cllrs councillor councillors"
    " councilmember mr mrs ms dr members officers report reports matters arising any other business"
    " declarations interest next".split()
)
_NUMBERS = [
    ("code", re.compile(r"^(?:[A-Z]{1,6}\s?)?\d{1,4}[-/]\d{1,4}(?=[\s.:)\t]|$)")),
    ("kw", re.compile(r"^(?:minute|item|agenda item)\s+(?:no\.?\s*)?(\d{1,3})\b", re.IGNORECASE)),
    ("n.n", re.compile(r"^(\d{1,2})\.(\d{1,2})(?:\.\d{1,2})?(?=[\s.:)\t]|$)")),
    ("n", re.compile(r"^\(?(\d{1,3})[a-z]?(?:[.):]|\s*[-–]\s|(?=[\s\t]))")),
    ("rom", re.compile(r"^\(?([ivxlc]{1,5})[.)](?=\s|$)")),
    ("ROM", re.compile(r"^\(?([IVXLC]{1,5})[.)](?=\s|$)")),
    ("a", re.compile(r"^\(?([a-z])[.)](?=\s|$)")),
    ("A", re.compile(r"^\(?([A-Z])[.)](?=\s|$)")),
    ("bullet", re.compile(r"^[•·\-–*o\uf0b7\u25aa\u25cf\u2022]\s")),
]
_INLINE = re.compile(r"^[A-Z][\w’'/&]*(?:\s+(?:[A-Z][\w’'/&]*|of|and|the|to|for|on|&)){0,5}\s*(?::|\s[-–]\s)\s*\S")
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
_DATE = re.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}"
    r"|\d{4}-\d{2}-\d{2})\b",
    re.IGNORECASE,
)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:a\.?m|p\.?m)?|\b\d{1,2}\s*(?:a\.?m|p\.?m)\b", re.IGNORECASE)


def _roman(text: str) -> int:
    total, prev = 0, 0
    for ch in reversed(text.lower()):
        value = _ROMAN.get(ch, 0)
        total = total - value if value < prev else total + value
        prev = max(prev, value)
    return total


def numbering(text: str) -> tuple[str, tuple[int, ...] | None]:
    """The shape of a row's leading number and its value: ("n", (5,)), ("n.n", (8, 1)), ("", None)."""
    stripped = text.lstrip()
    for shape, pattern in _NUMBERS:
        match = pattern.match(stripped)
        if not match:
            continue
        if shape in ("n", "kw"):
            return shape, (int(match.group(1)),)
        if shape == "n.n":
            return shape, (int(match.group(1)), int(match.group(2)))
        if shape in ("rom", "ROM"):
            return shape, (_roman(match.group(1)),)
        if shape in ("a", "A"):
            return shape, (ord(match.group(1).lower()) - 96,)
        if shape == "code":
            return shape, tuple(int(x) for x in re.findall(r"\d+", match.group(0))[-1:])
        return shape, None
    return "", None


def _continues(shape: str, value: tuple[int, ...], last: tuple[int, ...] | None) -> str:
    if last is None:
        return "first" if value[-1] in (0, 1) or shape == "code" else "start"
    if shape == "n.n":
        if value[0] == last[0] and value[1] == last[1] + 1:
            return "next"
        if value[0] == last[0] + 1 and value[1] in (0, 1):
            return "next"
    elif value[0] == last[0] + 1:
        return "next"
    if value == last:
        return "same"
    if value[-1] in (0, 1):
        return "restart"
    return "jump"


def _bucket(value: float, edges: tuple[float, ...], names: tuple[str, ...]) -> str:
    for edge, name in zip(edges, names):
        if value < edge:
            return name
    return names[-1]


def _page_stats(rows: list[Row]) -> dict[int, dict[str, float]]:
    by_page: dict[int, list[Row]] = {}
    for row in rows:
        by_page.setdefault(row.page, []).append(row)
    stats: dict[int, dict[str, float]] = {}
    for page, prs in by_page.items():
        sizes: Counter = Counter()
        for r in prs:
            if r.line.size:
                sizes[round(r.line.size * 2) / 2] += len(r.text)
        xs = sorted(r.line.x0 for r in prs if len(r.text) > 25) or sorted(r.line.x0 for r in prs)
        tops = [r.line.top for r in prs]
        stats[page] = {
            "size": sizes.most_common(1)[0][0] if sizes else 0.0,
            "margin": xs[len(xs) // 10] if xs else 0.0,
            "right": max((r.line.x1 for r in prs), default=0.0),
            "top": min(tops),
            "bottom": max(tops),
        }
    return stats


def _usual_gap(rows: list[Row]) -> float:
    gaps = [
        b.line.top - a.line.top for a, b in zip(rows, rows[1:]) if a.page == b.page and 0 < b.line.top - a.line.top < 60
    ]
    return median(gaps) if gaps else 12.0


def _own(rows: list[Row], i: int, ctx: dict) -> dict[str, str]:
    """The row's own features, as name → value (neighbours reuse a subset)."""
    row = rows[i]
    line = row.line
    text = row.text.strip()
    page = ctx["pages"][row.page]
    body = page["size"] or line.size or 10.0
    shape, value = ctx["numbers"][i]
    rest = re.sub(r"^\S+\s*", "", text) if shape else text
    ws = re.findall(r"[A-Za-z][A-Za-z'’]*", rest)
    letters = [c for c in text if c.isalpha()]
    upper = sum(c.isupper() for c in letters) / len(letters) if letters else 0.0
    capped = sum(w[0].isupper() for w in ws) / len(ws) if ws else 0.0
    lower_words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    gap = ctx["gap"] or 12.0
    prev_same = i > 0 and rows[i - 1].page == row.page
    next_same = i + 1 < len(rows) and rows[i + 1].page == row.page
    above = (line.top - rows[i - 1].line.top) / gap if prev_same else -1.0
    below = (rows[i + 1].line.top - line.top) / gap if next_same else -1.0
    span = page["bottom"] - page["top"] or 1.0
    where = (line.top - page["top"]) / span
    centre = (line.x0 + line.x1) / 2
    mid = (page["margin"] + page["right"]) / 2
    f = {
        "bold": "1" if line.bold else "0",
        "size": _bucket(line.size / body if line.size else 1.0, (0.9, 1.08, 1.3), ("small", "body", "big", "huge")),
        "caps": "all" if upper > 0.85 else ("title" if capped > 0.7 else ("some" if capped > 0.3 else "low")),
        "indent": _bucket((line.x0 - page["margin"]) / body, (-0.5, 1.0, 3.0, 8.0), ("out", "0", "s", "m", "l")),
        "centred": "1" if line.x1 and abs(centre - mid) < 2 * body and line.x0 - page["margin"] > 3 * body else "0",
        "above": "top" if above < 0 else _bucket(above, (0.8, 1.25, 1.8, 3.0), ("tight", "1", "1.5", "2", "wide")),
        "below": "end" if below < 0 else _bucket(below, (0.8, 1.25, 1.8, 3.0), ("tight", "1", "1.5", "2", "wide")),
        "num": shape or "none",
        "seq": ctx["seq"][i],
        "w0": (ws[0].lower() if ws else "_"),
        "len": _bucket(len(text.split()), (2, 4, 7, 13, 25), ("1", "2-3", "4-6", "7-12", "13-24", "25+")),
        "end": text[-1:] if text[-1:] and text[-1:] in ":.;,)?-" else ("d" if text[-1:].isdigit() else "w"),
        "tab": "1" if "\t" in row.text else "0",
        "rep": "1" if ctx["repeats"][repeat_key(text)] >= 2 else "0",
        "pos": "head" if where < 0.06 else ("foot" if where > 0.94 else "mid"),
        "break": "1" if row.breaks else "0",
    }
    f["style"] = f"{f['bold']}{f['size']}{f['caps']}"
    # How rare the row's look is in this paper: headings are the few rows styled apart.
    share = ctx["styles"][(line.bold, f["size"], f["caps"] == "all")] / ctx["n"]
    f["rarity"] = _bucket(share, (0.03, 0.1, 0.3), ("rare", "few", "some", "common"))
    width = page["right"] - page["margin"]
    f["fill"] = _bucket(
        (line.x1 - page["margin"]) / width if line.x1 and width > 0 else 1.0,
        (0.35, 0.7, 0.9),
        ("short", "half", "most", "full"),
    )
    for word in sorted(lower_words & _LABEL_WORDS):
        f[f"lw:{word}"] = "1"
    if _DATE.search(text):
        f["date"] = "1"
    if _TIME.search(text):
        f["time"] = "1"
    if re.fullmatch(r"[\s._…\-]{4,}|.*[._…]{6,}.*", text):
        f["dots"] = "1"
    if re.fullmatch(r"(?:page\s*)?[-–(]?\s*\d{1,3}\s*[-–)]?(?:\s*(?:of|/)\s*\d{1,3})?", text, re.IGNORECASE):
        f["pageno"] = "1"
    # "Treasurer's Report: Liz distributed …", "Liaison - No update": a heading run in with its text.
    if _INLINE.match(rest):
        f["inline"] = "1"
    commas = text.count(",")
    f["commas"] = "0" if not commas else ("1-2" if commas < 3 else "3+")
    if re.search(r"\s[-–]\s*(?:yes|no|aye|nay|absent|present|here)\b", text, re.IGNORECASE):
        f["roll"] = "1"
    return f


_NEIGHBOUR_KEYS = (
    "bold",
    "size",
    "caps",
    "indent",
    "num",
    "seq",
    "len",
    "end",
    "tab",
    "style",
    "above",
    "w0",
    "rarity",
    "fill",
)


def doc_context(rows: list[Row]) -> dict:
    """Paper-wide facts the row features are relative to."""
    numbers = [numbering(r.text) for r in rows]
    seq: list[str] = []
    last: dict[str, tuple[int, ...]] = {}
    for shape, value in numbers:
        if not shape or value is None:
            seq.append("none")
            continue
        state = _continues(shape, value, last.get(shape))
        # "i." after "h." is a letter, not a roman one.
        if shape == "rom" and state not in ("next", "first") and "a" in last:
            alt = _continues("a", (ord("i") - 96,) if value == (1,) else value, last.get("a"))
            state = alt if alt == "next" else state
        seq.append(state)
        last[shape] = value
    pages = _page_stats(rows)
    repeats: Counter = Counter()
    seen: set[tuple[str, int]] = set()
    for row in rows:
        key = (repeat_key(row.text), row.page)
        if key not in seen:
            seen.add(key)
            repeats[key[0]] += 1
    bold_share = sum(r.line.bold for r in rows) / len(rows) if rows else 0.0
    styles: Counter = Counter()
    for row in rows:
        body = pages[row.page]["size"] or row.line.size or 10.0
        size = _bucket(
            row.line.size / body if row.line.size else 1.0, (0.9, 1.08, 1.3), ("small", "body", "big", "huge")
        )
        letters = [c for c in row.text if c.isalpha()]
        caps = bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.85
        styles[(row.line.bold, size, caps)] += 1
    return {
        "styles": styles,
        "n": len(rows),
        "numbers": numbers,
        "seq": seq,
        "pages": pages,
        "gap": _usual_gap(rows),
        "repeats": repeats,
        "boldish": "many" if bold_share > 0.4 else ("some" if bold_share > 0.02 else "none"),
    }


def row_features(rows: list[Row]) -> list[list[str]]:
    """One feature list per row: its own features, its neighbours', and how it differs from them."""
    if not rows:
        return []
    ctx = doc_context(rows)
    own = [_own(rows, i, ctx) for i in range(len(rows))]
    out: list[list[str]] = []
    for i, f in enumerate(own):
        feats = [f"{k}={v}" for k, v in f.items()]
        feats.append(f"docbold={ctx['boldish']}")
        feats.append(f"page1={'1' if rows[i].page == rows[0].page else '0'}")
        feats.append(f"docpos={_bucket(i / len(rows), (0.05, 0.2, 0.9), ('start', 'early', 'mid', 'end'))}")
        feats.append(f"num_seq={f['num']}:{f['seq']}")
        feats.append(f"num_bold={f['num']}:{f['bold']}:{f['caps']}")
        feats.append(f"num_rarity={f['num']}:{f['seq']}:{f['rarity']}")
        feats.append(f"rarity_fill={f['rarity']}:{f['fill']}:{f['above']}")
        feats.append(f"inline_style={f.get('inline', '0')}:{f['bold']}:{f['indent']}:{f['above']}")
        for off in (-2, -1, 1, 2):
            j = i + off
            if not 0 <= j < len(rows):
                feats.append(f"{off}:none")
                continue
            g = own[j]
            keys = _NEIGHBOUR_KEYS if abs(off) == 1 else ("bold", "num", "style", "indent")
            feats.extend(f"{off}:{k}={g[k]}" for k in keys)
            if abs(off) == 1:
                feats.extend(f"{off}:{k}" for k in g if k.startswith("lw:"))
                feats.append(f"{off}:same_style={'1' if g['style'] == f['style'] else '0'}")
                feats.append(f"{off}:indent_cmp={_cmp(rows[i].line.x0, rows[j].line.x0)}")
        out.append(feats)
    return out


def _cmp(a: float, b: float) -> str:
    return "same" if abs(a - b) < 3 else ("right" if a > b else "left")
