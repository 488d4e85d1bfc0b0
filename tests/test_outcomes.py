"""Outcomes: what was agreed, not agreed or deferred, found anywhere in an article and told apart from hopes.

The folder ``articles_outcomes/courantyne-river-talks`` is ours (an invented
round of talks): a wire report, a national paper, a joint statement with a
bullet list of commitments, and a preview written before the talks.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.derive.outcomes import find_outcomes
from briefing.ingest.sources import load_sources, source_from_text
from briefing.model import OUTCOME_STATUSES, Claim, Source

FOLDER = Path(__file__).parent / "articles_outcomes" / "courantyne-river-talks"


@pytest.fixture(scope="module")
def sources() -> list[Source]:
    return load_sources([FOLDER])[0]


@pytest.fixture(scope="module")
def outcomes(sources: list[Source]) -> list[Claim]:
    return find_outcomes(sources)


def _texts(sources: list[Source], claim: Claim) -> list[str]:
    by_id = {s.id: s.text for src in sources for s in src.sentences}
    return [by_id[c] for c in claim.citations]


def _about(sources: list[Source], outcomes: list[Claim], words: str) -> Claim:
    hits = [c for c in outcomes if any(words in t for t in _texts(sources, c))]
    assert len(hits) == 1, (words, [c.text for c in hits])
    return hits[0]


def test_each_commitment_is_one_outcome_citing_every_outlet_that_reports_it(sources, outcomes) -> None:
    commission = _about(sources, outcomes, "Joint Courantyne River Commission")
    assert commission.status == "agreed" and commission.outlets == 3
    release = _about(sources, outcomes, "of the 14 fishermen detained")
    assert release.status == "agreed" and release.outlets == 3
    assert any("12 fishermen held by Suriname" in t for t in _texts(sources, release))
    hotline = _about(sources, outcomes, "24-hour hotline")
    assert any("operate around the clock" in t for t in _texts(sources, hotline))
    assert _about(sources, outcomes, "fourth round in Paramaribo").outlets == 3


def test_left_open_and_referred_items_have_their_status(sources, outcomes) -> None:
    assert _about(sources, outcomes, "There was no agreement on the boundary").status == "not agreed"
    referred = _about(sources, outcomes, "referred to a technical committee of surveyors, which is due")
    assert referred.status == "deferred"


def test_outcomes_are_short_cited_and_ordered_by_status(outcomes) -> None:
    assert outcomes and all(c.citations and c.outlets >= 1 and len(c.text.split()) <= 33 for c in outcomes)
    ranks = [OUTCOME_STATUSES.index(c.status) for c in outcomes]
    assert ranks == sorted(ranks)
    assert [c.id for c in outcomes] == [f"o{i}" for i in range(1, len(outcomes) + 1)]


def test_a_preview_written_before_the_talks_gives_no_outcome(sources, outcomes) -> None:
    """Expectations ("expected to agree", "hope to sign"), an earlier round's failure and an appeal are no results."""
    assert not any(c.startswith("preview-post:") for o in outcomes for c in o.citations)
    assert find_outcomes([s for s in sources if s.id == "preview-post"]) == []


def _one(*sentences: str) -> list[tuple[str | None, str]]:
    src = source_from_text("Headline\n\n" + "\n\n".join(sentences) + "\n", "t")
    return [(c.status, c.text) for c in find_outcomes([src])]


def test_a_joint_statement_bullet_list_is_read_but_a_list_of_demands_is_not() -> None:
    got = _one(
        "Lithuania set out three priorities for the round:\n- a new rail link;\n- lower transit fees;",
        "Under their joint declaration, the two governments commit to the following:\n"
        "• to open a second border crossing;\n• to meet again in Vilnius in June.",
    )
    assert got == [("agreed", "To open a second border crossing"), ("agreed", "To meet again in Vilnius in June.")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two sides are expected to agree on a new crossing this week.",
        "Officials hope to sign a transit accord on Friday.",
        "A deal on fees could be reached if both sides compromise.",
        "Three earlier rounds of talks ended without agreement.",
        "The mediator urged both sides to agree on the fees before the round begins.",
        '"We will never sign an agreement that divides the town," the minister said.',
        "Belarus wants Lithuania to agree to lower fees.",
    ],
)
def test_hopes_demands_quotes_and_earlier_rounds_are_not_outcomes(sentence: str) -> None:
    assert _one("Lithuania and Belarus agreed on Tuesday to reopen the rail crossing.", sentence) == [
        ("agreed", "Lithuania and Belarus agreed on Tuesday to reopen the rail crossing.")
    ]


def test_one_sentence_can_tell_an_agreement_and_an_item_left_open() -> None:
    got = _one("Lithuania and Belarus agreed to reopen the rail crossing, but the transit fees were left for later.")
    assert got == [
        ("agreed", "Lithuania and Belarus agreed to reopen the rail crossing"),
        ("deferred", "The transit fees were left for later."),
    ]


def test_could_not_agree_is_a_result_not_a_hope() -> None:
    assert _one("The delegations could not agree on the transit fees.") == [
        ("not agreed", "The delegations could not agree on the transit fees.")
    ]


def test_a_bare_agreed_counts_only_where_the_article_reports_results() -> None:
    """ "Y agreed" (to what was asked) in a preview is a step towards talks, not their result."""
    assert _one("The mediator urged the prime minister to resume talks.", "The prime minister agreed.") == []
    got = _one(
        "Lithuania and Belarus agreed on Tuesday to reopen the rail crossing.",
        "The mediator urged Belarus to free the detained drivers, and Minsk agreed.",
    )
    assert ("agreed", "The mediator urged Belarus to free the detained drivers, and Minsk agreed.") in got
