"""The real-paper bench finds the papers in ../shared, and says so plainly when there are none."""

from __future__ import annotations

from pathlib import Path

from bench.real import real_papers
from tests.test_bench_smoke import run_bench

ROOT = Path(__file__).resolve().parent.parent


def test_real_papers_are_every_pdf_of_the_three_shared_folders(tmp_path: Path) -> None:
    for folder in ("bulk", "papers", "elsewhere"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / f"{folder}-minutes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "bulk" / "SOURCES.tsv").write_text("name\turl\n", encoding="utf-8")
    assert [p.name for p in real_papers(tmp_path)] == ["bulk-minutes.pdf", "papers-minutes.pdf"]


def test_the_real_bench_skips_cleanly_when_shared_holds_no_papers(tmp_path: Path) -> None:
    done, figures = run_bench(
        "--real", "--shared", str(tmp_path / "absent"), "--out", str(tmp_path / "out"), timeout=60
    )
    assert "real_pages" not in figures and "none under" in done.stderr


def test_the_stages_say_how_much_of_reading_is_pdfminer_and_of_annotation_is_spacy(tmp_path: Path) -> None:
    from pdfminer.pdfinterp import PDFPageInterpreter
    from spacy.language import Language

    from bench.real import run_stages
    from tests.paperkit import L, write_pdf

    lines = [
        L("Parish Council", bold=True),
        "Minutes of the meeting held on 3 March 2024",
        "Present: Cllrs A Brown, C Dale",
    ]
    lines += [L("1. Footpaths", bold=True)] + ["The Clerk will write to the county about the stile at Mill Lane."] * 30
    paper = write_pdf(tmp_path / "minutes.pdf", [lines, lines])
    stock = (PDFPageInterpreter.process_page, Language.pipe)
    got = run_stages([paper])
    assert got["pages"] == 2
    assert 0 < got["pdfminer_cpu_ms_per_page"] <= got["read_cpu_ms_per_page"]
    assert 0 < got["spacy_cpu_ms_per_page"] <= got["annotate_cpu_ms_per_page"]
    assert (PDFPageInterpreter.process_page, Language.pipe) == stock  # the timers are gone after
