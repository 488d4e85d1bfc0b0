"""From paths on the command line to a briefing: the one road every entry point takes."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from briefing.model import Briefing
from briefing.reading import Skipped
from briefing.sources import load_sources


@dataclass(slots=True)
class Loaded:
    briefing: Briefing
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


#: Called as ``progress(stage, done, total)`` while a briefing is built.
Progress = Callable[[str, int, int], None]


def load_briefing(
    paths: Iterable[str | os.PathLike[str]],
    strict: bool = True,
    use_cache: bool = True,
    progress: Progress | None = None,
) -> Loaded:
    """Read the articles under ``paths`` and derive their briefing.

    ``strict`` makes the first unreadable file an error (scripts naming
    files); otherwise bad files are skipped and listed in ``Loaded.skipped``.
    ``use_cache`` and ``progress`` are honoured by the cache work (issue 7).
    """
    from briefing.derive import derive

    sources, skipped = load_sources(paths, strict=strict)
    return Loaded(derive(sources), skipped)
