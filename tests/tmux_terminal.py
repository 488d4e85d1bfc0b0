"""A real terminal for tests: one tmux session on a private server, read by what its screen shows.

Every wait is on the screen (a text, or a condition of it), polled with a
generous limit, never a fixed sleep: on a busy 2-core machine the reader
may take tens of seconds to paint, and a test must neither fail for that
nor wait that long when the machine is idle. A traceback on screen fails
the wait at once.
"""

from __future__ import annotations

import subprocess
import time
import uuid
from collections.abc import Callable

#: Seconds to wait for the first frame (Textual's import and a derivation under load) and for any later change.
START_LIMIT = 120.0
LIMIT = 60.0
POLL = 0.05


class Terminal:
    """One tmux session running ``command`` in a ``cols`` x ``rows`` window."""

    def __init__(self, command: str, cols: int = 80, rows: int = 24) -> None:
        self.socket = f"briefing-test-{uuid.uuid4().hex[:8]}"
        self.tmux("new-session", "-d", "-s", "t", "-x", str(cols), "-y", str(rows), command)

    def tmux(self, *args: str) -> str:
        return subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=False).stdout

    def screen(self, styled: bool = False) -> str:
        return self.tmux("capture-pane", "-p", *(["-e"] if styled else []), "-t", "t")

    def key(self, key: str) -> None:
        """Send one key (a tmux key name, or literal text); the caller waits for what it does."""
        self.tmux("send-keys", "-t", "t", key)

    def until(self, what: str, check: Callable[[str], bool], limit: float = LIMIT, styled: bool = False) -> str:
        """The first screen for which ``check`` holds; fails after ``limit`` seconds, or at once on a traceback."""
        deadline = time.monotonic() + limit
        while True:
            screen = self.screen(styled)
            if "Traceback" in screen:
                raise AssertionError(f"a traceback on screen while waiting for {what}:\n{screen}")
            if check(screen):
                return screen
            if not screen and not self.alive():
                raise AssertionError(f"the program ended while waiting for {what}")
            if time.monotonic() > deadline:
                raise AssertionError(f"{what} not on screen after {limit:.0f} s:\n{self.screen()}")
            time.sleep(POLL)

    def wait_for(self, text: str, limit: float = LIMIT) -> str:
        return self.until(repr(text), lambda screen: text in screen, limit)

    def changed(self, before: str, what: str, limit: float = LIMIT) -> str:
        """The screen once it differs from ``before`` (a key was handled)."""
        return self.until(what, lambda screen: screen != before, limit)

    def resize(self, cols: int, rows: int) -> None:
        self.tmux("resize-window", "-t", "t", "-x", str(cols), "-y", str(rows))

    def alive(self) -> bool:
        return (
            subprocess.run(["tmux", "-L", self.socket, "has-session", "-t", "t"], capture_output=True).returncode == 0
        )

    def wait_closed(self, limit: float = LIMIT) -> None:
        """Wait for the program to exit (its session ends with it)."""
        deadline = time.monotonic() + limit
        while self.alive():
            if time.monotonic() > deadline:
                raise AssertionError(f"still running after {limit:.0f} s:\n{self.screen()}")
            time.sleep(POLL)

    def close(self) -> None:
        self.tmux("kill-server")
