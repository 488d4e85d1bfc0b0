"""A progress bar for the command line: on stderr, and only when stderr is a terminal.

Piped or redirected output stays clean (scripts parse it), and a job that
ends quickly draws nothing (no flicker on a cached reopen). The bar is a
``Progress`` callback: ``bar(stage, done, total)``.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from typing import TextIO

#: Nothing is drawn before a job has run this long (seconds).
DELAY = 0.5
#: At most this many redraws per second.
RATE = 10
WIDTH = 24


def format_bar(stage: str, done: int, total: int, elapsed: float) -> str:
    """One line: stage, bar, counts, rate and time left (when it can be told)."""
    total = max(total, 1)
    filled = round(WIDTH * min(done, total) / total)
    bar = "[" + "#" * filled + "." * (WIDTH - filled) + "]"  # ASCII: any terminal encoding
    rate = done / elapsed if elapsed > 0 else 0.0
    line = f"{stage:<10} {bar} {done}/{total}"
    if rate > 0:
        eta = (total - done) / rate
        line += f"  {rate:.1f}/s" if rate < 10 else f"  {rate:.0f}/s"
        line += f"  ETA {_clock(eta)}"
    return line


def _clock(seconds: float) -> str:
    seconds = round(seconds)
    return f"{seconds // 60}:{seconds % 60:02d}"


@dataclass
class TerminalProgress:
    """Redraws one line in place; call :meth:`close` to clear it when done."""

    stream: TextIO = field(default_factory=lambda: sys.stderr)
    enabled: bool | None = None
    _started: dict[str, float] = field(default_factory=dict)
    _begin: float = field(default_factory=time.monotonic)
    _last: float = 0.0
    _drawn: bool = False

    def __post_init__(self) -> None:
        if self.enabled is None:
            self.enabled = _is_terminal(self.stream)

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        start = self._started.setdefault(stage, now)
        finished = done >= total
        if now - self._begin < DELAY or (now - self._last < 1 / RATE and not finished):
            return
        self._last = now
        self.stream.write("\r\x1b[2K" + format_bar(stage, done, total, now - start))
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        """Erase the bar so the next line (a notice, the prompt) starts clean."""
        if self._drawn:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
            self._drawn = False


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
