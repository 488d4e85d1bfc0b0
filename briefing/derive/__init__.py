"""Deriving a briefing from sources: pure Python, no Textual, no network.

``derive(sources)`` is the whole pipeline; each stage lives in a module
named for its job and takes what earlier stages found.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from contextlib import ExitStack
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from briefing.derive.beside import Beside
    from briefing.derive.by_article import Kept
    from briefing.derive.contradictions import Found
    from briefing.derive.occasion import Dated
    from briefing.model import Briefing, Claim, Party, Person, Source

#: Each stage and the module it lives in, imported when first used (see ``__getattr__``).
_STAGES = {
    "find_people": "people",
    "find_parties": "parties",
    "find_delegations": "delegations",
    "find_demands": "demands",
    "find_places": "places",
    "find_outcomes": "outcomes",
    "summarize": "summary",
    "find_discrepancies": "discrepancies",
}


def __getattr__(name: str) -> Any:
    """A stage, imported on first use: importing this package (as ``search`` does for
    ``derive.names``) must not compile every stage's patterns, which took most of a
    cached ``briefing search`` (~0.3 s of 0.8)."""
    if name not in _STAGES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_STAGES[name]}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_STAGES])


#: Bumped whenever derivation output may change, so caches are invalidated.
DERIVE_VERSION = "2"

Progress = Callable[[str, int, int], None]
T = TypeVar("T")
#: The stage name progress callbacks hear while derivation runs.
DERIVING = "deriving"


def derive(sources: list[Source], progress: Progress | None = None, kept: Kept | None = None) -> Briefing:
    """Derive the briefing (people, parties, delegations, demands, ...) from sources.

    ``progress`` hears ("deriving", stages done, stages) after each stage.
    ``kept`` holds what earlier derivations read from single articles, reused
    for the articles unchanged and updated with this one's (see
    :mod:`briefing.derive.by_article`); the briefing is the same without it.
    """
    from briefing import derive as stages  # this package: its stages, imported now (and patchable by benchmarks)
    from briefing.derive.by_article import keeping
    from briefing.derive.memo import run
    from briefing.derive.similar import forget_shared

    with run(), keeping(kept):  # sentences and words parsed once for every stage, forgotten after
        try:
            return _derive(stages, sources, progress)
        finally:
            forget_shared()


def _derive(stages: Any, sources: list[Source], progress: Progress | None) -> Briefing:
    from briefing.derive.beside import Beside, wanted
    from briefing.derive.by_article import mark
    from briefing.derive.centrality import usable_bodies
    from briefing.derive.discrepancies import joined_occasions, listed, placed_discrepancies, told_of_people
    from briefing.derive.similar import shared_index
    from briefing.derive.syndication import syndication_outlets
    from briefing.model import Briefing

    step = _stepper(progress, total=8)
    forked = wanted(sum(len(src.sentences) for src in sources))
    with ExitStack() as running:  # a child whose result is not taken (an error, an interrupt) is stopped

        def beside(fn: Callable[..., T], *args: Any) -> Beside[tuple[T, list[tuple[str, bytes]]]]:
            return running.enter_context(Beside(_sending, fn, mark(), *args, forked=forked))

        if forked:  # built once here, before the forks, not once in every process that needs them (all do)
            syndication_outlets(sources, shared_index(sources))
        # What needs only the sources (outcomes, figures, dates) runs beside the rest from the start; once the
        # parties are known the demands (the longest stage left) run beside the delegations, places and
        # discrepancies; once the places are, the venue and schedule beside what outlets tell of the people.
        early = beside(_outcomes_and_figures, stages, sources)
        people = step(stages.find_people(sources))
        parties = step(stages.find_parties(sources, people))
        wants = beside(_demands, stages, sources, people, parties)
        delegations = step(stages.find_delegations(sources, people, parties))
        places = step(stages.find_places(sources, parties, people))
        where = beside(placed_discrepancies, sources, places)
        told = told_of_people(sources, people, parties, delegations)
        bodies = usable_bodies(sources)  # the summary's reading of every article, while the others finish
        outcomes, figures, dated = _taken(early)
        step(outcomes)
        discrepancies = step(listed(told, figures, joined_occasions(dated, _taken(where)), outcomes))
        demands = step(_taken(wants))
    summary = step(
        stages.summarize(
            sources,
            demands,
            outcomes=outcomes,
            delegations=delegations,
            people=people,
            parties=parties,
            places=places,
            discrepancies=discrepancies,
            bodies=bodies,
        )
    )
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


def _taken(job: Beside[tuple[T, list[tuple[str, bytes]]]]) -> T:
    """A stage's result from beside, with what it read from single articles recorded as this derivation's."""
    from briefing.derive.by_article import adopt

    value, found = job.result()
    adopt(found)
    return value


def _sending(fn: Callable[..., T], start: int, *args: Any) -> tuple[T, list[tuple[str, bytes]]]:
    """``fn(*args)``, and what it read from single articles (from a forked child: else it would be lost)."""
    from briefing.derive.by_article import found_since

    return fn(*args), found_since(start)


def _outcomes_and_figures(stages: Any, sources: list[Source]) -> tuple[list[Claim], list[Found], Dated]:
    from briefing.derive.discrepancies import dated_discrepancies, figure_discrepancies

    return stages.find_outcomes(sources), figure_discrepancies(sources), dated_discrepancies(sources)


def _demands(stages: Any, sources: list[Source], people: list[Person], parties: list[Party]) -> list[Claim]:
    """The demands, which nothing but the summary needs: beside the places and discrepancies, whose
    memos then stay in the process that reads them again (a child's are lost with it)."""
    return stages.find_demands(sources, people, parties)


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
