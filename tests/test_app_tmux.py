"""The real reader in a real terminal (tmux): every pane reachable by keyboard alone.

Skipped when tmux is not installed. Drives ``briefing`` on the seeds with
real derivation, so it asserts only what any briefing shows. Every step
waits on what the screen shows (see :mod:`tmux_terminal`), never on a
fixed sleep, so a busy machine makes the tests slower, not red.
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest
from app_fixture import SEEDS
from tmux_terminal import START_LIMIT, Terminal

from briefing.app.entries import SECTIONS

pytestmark = [
    pytest.mark.tmux,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]

BRIEFING = Path(sys.executable).parent / "briefing"
KEYS = {section: str(n) for n, (section, _) in enumerate(SECTIONS, 1)}  # each section's number key
REVERSED_TEXT = re.compile(r"\x1b\[(?:[0-9]+;)*7m(?:\x1b\[[0-9;]*m)*[A-Za-z]")  # reverse video on letters


def reader(tmp_path: Path, env: str = "TERM=xterm-256color", size: tuple[int, int] = (80, 24)) -> Terminal:
    base = f"XDG_STATE_HOME={tmp_path}/state XDG_CACHE_HOME={tmp_path}/cache XDG_CONFIG_HOME={tmp_path}/config"
    return Terminal(f"env {base} {env} {BRIEFING} {' '.join(str(p) for p in SEEDS)}", *size)


def body(screen: str) -> str:
    """The screen below the title and tab rows: what a section or the source shows."""
    return "\n".join(screen.splitlines()[3:])


def loaded(term: Terminal) -> str:
    """The first screen with the whole briefing in: the summary, and the other sections filled."""
    term.wait_for("outlet", START_LIMIT)  # the summary (possibly only the preloaded head)
    term.key(KEYS["delegations"])
    return term.until("the delegations", lambda s: "outlet" not in body(s) and "Loading…" not in s)


@pytest.fixture
def terminal(tmp_path: Path):  # type: ignore[no-untyped-def]
    term = reader(tmp_path)
    yield term
    term.close()


def test_every_pane_reachable_at_80x24(terminal: Terminal) -> None:
    screen = loaded(terminal)
    assert "Discrepancies" in screen  # the last tab label fits
    for key in (k for section, k in KEYS.items() if section not in ("summary", "delegations")):
        before = body(screen)
        terminal.key(key)
        screen = terminal.until(f"section {key}", lambda s, b=before: body(s) != b and "Loading…" not in s)
    terminal.key("1")
    terminal.until("the summary", lambda s: "outlet" in body(s))
    terminal.key("Enter")  # into the source at the first claim's evidence
    screen = terminal.wait_for("cited by")
    assert "Summary" not in screen.splitlines()[1]  # the source replaced the briefing
    terminal.key("j")
    terminal.key("Tab")
    terminal.until("the briefing again", lambda s: "Discrepancies" in s.splitlines()[1])
    terminal.key("?")
    terminal.wait_for("escape closes")
    terminal.key("Escape")
    terminal.until("help closed", lambda s: "escape closes" not in s)
    terminal.key("q")
    terminal.wait_closed()


@pytest.mark.parametrize(
    ("env", "size"),
    [
        ("TERM=xterm NO_COLOR=1", (80, 24)),  # a plain ssh session into a monochrome policy
        ("TERM=screen LC_ALL=C", (60, 20)),  # an old multiplexer, C locale, a small window
    ],
)
def test_ssh_like_terminals(tmp_path: Path, env: str, size: tuple[int, int]) -> None:
    term = reader(tmp_path, env, size)
    try:
        loaded(term)
        term.key("1")
        term.until("the summary", lambda s: "outlet" in body(s))
        term.key("Enter")
        term.wait_for("citation 1 of")  # the source pane, at the claim's first citation
        if "NO_COLOR" in env:  # without colour the current sentence still stands out: reverse video
            term.until("a reversed sentence", REVERSED_TEXT.search, styled=True)
        term.key("Tab")
        term.until("the briefing", lambda s: "citation 1 of" not in s)
        term.key("q")
        term.wait_closed()
    finally:
        term.close()
