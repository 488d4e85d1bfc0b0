"""Bylines a page glued to its date and credit lines in the past tense: the press, never a delegate.

The page heads are invented for these tests; no name comes from the seeds, the development set or
the corpus.
"""

from __future__ import annotations

import pytest

from briefing.derive.press import journalists
from briefing.ingest.sources import source_from_text

HEAD = "\n".join(
    [
        "URL: https://harbourpost.example.org/2026/03/04/talks",
        "",
        "HARBOUR POST | World",
        "Shipping talks resume in Ulaanbaatar",
        "{byline}",
        "",
        "The delegations met for six hours on Monday, officials said.",
        "{credit}",
        "",
    ]
)


def _press(byline: str, credit: str = "") -> list[str]:
    text = HEAD.format(byline=byline, credit=credit)
    return sorted(p.name for p in journalists([source_from_text(text, "a", "a.txt")], []))


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("Oyunchimeg Batbayar14 March 2026, 09:10", "Oyunchimeg Batbayar"),
        ("Tamar Okonjo2026-03-14 09:10", "Tamar Okonjo"),
        ("Idrissa Konaté, BAMAKO | 14 March 2026", "Idrissa Konaté"),
    ],
)
def test_a_byline_glued_to_its_date(byline: str, name: str) -> None:
    assert name in _press(byline)


def test_a_head_line_that_is_no_name_gives_no_byline() -> None:
    assert _press("Updated 2026-03-14 09:10") == []
    assert _press("Talks Resume 2026 Round") == []


def test_a_credit_line_in_the_past_tense() -> None:
    names = _press("", "(Saule Nurlanovna reported from Ulaanbaatar; Piet de Graaf edited.)")
    assert {"Saule Nurlanovna", "Piet de Graaf"} <= set(names)


@pytest.mark.parametrize(
    ("byline", "name"),
    [("Enkhjin Dorj, Ulaanbaatar", "Enkhjin Dorj"), ("Selin Aydemir, Abu Dhabi", "Selin Aydemir")],
)
def test_a_byline_with_the_writers_city(byline: str, name: str) -> None:
    assert _press(byline) == [name]


def test_a_head_line_with_a_comma_that_is_no_name_gives_no_byline() -> None:
    assert _press("Analysis, Opinion") == []
    assert _press("Talks Resume, Geneva") == []
