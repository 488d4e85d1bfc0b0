"""Discrepancies compare like with like: each kind of contradiction, and what must not be one.

Every article here is written for the test (an invented round of talks
between Lithuania and Belarus, and the Courantyne folder), never taken from
the development set.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.derive import derive
from briefing.derive.discrepancies import LISTS, SPELLINGS
from briefing.derive.titles import same_title, title_of
from briefing.ingest.sources import load_sources
from briefing.model import Briefing, Claim
from tests.derived import discrepancies_about, talks_briefing

FOLDER = Path(__file__).parent / "articles_outcomes" / "courantyne-river-talks"


@pytest.fixture(scope="module")
def courantyne() -> Briefing:
    return derive(load_sources([FOLDER])[0])


def _texts(b: Briefing, claim: Claim) -> list[str]:
    return [b.sentence(c).text for c in claim.citations]


def test_each_kind_of_contradiction_is_found_in_our_articles(courantyne: Briefing) -> None:
    """Fishermen 14 vs 12, two venues, Thursday vs Friday, direct vs indirect, attendance, a wrong title."""
    abouts = [c.about for c in courantyne.discrepancies]
    for start in ("Number of fishermen", "Venue of the talks", "Day the talks ended", "Direct or indirect"):
        assert any(a.startswith(start) for a in abouts), (start, abouts)
    assert "Whether Marcus Holder was at the talks" in abouts
    assert "Anand Bisram's title" in abouts
    fishermen = discrepancies_about(courantyne, "Number of fishermen")[0]
    # outlets as the articles name them (a wire dateline's agency, a desk byline's newsroom), else the file
    assert "“14 detained fishermen within” (Caribbean Wire, joint-statement)" in fishermen.text
    assert "“12 fishermen held by” (Georgetown Chronicle)" in fishermen.text
    assert fishermen.outlets == 3


def test_each_contradiction_cites_both_sides(courantyne: Briefing) -> None:
    for claim in courantyne.discrepancies:
        assert len({c.split(":")[0] for c in claim.citations}) >= 2, claim.about
        assert claim.outlets >= 2


def test_two_rounds_on_two_dates_and_a_rounded_figure_are_no_contradiction(courantyne: Briefing) -> None:
    """The second round in January is not this one; "some 2,000" and "about 1,980" km² are one figure."""
    cited = [t for c in courantyne.discrepancies for t in _texts(courantyne, c)]
    assert not any("12 January" in t for t in cited)
    assert not any("square kilometres" in t for t in cited)
    assert not any("opens in Bridgetown on Tuesday" in t for t in cited)  # Tuesday 3 March, as the statement says


def test_the_most_substantive_come_first_and_ids_follow_the_order(courantyne: Briefing) -> None:
    abouts = [c.about for c in courantyne.discrepancies]
    assert abouts[0].startswith("Number of fishermen")  # a figure of an outcome
    assert abouts[-1] == LISTS
    assert [c.id for c in courantyne.discrepancies] == [f"d{i}" for i in range(1, len(abouts) + 1)]


def test_no_label_is_said_twice(courantyne: Briefing) -> None:
    for claim in courantyne.discrepancies:
        assert claim.about and not claim.text.startswith(claim.about)


def test_numbers_of_two_things_in_one_sentence_stay_apart() -> None:
    b = talks_briefing(
        "Under the deal, Lithuania will open a quota of 40,000 tonnes a year for Belarusian potash, "
        "and Belarus a quota of 5,000 tonnes for Lithuanian dairy.",
        "Lithuania will open a quota of 50,000 tonnes for Belarusian potash. Belarus will take 5,000 tonnes of dairy.",
    )
    claims = discrepancies_about(b, "Number of tonnes")
    assert len(claims) == 1 and "40,000" in claims[0].text and "50,000" in claims[0].text
    assert "5,000" not in claims[0].text


def test_a_rounded_figure_is_the_same_figure_but_a_real_gap_is_not() -> None:
    b = talks_briefing("Some 3,000 people fled the border villages.", "About 2,950 people fled the border villages.")
    assert discrepancies_about(b, "Number of people") == []
    b = talks_briefing("Some 3,000 people fled the border villages.", "About 2,400 people fled the border villages.")
    assert len(discrepancies_about(b, "Number of people")) == 1


def test_durations_are_compared_in_days() -> None:
    same = talks_briefing("The truce will last 90 days, officials said.", "The ceasefire will last three months.")
    assert discrepancies_about(same, "Duration") == []
    gap = talks_briefing("The truce will last 30 days, officials said.", "The ceasefire will last two months.")
    assert len(discrepancies_about(gap, "Duration")) == 1


def test_one_outlet_giving_both_sides_figures_is_no_contradiction() -> None:
    b = talks_briefing(
        "Lithuania wants transit fees capped at 10 percent; Belarus insists on a fee of 25 percent.",
        "Belarus insists on a transit fee of 25 percent.",
    )
    assert discrepancies_about(b, "Percentage") == []


def test_which_round_and_a_next_round_that_is_not_this_one() -> None:
    b = talks_briefing(
        "Lithuania and Belarus ended the fifth round of talks in Vilnius on Friday. "
        "The sixth round will be held in Minsk in June.",
        "The sixth round of talks between Lithuania and Belarus ended in Vilnius on Friday.",
    )
    claims = discrepancies_about(b, "Which round")
    assert len(claims) == 1 and "fifth round" in claims[0].text and "sixth round" in claims[0].text
    b = talks_briefing(
        "Lithuania and Belarus ended the fifth round of talks in Vilnius. The sixth round will be held in Minsk.",
        "The fifth round of talks between Lithuania and Belarus ended in Vilnius.",
    )
    assert discrepancies_about(b, "Which round") == []


def test_the_weekday_of_one_event_and_a_date_read_as_its_weekday() -> None:
    b = talks_briefing(
        "The talks in Vilnius ended on Thursday with a joint statement.",
        "The delegations met in Vilnius from 9 to 13 March 2026.",  # 13 March 2026 is a Friday
    )
    claims = discrepancies_about(b, "Day the talks ended")
    assert len(claims) == 1 and "(Friday)" in claims[0].text


def test_an_earlier_round_and_a_date_of_another_year_are_not_this_round() -> None:
    b = talks_briefing(
        "The third round of talks in Vilnius ended on Friday.",
        "The second round of talks, in Minsk, ended on Tuesday. The third round ended on Friday.",
        "The treaty the talks revise was signed on 4 May 1994. The delegations agreed on Friday.",
    )
    assert discrepancies_about(b, "Day") == []


def test_two_names_of_one_venue_are_one_venue() -> None:
    b = talks_briefing(
        "The talks were held at the Trakai Island Castle.", "The talks were held at the Castle of Trakai Island."
    )
    assert discrepancies_about(b, "Venue") == []
    b = talks_briefing(
        "The delegations met at the EUDH building.", "The talks were held at the European Union Delegation House."
    )
    assert discrepancies_about(b, "Venue") == []
    b = talks_briefing("The talks were held at the Trakai Island Castle.", "The talks were held at the Neris Hotel.")
    assert len(discrepancies_about(b, "Venue")) == 1


def test_direct_against_indirect_reads_negations() -> None:
    b = talks_briefing(
        "The teams did not meet face to face in Vilnius.",
        "The delegations sat face to face at one table for the talks.",
    )
    claims = discrepancies_about(b, "Direct or indirect")
    assert len(claims) == 1 and "did not meet face to face" in claims[0].text


def test_titles_compared_as_rank_office_and_portfolio() -> None:
    fisheries = title_of("Minister for Fisheries")
    assert fisheries is not None and same_title(fisheries, title_of("Fisheries Minister"))
    assert same_title(fisheries, title_of("Minister for Fisheries of the Ministry of Fisheries, Forestry and Water"))
    assert not same_title(fisheries, title_of("Vice Minister of Fisheries"))
    assert not same_title(fisheries, title_of("Minister of Foreign Relations"))
    assert not same_title(title_of("national security adviser"), title_of("Foreign Minister"))
    assert same_title(title_of("envoy"), title_of("Ambassador"))
    assert title_of("head of the delegation") is None and title_of("chief negotiator") is None
    assert title_of("former foreign minister") is None


def test_a_person_placed_at_the_talks_and_away_from_them() -> None:
    b = talks_briefing(
        "Prime Minister Aldona Vaitkute followed the talks from Vilnius and did not travel to Minsk.",
        "Prime Minister Aldona Vaitkute attended the closing session in Minsk.",
    )
    assert [c.about for c in discrepancies_about(b, "Whether")] == ["Whether Aldona Vaitkute was at the talks"]


def test_a_side_with_no_formal_head_against_a_named_head() -> None:
    b = talks_briefing(
        "The Lithuanian delegation is led by Deputy Foreign Minister Rokas Dambrauskas.",
        "Lithuania's delegation had no formal head this time.",
    )
    assert [c.about for c in discrepancies_about(b, "Who leads")] == ["Who leads Lithuania's delegation"]


def test_spellings_are_one_entry_after_every_contradiction(seeds_briefing: Briefing) -> None:
    abouts = [c.about for c in seeds_briefing.discrepancies]
    assert abouts.count(SPELLINGS) == 1 and abouts.count(LISTS) == 1
    assert abouts.index(SPELLINGS) > max(i for i, a in enumerate(abouts) if a not in (SPELLINGS, LISTS))
    spelled = next(c for c in seeds_briefing.discrepancies if c.about == SPELLINGS)
    assert "Gil Reich" in spelled.text and "Gill Reich" in spelled.text and "al-Shaibani" in spelled.text


@pytest.fixture(scope="module")
def seeds_briefing() -> Briefing:
    return derive(load_sources([Path(__file__).resolve().parent.parent / "seeds"])[0])
