"""Checking a curated briefing: which of its citations moved or are lost, and which articles are missing.

A citation is re-anchored when its sentence id no longer exists but its
quote found the sentence, unresolved when nothing did. An article the
briefing lists that is not among the articles read is missing — and the
briefing file is never read as one of its own articles (it quotes them
all, so every citation would re-anchor into it). ``briefing check``
(:mod:`briefing.cli.check`) prints what :func:`check_briefing` finds.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import InputError
from briefing.formats.anchoring import REANCHORED, RESOLVED, UNRESOLVED
from briefing.formats.markdown_read import Finding, parse
from briefing.formats.markdown_syntax import MISSING, WARNING
from briefing.ingest.reading import BRIEFING_FILE, STDIN, read_text
from briefing.model import Source

#: ``briefing check`` exit codes: clean (re-anchored citations included), errors, bad input, warnings only.
EXIT_CLEAN, EXIT_ERRORS, EXIT_BAD_INPUT, EXIT_WARNINGS = 0, 1, 2, 3
#: The statuses that are errors: a citation lost, an article not found.
ERRORS = (UNRESOLVED, MISSING)
#: Every status a finding may have, in the order the tally says them.
STATUSES = (MISSING, UNRESOLVED, REANCHORED, RESOLVED, WARNING)


@dataclass(frozen=True, slots=True)
class CheckResult:
    """What a check found: the briefing file, its report lines, and a count per status."""

    path: Path
    lines: list[str]
    counts: Counter[str]
    findings: list[Finding]

    @property
    def tally(self) -> str:
        """ "1 missing, 2 unresolved, 1 re-anchored, 40 resolved, 0 warnings"."""
        counts = self.counts
        parts = ", ".join(f"{counts[s]} {s}" for s in STATUSES[:-1])
        return f"{parts}, {counts[WARNING]} warnings"

    @property
    def exit_code(self) -> int:
        """1 on any error (unresolved citation, missing article), else 3 on any warning, else 0."""
        if any(self.counts[s] for s in ERRORS):
            return EXIT_ERRORS
        return EXIT_WARNINGS if self.counts[WARNING] else EXIT_CLEAN


def briefing_file(given: str) -> Path:
    """The briefing named on the command line: a file, a folder holding ``briefing.md``, or ``-`` (stdin)."""
    if given == "-":
        return STDIN
    path = Path(given)
    if path.is_dir():
        path = path / BRIEFING_FILE
    if not path.is_file():
        raise InputError(f"no such briefing file: {given}")
    return path


def check_briefing(path: Path, sources: list[Source], verbose: bool = False, text: str | None = None) -> CheckResult:
    """Resolve every citation of ``path`` against ``sources``, the articles it is checked against.

    ``text`` is the briefing when it was read already (standard input: ``path`` is ``-``).
    The articles are read by the caller (:func:`briefing.pipeline.check_sources`: through the cache).
    """
    parsed = parse(read_text(path).text if text is None else text, sources, str(path))
    lines = list(parsed.report(resolved=verbose))
    return CheckResult(path, lines, Counter(f.status for f in parsed.findings), parsed.findings)
