"""The real reader in a real terminal (tmux, 80x24): every pane reachable by keyboard alone.

Skipped when tmux is not installed. Drives ``briefing`` on the seeds with
real derivation, so it asserts only what any briefing shows.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from app_fixture import SEEDS

pytestmark = [
    pytest.mark.tmux,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]

BRIEFING = Path(sys.executable).parent / "briefing"


class Terminal:
    """One tmux session on a private server."""

    def __init__(self, command: str, cols: int = 80, rows: int = 24) -> None:
        self.socket = f"briefing-test-{uuid.uuid4().hex[:8]}"
        self._tmux("new-session", "-d", "-s", "t", "-x", str(cols), "-y", str(rows), command)

    def _tmux(self, *args: str) -> str:
        return subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=False).stdout

    def screen(self) -> str:
        return self._tmux("capture-pane", "-p", "-t", "t")

    def keys(self, *keys: str) -> None:
        for key in keys:
            self._tmux("send-keys", "-t", "t", key)
            time.sleep(0.15)

    def wait_for(self, text: str, timeout: float = 40.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.05)
        raise AssertionError(f"{text!r} not on screen:\n{self.screen()}")

    def settle(self, quiet: float = 0.6, timeout: float = 15.0) -> str:
        """The screen once it has stopped changing for ``quiet`` seconds."""
        deadline = time.monotonic() + timeout
        last, since = self.screen(), time.monotonic()
        while time.monotonic() < deadline:
            time.sleep(0.05)
            now = self.screen()
            if now != last:
                last, since = now, time.monotonic()
            elif time.monotonic() - since >= quiet:
                break
        return last

    def close(self) -> None:
        self._tmux("kill-server")


@pytest.fixture
def terminal(tmp_path: Path):  # type: ignore[no-untyped-def]
    env = f"XDG_STATE_HOME={tmp_path}/state XDG_CACHE_HOME={tmp_path}/cache TERM=xterm-256color"
    term = Terminal(f"env {env} {BRIEFING} {' '.join(str(p) for p in SEEDS)}")
    yield term
    term.close()


def test_every_pane_reachable_at_80x24(terminal: Terminal) -> None:
    screen = terminal.wait_for("Discrepancies")  # the last tab label fits
    terminal.wait_for("outlet")  # the summary has filled
    assert "Traceback" not in screen
    for key in "2345":
        terminal.keys(key)
        screen = terminal.settle()
        assert "Loading…" not in screen and "Traceback" not in screen
    terminal.keys("1", "Enter")  # into the source at the first claim's evidence
    terminal.wait_for("cited by")
    screen = terminal.settle()
    assert "Summary" not in screen.splitlines()[1]  # the source replaced the briefing
    terminal.keys("j", "j", "Tab")
    terminal.wait_for("Discrepancies")
    terminal.keys("?")
    terminal.wait_for("escape closes")
    terminal.keys("Escape", "q")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and "Discrepancies" in terminal.screen():
        time.sleep(0.1)
    assert "Discrepancies" not in terminal.screen()


@pytest.mark.parametrize(
    ("env", "size"),
    [
        ("TERM=xterm NO_COLOR=1", (80, 24)),  # a plain ssh session into a monochrome policy
        ("TERM=screen LC_ALL=C", (60, 20)),  # an old multiplexer, C locale, a small window
    ],
)
def test_ssh_like_terminals(tmp_path: Path, env: str, size: tuple[int, int]) -> None:
    base = f"XDG_STATE_HOME={tmp_path}/state XDG_CACHE_HOME={tmp_path}/cache"
    term = Terminal(f"env {base} {env} {BRIEFING} {' '.join(str(p) for p in SEEDS)}", *size)
    try:
        term.wait_for("outlet")
        term.settle()  # the whole briefing is in, not just its summary
        term.keys("Enter")
        screen = term.wait_for("citation 1 of")  # the source pane, at the claim's first citation
        assert "Traceback" not in screen
        if "NO_COLOR" in env:  # without colour the current sentence still stands out: reverse video
            styled = term._tmux("capture-pane", "-p", "-e", "-t", "t")
            assert re.search(r"\x1b\[(?:[0-9]+;)*7m(?:\x1b\[[0-9;]*m)*[A-Za-z]", styled)  # on text, not a scrollbar
        term.keys("Tab", "3")
        term.settle()
        term.keys("q")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and term.screen().strip():
            time.sleep(0.1)
    finally:
        term.close()
