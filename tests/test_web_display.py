"""The small rules pages share: dates, slugs, highlights, entity marks, the timeline."""

from __future__ import annotations

from webapp.display import long_date, month_label, page_span, person_slug
from webapp.markup import mark_entities, safe_highlight
from webapp.timeline import build_timeline


def test_meeting_dates_read_as_day_month_year() -> None:
    assert long_date("2020-11-24") == "24 November 2020"
    assert long_date("2021-01-05T00:00:00") == "5 January 2021"
    assert long_date("next meeting") == "next meeting"
    assert long_date(None) == ""


def test_months_read_as_month_year() -> None:
    assert month_label("2020-11") == "November 2020"
    assert month_label("2020-13") == "2020-13"


def test_person_slugs_are_lowercase_words_joined_by_hyphens() -> None:
    assert person_slug("Michael Nunn") == "michael-nunn"
    assert person_slug("Roxanne McAllister") == "roxanne-mcallister"
    assert person_slug("Natasha C.") == "natasha-c"


def test_item_pages_read_as_a_span() -> None:
    assert page_span([4, 6]) == "pages 4–6"
    assert page_span([4, 4]) == "page 4"
    assert page_span([]) == ""


def test_a_highlight_keeps_only_bare_mark_tags() -> None:
    whoosh = 'a &lt;b&gt; <mark class="match term0">Police</mark> <em>call</em>'
    assert safe_highlight(whoosh) == "a &lt;b&gt; <mark>Police</mark> &lt;em&gt;call&lt;/em&gt;"


def test_a_highlight_of_unescaped_text_is_escaped_around_its_marks() -> None:
    raw = "<script>alert(1)</script> <mark>call-outs</mark> & co"
    assert safe_highlight(raw) == "&lt;script&gt;alert(1)&lt;/script&gt; <mark>call-outs</mark> &amp; co"


def test_a_highlight_with_an_unclosed_mark_is_closed() -> None:
    assert safe_highlight("<mark>Police") == "<mark>Police</mark>"
    assert safe_highlight("Police</mark>") == "Police"


def test_entity_marks_escape_first_and_prefer_the_longest_name() -> None:
    text = "County Councillor Ian Brown <b>of</b> Lancashire County Council"
    marked = mark_entities(text, ["Ian Brown", "County Councillor Ian Brown"], ["Lancashire County Council"])
    assert marked == (
        '<span class="person">County Councillor Ian Brown</span> &lt;b&gt;of&lt;/b&gt; '
        '<span class="org">Lancashire County Council</span>'
    )


def test_entity_marks_follow_a_name_across_a_line_break_but_not_inside_words() -> None:
    marked = mark_entities("Dr Nicola\nBamford and Jakes", ["Nicola Bamford", "Jake"])
    assert marked == 'Dr <span class="person">Nicola\nBamford</span> and Jakes'


def test_a_name_with_markup_is_escaped_inside_its_mark() -> None:
    marked = mark_entities("met <Evil> today", ["<Evil>"])
    assert marked == 'met <span class="person">&lt;Evil&gt;</span> today'


def test_the_timeline_fills_empty_months_and_links_each_to_its_dates() -> None:
    timeline = build_timeline([["2020-11", 3], ["2021-01", 1]], lambda start, end: f"{start}..{end}")
    assert timeline is not None
    counts = {bar.key: bar.count for bar in timeline.bars}
    assert counts["2020-12"] == 0 and counts["2020-11"] == 3
    assert len(timeline.bars) == 12
    assert next(b for b in timeline.bars if b.key == "2021-01").url == "2021-01-01..2021-01-31"
    assert timeline.summary == "4 dated hits from November 2020 to January 2021; most in November 2020 (3)."


def test_a_long_timeline_is_drawn_by_year() -> None:
    timeline = build_timeline([["2010-01", 2], ["2020-06", 5]], lambda start, end: start)
    assert timeline is not None and timeline.unit == "year"
    assert [bar.key for bar in timeline.bars][:2] == ["2010", "2011"]


def test_no_dated_hits_draw_no_timeline() -> None:
    assert build_timeline([], lambda start, end: start) is None
    assert build_timeline([["garbage", 3]], lambda start, end: start) is None
