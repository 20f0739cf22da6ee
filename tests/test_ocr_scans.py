"""Scanned papers: read by Tesseract when it is installed, named plainly when it is not.

The scans are made here: text drawn onto a bitmap and embedded as the page, exactly what
a photocopier's scan-to-PDF produces. The real 10-page Greenville scan reads its first
page by default; all ten pages only with MINUTED_SLOW_OCR=1 (about 20 s on two idle
cores, over a minute on a busy one).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.cli import main
from indexer.index.search import SearchIndex, search
from indexer.index.store import index_paths
from indexer.pipeline import read_paper
from indexer.read.extract import extract
from indexer.read.ocr import lines_from_tsv, ocr_pdf_pages, tesseract_available
from indexer.records import MeetingRecord
from tests import hostile

GREENVILLE = (
    Path(__file__).resolve().parents[2] / "shared" / "papers" / "greenville-city-council-2023-05-22-minutes.pdf"
)
SCANNED_MINUTES = [
    [
        "Parish Council",
        "Minutes of the meeting held on 3 March 2021 at the Village Hall",
        "",
        "1. Apologies for absence",
        "None were received.",
        "",
        "2. Footpath repairs",
        "The clerk reported on the footpath repairs by the river and",
        "the cost of new gravel.",
        "",
        "Resolved: the clerk to obtain three quotes for the repairs.",
    ]
]

needs_tesseract = pytest.mark.skipif(not tesseract_available(), reason="tesseract-ocr is not installed")


@pytest.fixture(scope="module")
def scan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return hostile.scanned(tmp_path_factory.mktemp("scan") / "parish-2021-03-03.pdf", SCANNED_MINUTES)


@pytest.fixture(scope="module")
def scanned_record(scan: Path) -> tuple[MeetingRecord, list[dict]]:
    if not tesseract_available():
        pytest.skip("tesseract-ocr is not installed")
    return read_paper(scan)


@pytest.fixture()
def no_tesseract(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A machine without tesseract-ocr: nothing named tesseract on PATH."""
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))


def test_a_scanned_paper_is_read_by_ocr_and_marked_as_such(scanned_record: tuple[MeetingRecord, list[dict]]) -> None:
    record, pages = scanned_record
    assert record.ocr is True
    assert pages[0]["ocr"] is True
    assert "The clerk reported on the footpath repairs by the river" in pages[0]["text"]


def test_ocr_keeps_the_gaps_between_paragraphs_so_items_split_as_printed(
    scanned_record: tuple[MeetingRecord, list[dict]],
) -> None:
    record, _pages = scanned_record
    assert [(i.number, i.title) for i in record.items] == [("1", "Apologies for absence"), ("2", "Footpath repairs")]
    assert [r.text for r in record.items[1].resolutions] == ["The clerk to obtain three quotes for the repairs."]
    assert record.meeting_date == "2021-03-03"


@needs_tesseract
def test_a_scanned_paper_is_found_by_search_and_its_hit_says_ocr(scan: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    assert not index_paths([scan.parent], index_dir).failed
    index = SearchIndex(index_dir)
    try:
        hits = search(index, "gravel").hits
    finally:
        index.close()
    assert [(h.doc, h.item, h.ocr) for h in hits] == [("parish-2021-03-03", "2", True)]


@pytest.mark.usefixtures("no_tesseract")
def test_without_tesseract_a_scan_is_reported_by_name_as_having_no_text_layer(scan: Path, tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / scan.name).write_bytes(scan.read_bytes())
    hostile.good_minutes(folder / "parish-2021-04-07.pdf")
    result = CliRunner().invoke(main, ["index", str(folder), "--index", str(tmp_path / "index")])
    assert result.exit_code == 3
    assert "added 1, updated 0, removed 0, unchanged 0, failed 1" in result.output
    failed = [line for line in result.output.splitlines() if line.startswith("failed:")]
    assert len(failed) == 1 and scan.name in failed[0]
    assert "no text layer (scanned?)" in failed[0] and "install tesseract-ocr" in failed[0]


@pytest.mark.usefixtures("no_tesseract")
def test_without_tesseract_a_part_scanned_paper_indexes_its_text_and_names_the_scanned_page(tmp_path: Path) -> None:
    paper = hostile.part_scanned(tmp_path / "minutes.pdf", hostile.MINUTES, ["Signed by the Chair", "7 April 2021"])
    warnings: list[str] = []
    record, pages = read_paper(paper, warnings=warnings)
    assert "footpath repairs" in pages[0]["text"]
    assert pages[1]["text"] == "" and record.ocr is False
    assert warnings == ["no text layer on page(s) 2 — scanned? install tesseract-ocr to read it"]


@needs_tesseract
def test_with_tesseract_the_scanned_page_of_a_part_scanned_paper_is_read_too(tmp_path: Path) -> None:
    paper = hostile.part_scanned(tmp_path / "minutes.pdf", hostile.MINUTES, ["Signed by the Chair", "7 April 2021"])
    document = extract(paper)
    assert [p.ocr for p in document.pages] == [False, True]
    assert "Signed by the Chair" in document.pages[1].text


@needs_tesseract
def test_a_page_ocr_cannot_finish_in_time_is_named_and_nothing_is_raised(scan: Path) -> None:
    results = ocr_pdf_pages(scan, [1], page_seconds=0.001)
    assert results[1].lines == []
    assert results[1].problem == "OCR gave up after 0.001 s"


@needs_tesseract
def test_a_scanned_pack_read_by_one_tesseract_reads_each_page_as_it_reads_alone(tmp_path: Path) -> None:
    second = ["Minutes of the meeting held on 7 April 2021", "", "3. Allotments", "The rent was agreed."]
    pack = hostile.scanned(tmp_path / "pack.pdf", [SCANNED_MINUTES[0], second, SCANNED_MINUTES[0][:4]])
    together = ocr_pdf_pages(pack, [1, 2, 3])
    alone = {n: ocr_pdf_pages(pack, [n])[n] for n in (1, 2, 3)}
    assert together == alone
    assert "Allotments" in " ".join(line.text for line in together[2].lines)


@needs_tesseract
def test_a_pack_whose_tesseract_run_overruns_is_read_page_by_page_and_names_each_page(scan: Path) -> None:
    results = ocr_pdf_pages(scan, [1, 1], page_seconds=0.001)
    assert results[1].problem == "OCR gave up after 0.001 s"


@needs_tesseract
def test_a_poster_sized_scan_is_rendered_within_a_bounded_memory(tmp_path: Path) -> None:
    """A 100-inch site plan would be 900 million pixels at 300 dpi; it is read at a smaller scale."""
    poster = hostile.poster_scan(tmp_path / "site-plan.pdf", inches=100)
    code = (
        "import resource, sys; from indexer.read.ocr import ocr_pdf_pages; "
        f"page = ocr_pdf_pages({str(poster)!r}, [1])[1]; "
        "print(page.problem or ' '.join(l.text for l in page.lines)); "
        "print(max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "
        "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) // 1024)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=Path(__file__).parents[1]
    )
    assert done.returncode == 0, done.stderr
    text, peak_mb = done.stdout.strip().splitlines()
    assert "SITE PLAN" in text
    assert int(peak_mb) < 600, f"peak RSS {peak_mb} MB"


@pytest.mark.skipif(not GREENVILLE.exists(), reason="the shared Greenville scan is not here")
@needs_tesseract
def test_the_first_page_of_the_greenville_scan_reads_by_ocr() -> None:
    lines = [" ".join(line.text.split()) for line in ocr_pdf_pages(GREENVILLE, [1])[1].lines]
    assert lines[:4] == [
        "MINUTES",
        "FORMAL MEETING OF CITY COUNCIL",
        "City Hall, 206 S. Main Street, Council Chambers",
        "Monday, May 22, 2023 - 5:30 p.m.",
    ]
    assert "1. CALL TO ORDER" in lines and "4. ROLL CALL" in lines


@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get("MINUTED_SLOW_OCR"), reason="set MINUTED_SLOW_OCR=1 to OCR all ten pages")
@pytest.mark.skipif(not GREENVILLE.exists(), reason="the shared Greenville scan is not here")
@needs_tesseract
def test_the_whole_greenville_scan_reads_into_its_numbered_items() -> None:
    record, pages = read_paper(GREENVILLE)
    assert record.ocr and all(p["ocr"] for p in pages) and len(pages) == 10
    assert record.meeting_date == "2023-05-22"
    numbers = [i.number for i in record.items if i.number and i.number.isdigit()]
    assert numbers == [str(n) for n in range(1, 19)]


def test_tesseract_words_become_lines_in_points_and_a_crest_beside_the_letterhead_is_dropped() -> None:
    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = [
        (1, 1, 1, 100, 300, 60, 40, 30, "Od"),  # the crest, far left of the letterhead
        (1, 1, 2, 1000, 300, 160, 42, 96, "City"),
        (1, 1, 3, 1180, 300, 100, 42, 95, "Hall"),
        (1, 2, 1, 1000, 352, 200, 44, 93, "Present:"),
        (1, 2, 2, 1220, 352, 100, 44, 10, "~"),  # a speck
    ]
    tsv = "\n".join(
        [header]
        + [
            f"5\t1\t1\t{par}\t{line}\t{word}\t{x}\t{y}\t{w}\t{h}\t{conf}\t{text}"
            for par, line, word, x, y, w, h, conf, text in rows
        ]
    )
    lines = lines_from_tsv(tsv, scale=300 / 72)
    assert [ln.text for ln in lines] == ["City Hall", "Present:"]
    assert (lines[0].top, lines[0].x0) == pytest.approx((72.0, 240.0))  # 300 px at 300 dpi is 72 pt
    assert lines[1].top - lines[0].top == pytest.approx(12.48)
