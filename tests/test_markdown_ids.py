"""Ids of a curated briefing's entries (issue 16): many entries of one name stay linear.

A briefing.md with 20,000 same-name people took 148 s to check: every entry
gathered the ids taken so far into a new set and counted "-2", "-3" … up
from the start. The test counts the membership checks instead of timing.
"""

from __future__ import annotations

import pytest

import briefing.formats.markdown_read as markdown_read
from briefing.formats.markdown_read import parse
from briefing.ingest.sources import source_from_text

SOURCE = source_from_text("Envoys met in Oslo on Monday. The talks resumed after a pause.\n", "oslo")


class _Counting:
    """A container that counts how often it is asked."""

    asked = 0

    def __init__(self, inner: object) -> None:
        self.inner = inner

    def __contains__(self, item: object) -> bool:
        _Counting.asked += 1
        return item in self.inner  # type: ignore[operator]


def test_many_entries_of_one_name_get_numbered_ids_in_linear_time(monkeypatch: pytest.MonkeyPatch) -> None:
    real = markdown_read.unique_id
    monkeypatch.setattr(markdown_read, "unique_id", lambda base, taken, *rest: real(base, _Counting(taken), *rest))
    _Counting.asked = 0
    n = 2000
    people = [f"- **Kari Vollan** — minister {i}" for i in range(n)]
    places = ["- **Oslo** — city"] * n
    members = ["- **Jon Einarsson** — envoy"] * 3
    text = "\n".join(
        [
            "# T",
            "",
            "## Delegations",
            "",
            "### Iceland",
            "",
            *members,
            "",
            "## People and places",
            "",
            "### People",
            "",
            *people,
            "",
            "### Places",
            "",
            *places,
            "",
        ]
    )
    b = parse(text, [SOURCE], "briefing.md").briefing
    ids = [p.id for p in b.people if p.name == "Kari Vollan"]
    assert ids[:3] == ["kari-vollan", "kari-vollan-2", "kari-vollan-3"] and ids[-1] == f"kari-vollan-{n}"
    assert len(set(ids)) == n and [p.id for p in b.places][-1] == f"oslo-{n}"
    assert [p.id for p in b.people if p.name == "Jon Einarsson"] == ["jon-einarsson"]
    assert _Counting.asked < 5 * (2 * n + 3)  # counting up from "-2" each time: about n * n
