"""Discrepancies about the next round, the mood of the talks, lengths in other units, venues and titles (issue 15).

Every article here is written for the test, about an invented round of talks between Chad and an
armed movement of our own (the Front for the Renewal of Ennedi), hosted in Niger, with outlets'
voices of our own.
"""

from __future__ import annotations

from briefing.derive.figures import figures_in
from briefing.derive.titles import same_title, title_of
from tests.derived import discrepancies_about, talks_briefing


def test_outlets_announcing_the_next_round_in_two_places_contradict_each_other() -> None:
    b = talks_briefing(
        "The talks with the rebels ended in Niamey on Friday. The next round will be held in Agadez in June.",
        "The talks ended on Friday. The two delegations will meet again in Agadez on 12 June.",
        "The talks ended on Friday. The next round, which will be held in Zinder in July, will tackle disarmament.",
    )
    (claim,) = discrepancies_about(b, "The next round")
    assert "Agadez" in claim.text and "Zinder" in claim.text and claim.outlets == 3


def test_a_month_and_a_day_of_it_a_country_or_a_proposal_announce_no_other_round() -> None:
    b = talks_briefing(
        "The talks ended on Friday. The next round will be held in Agadez in June.",
        "The talks ended on Friday. The next round will take place in Agadez on 12 June.",
        "The talks ended on Friday. The next round will take place in Niger early next year.",
        "The talks ended on Friday. The rebels proposed that the next round be held in Zinder in July.",
    )
    assert discrepancies_about(b, "The next round") == []


def test_opposite_words_for_the_mood_of_the_talks_are_a_difference_listed_after_the_facts() -> None:
    b = talks_briefing(
        "The round, which both sides described as cordial, ended in Niamey on Friday.",
        "After two days of tense negotiations in Niamey, the talks ended on Friday.",
        "The talks in Niamey were constructive, the mediator said.",
    )
    (claim,) = discrepancies_about(b, "Atmosphere")
    assert claim.outlets == 3 and "tense" in claim.text
    b = talks_briefing(
        "The talks in Niamey were tense but constructive, the mediator said.",
        "The talks in Niamey were constructive, according to the rebels.",
        "The talks in Niamey were not tense, officials said.",
    )
    assert discrepancies_about(b, "Atmosphere") == []


def test_a_length_in_other_units_is_the_same_length_and_a_longer_one_is_not() -> None:
    (nautical,) = figures_in("Fishing is barred within 12 nautical miles of the platform.")
    (km,) = figures_in("Fishing is barred within 22 kilometres of the platform.")
    (statute,) = figures_in("Fishing is barred in a 20-mile zone around the platform.")
    assert nautical.unit == km.unit == statute.unit == "kilometre"
    assert round(nautical.value, 1) == 22.2 and round(statute.value, 1) == 32.2 and nautical.approximate
    b = talks_briefing(
        "Rebel units will pull back five kilometres from the Faya road, the mediator said.",
        "The rebel units will pull back about three miles from the Faya road.",
    )
    assert discrepancies_about(b, "Number of kilometres") == []
    b = talks_briefing(
        "Rebel units will pull back five kilometres from the Faya road, the mediator said.",
        "The rebel units will pull back about three miles from the Faya road.",
        "The rebel units will pull back ten miles from the Faya road.",
    )
    (claim,) = discrepancies_about(b, "Number of kilometres")
    assert "ten miles" in claim.text


def test_a_round_after_which_a_deal_was_signed_is_this_round() -> None:
    b = talks_briefing(
        "Chad and the rebels signed a deal on Friday after a fourth round of talks in Niamey.",
        "The third round of talks between Chad and the rebels ended in Niamey on Friday.",
    )
    (claim,) = discrepancies_about(b, "Which round")
    assert "fourth round" in claim.text and "third round" in claim.text
    b = talks_briefing(  # a round the talks came after, with no result before it, is background
        "After a second round of talks collapsed in May, the third round ended in Niamey on Friday.",
        "The third round of talks between Chad and the rebels ended in Niamey on Friday.",
    )
    assert discrepancies_about(b, "Which round") == []


def test_a_venue_named_by_its_describing_words_is_a_venue() -> None:
    b = talks_briefing(
        "The talks were held at the Tenere River Lodge outside Niamey.",
        "The meeting took place at Government House in Niamey.",
    )
    assert len(discrepancies_about(b, "Venue")) == 1
    b = talks_briefing(
        "The talks were held at the headquarters of the Niger Basin Authority in Niamey.",
        "The talks were held at the Tenere River Lodge outside Niamey.",
    )
    assert len(discrepancies_about(b, "Venue")) == 1


def test_one_office_of_two_portfolios_is_the_title_each_portfolio_names() -> None:
    whole = title_of("Petroleum and Energy Minister")
    assert same_title(whole, title_of("Niger's petroleum minister"))
    assert same_title(title_of("presidential adviser"), title_of("adviser to the President for peace affairs"))
    assert not same_title(title_of("Fisheries and Livestock Minister"), title_of("Minister of Energy"))
    b = talks_briefing(
        "Chad's delegation was headed by Petroleum and Energy Minister Abakar Hassane Djidda.",
        "The delegation of Chad was led by the country's petroleum minister, Abakar Hassane Djidda.",
    )
    assert discrepancies_about(b, "Abakar Hassane Djidda") == []
