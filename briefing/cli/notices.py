"""What every command prints beside its output: notices on stderr, the progress bar, safe messages.

Shared by ``derive``, ``search``, ``check`` and the reader's start, so a
skipped file or a cache warning reads the same from each.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefing.sanitize import one_line

if TYPE_CHECKING:
    from briefing.pipeline import Loaded, Searchable

PROG = "briefing"


def say(message: str) -> None:
    """One line on stderr, prefixed with the program's name; outside text in it is made visible."""
    print(f"{PROG}: {one_line(message)}", file=sys.stderr)


def print_notices(loaded: Loaded | Searchable) -> None:
    """One line on stderr per skipped file and per warning (stdout stays the output)."""
    for skip in loaded.skipped:
        say(f"skipped {skip.path}: {skip.reason}")
    for warning in loaded.warnings:
        say(f"warning: {warning}")


def load_with_progress(paths: Sequence[str], **options: bool) -> Loaded:
    """Load a briefing with a progress bar on a terminal's stderr, then print its notices there."""
    from briefing.pipeline import load_briefing
    from briefing.progress import TerminalProgress

    bar = TerminalProgress()
    try:
        loaded = load_briefing(paths, progress=bar, **options)
    finally:
        bar.close()
    print_notices(loaded)
    return loaded
