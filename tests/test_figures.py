"""Figures that differ between outlets for the same thing."""

from __future__ import annotations

from briefing.derive.figures import figure_discrepancies, figures_in
from briefing.ingest.sources import source_from_text


def _src(sid: str, outlet: str, body: str):
    return source_from_text(f"Headline {sid}\n\n{body}\n\nFor the latest news, visit: {outlet}\n", sid)


def test_figures_parse_digits_words_scales_and_dates() -> None:
    got = figures_in("About 2.5 million people fled, 120,000 were counted over two full days in March 2024.", "s", "o")
    assert [(f.unit, f.value) for f in got] == [("people", 2_500_000.0), ("day", 2.0), ("date", "March 2024")]


def test_different_numbers_for_the_same_thing_are_cited_side_by_side() -> None:
    a = _src("a", "Coast Daily", "Aid agencies say 120,000 people were displaced by the flooding near the delta.")
    b = _src("b", "Horn Wire", "About 150,000 people were displaced by the flooding, the delta authorities said.")
    claims = figure_discrepancies([a, b])
    assert len(claims) == 1
    claim = claims[0]
    assert claim.citations == [a.body[0].id, b.body[0].id] and claim.outlets == 2
    assert "120,000 people" in claim.text and "150,000 people" in claim.text and claim.about


def test_same_number_or_unrelated_sentences_are_no_discrepancy() -> None:
    a = _src(
        "a", "Coast Daily", "The talks will last two days in Nairobi. Some 40 trucks crossed the border on Friday."
    )
    b = _src("b", "Horn Wire", "The talks will last two days in Nairobi. About 300 people marched in Kismayo.")
    assert figure_discrepancies([a, b]) == []
