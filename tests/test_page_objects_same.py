"""Reading a page the quick way gives the same objects: every character, rule and image
of a page is the same dict, key for key and in the same key order, whether pdfminer and
pdfplumber read it alone or with indexer/read/contentstream.py and charobjects.py."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from indexer.read.charobjects import lean
from indexer.read.contentstream import interpret
from tests.test_read_same_records import REAL, _without_stream


def _differing_pages(path: Path) -> list[int]:
    differing = []
    with pdfplumber.open(path) as stock, pdfplumber.open(path) as quick:
        for theirs, ours in zip(stock.pages, quick.pages):
            lean(ours)
            interpret(ours)
            same = set(theirs.objects) == set(ours.objects) and all(
                theirs.objects[kind] == ours.objects[kind] for kind in theirs.objects if kind != "image"
            )
            same = same and _without_stream(theirs.images) == _without_stream(ours.images)
            same = same and all(list(a) == list(b) for a, b in zip(theirs.chars, ours.chars))
            if not same:
                differing.append(theirs.page_number)
    return differing


def test_turned_raised_and_spaced_text_gives_the_same_characters(tmp_path: Path) -> None:
    # A landscape table header printed sideways, a superscript "th", letter-spaced capitals
    # and a mirrored stamp: every sign of the matrix and of the rise goes through the maths.
    path = tmp_path / "odd.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 780, "MINUTES OF THE 17")
    text = c.beginText(220, 780)
    text.setFont("Helvetica", 8)
    text.setRise(5)
    text.textOut("th")
    text.setRise(0)
    text.setCharSpace(2.5)
    text.setWordSpace(4)
    text.setFont("Times-Roman", 11)
    text.textOut(" MEETING held at the Village Hall")
    c.drawText(text)
    c.saveState()
    c.translate(300, 400)
    c.rotate(90)
    c.drawString(0, 0, "Action owner (turned)")
    c.rotate(135)
    c.drawString(0, 0, "Askew 1.5")
    c.scale(-1, 1)
    c.drawString(0, 0, "Mirrored")
    c.restoreState()
    c.rect(60, 100, 400, 40)
    c.showPage()
    c.save()
    assert _differing_pages(path) == []


@pytest.mark.slow
def test_every_real_page_gives_the_same_characters_rules_and_images() -> None:
    differing = {path.name: pages for path in REAL if (pages := _differing_pages(path))}
    assert differing == {}
