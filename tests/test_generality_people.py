"""Generality: our own articles about another negotiation, with expected people and delegations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ARTICLES = Path(__file__).parent / "articles"
CASES = sorted(p for p in ARTICLES.iterdir() if (p / "expected.json").exists())


def _expected(case: Path) -> dict:
    return json.loads((case / "expected.json").read_text("utf-8"))


def _texts(case: Path) -> str:
    return "\n".join(p.read_text("utf-8") for p in sorted(case.glob("*.txt")))


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_expected_quotes_are_in_the_articles(case: Path) -> None:
    """The expected file cites the articles verbatim, so it cannot drift from them."""
    text = _texts(case)
    exp = _expected(case)
    for demand in exp["demands"]:
        assert demand["quote"] in text
    for dis in exp.get("discrepancies", []):
        for quote in dis["quotes"]:
            assert quote in text
    for person in exp["people"]:
        assert any(v in text for v in person["variants"]), person["canonical"]


def _derived(case: Path):
    from briefing.derive import derive
    from briefing.ingest.sources import source_from_text

    sources = [source_from_text(p.read_text("utf-8"), p.stem, str(p)) for p in sorted(case.glob("*.txt"))]
    return derive(sources)


def _match(briefing, person: dict):
    from briefing.derive.names import name_key

    wanted = {name_key(v) for v in person["variants"]}
    return [p for p in briefing.people if wanted & {name_key(v) for v in [p.name, *p.variants]}]


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_people_are_found_once_with_their_party(case: Path) -> None:
    briefing = _derived(case)
    exp = _expected(case)
    for person in exp["people"]:
        found = _match(briefing, person)
        assert len(found) == 1, (person["canonical"], [p.name for p in found])
        assert found[0].party == person["party"], person["canonical"]
        assert set(person["variants"]) <= set(found[0].variants) | {found[0].name}
    assert len(briefing.people) == len(exp["people"])


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_parties_and_mediator(case: Path) -> None:
    briefing = _derived(case)
    exp = _expected(case)
    roles = {p.name: p.role for p in briefing.parties}
    for name in exp["parties"]:
        assert name in roles
    assert roles[exp["mediator"]] == "mediator"
    assert [n for n, r in roles.items() if r == "party"] == [n for n in exp["parties"] if n != exp["mediator"]]
    for name in exp.get("not_mediators", []):
        assert roles.get(name) != "mediator"


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_delegations_match(case: Path) -> None:
    briefing = _derived(case)
    exp = _expected(case)
    by_id = {p.id: p for p in briefing.people}
    got = {
        (by_id[m.person].name, d.party, m.lead)
        for d in briefing.delegations
        for m in d.members
        if d.party != exp["mediator"]
    }
    want = set()
    for person in exp["people"]:
        if person.get("in_delegation") and not person.get("mediator"):
            found = _match(briefing, person)[0]
            want.add((found.name, person["party"], bool(person.get("lead"))))
    assert got == want


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_discrepancies_cite_both_sides(case: Path) -> None:
    """Names, titles and delegation composition (this stage's kinds) are found with both sides cited."""
    briefing = _derived(case)
    exp = _expected(case)
    for dis in exp["discrepancies"]:
        if dis.get("kind") in ("number", "date") or any(ch.isdigit() for q in dis["quotes"] for ch in q):
            continue  # figures and dates are the claims stage's discrepancies
        hit = [
            c
            for c in briefing.discrepancies
            if sum(any(q in briefing.sentence(s).text for s in c.citations) for q in dis["quotes"]) >= 2
        ]
        assert hit, dis["about"]
