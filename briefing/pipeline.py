"""From paths on the command line to a briefing: the one road every entry point takes."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from briefing.model import Briefing
from briefing.reading import BRIEFING_FILE, Skipped
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
    curated: bool = True,
) -> Loaded:
    """Read the articles under ``paths`` and derive their briefing.

    A single folder holding a ``briefing.md`` opens that briefing instead
    (curated, ``origin == "curated"``), its citations resolved against the
    folder's articles; what moved or is lost is listed in ``Loaded.warnings``.
    ``curated=False`` derives regardless (``briefing derive`` always derives).
    ``strict`` makes the first unreadable file an error (scripts naming
    files); otherwise bad files are skipped and listed in ``Loaded.skipped``.
    ``use_cache`` and ``progress`` are honoured by the cache work (issue 7).
    """
    paths = list(paths)
    sources, skipped = load_sources(paths, strict=strict)
    briefing_md = curated_path(paths) if curated else None
    if briefing_md is not None:
        from briefing.markdown import load

        parsed = load(briefing_md, sources)
        return Loaded(parsed.briefing, skipped, parsed.report())
    from briefing.derive import derive

    return Loaded(derive(sources), skipped)


def curated_path(paths: Iterable[str | os.PathLike[str]]) -> Path | None:
    """The curated briefing ``paths`` open: the ``briefing.md`` of a folder given alone."""
    paths = list(paths)
    if len(paths) != 1 or not Path(paths[0]).is_dir():
        return None
    candidate = Path(paths[0]) / BRIEFING_FILE
    return candidate if candidate.is_file() else None
