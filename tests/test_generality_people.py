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
