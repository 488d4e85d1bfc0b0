"""Deriving a briefing from sources: pure Python, no Textual, no network.

``derive(sources)`` is the whole pipeline; each stage lives in a module
named for its job and takes what earlier stages found.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from briefing.derive.delegations import find_delegations
from briefing.derive.demands import find_demands
from briefing.derive.discrepancies import find_discrepancies
from briefing.derive.figures import figure_discrepancies
from briefing.derive.outcomes import find_outcomes
from briefing.derive.parties import find_parties
from briefing.derive.people import find_people
from briefing.derive.places import find_places
from briefing.derive.summary import summarize
from briefing.model import Briefing, Source

#: Bumped whenever derivation output may change, so caches are invalidated.
DERIVE_VERSION = "2"

Progress = Callable[[str, int, int], None]
T = TypeVar("T")
#: The stage name progress callbacks hear while derivation runs.
DERIVING = "deriving"


def derive(sources: list[Source], progress: Progress | None = None) -> Briefing:
    """Derive the briefing (people, parties, delegations, demands, ...) from sources.

    ``progress`` hears ("deriving", stages done, stages) after each stage.
    """
    step = _stepper(progress, total=8)
    people = step(find_people(sources))
    parties = step(find_parties(sources, people))
    delegations = step(find_delegations(sources, people, parties))
    demands = step(find_demands(sources, people, parties))
    places = step(find_places(sources, parties))
    outcomes = step(find_outcomes(sources))
    summary = step(summarize(sources, demands))
    discrepancies = step(find_discrepancies(sources, people, delegations) + figure_discrepancies(sources))
    return Briefing(
        title=briefing_title(sources),
        sources=sources,
        summary=summary,
        parties=parties,
        people=people,
        delegations=delegations,
        demands=demands,
        places=places,
        discrepancies=discrepancies,
        outcomes=outcomes,
    )


def _stepper(progress: Progress | None, total: int) -> Callable[[T], T]:
    """Pass a stage's result through, reporting one more stage done."""
    done = 0
    if progress is not None:
        progress(DERIVING, 0, total)

    def step(result: T) -> T:
        nonlocal done
        done += 1
        if progress is not None:
            progress(DERIVING, done, total)
        return result

    return step


def briefing_title(sources: list[Source]) -> str:
    titled = [s.title for s in sources if s.title]
    if not titled:
        return "Briefing"
    return titled[0] if len(sources) == 1 else f"{titled[0]} (+{len(sources) - 1} more)"
