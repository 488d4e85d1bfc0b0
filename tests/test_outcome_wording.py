"""Outcomes worded differently by outlets are one outcome, worded as most outlets tell it (issue 15).

Every article here is written for the test, about an invented round of talks between Gabon and
Equatorial Guinea on a river border and its fisheries, with outlets' voices of our own.
"""

from __future__ import annotations

from briefing.derive.outcome_words import outcome_words
from briefing.derive.outcomes import find_outcomes
from briefing.ingest.sources import source_from_text
from briefing.model import Claim, Source


def _sources(*bodies: str) -> list[Source]:
    return [source_from_text(f"Talks report {i}\n\n{body}\n", f"s{i}") for i, body in enumerate(bodies)]


def _outcomes(*bodies: str) -> tuple[list[Source], list[Claim]]:
    sources = _sources(*bodies)
    return sources, find_outcomes(sources)


def _citing(sources: list[Source], outcomes: list[Claim], words: str) -> list[Claim]:
    by_id = {s.id: s.text for src in sources for s in src.sentences}
    return [c for c in outcomes if any(words in by_id[sid] for sid in c.citations)]


def test_a_channel_between_the_sides_is_one_concept_however_worded() -> None:
    lines = (
        "a hotline between the coast guards",
        "a direct telephone line between the coast guards",
        "a permanent communication channel between the coast guards",
        "the red line of telephone between the coast guards",
    )
    assert len({frozenset(outcome_words(t)) for t in lines}) == 1
    assert "hotline" not in outcome_words("a joint commission on the river")  # a body is no channel
    assert "hotline" not in outcome_words("the border line along the river")


def test_one_hotline_and_one_commission_however_each_outlet_names_them() -> None:
    sources, outcomes = _outcomes(
        "Gabon and Equatorial Guinea agreed on Monday to open a hotline between their river police. "
        "They also agreed to create a joint commission on the Muni estuary fisheries.",
        "The two countries signed an accord in Bata. A direct telephone line will link the river police. "
        "A bilateral working group on the Muni estuary fisheries will meet twice a year.",
        "Under the agreement, a permanent communication channel will be opened between the river police. "
        "Under the agreement, a mixed committee will oversee the fisheries of the Muni estuary.",
    )
    hotline = _citing(sources, outcomes, "river police")
    body = _citing(sources, outcomes, "Muni estuary")
    assert len(hotline) == 1 and hotline[0].outlets == 3
    assert len(body) == 1 and body[0].outlets == 3
    assert hotline[0] is not body[0]  # a channel and a body stay two outcomes


def test_what_one_outlet_left_open_and_another_referred_on_is_one_outcome() -> None:
    sources, outcomes = _outcomes(
        "The sides agreed to reopen the Ntem crossing. There was no agreement on the island border.",
        "The two delegations agreed to reopen the Ntem crossing. The island border was referred to the next round.",
        "Under the accord, the Ntem crossing will reopen. The fishing quotas were left for later.",
    )
    border = _citing(sources, outcomes, "island border")
    assert len(border) == 1 and border[0].outlets == 2
    quotas = _citing(sources, outcomes, "fishing quotas")
    assert quotas and quotas[0] is not border[0]  # another item left open stays apart


def test_an_outcome_is_worded_with_the_figure_most_outlets_give() -> None:
    sources, outcomes = _outcomes(
        "Gabon and Equatorial Guinea agreed a truce on the river. Under the deal, the truce will last 30 days.",
        "The sides agreed a truce on the river. Under the deal, the river truce will last 30 days.",
        "Both sides agreed a truce on the river. The truce will last 60 days.",
        "The delegations agreed a 30-day truce on the river.",
    )
    (truce,) = _citing(sources, outcomes, "60 days")
    assert "30" in truce.text and "60" not in truce.text


def test_a_sentence_listing_three_outcomes_does_not_glue_two_others_together() -> None:
    """Outlet 2 lists the truce, the release and the monitoring body in one sentence, outlet 0 the body and
    the hotline; the hotline and the release, each told alone by the others, stay two outcomes."""
    sources, outcomes = _outcomes(
        "The parties agreed to set up a joint monitoring commission to verify the truce, and a hotline between "
        "the field commanders. Under the deal, the government will release 40 detainees within two weeks.",
        "Under the deal, the government will free 40 detainees. They also agreed a hotline between their field "
        "commanders.",
        "Finally the two parties agreed the truce of thirty days, the liberation of 40 detainees and the creation "
        "of the common commission of observation. They agreed also the line of telephone direct between the "
        "field commanders.",
        "Under the agreement, the two sides will form a bilateral monitoring body to verify the truce.",
    )
    hotline = {id(c) for c in _citing(sources, outcomes, "hotline between their field commanders")}
    release = {id(c) for c in _citing(sources, outcomes, "will free 40 detainees")}
    assert hotline and release and not hotline & release


def test_an_item_left_open_is_one_however_outlets_word_the_area_and_the_failure() -> None:
    sources, outcomes = _outcomes(
        "The sides agreed to reopen the Ntem crossing. The shared fishing area was the only point on which "
        "no agreement was possible.",
        "The sides agreed to reopen the Ntem crossing. But they failed to agree on a common zone for fishing, "
        "which is still the chief obstacle.",
        "The sides agreed to reopen the Ntem crossing. The two teams failed to reach agreement over a plan "
        "for a jointly run fishing area in the estuary.",
    )
    (zone,) = _citing(sources, outcomes, "fishing")
    assert zone.outlets == 3 and zone.status == "not agreed"


def test_the_next_round_is_worded_with_the_place_and_month_most_outlets_give() -> None:
    sources, outcomes = _outcomes(
        "The sides agreed to reopen the Ntem crossing. The next round will be held in Oyem in July.",
        "The two delegations agreed to reopen the Ntem crossing. The next round is to be held in Bata in May.",
        "Under the accord, the Ntem crossing will reopen. The next round will be held in Bata on 14 May.",
    )
    (round_,) = _citing(sources, outcomes, "next round")
    assert "Bata" in round_.text and "Oyem" not in round_.text
