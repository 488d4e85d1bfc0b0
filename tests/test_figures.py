"""Figures: numbers read with what they count, and differences between outlets for the same thing."""

from __future__ import annotations

from briefing.derive.figures import figure_contradictions, figures_in, outlet_names
from briefing.derive.similar import shared_index
from briefing.derive.syndication import syndication_outlets
from briefing.ingest.sources import source_from_text


def _src(sid: str, outlet: str, body: str):
    return source_from_text(f"Headline {sid}\n\n{body}\n\nFor the latest news, visit: {outlet}\n", sid)


def _contradictions(*sources):
    sources = list(sources)
    outlet = syndication_outlets(sources)
    return [f.claim for f in figure_contradictions(sources, outlet, shared_index(sources))]


def test_figures_parse_digits_words_scales_percentages_compounds_and_durations() -> None:
    got = figures_in("About 2.5 million people fled; a 30% duty applies, and a 42-day truce starts within two months.")
    assert [(f.unit, f.value, f.approximate) for f in got] == [
        ("people", 2_500_000.0, True),
        ("percent", 30.0, False),
        ("days", 42.0, False),
        ("days", 60.0, False),
    ]
    assert figures_in("The 1994 treaty was signed in May 2024.") == []


def test_different_numbers_for_the_same_thing_are_cited_side_by_side() -> None:
    a = _src("a", "Coast Daily", "Aid agencies say 120,000 people were displaced by the flooding near the delta.")
    b = _src("b", "Horn Wire", "About 150,000 people were displaced by the flooding, the delta authorities said.")
    (claim,) = _contradictions(a, b)
    assert claim.citations == [a.body[0].id, b.body[0].id] and claim.outlets == 2
    assert "“120,000 people were displaced” (Coast Daily)" in claim.text
    assert "(Horn Wire)" in claim.text and claim.about.startswith("Number of people")


def test_same_number_or_unrelated_sentences_are_no_discrepancy() -> None:
    a = _src(
        "a", "Coast Daily", "The talks will last two days in Nairobi. Some 40 trucks crossed the border on Friday."
    )
    b = _src("b", "Horn Wire", "The talks will last two days in Nairobi. About 300 people marched in Kismayo.")
    assert _contradictions(a, b) == []


def test_outlets_are_named_as_readers_know_them() -> None:
    a = _src("a", "Coast Daily", "Text.")
    assert outlet_names([a], {"a": "coast daily"}) == {"coast daily": "Coast Daily"}
