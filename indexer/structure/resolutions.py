"""Resolutions: the formal decisions an item records, each with its own number.

"Resolved:" then i), ii) …; "RESOLVED – that …"; a "Decision" heading over the committee's
decision. Read from paragraphs, so a resolution running over a page break stays whole.
"""

from __future__ import annotations

import re

from indexer.records import Resolution
from indexer.structure.layout import Row, paragraphs

RESOLVED = re.compile(
    r"^(?:it\s+was\s+)?(?P<word>resolved|agreed|decided|decision|recommended|resolution)\b\s*(?:[:–—-])?\s*",
    re.IGNORECASE,
)
# NHS boards write the decision into the narrative with the verb in capitals: "The Board
# RESOLVED to approve …", "The Board NOTED the report", "The Committee APPROVED …".
_BODY_DECIDED = re.compile(
    r"^The\s+(?:[A-Z][\w’'&-]*\s+){1,4}(?:RESOLVED|AGREED|APPROVED|NOTED|DECIDED|ENDORSED|RATIFIED|"
    r"RECEIVED|SUPPORTED|ACCEPTED|RECOMMENDED|CONFIRMED|DELEGATED)\b"
)
# A Scottish minute prints "Decision" as a heading over what the committee decided.
_DECISION_HEADING = re.compile(r"^decisions?\s*:?$", re.IGNORECASE)
_RES_NUMBER = re.compile(r"^\(?(?P<n>[ivx]{1,5}|\d{1,2}|[a-h])[).]\s*(?P<rest>.*)$", re.IGNORECASE)


def read_resolutions(body: list[Row], item: str | None) -> list[Resolution]:
    """Formal decisions: "Resolved:" then i), ii) … or one paragraph; "RESOLVED that …"."""
    resolutions: list[Resolution] = []
    paras = [_para_text(p) for p in _split_numbered(paragraphs(body))]
    i = 0
    while i < len(paras):
        if _BODY_DECIDED.match(paras[i]):
            resolutions.append(Resolution(number=None, text=_tidy(paras[i]), item=item))
            i += 1
            continue
        match = RESOLVED.match(paras[i])
        decision = match and match.group("word").lower() == "decision"
        if not match or (decision and ":" not in paras[i][:12] and not _DECISION_HEADING.match(paras[i])):
            i += 1
            continue
        rest = paras[i][match.end() :].strip()
        block: list[str] = [rest] if rest else []
        i += 1
        numbered = bool(block and _RES_NUMBER.match(block[0]))
        lead_in = False
        while i < len(paras) and not RESOLVED.match(paras[i]):
            para = paras[i]
            if _RES_NUMBER.match(para) and (numbered or not block or _introduces(block)):
                # "The Committee:" then "(a) noted …; (b) instructed …": the parts are
                # the decisions, the lead-in only introduces them.
                lead_in = lead_in or (not numbered and bool(block))
                numbered = True
                block.append(para)
            elif not block:
                block.append(para)
            elif numbered and not _RES_NUMBER.match(para) and _continues(block[-1]):
                block[-1] += " " + para
            else:
                break
            i += 1
        resolutions.extend(_split_resolutions(block[1:] if lead_in else block, item))
    return resolutions


def _introduces(block: list[str]) -> bool:
    return len(block) == 1 and block[0].rstrip().endswith(":") and len(block[0]) < 120


_RES_LINE = re.compile(r"^\(?(?:[ivx]{1,5}|\d{1,2}|[a-h])[).]\s+[A-Z]")
_RES_LOWER = re.compile(r"^\(?(?:[ivx]{1,5}|\d{1,2}|[a-h])[).]\s+[a-z]")


def _opens_list(text: str) -> bool:
    """ "The Committee:" / "(a) noted …; and" / "(b) instructed …": Scottish decisions
    run their lettered parts on in lower case after a colon or semicolon."""
    text = text.rstrip()
    return text.endswith((":", ";")) or text.endswith((" and", " or"))


def _split_numbered(paras: list[list[Row]]) -> list[list[Row]]:
    """ "(1) That …" and "(2) That …" on consecutive lines are two resolutions even
    without a gap between them; a line opening with a marker starts a new paragraph."""
    out: list[list[Row]] = []
    for para in paras:
        current: list[Row] = []
        for row in para:
            text = row.text.strip()
            if current and (_RES_LINE.match(text) or (_RES_LOWER.match(text) and _opens_list(current[-1].text))):
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
