"""The model's attribute ruler, matched by table, tags every word as spaCy's Matcher did.

The ruler sets the coarse part of speech and morphology that the commitment, actor and
vote rules read (``pos_``, ``lemma_``); a faster way to match its rules is only worth having
if no word of a paper comes out tagged differently.
"""

from __future__ import annotations

import pytest
from spacy.pipeline import AttributeRuler

from indexer.annotate.attribute_index import IndexedMatch
from indexer.annotate.nlp import load_pipeline
from tests.conftest import PAPERS

# The kinds of wording the ruler's special rules are for: contractions ("isn't", "I'd",
# "let's", "gonna", "y'all"), pronouns as objects ("asked it", "thanked you"), auxiliaries,
# determiners standing alone ("that was agreed"), "There is", and runs of spaces.
MINUTES = [
    "Cllr Brown said he'd look into it and that the Clerk isn't able to attend; let's meet again.",
    "It was agreed that the Treasurer would circulate the accounts.  Those present thanked you all.",
    "There is a vacancy. Y'all gonna vote? The Chair said nothin' had changed and asked it to wait.",
    "RESOLVED that the budget be approved.\n\nACTION: MC to write to the landlord by 3 March 2024.",
    "Do you have the figures? He did, and has sent them; I am not sure we'll have them.",
    "",
]


def _both(texts: list[str]) -> tuple[list, list]:
    nlp = load_pipeline()
    ruler: AttributeRuler = nlp.get_pipe("attribute_ruler")
    skip = ["attribute_ruler", "lemmatizer", "entity_ruler", "ner", "minuted_people", "minuted_commitments"]
    docs = list(nlp.pipe(texts, disable=skip))
    return [AttributeRuler.match(ruler, d) for d in docs], [ruler.match(d) for d in docs]


def test_the_pipeline_matches_the_ruler_by_table():
    assert isinstance(load_pipeline().get_pipe("attribute_ruler").match, IndexedMatch)


def test_minutes_wording_is_tagged_as_the_matcher_tags_it():
    spacy_matches, table_matches = _both(MINUTES)
    assert table_matches == spacy_matches
    assert any(table_matches)  # the rules do fire on these sentences


@pytest.mark.skipif(not PAPERS.is_dir(), reason="../shared/papers is not beside the repository")
def test_real_papers_are_tagged_as_the_matcher_tags_them():
    from indexer.errors import UnreadablePaper
    from indexer.read.extract import extract

    texts = []
    for path in sorted(PAPERS.glob("*.pdf"))[:5]:
        try:
            texts += [page.text for page in extract(path, ocr=False).pages]
        except UnreadablePaper:
            continue  # a scan: its text is Tesseract's, read by the other papers' tests
    assert texts
    spacy_matches, table_matches = _both(texts)
    assert table_matches == spacy_matches
