"""STUB: replaced by the derivation work (issue 3)."""

from __future__ import annotations

from briefing.model import Claim, Delegation, Party, Person, Place, Source  # noqa: F401


def find_delegations(sources: list[Source], people: list[Person], parties: list[Party]) -> list[Delegation]:
    return []
