"""The commitment finder is a spaCy component of the project pipeline, and a paper is parsed once."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.annotate.commitments import Passage, find_commitments
from indexer.annotate.nlp import FINDER, load_pipeline
from indexer.annotate.people import Gazetteer
from indexer.pipeline import read_paper
from indexer.records import Person

PAPER = """Anytown Borough Council

Housing Committee
Minutes of the meeting held on Tuesday, 2nd March, 2021 at 7.00 pm in Room 1 - Town Hall

Present:
Councillor Ian Brown (Chair), Councillor Raj Patel and Councillor Nikki Sturmey

1. Housing Update

Raj Patel would circulate the housing figures to all members.

Resolved:

i) That the Clerk to write to the housing providers.

2. Void Properties

Nikki Sturmey agreed to visit the empty units before the next meeting.

Resolved:

i) That the report be noted.
"""


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201
    return load_pipeline()


def paper_doc(nlp, text: str, passage: Passage | None):  # noqa: ANN001, ANN201
    doc = nlp.make_doc(text)
    doc._.gazetteer = Gazetteer(people=[Person(name="Raj Patel"), Person(name="Jane Hylton")])
    doc._.passage = passage
    return doc


def test_the_finder_is_assembled_onto_the_pipeline_after_the_people_filter(nlp):  # noqa: ANN001
    assert nlp.pipe_names[-2:] == ["minuted_people", FINDER]
    assert "would" in nlp.config["components"][FINDER]["modals"]


def test_a_sentence_of_a_paper_gives_its_commitment_through_the_pipeline(nlp):  # noqa: ANN001
    doc = nlp(paper_doc(nlp, "Raj Patel would circulate the housing figures.", Passage("4", "Housing Committee")))
    [c] = doc._.commitments
    assert (c.actor, c.action, c.item) == ("Raj Patel", "circulate the housing figures", "4")


def test_text_from_no_paper_passes_through_untouched(nlp):  # noqa: ANN001
    assert nlp("Raj Patel would circulate the housing figures.")._.commitments == []


def test_the_verb_lists_are_settings_of_the_component(nlp):  # noqa: ANN001
    only_shall = nlp.create_pipe(FINDER, config={"modals": ["shall"]})
    doc = nlp(paper_doc(nlp, "Raj Patel would circulate the housing figures.", None))
    doc._.passage = Passage("4")
    assert only_shall(doc)._.commitments == []


def test_a_marked_action_in_a_resolution_is_read_by_the_action_reader(nlp):  # noqa: ANN001
    doc = nlp(paper_doc(nlp, "Action: Jane Hylton will update the waiting list report.", None))
    found = find_commitments(doc, doc._.gazetteer, Passage("4", is_resolution=True))
    assert ("Jane Hylton", "update the waiting list report") in {(c.actor, c.action) for c in found}


def test_a_paper_is_parsed_in_one_batched_pass(tmp_path: Path, nlp, monkeypatch):  # noqa: ANN001
    calls = []
    real_pipe = nlp.pipe

    def counting_pipe(texts, **kwargs):  # noqa: ANN001, ANN202
        calls.append(kwargs)
        return real_pipe(texts, **kwargs)

    monkeypatch.setattr(nlp, "pipe", counting_pipe)
    paper = tmp_path / "minutes.txt"
    paper.write_text(PAPER, encoding="utf-8")
    record, _ = read_paper(paper)
    assert len(calls) == 1
    assert {(c.actor, c.item) for c in record.commitments} >= {("Raj Patel", "1"), ("Nikki Sturmey", "2")}
