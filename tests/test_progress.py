"""The command-line progress bar: drawn only on a terminal, with counts, rate and ETA."""

from __future__ import annotations

import io

import pytest

from briefing import progress
from briefing.progress import TerminalProgress, format_bar


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_bar_shows_counts_rate_and_eta() -> None:
    line = format_bar("reading", 250, 1000, elapsed=2.0)
    assert "250/1000" in line and "125/s" in line and "ETA 0:06" in line
    assert line.isascii()


def test_nothing_is_drawn_when_stderr_is_not_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress, "DELAY", 0)
    stream = io.StringIO()
    bar = TerminalProgress(stream)
    for done in range(11):
        bar("reading", done, 10)
    bar.close()
    assert stream.getvalue() == ""


def test_terminal_gets_one_line_redrawn_and_cleared(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress, "DELAY", 0)
    stream = FakeTerminal()
    bar = TerminalProgress(stream)
    bar("reading", 0, 10)
    bar("reading", 10, 10)
    out = stream.getvalue()
    assert "\n" not in out and "10/10" in out
    bar.close()
    assert stream.getvalue().endswith("\r\x1b[2K")


def test_quick_jobs_draw_nothing() -> None:
    stream = FakeTerminal()
    bar = TerminalProgress(stream)
    bar("reading", 10, 10)
    bar.close()
    assert stream.getvalue() == ""
