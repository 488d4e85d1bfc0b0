"""Checking a curated briefing: which of its citations moved or are lost.

A citation is re-anchored when its sentence id no longer exists but its
quote found the sentence, unresolved when nothing did. ``briefing check``
(:mod:`briefing.cli.check`) prints what :func:`check_briefing` finds.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import InputError
from briefing.formats.anchoring import REANCHORED, RESOLVED, UNRESOLVED
from briefing.formats.markdown_read import load
from briefing.formats.markdown_syntax import WARNING
from briefing.ingest.reading import BRIEFING_FILE
from briefing.ingest.sources import load_sources


@dataclass(frozen=True, slots=True)
class CheckResult:
    """What a check found: the briefing file, its report lines, and a count per status."""

    path: Path
    lines: list[str]
    counts: Counter[str]

    @property
    def tally(self) -> str:
        """ "2 unresolved, 1 re-anchored, 40 resolved, 0 warnings"."""
        counts = self.counts
        parts = ", ".join(f"{counts[s]} {s}" for s in (UNRESOLVED, REANCHORED, RESOLVED))
        return f"{parts}, {counts[WARNING]} warnings"


def briefing_file(given: str) -> Path:
    """The briefing named on the command line: a file, or a folder holding ``briefing.md``."""
    path = Path(given)
    if path.is_dir():
        path = path / BRIEFING_FILE
    if not path.is_file():
        raise InputError(f"no such briefing file: {given}")
    return path


def check_briefing(path: Path, paths: list[str], verbose: bool = False) -> CheckResult:
    """Resolve every citation of ``path`` against the articles at ``paths`` (its folder when empty)."""
    sources, _skipped = load_sources(paths or [str(path.parent)], strict=bool(paths))
    parsed = load(path, sources)
    lines = list(parsed.report(resolved=verbose))
    return CheckResult(path, lines, Counter(f.status for f in parsed.findings))
