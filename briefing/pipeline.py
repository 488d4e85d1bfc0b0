"""From paths on the command line to a briefing: the one road every entry point takes."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field

from briefing.model import Briefing
from briefing.reading import Skipped
from briefing.sources import load_sources


@dataclass(slots=True)
class Loaded:
    briefing: Briefing
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def load_briefing(paths: Iterable[str | os.PathLike[str]], strict: bool = True) -> Loaded:
    """Read the articles under ``paths`` and derive their briefing."""
    from briefing.derive import derive

    sources, skipped = load_sources(paths, strict=strict)
    return Loaded(derive(sources), skipped)
