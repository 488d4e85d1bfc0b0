"""The hostile folder in a real terminal (issue 16): the title, the clipboard and the screen stay the user's.

tmux plays the terminal: it takes OSC 0/2 as the pane's title
(``#{pane_title}``) and, with ``set-clipboard on``, OSC 52 as a paste
buffer (``list-buffers``), so a sequence that reaches the terminal shows
there. A control run prints the same sequences raw first, proving the
checks would catch them. Then the reader walks its screens, and
``derive --format md``, ``search`` and ``check`` print to the terminal.
"""

from __future__ import annotations

import itertools
import shlex
import shutil
import sys
import time
from pathlib import Path

import pytest
from hostile import ALL, CONFIG, ESCAPES, curated, make_folder
from tmux_terminal import START_LIMIT, Terminal

pytestmark = [
    pytest.mark.tmux,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]

BRIEFING = Path(sys.executable).parent / "briefing"
TITLE = "clean-title"


class Guarded(Terminal):
    """A terminal that runs ``commands`` once tmux is set to show what escapes would do."""

    def __init__(self, tmp_path: Path, commands: str, cols: int = 140, rows: int = 45) -> None:
        go = tmp_path / "go"
        env = " ".join(f"{k}={tmp_path}/{k.lower()}" for k in ("XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"))
        script = f"while [ ! -e {go} ]; do sleep 0.05; done; export {env} TERM=xterm-256color; {commands}"
        super().__init__(f"sh -c {shlex.quote(script)}", cols, rows)
        self.tmux("set-option", "-g", "set-clipboard", "on")
        self.tmux("set-option", "-g", "allow-rename", "on")
        self.tmux("select-pane", "-t", "t", "-T", TITLE)
        self.resize(cols, rows)
        go.touch()

    def title(self) -> str:
        return self.tmux("display-message", "-p", "-t", "t", "#{pane_title}").strip()

    def buffers(self) -> str:
        return self.tmux("list-buffers", "-F", "#{buffer_sample}")

    def history(self) -> str:
        return self.tmux("capture-pane", "-p", "-S", "-100000", "-t", "t")

    def assert_untouched(self, where: str) -> None:
        assert self.title() == TITLE, f"{where}: the terminal title became {self.title()!r}"
        assert "PWNED" not in self.buffers(), f"{where}: the clipboard was written: {self.buffers()!r}"


def _toasts(screen: str) -> str:
    """The notices' text: each row right of a toast's border, joined without spaces (a toast wraps anywhere)."""
    return "".join(line.rpartition("▌")[2] for line in screen.splitlines() if "▌" in line).replace(" ", "")


def test_the_checks_see_raw_escapes(tmp_path: Path) -> None:
    """The control: printed raw, the payloads do change the title and the clipboard."""
    raw = tmp_path / "raw"
    raw.write_text(ESCAPES["osc0-title"] + ESCAPES["osc52-clipboard"] + "printed\n")
    term = Guarded(tmp_path, f"cat {raw}; echo DONE; sleep 60")
    try:
        term.wait_for("DONE", START_LIMIT)
        term.until("the title set", lambda _: term.title() == "PWNED-TITLE")
        term.until("the buffer set", lambda _: "PWNED-CLIPBOARD" in term.buffers())
    finally:
        term.close()


def test_the_reader_on_a_hostile_folder_leaves_the_terminal_alone(tmp_path: Path) -> None:
    folder = curated(tmp_path / "hostile")
    term = Guarded(tmp_path, f"{BRIEFING} {shlex.quote(str(folder))}; echo READER-LEFT; sleep 60")
    try:
        # The payload in the header, as visible characters; the header may take its title a frame after
        # the summary's first claim, so the wait is on both (CI once photographed the frame between).
        term.until(
            "the summary and the title in the header",
            lambda s: "A claim" in s and "␛]52;c;" in (s.splitlines() or [""])[0],
            START_LIMIT,
        )
        term.assert_untouched("opened")
        deadline = time.monotonic() + START_LIMIT
        while time.monotonic() < deadline:  # the summary paints first; Enter jumps once the sources are read
            term.key("Enter")  # pressed again when a busy machine lost it before the reader took keys
            try:
                screen = term.until("the source or a wait", lambda s: "citation 1 of" in s or "Still reading" in s, 10)
            except AssertionError as lost:
                if "not on screen" not in str(lost):
                    raise  # a traceback or the reader gone: no retry hides it
                continue
            if "citation 1 of" in screen:
                break
            term.until("the notice gone", lambda s: "Still reading" not in s)
        else:
            raise AssertionError("the sources never came")
        term.assert_untouched("Enter")  # the source, and the line under it with the outlet
        steps = (
            ("c", "cites this"),  # the claims citing the sentence
            ("Escape", "-cites this"),
            ("a", "Open an article"),
            ("Escape", "-Open an article"),
            ("/", "Search people"),
            ("Vollan", "People ("),  # search
            ("Enter", "Mentions"),  # the person card
            ("Escape", "-Mentions"),
            ("Escape", "-People ("),
            ("?", "escape closes"),  # help
            ("Escape", "-escape closes"),
        )
        for key, shows in steps:
            term.key(key)
            if shows.startswith("-"):
                term.until(f"{shows[1:]!r} gone", lambda screen, gone=shows[1:]: gone not in screen)
            else:
                term.wait_for(shows)
            term.assert_untouched(key)
            assert "READER-LEFT" not in term.screen()
        term.key("q")
        term.wait_for("READER-LEFT")
        term.assert_untouched("after quitting")
    finally:
        term.close()


def _write_until_reloaded(term: Guarded, folder: Path) -> None:
    """Break briefing.md with a hostile heading until the reload error shows.

    The file watches are set up beside the load, so a write may come before them; waiting for the opening
    notices to go stood for "the watches are set", and on a busy machine they stayed past 120 s.
    """
    deadline = time.monotonic() + START_LIMIT
    for attempt in itertools.count():
        (folder / "briefing.md").write_text(f"# T\n\n## {ALL} RELOAD {attempt}\n\n- A claim.\n", encoding="utf-8")
        try:
            term.until(
                "the reload error", lambda screen: "unknownsection'[@click=app.screenshot(" in _toasts(screen), 15
            )
            return
        except AssertionError:
            if time.monotonic() > deadline or "Traceback" in term.screen() or not term.alive():
                raise


def test_the_reader_notices_leave_the_terminal_alone(tmp_path: Path) -> None:
    """Toasts quoting outside text: a hostile config key, a skipped file's name, a reload error's heading."""
    folder = make_folder(tmp_path / "hostile")
    config = tmp_path / "xdg_config_home" / "briefing" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text(CONFIG, encoding="utf-8")
    term = Guarded(tmp_path, f"{BRIEFING} {shlex.quote(str(folder))}; echo READER-LEFT; sleep 60")
    try:
        notices = {"[@click=app.quit]␛]0;PWNED-KEY␇[/]", "empty[@click=app.quit]␛]0;PWNED-SKIPPED␇[b].txt"}
        seen: set[str] = set()

        def all_seen(screen: str) -> bool:  # toasts come and go: one may leave before the other comes
            seen.update(n for n in notices if n in _toasts(screen))
            return seen == notices

        term.until(f"the notices {sorted(notices)!r}", all_seen, START_LIMIT)
        term.assert_untouched("the notices on opening")
        _write_until_reloaded(term, folder)
        term.assert_untouched("the reload error")
        term.key("q")
        term.wait_for("READER-LEFT")
        term.assert_untouched("after quitting")
    finally:
        term.close()


def test_the_commands_print_hostile_text_harmlessly(tmp_path: Path) -> None:
    folder = curated(tmp_path / "hostile")
    q = shlex.quote(str(folder))
    commands = (
        f"echo FIRST-LINE; {BRIEFING} derive {q} --format md --no-cache; {BRIEFING} search talks {q}; "
        f"{BRIEFING} check {q}; {BRIEFING} derive {q} --no-cache | head -c 0; echo ALL-DONE; sleep 60"
    )
    term = Guarded(tmp_path, commands, 200, 50)
    try:
        term.wait_for("ALL-DONE", START_LIMIT)
        term.assert_untouched("derive, search, check")
        history = term.history()
        assert "FIRST-LINE" in history  # no reset, no clear: what was there stays
        assert "␛]0;PWNED-TITLE␇" in history  # the payloads, made visible
    finally:
        term.close()


def test_a_fatal_error_names_a_hostile_file_harmlessly(tmp_path: Path) -> None:
    folder = make_folder(tmp_path / f"talks{ESCAPES['osc0-title']}[@click=app.quit]", undecodable_name=False)
    (folder / "briefing.md").write_text("# A briefing\n\nprose where bullets belong\n", encoding="utf-8")
    term = Guarded(tmp_path, f"{BRIEFING} {shlex.quote(str(folder))}; echo EXIT=$?; sleep 60")
    try:
        screen = term.wait_for("EXIT=2", START_LIMIT)
        term.assert_untouched("fatal error")
        line = next(ln for ln in screen.splitlines() if "briefing: error:" in ln)
        assert "␛]0;PWNED-TITLE␇[@click=app.quit]" in line
    finally:
        term.close()
