"""Discrepancies as classes, each with what must not match: figures, titles, the city, the round, panels.

Every article here is written for the test, about invented rounds of talks
(Bolivia and Chile on water rights, Moldova and a Dniester region's
authorities, Nepal and Bhutan on returning refugees, a Mindoro armed group
and the government), with outlets' voices of our own.
"""

from __future__ import annotations

from briefing.derive.figures import figures_in
from briefing.derive.titles import same_title, title_of
from tests.derived import discrepancies_about, talks_briefing

# Figures ---------------------------------------------------------------------------------------------------


def test_a_count_written_with_a_comma_is_no_year() -> None:
    """ "some 3,000 prisoners" counts prisoners; "in 2000" and "the 2024 accord" are years."""
    (f,) = figures_in("The parties agreed to free some 3,000 prisoners.")
    assert (f.unit, f.value, f.approximate) == ("prisoner", 3000.0, True)
    assert figures_in("The border was last redrawn in 2000 under the 2024 accord.") == []


def test_what_a_compound_or_a_partitive_counts() -> None:
    units = {f.shown: f.unit for t in (
        "the release of 42 union members held in Oruro",
        "the release of 24 of its members",
        "two Bhutanese farm workers",
        "its 13 crew members",
    ) for f in figures_in(t)}  # fmt: skip
    assert units == {
        "42 union members held": "member",
        "24 of its members": "member",
        "two Bhutanese farm workers": "worker",
        "13 crew members": "crew",
    }
    dated = figures_in("The ceasefire starts on 1 June and the talks resume on 14 July.")
    assert [f.unit for f in dated] == ["date", "date"]  # dates, not 1 of a June


def test_a_verb_particle_over_is_no_approximation() -> None:
    (handed,) = figures_in("The group will hand over 11 captives in two batches.")
    assert not handed.approximate and handed.shown.startswith("11 captives")
    (more,) = figures_in("Over 11 captives are still held.")
    assert more.approximate


def test_the_words_of_a_figure_reach_past_function_words() -> None:
    """ "held by the two sides are to be released" reaches "released" however many small words come between."""
    (f,) = figures_in("Then all 960 prisoners held by the two sides are to be released.")
    assert f.context  # not empty: "released" is read


def test_one_outlet_giving_two_tariffs_keeps_them_two_things() -> None:
    """Outlet 0 gives Chile's copper tariff and its quinoa tariff; the others one of them each.

    Linked by their shared words alone ("scrap", "tariff", "Chile", "Bolivian"), all four figures would be one
    thing and outlet 0's two values would hide the quinoa contradiction.
    """
    b = talks_briefing(
        "The talks in Arica were the fifth this year. Negotiators spent the first day on port fees. "
        "Bolivia wants Chile to scrap the 40% tariff Chile applies to Bolivian refined copper. "
        "Chile, in turn, has been asked to scrap its 18% tariff on Bolivian quinoa.",
        "Delegates arrived by road from La Paz on Monday. A dispute over the Silala springs was left aside. "
        "On farm goods, Chile was asked to scrap the tariff on Bolivian quinoa, which now faces a 25% duty.",
        "Bolivia wants Chile to scrap the 40% tariff on Bolivian refined copper within five years.",
    )
    (claim,) = discrepancies_about(b, "Percentage")
    assert "18%" in claim.text and "25%" in claim.text and "40%" not in claim.text


def test_a_telling_count_is_one_thing_however_outlets_word_it() -> None:
    """Hostages, crew, trawlers: each outlet gives one figure, in words the others do not share."""
    b = talks_briefing(
        "The accord would return the nine hostages taken in the March raid on Pokhara.",
        "The rebels are to release 11 captives, two of them Indian drivers, under the accord.",
        "Within ten days, 12 hostages are to be freed.",
    )
    (claim,) = discrepancies_about(b, "Number of hostages")
    assert all(n in claim.text for n in ("nine hostages", "11 captives", "12 hostages"))
    assert claim.outlets == 3


def test_broad_counts_need_shared_words_and_one_outlets_two_figures_stay_apart() -> None:
    """People, members, percent: many things are counted in them, so only shared words link them."""
    b = talks_briefing(
        "About 3,000 people marched through Chisinau on Sunday.",
        "Some 1,200 people attended the closing ceremony in Tiraspol.",
    )
    assert discrepancies_about(b, "Number of people") == []
    b = talks_briefing(  # outlet 0 gives the prisoners demanded and the prisoners released: two things
        "The movement demands the release of 300 prisoners. The government will release 120 prisoners this week.",
        "Officials said the government will release 120 prisoners this week.",
    )
    assert discrepancies_about(b, "Number of prisoners") == []


def test_a_demanded_figure_is_not_compared_with_the_settled_one() -> None:
    b = talks_briefing(
        "The union also demands the release of 42 union members jailed in Oruro.",
        "Under the deal the government will release 12 jailed union members within two weeks.",
    )
    assert discrepancies_about(b, "Number of members") == []
    b = talks_briefing(
        "The union also demands the release of 42 union members jailed in Oruro.",
        "The union again asked for the release of 24 union members jailed in Oruro.",
    )
    (claim,) = discrepancies_about(b, "Number of members")
    assert "42" in claim.text and "24" in claim.text


# Titles ----------------------------------------------------------------------------------------------------


def test_a_translated_portfolio_and_a_bare_office_are_the_same_title() -> None:
    foreign = title_of("State Minister for Foreign Affairs")
    assert same_title(foreign, title_of("State Minister for the Exterior Affairs"))
    assert same_title(foreign, title_of("State Minister of External Affairs"))
    assert same_title(title_of("Bhutanese Minister of State"), title_of("Bhutanese minister"))  # a bare office
    assert same_title(title_of("Bolivia's Foreign Minister"), title_of("chancellor of Bolivia"))  # canciller
    # what must stay apart
    assert not same_title(foreign, title_of("State Minister for Home Affairs"))
    assert not same_title(title_of("Chancellor"), title_of("Finance Minister"))
    assert same_title(title_of("minister"), title_of("Deputy Foreign Minister"))  # says no rank to be wrong about
    assert not same_title(title_of("adviser"), title_of("Deputy Foreign Minister"))  # another office
    assert not same_title(title_of("Minister for Trade"), title_of("Vice Minister of Trade"))


def test_a_wrong_portfolio_in_a_briefing_is_a_contradiction_and_a_translated_one_is_not() -> None:
    b = talks_briefing(
        "Bhutan's delegation was led by State Minister for Foreign Affairs Karma Wangdi.",
        "The delegation of Bhutan was headed by the State Minister for the Exterior Affairs Karma Wangdi.",
        "Bhutanese minister Karma Wangdi said the first families could return in spring.",
    )
    assert discrepancies_about(b, "Karma Wangdi's title") == []
    b = talks_briefing(
        "Bhutan's delegation was led by State Minister for Foreign Affairs Karma Wangdi.",
        "Bhutan's delegation was led by Minister of Culture Karma Wangdi.",
    )
    assert len(discrepancies_about(b, "Karma Wangdi's title")) == 1


# Where the talks were held ---------------------------------------------------------------------------------


def test_a_statement_issued_elsewhere_names_no_city_of_the_talks() -> None:
    b = talks_briefing(
        "The talks were held at the Soaltee Pavilion on Tuesday. India, which does not take part, said in a "
        "statement released in New Delhi that it would help the families travel.",
        "The delegations met in Kathmandu on Tuesday for the talks.",
    )
    assert discrepancies_about(b, "City") == [] and discrepancies_about(b, "Venue") == []


def test_venue_and_city_of_the_talks_are_one_contradiction() -> None:
    b = talks_briefing(
        "The round took place over four days at the Soaltee Pavilion in Kathmandu.",
        "The negotiations, held at the Grand Dzong Hotel in Thimphu, were the third of their kind.",
    )
    claims = discrepancies_about(b, "Venue") + discrepancies_about(b, "City")
    assert len(claims) == 1
    (claim,) = claims
    assert "Soaltee Pavilion" in claim.text and "Grand Dzong Hotel" in claim.text and "Thimphu" in claim.text
    assert claim.outlets == 2


# Which round ----------------------------------------------------------------------------------------------


def test_round_three_is_the_third_round_and_a_round_hosted_is_this_one() -> None:
    b = talks_briefing(
        "Reporters waited outside the palace, where the two panels are meeting for round three.",
        "The Chisinau residence hosted both delegations on Thursday for a second round of talks.",
    )
    (claim,) = discrepancies_about(b, "Which round")
    assert "round three" in claim.text and "second round" in claim.text
    b = talks_briefing(  # a round called for is another round, not a contradiction of this one
        "The third round of talks ended in Chisinau on Thursday.",
        "The third round ended on Thursday, and both sides called for a fourth round of talks in autumn.",
    )
    assert discrepancies_about(b, "Which round") == []


# Panels (the word some peace processes use for delegations) ------------------------------------------------


def test_panels_meeting_face_to_face_or_apart_and_a_panel_with_no_head() -> None:
    b = talks_briefing(
        "The panels met face to face for about ten hours at the lakeside guesthouse.",
        "The facilitator is shuttling between two rooms. The panels are not in the same room this morning.",
    )
    (claim,) = discrepancies_about(b, "Direct or indirect")
    assert "face to face" in claim.text and "not in the same room" in claim.text
    b = talks_briefing(
        "The Mindoro panel had no formal head, its members said.",
        "The Mindoro panel was led by Commander Rodel Abalos, a former schoolteacher.",
    )
    assert len(discrepancies_about(b, "Who leads")) == 1


# What is said twice in other words is no contradiction -------------------------------------------------------


def test_one_day_one_format_one_head_and_one_whereabouts_in_other_words_are_no_contradiction() -> None:
    b = talks_briefing(
        "The talks opened in Thimphu on Monday. The two delegations sat face to face at one table. "
        "The Nepali delegation is led by Foreign Secretary Sushila Adhikari. "
        "Home Minister Tashi Dorji attended the closing session in Thimphu.",
        "The delegations met in Thimphu from 9 to 12 March 2026, in direct talks. "  # 9 March 2026 is a Monday
        "Sushila Adhikari, who heads the Nepali delegation, spoke first. "
        "Home Minister Tashi Dorji was in the room for the closing session.",
    )
    kinds = [c.about for c in b.discrepancies]
    for start in ("Day", "Direct or indirect", "Who leads", "Whether", "Which round", "Venue", "City"):
        assert not any(k.startswith(start) for k in kinds), (start, kinds)


# Dates of things the talks settled -------------------------------------------------------------------------


def test_the_date_a_thing_starts_outlets_give_differently() -> None:
    b = talks_briefing(
        "Under the accord signed late on Thursday, the ceasefire takes effect on June 1 across the Dniester valley.",
        "The ceasefire across the Dniester valley takes effect on 15 June, the mediators said.",
        "Officials in Bender said the ceasefire across the valley of the Dniester would take effect from 1 June.",
    )
    (claim,) = discrepancies_about(b, "Date")
    assert "June 1" in claim.text and "15 June" in claim.text and claim.outlets == 3
    (f,) = figures_in("The treaty was signed on 4 May 1994.")
    (g,) = figures_in("The talks end on May 4.")
    assert f.unit == g.unit == "date" and f.value == g.value  # one day however written


def test_dates_of_different_things_or_the_same_day_written_twice_are_no_contradiction() -> None:
    b = talks_briefing(
        "The ceasefire takes effect on June 1. Prisoners held in Tiraspol will be freed by 20 June.",
        "The ceasefire takes effect on 1 June 2026, and the first prisoners go home by June 20.",
        "Bender hosted the talks. A new bridge over the Dniester opens on 3 September.",
    )
    assert discrepancies_about(b, "Date") == []


# More of where and which round -----------------------------------------------------------------------------


def test_a_city_officials_speak_from_is_not_where_the_talks_were() -> None:
    b = talks_briefing(
        "The talks were held at the Soaltee Pavilion. The Bhutanese foreign minister held talks with the Nepali "
        "team on the sidelines, officials in Thimphu said.",
        "The delegations met in Kathmandu on Tuesday for the talks.",
    )
    assert discrepancies_about(b, "City") == [] and discrepancies_about(b, "Venue") == []


def test_a_venue_named_in_its_own_language_and_transliterated_is_one_venue() -> None:
    b = talks_briefing(
        "The round was held behind closed doors at the Palais Obolensky, near the river.",
        "The sides sat at one table in the palace of Obolenskiy, the mediators said.",
    )
    assert discrepancies_about(b, "Venue") == []
    b = talks_briefing(
        "The round was held behind closed doors at the Palacio Obolensky, near the river.",
        "The talks were held at the Hotel Dniester in Bender.",
    )
    assert len(discrepancies_about(b, "Venue")) == 1


def test_a_round_that_would_come_later_is_not_this_round() -> None:
    b = talks_briefing(
        "The second round of talks ended in Bender on Tuesday. Neither side said when a third round would take place.",
        "The second round of consultations between the two sides closed on Tuesday.",
    )
    assert discrepancies_about(b, "Which round") == []


# Spellings -------------------------------------------------------------------------------------------------


def test_a_shorter_form_of_a_name_is_no_other_spelling() -> None:
    b = talks_briefing(
        "The Bolivian team was led by Gonzalo Mamani Quispe, a former miner. Mamani Quispe said the talks went well.",
        "Gonzalo Mamani Quispe led the Bolivian team. Mamani Quispe said Chile had moved on quinoa.",
        "Gonzalo Mamani Kispe, who heads the Bolivian delegation, spoke after the talks.",
        "Gonzalo Mamaní Quispe, the Bolivian negotiator, thanked the Chilean hosts.",
    )
    (spelled,) = [c for c in b.discrepancies if c.about == "Spellings of names"]
    assert "Gonzalo Mamani Kispe" in spelled.text and "“Mamani Quispe”" not in spelled.text
    assert "“Gonzalo Mamaní Quispe”" in spelled.text and "“Gonzalo Mamani Quispe”" not in spelled.text  # accents


def test_a_datelines_date_is_the_day_the_report_was_filed() -> None:
    """The wire filed on 22 March; the other outlet says the ceasefire started on 21 March: no contradiction."""
    assert [f.shown for f in figures_in("BENDER, Moldova, March 22 (Dniester Wire) – The truce held.")] == []
    b = talks_briefing(
        "BENDER, Moldova, March 22 (Dniester Wire) – The ceasefire across the Dniester valley held overnight, "
        "officials said.",
        "The ceasefire across the Dniester valley started on 21 March, officials said.",
    )
    assert discrepancies_about(b, "Date") == []


def test_a_first_deputy_is_another_post_than_a_deputy() -> None:
    def same(a: str, b: str) -> bool:
        return same_title(title_of(a), title_of(b))

    assert not same("First Deputy Prime Minister", "Deputy Prime Minister")
    assert not same("First Vice-President", "Vice President")
    assert same("first deputy foreign minister", "First Deputy Foreign Minister")
    assert same("Deputy Prime Minister", "deputy prime minister")


def test_the_resort_a_venue_is_in_is_the_town_not_another_venue() -> None:
    """ "The resort of X" is the town; a named hotel there against a described residence is the contradiction."""
    b = talks_briefing(
        "The talks were held at the Tamga Lakeside Hotel in the Kyrgyz resort of Cholpon-Ata.",
        "The round in Cholpon-Ata was held at an official guest residence on the lake shore.",
        "The negotiations took place at the Tamga Lakeside Hotel, officials said.",
    )
    (claim,) = discrepancies_about(b, "Venue")
    assert "Tamga Lakeside Hotel" in claim.text and "guest residence" in claim.text
    assert "resort" not in claim.text
    b = talks_briefing(  # one venue, and the resort town beside it: nothing to contradict
        "The talks were held at the Tamga Lakeside Hotel in the Kyrgyz resort of Cholpon-Ata.",
        "The negotiations took place at the Tamga Lakeside Hotel, officials said.",
    )
    assert discrepancies_about(b, "Venue") == []
