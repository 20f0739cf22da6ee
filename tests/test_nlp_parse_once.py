"""Every character of a paper goes through spaCy at most once, and reads as it did before.

A resolution is parsed on its own, and is usually printed inside its item's text too;
the item's text is parsed around it, so the words are not parsed twice (bench/RESULTS.md,
throughput), while the item still has everyone named in it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from indexer.annotate.nlp import _cut, load_pipeline
from indexer.pipeline import read_paper
from indexer.records import MeetingRecord

PAPER = """Anytown Borough Council

Corporate Parenting Board
Minutes of the meeting held on Tuesday, 2nd March, 2021 at 7.00 pm in Room 1 - Town Hall

Present:
County Councillor Ian Brown (Chair), Councillor Raj Patel and Councillor Nikki Sturmey

1. Care Leaver Housing

Raj Patel would circulate the housing figures to all members. Members discussed the
pressure on supported accommodation in the districts.

Resolved:

i) That a meeting be held with District Housing representatives in the New Year and that County Councillor Brown meet with Sharon Hubber and Brendan Lee to arrange this.

ii) That the report be noted.

2. Void Properties

Nikki Sturmey agreed to visit the empty units before the next meeting.
"""


@pytest.fixture
def sent_to_spacy(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text the paper's one ``nlp.pipe`` call parses, as it goes in."""
    sent: list[str] = []
    nlp = load_pipeline()
    real_pipe = Language.pipe

    def recording_pipe(self: Language, texts, **kwargs):  # noqa: ANN001, ANN202
        def recorded():  # noqa: ANN202
            for doc in texts:
                sent.append(doc.text)
                yield doc

        return real_pipe(self, recorded(), **kwargs)

    monkeypatch.setattr(nlp, "pipe", recording_pipe.__get__(nlp))
    return sent


@pytest.fixture
def paper(tmp_path: Path) -> Path:
    path = tmp_path / "minutes.txt"
    path.write_text(PAPER, encoding="utf-8")
    return path


def test_a_resolution_inside_its_item_is_parsed_once(paper: Path, sent_to_spacy: list[str]) -> None:
    record, _ = read_paper(paper)
    assert isinstance(record, MeetingRecord)
    [housing] = [i for i in record.items if i.number == "1"]
    assert len(housing.resolutions) == 2
    parsed = "".join(sent_to_spacy)
    for resolution in housing.resolutions:
        assert parsed.count(resolution.text) == 1
    assert len(parsed) <= len(PAPER)


def test_people_named_only_in_a_resolution_stay_on_the_item(paper: Path) -> None:
    record, _ = read_paper(paper)
    assert isinstance(record, MeetingRecord)
    [housing] = [i for i in record.items if i.number == "1"]
    assert {"Sharon Hubber", "Brendan Lee"} <= set(housing.people)
    assert "Raj Patel" in housing.people


def test_the_resolutions_commitments_are_still_read(paper: Path) -> None:
    record, _ = read_paper(paper)
    actors = {(c.actor, c.item) for c in record.commitments}
    assert ("Raj Patel", "1") in actors
    assert any(item == "1" and "Brown" in actor for actor, item in actors)


def test_a_resolution_printed_whole_is_cut_out_of_its_item() -> None:
    text = "Members discussed it.  Resolved: That the report be noted.  Next paragraph."
    assert _cut(text, ["That the report be noted."]) == [
        "Members discussed it.  Resolved: ",
        0,
        "  Next paragraph.",
    ]


def test_a_resolution_reworded_in_its_item_stays_in_the_item() -> None:
    # "RESOLVED – that …" is tidied to "That …": the item reads that sentence itself.
    text = "RESOLVED – that the minutes be confirmed."
    assert _cut(text, ["That the minutes be confirmed."]) == [text]


def test_a_resolution_only_part_of_a_word_run_is_not_cut() -> None:
    text = "Minutes: That the report be noted.2"
    assert _cut(text, ["That the report be noted."]) == [text]
