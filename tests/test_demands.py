"""Demands and positions: cue words, speakers before the cue, pronouns, merging, generality."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.derive import derive
from briefing.derive.demands import find_demands
from briefing.ingest.sources import load_sources, source_from_text
from briefing.model import Party

ARTICLES = Path(__file__).parent / "articles"
CASES = sorted(p for p in ARTICLES.iterdir() if "demands" in json.loads((p / "expected.json").read_text("utf-8")))
#: Share of the expected demands each case must find (party right, a cited sentence holding the quote).
MIN_RECALL = 0.9

PARTIES = [
    Party("Serbia", ["Serbian", "Belgrade"], "party"),
    Party("Croatia", ["Croatian", "Zagreb"], "party"),
    Party("Norway", ["Norwegian", "Oslo"], "mediator"),
]


def _demands(*sentences: str):
    text = "Headline\n\n" + " ".join(sentences) + "\n"
    src = source_from_text(text, "t")
    by_text = {s.id: s.text for s in src.body}
    return [(d.party, d.stance, [by_text[c] for c in d.citations]) for d in find_demands([src], [], PARTIES)]


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_expected_demands_of_our_own_articles(case: Path) -> None:
    expected = json.loads((case / "expected.json").read_text("utf-8"))["demands"]
    sources, _ = load_sources(sorted(case.glob("*.txt")))
    briefing = derive(sources)
    texts = {s.id: s.text for src in sources for s in src.body}
    found = 0
    for want in expected:
        found += any(
            d.party == want["party"] and any(want["quote"] in texts[c] for c in d.citations) for d in briefing.demands
        )
    assert found / len(expected) >= MIN_RECALL, f"{found}/{len(expected)}"
    assert all(d.citations and d.outlets >= 1 and d.stance for d in briefing.demands)


def test_cue_classes_and_capital_as_speaker() -> None:
    got = _demands(
        "Serbia wants Croatia to reopen the crossing.",
        "Zagreb rejects the proposal.",
        "Croatian officials maintain that no deal is possible without guarantees.",
    )
    assert [(p, s) for p, s, _ in got] == [("Serbia", "demand"), ("Croatia", "reject"), ("Croatia", "position")]


def test_pronoun_takes_previous_speaker_and_speaker_is_never_after_the_cue() -> None:
    got = _demands("Belgrade has sent its delegation.", "They also continue to oppose Croatia's new border fence.")
    assert [(p, s) for p, s, _ in got] == [("Serbia", "reject")]


def test_noun_demand_and_idioms_are_not_cues() -> None:
    got = _demands(
        "Croatia had raised the possibility of a water-sharing plan, a demand that Belgrade has firmly ruled out.",
        "The border would remain a wound that refuses to heal.",
        "Serbia views the talks as serious.",
    )
    assert ("Croatia", "demand") in [(p, s) for p, s, _ in got]
    assert ("Serbia", "reject") in [(p, s) for p, s, _ in got]
    assert len(got) == 2


def test_framing_possessor_and_quote_speaker() -> None:
    got = _demands(
        "For Belgrade, minority rights are a red line.",
        "Norway's approach hinges on two objectives: a ceasefire and a map exchange.",
        "\u201cThere will be no deal without the bridge,\u201d a senior Croatian official told reporters.",
    )
    assert [p for p, _, _ in got] == ["Serbia", "Norway", "Croatia"]


def test_same_demand_in_two_outlets_is_one_claim_with_both_citations() -> None:
    a = source_from_text("A\n\nSerbia wants Croatia to reopen the Bajakovo border crossing this winter.\n", "a")
    b = source_from_text("B\n\nBelgrade wants Zagreb to reopen the Bajakovo border crossing by the winter.\n", "b")
    demands = find_demands([a, b], [], PARTIES)
    assert len(demands) == 1 and len(demands[0].citations) == 2 and demands[0].outlets == 2


def test_statement_is_the_speakers_clause() -> None:
    src = source_from_text(
        "H\n\nReports said that Croatia had raised the possibility of a toll-free bridge, "
        "a demand that Belgrade has firmly ruled out.\n",
        "t",
    )
    texts = {d.party: d.text for d in find_demands([src], [], PARTIES)}
    assert texts["Croatia"] == "Croatia had raised the possibility of a toll-free bridge."
    assert "a demand that Belgrade has firmly ruled out" in texts["Serbia"]


def test_coordinated_demands_are_split_but_noun_lists_are_not() -> None:
    from briefing.derive.demands import split_coordinated

    assert split_coordinated(
        "Serbia wants Croatia to reopen the crossing, lift the tariffs and also free the drivers."
    ) == [
        "Serbia wants Croatia to reopen the crossing.",
        "Serbia wants Croatia to lift the tariffs.",
        "Serbia wants Croatia to free the drivers.",
    ]
    whole = "Serbia wants Croatia to withdraw troops, tanks and artillery."
    assert split_coordinated(whole) == [whole]
    got = _demands("Serbia wants Croatia to reopen the crossing and free the drivers.")
    assert len(got) == 2 and all(cites == got[0][2] for _, _, cites in got)


def test_a_syndicated_copy_adds_no_outlet() -> None:
    body = (
        "Serbia wants Croatia to reopen the Bajakovo border crossing this winter. "
        "Officials met in Oslo on Monday for a second day of talks on trade and transit."
    )
    a = source_from_text(f"A\n\n{body}\n\nFor the latest news, visit: Coast Daily\n", "a")
    b = source_from_text(f"B\n\n{body}\n\nFor the latest news, visit: Aggregator\n", "b")
    demands = find_demands([a, b], [], PARTIES)
    assert len(demands) == 1 and len(demands[0].citations) == 2 and demands[0].outlets == 1


def test_a_demand_repeated_across_outlets_merges_in_a_large_folder(tmp_path: Path) -> None:
    """200 generated articles, 5 outlets per invented negotiation, names respelled between outlets:
    the words of each demand are common across the folder, so only its whole wording (spelling-folded)
    can bring the copies together. Before: 77 of 2,613 demands had more than one outlet."""
    import sys

    sys.path.insert(0, str(Path(__file__).parent / "benchmarks"))
    from corpus import generate

    from briefing.pipeline import load_briefing

    generate(200, tmp_path / "folder")
    demands = load_briefing([tmp_path / "folder"], strict=False, use_cache=False).briefing.demands
    corroborated = [d for d in demands if d.outlets > 1]
    assert len(corroborated) >= 0.3 * len(demands)
    assert all(len(d.citations) >= d.outlets for d in corroborated)
