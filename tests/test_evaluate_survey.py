"""`python -m indexer.evaluate --survey FOLDER` measures papers that have no gold reading."""

from __future__ import annotations

import json
import shutil

import pytest

from indexer.evaluate import main
from indexer.records import AgendaItem, Attendance, MeetingRecord, Person
from indexer.survey import PaperFacts, garbled_glyphs, lowercase_words, measures, odd_person, paper_facts, text_chars
from tests.conftest import SHARED

BULK = SHARED / "bulk"


def test_text_is_counted_in_letters_and_digits_so_layout_does_not_weigh():
    assert text_chars("• 12.  Budget —  approved\n\n") == text_chars("12Budgetapproved")


def test_unmapped_fonts_private_use_bullets_and_control_characters_count_as_garbled():
    assert garbled_glyphs(["(cid:43)(cid:7) Minutes", "\uf0b7 Apologies", "Caf\ufffd", "a\x07b"]) == 5


def test_accents_curly_quotes_dashes_and_line_breaks_are_not_garbled():
    assert garbled_glyphs(["Zoë O’Brien – Café\n\tMünchen …"]) == 0


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("Moffat House", "place"),
        ("High Street", "place"),
        ("Jubilee Gardens", "place"),
        ("Parish Council", "body"),
        ("Acme Widgets Ltd", "body"),
        ("item 5", "digits"),
        ("the Treasurer", "lower-case word"),
        ("Treasurer’s Account", "possessive"),
        ("Budget", "common noun"),
        ("Safer Route", "common nouns"),
    ],
)
def test_places_bodies_and_things_read_as_people_are_named_as_such(name, why):  # noqa: ANN001
    common = lowercase_words("the budget was set and a safer route to school agreed; a cook was hired")
    assert odd_person(name, set(), common) == why


@pytest.mark.parametrize(
    "name", ["Helen Postle", "Ludwig van der Berg", "Cook", "N Hackett", "Mary-Jo O'Neill", "VE7GSJ"]
)
def test_real_names_are_left_alone_and_the_papers_own_attendance_vouches_for_surnames(name):  # noqa: ANN001
    common = lowercase_words("a cook was hired")
    assert odd_person(name, {"jane cook", "cook"}, common) is None


def test_names_spelt_in_lower_case_in_e_mail_addresses_are_not_common_nouns():
    common = lowercase_words("Contact karen.hughes@example.org or see www.gordonfarrell.com/karen for the budget")
    assert odd_person("Karen Hughes", set(), common) is None and "budget" in common


def _minutes(**fields) -> MeetingRecord:  # noqa: ANN003
    return MeetingRecord(source="x.pdf", sha256="0", **fields)


def test_items_that_hold_a_sliver_of_the_paper_are_under_half_its_text():
    record = _minutes(items=[AgendaItem(number="1", title="Welcome", text="The chair opened the meeting.")])
    pages = [{"text": "Welcome. The chair opened the meeting. " + "The long discussion of the budget. " * 20}]
    facts = paper_facts("acme-2020-01-01-minutes", record, pages)
    assert facts.items == 1 and facts.item_share < 0.5
    assert not facts.has_date and not facts.has_body and facts.present == 0


def test_attendance_and_people_are_pooled_once_and_odd_ones_named():
    record = _minutes(
        meeting_date="2020-01-01",
        body="Board",
        attendance=Attendance(present=[Person("Jane Cook"), Person("Moffat House")]),
        people=[Person("Jane Cook"), Person("Cook"), Person("Budget")],
    )
    facts = paper_facts("acme-2020-01-01-minutes", record, [{"text": "the budget and the cook"}])
    assert facts.people == 4 and facts.present == 2
    assert facts.odd_people == {"Moffat House": "place", "Budget": "common noun"}


def _facts(name: str, **fields) -> PaperFacts:  # noqa: ANN003
    return PaperFacts(name=name, body=name.split("-")[0], doc_type="minutes", **{"text_chars": 1000, **fields})


def test_measures_count_minutes_only_and_name_the_worst_of_different_bodies_first():
    facts = [
        _facts("acme-1", items=0, text_chars=5000),
        _facts("acme-2", items=0, text_chars=4000),
        _facts("brook-1", items=0, text_chars=100),
        _facts("cedar-1", items=3, item_chars=900, has_date=True, people=4, odd_people={"Budget": "common noun"}),
        PaperFacts(name="dale-1", body="dale", doc_type="decision"),
        PaperFacts(name="elm-1", body="elm", error="empty file (0 bytes)"),
    ]
    found = measures(facts)
    assert found["no_items"]["count"] == 3 and found["no_items"]["of"] == 4
    assert [w["paper"] for w in found["no_items"]["worst"]] == ["acme-1", "brook-1", "acme-2"]
    assert found["no_date"]["count"] == 3
    assert found["unread"] == {
        "count": 1,
        "of": 6,
        "share": round(1 / 6, 3),
        "worst": [{"paper": "elm-1", "detail": "empty file (0 bytes)"}],
    }
    assert found["people_not_people"]["share"] == 0.25


REAL = (
    "ayton-community-council-2015-12-01-minutes.pdf",
    "broadmoor-neighborhood-association-2009-08-minutes.pdf",
    "monmouthshire-county-council-tintern-20mph-order-statement-of-reasons.pdf",
)


@pytest.mark.skipif(not BULK.is_dir(), reason="../shared/bulk is not beside the repository")
def test_survey_reads_every_real_paper_in_the_folder_and_its_figures_add_up(tmp_path, capsys):  # noqa: ANN001
    for name in REAL:
        shutil.copy(BULK / name, tmp_path / name)
    assert main(["--survey", str(tmp_path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["papers"] == len(REAL) and sum(report["doc_types"].values()) == len(REAL)
    stems = {name.removesuffix(".pdf") for name in REAL}
    minutes = report["doc_types"].get("minutes", 0)
    for key, measure in report["measures"].items():
        assert 0 <= measure["count"] <= measure["of"], key
        assert measure["of"] == (len(REAL) if key == "unread" else minutes) or key == "people_not_people"
        assert {w["paper"] for w in measure["worst"]} <= stems
    assert {f["name"] for f in report["facts"]} == stems
