"""People the base model proposes that are streets, buildings, bodies or things.

Parish councils minute roads ("Wildmoorway Lane", "Church Lane"), licensing boards
addresses ("12 Dalton St."), residents' associations a pub or a house ("Moffat House"),
and every paper its own nouns in capitals ("Strata Fees", "Treasurer’s Account"). A user
browsing a paper's people wants the people; a street there is noise, and a real person
with a place-word surname ("Diane Lane") must stay.
"""

from __future__ import annotations

import pytest

from indexer.annotate.people import Gazetteer, lowercase_words, person_part, plausible_person
from indexer.records import Person


@pytest.mark.parametrize(
    "name",
    [
        "Dalton St.",
        "Francis St",
        "Platts Lane",
        "Wildmoorway Lane",
        "Moffat House",
        "Churn Close",
        "Kathy Kraninger White House",
        "Erlang Ecosystem Foundation",
        "Ardsley Curling Club",
    ],
)
def test_streets_buildings_and_bodies_are_not_people(name: str) -> None:
    assert not plausible_person(name)


@pytest.mark.parametrize("name", ["Treasurer’s Account", "Ken’s Pool", "’s Report-", "Treasurer’s Report-"])
def test_a_thing_owned_by_someone_is_not_a_person(name: str) -> None:
    assert not plausible_person(name)


def test_a_person_is_kept_from_a_span_that_runs_past_a_possessive() -> None:
    assert person_part("Walter Wallinger’s Charity") == "Walter Wallinger"
    assert plausible_person(person_part("Walter Wallinger’s Charity"))
    assert not plausible_person(person_part("Queen’s Diamond Jubilee"))


@pytest.mark.parametrize("name", ["Diane Lane", "David House", "Charles Hughes", "James Close"])
def test_real_names_with_place_word_surnames_stay(name: str) -> None:
    assert plausible_person(name)


def _gazetteer(text: str, listed: list[str] = ()) -> Gazetteer:
    gaz = Gazetteer(text=text, common=lowercase_words(text))
    for name in listed:
        gaz.listed.add(gaz.add(Person(name=name)).name)
    return gaz


def test_a_given_name_street_is_a_street_where_the_paper_puts_someone_at_it() -> None:
    gaz = _gazetteer("Residents at Gill Lane complained. Gill Lane is to be resurfaced.")
    assert not gaz.plausible("Gill Lane")
    assert _gazetteer("Gill Lane thanked the council for the grant.").plausible("Gill Lane")


def test_capitalised_common_nouns_the_paper_writes_in_lower_case_are_not_people() -> None:
    gaz = _gazetteer("Strata Fees rise in May. The strata council set the fees for the year.")
    assert not gaz.plausible("Strata Fees")


def test_a_name_whose_words_are_also_common_nouns_stays_when_a_given_name_vouches() -> None:
    text = "Will Bishop spoke. The bishop will attend. Mark Carter thanked Ann; the carter left a mark."
    gaz = _gazetteer(text, listed=["Ann Sharp"])
    assert gaz.plausible("Will Bishop")
    assert gaz.plausible("Mark Carter")


def test_addresses_in_email_do_not_make_names_common_nouns() -> None:
    gaz = _gazetteer("Write to karen.hughes@example.org. Karen Hughes will reply.")
    assert gaz.plausible("Karen Hughes")
