"""The trained line classifier: every row of a paper labelled heading, attendance, body, …

A reader who meets a new body's minutes tells a heading from a paragraph by its shape (a
number that follows the last one, bold, space above, a short line) and a running footer by
its coming back on every page. The line model learns those shapes from gold readings of
many bodies; these tests build small papers of the common kinds and check what it says.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.read.extract import extract
from indexer.structure.layout import Row, rows_of
from indexer.structure.line_features import numbering, row_features
from indexer.structure.line_labels import LABELS, label_rows
from indexer.structure.line_model import MODEL_PATH, LineModel, classify, marginals, train, using
from tests.paperkit import L, write_pdf

TOPICS = ["Library opening hours", "Car park resurfacing", "Grants to local groups", "Allotment rents"]


def parish_pages(first: int, topics: list[str]) -> list[list[L]]:
    """Numbered bold headings, indented narrative, a RESOLVED line, and a footer on each page."""
    lines = [
        L("Minutes of the Meeting of Brookfield Parish Council", bold=True, size=14),
        L("held on Tuesday 5 March 2024 at 7.30 pm in the Village Hall", gap=4),
        L("Present: Cllrs Ann Hale (Chair), Ben Ortiz, Cara Singh and Dev Patel", gap=14),
        L("Apologies: Cllr Eve Moss", gap=6),
    ]
    pages = [lines]
    for k, topic in enumerate(topics):
        if k == 2:
            lines = []
            pages.append(lines)
        lines += [
            L(f"{first + k}. {topic}", bold=True, gap=16),
            L(f"Members discussed the {topic.lower()} and the costs set out in the clerk's", indent=20, gap=6),
            L(f"report, and asked when the work on the {topic.lower()} would start.", indent=20),
            L(f"RESOLVED that the {topic.lower()} proposal be approved.", indent=20, gap=6),
        ]
    return pages


def gold_for(first: int, topics: list[str]) -> dict:
    return {
        "attendance": {
            "present": [{"name": n} for n in ("Ann Hale", "Ben Ortiz", "Cara Singh", "Dev Patel")],
            "apologies": [{"name": "Eve Moss"}],
            "absent": [],
        },
        "items": [
            {
                "number": str(first + k),
                "title": topic,
                "resolutions": [{"number": None, "text": f"that the {topic.lower()} proposal be approved"}],
            }
            for k, topic in enumerate(topics)
        ],
        "commitments": [],
        "votes": [],
    }


def paper_rows(tmp_path: Path, name: str, first: int, topics: list[str]) -> list[Row]:
    pdf = write_pdf(tmp_path / name, parish_pages(first, topics), footer=True)
    return rows_of(extract(pdf))


def test_gold_titles_label_their_rows_as_heading_attendance_resolution_and_masthead(tmp_path: Path) -> None:
    rows = paper_rows(tmp_path, "p.pdf", 12, TOPICS)
    labels = dict(zip((r.text for r in rows), label_rows(rows, gold_for(12, TOPICS))))
    assert labels["12. Library opening hours"] == "heading"
    assert labels["15. Allotment rents"] == "heading"
    assert labels["Present: Cllrs Ann Hale (Chair), Ben Ortiz, Cara Singh and Dev Patel"] == "attendance"
    assert labels["RESOLVED that the car park resurfacing proposal be approved."] == "resolution"
    assert labels["Minutes of the Meeting of Brookfield Parish Council"] == "masthead"


def test_a_line_back_at_the_top_of_every_page_is_header_footer_for_training() -> None:
    from indexer.records import Line

    words = {1: ["Ann", "Ben", "Cy"], 2: ["Dee", "Eli", "Fay"], 3: ["Gus", "Hal", "Ivy"]}
    rows = [
        Row(page=p, line=Line(text=t, size=10), breaks=True)
        for p in (1, 2, 3)
        for t in (f"Finance Committee 4 June 2024 – page {p}", *[f"{w} spoke on the budget." for w in words[p]])
    ]
    labels = label_rows(rows, {"items": []})
    assert [label for row, label in zip(rows, labels) if row.text.startswith("Finance")] == ["header_footer"] * 3
    assert labels[1] != "header_footer"


def test_a_lettered_sub_item_matches_its_gold_number_and_a_wrapped_title_takes_both_rows() -> None:
    def row(text: str) -> Row:
        from indexer.records import Line

        return Row(page=1, line=Line(text=text, size=11), breaks=True)

    rows = [
        row("83. PLANNING"),
        row("(a) Current Applications"),
        row("84. Review of the arrangements for"),
        row("the village green and the pond"),
        row("Text."),
    ]
    gold = {
        "items": [
            {"number": "83", "title": "PLANNING"},
            {"number": "83a", "title": "Current Applications"},
            {"number": "84", "title": "Review of the arrangements for the village green and the pond"},
        ]
    }
    assert label_rows(rows, gold) == ["heading", "heading", "heading", "heading", "body"]


def test_numbers_that_follow_the_last_of_their_shape_are_marked_as_in_sequence() -> None:
    from indexer.records import Line

    texts = ["1. Welcome", "Some text", "2. Minutes", "(a) First", "(b) Second", "iii. Third", "iv. Fourth", "7 Jump"]
    rows = [Row(page=1, line=Line(text=t, size=10), breaks=True) for t in texts]
    feats = row_features(rows)
    assert "seq=next" in feats[2] and "num=n" in feats[2]
    assert "seq=next" in feats[4] and "num=a" in feats[4]
    assert "seq=next" in feats[6] and "num=rom" in feats[6]
    assert "seq=jump" in feats[7]
    assert numbering("R2024-101 S. Kirkey, D. Yemm:")[0] == "code"
    assert numbering("Some text") == ("", None)


def test_a_model_trained_on_gold_pairs_is_used_inside_using_and_labels_its_papers(tmp_path: Path) -> None:
    pairs = []
    for n, first in enumerate((3, 40)):
        topics = TOPICS if n == 0 else list(reversed(TOPICS))
        pdf = write_pdf(tmp_path / f"t{n}.pdf", parish_pages(first, topics), footer=True)
        pairs.append((gold_for(first, topics), pdf))
    model = train(pairs)
    assert isinstance(model, LineModel) and model.data
    rows = paper_rows(tmp_path, "new.pdf", 21, ["Footpath repairs", "Christmas lights", "Bus shelter", "Tree survey"])
    with using(model):
        labels = classify(rows)
        probs = marginals(rows)
    assert set(labels) <= set(LABELS)
    heads = [r.text for r, label in zip(rows, labels) if label == "heading"]
    assert heads == ["21. Footpath repairs", "22. Christmas lights", "23. Bus shelter", "24. Tree survey"]
    for p in probs:
        assert sum(p.values()) == pytest.approx(1.0, abs=1e-6)
    i = next(k for k, r in enumerate(rows) if r.text.startswith("22."))
    assert probs[i]["heading"] > 0.5 > probs[i + 1]["heading"]


@pytest.mark.skipif(not MODEL_PATH.exists(), reason="the line model has not been trained (make train)")
def test_the_shipped_model_finds_numbered_bold_headings_of_a_paper_it_never_saw(tmp_path: Path) -> None:
    rows = paper_rows(tmp_path, "unseen.pdf", 7, ["Footpath repairs", "Christmas lights", "Bus shelter", "Tree survey"])
    labels = classify(rows)
    heads = {r.text for r, label in zip(rows, labels) if label == "heading"}
    assert {"7. Footpath repairs", "8. Christmas lights", "9. Bus shelter", "10. Tree survey"} <= heads
    narrative = [label for r, label in zip(rows, labels) if r.text.startswith("Members discussed")]
    assert narrative and "heading" not in narrative
