"""Where outlets contradict each other: assertions about one thing, compared like with like.

Every discrepancy stage (figures, the occasion of the talks, people's titles
and whereabouts, who leads a side) states what each outlet asserts as an
:class:`Assertion`: the *aspect* it is about ("tonnes · steel quota", "the
day the round ended", "Jeon Ha-rin's title"), a value and the sentence that
says it. Values of one aspect are clustered by the stage's own sameness test
(14 ≈ "some 14"; "Garden Pavilion of Seorim" = "Seorim Garden
Pavilion"), and two clusters contradict only when different outlets hold them
and no outlet holds both: an outlet that gives two values reports two
things (Mexico's 65 % and Korea's 45 %), not a contradiction with itself.
Each contradiction becomes one claim citing one sentence per side and
outlet, and saying which outlets say what.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from briefing.model import Claim

#: How substantive each kind of contradiction is (lower first): figures and the talks' occasion before people.
KIND_RANK = {
    "figure": 0,
    "format": 1,
    "venue": 1,
    "day": 1,
    "round": 1,
    "next": 1,
    "lead": 2,
    "attendance": 2,
    "title": 2,
    "mood": 3,
    "spelling": 8,
    "lists": 9,
}
#: Most sentences cited per side of a contradiction (one per outlet, first use first).
MAX_PER_SIDE = 4


@dataclass(frozen=True, slots=True)
class Assertion:
    """One outlet saying one thing about one aspect, in one sentence."""

    kind: str  # a key of KIND_RANK
    aspect: str  # what the value is about, as a claim's subject ("Number of fishermen")
    value: object  # compared by the stage's sameness test
    shown: str  # the value as the sentence writes it ("14 detained fishermen")
    sentence: str
    outlet: str  # the outlet as counted (syndicated copies share one)
    order: tuple[int, int]  # (source, sentence) position, for first uses and stable output
    rank: int = 0  # which of an outlet's sentences to cite first (lower first), before reading order


@dataclass(slots=True)
class _Side:
    assertions: list[Assertion]

    @property
    def outlets(self) -> set[str]:
        return {a.outlet for a in self.assertions}


@dataclass(slots=True)
class Found:
    """A contradiction: its kind (for ranking) and its claim (``about`` is the aspect, the text says who says what)."""

    kind: str
    claim: Claim


def contradictions(
    assertions: Iterable[Assertion], same: Callable[[object, object], bool], names: dict[str, str]
) -> list[Found]:
    """One claim per aspect whose outlets hold values that cannot both be true.

    ``same`` tells two values of an aspect apart; ``names`` maps an outlet key to
    the name a reader knows it by. Claims are returned unnumbered, in reading order.
    """
    by_aspect: dict[tuple[str, str], list[Assertion]] = defaultdict(list)
    for a in sorted(assertions, key=lambda a: a.order):
        by_aspect[(a.kind, a.aspect)].append(a)
    out = []
    for (kind, aspect), found in by_aspect.items():
        sides = _conflicting(_cluster(found, same))
        if len(sides) >= 2:
            out.append(Found(kind, _claim(aspect, sides, names)))
    return out


def _cluster(found: list[Assertion], same: Callable[[object, object], bool]) -> list[_Side]:
    sides: list[_Side] = []
    for a in found:
        side = next((s for s in sides if same(s.assertions[0].value, a.value)), None)
        if side is None:
            sides.append(_Side([a]))
        else:
            side.assertions.append(a)
    return sides


def _conflicting(sides: list[_Side]) -> list[_Side]:
    """The sides no outlet holds together, best attested first; a side only one holder shares is dropped."""
    kept: list[_Side] = []
    for side in sorted(sides, key=lambda s: (-len(s.outlets), s.assertions[0].order)):
        if all(not (side.outlets & other.outlets) for other in kept):
            kept.append(side)
    return sorted(kept, key=lambda s: s.assertions[0].order) if len(kept) >= 2 else []


def _claim(aspect: str, sides: list[_Side], names: dict[str, str]) -> Claim:
    parts: list[str] = []
    cites: list[str] = []
    for side in sides:
        first: dict[str, Assertion] = {}
        for a in sorted(side.assertions, key=lambda a: (a.rank, a.order)):
            first.setdefault(a.outlet, a)
        shown = side.assertions[0].shown
        outlets = ", ".join(sorted(names.get(o, o) for o in first))
        parts.append(f"“{shown}” ({outlets})")
        cites += [a.sentence for a in list(first.values())[:MAX_PER_SIDE]]
    outlets = len({a.outlet for s in sides for a in s.assertions})
    return Claim("", " vs ".join(parts) + ".", list(dict.fromkeys(cites)), outlets, about=aspect)


def ranked(found: list[Found], weighty: set[str]) -> list[Claim]:
    """Substantive first: by kind, then those about an outcome (citing ``weighty`` sentences), then most outlets.

    The claims come numbered ``d1``, ``d2``, ... in that order.
    """
    order = sorted(
        range(len(found)),
        key=lambda i: (
            KIND_RANK.get(found[i].kind, 5),
            not (set(found[i].claim.citations) & weighty),
            -found[i].claim.outlets,
            i,
        ),
    )
    claims = [found[i].claim for i in order]
    for n, claim in enumerate(claims, 1):
        claim.id = f"d{n}"
    return claims
