"""Editing the curated briefing from the reader, and reloading when its files change.

:func:`editor_command` and :func:`briefing_to_edit` are plain functions of
paths, tested without a terminal; :func:`edit_in_editor` suspends the app
around the editor, and :class:`Reloader` reloads in the app's thread
workers when told to by the file events of :mod:`briefing.app.watching`
(or, where there are none, by polling) and hands the briefing back.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import os
import shlex
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from briefing.app.watching import FileEvents, Watcher
from briefing.errors import InputError
from briefing.ingest.reading import BRIEFING_FILE, curated_path
from briefing.model import Briefing
from briefing.sanitize import visible
from briefing.store.atomic import write_atomic

if TYPE_CHECKING:
    from textual.app import App


def editor_command(path: Path) -> list[str]:
    """``$VISUAL`` or ``$EDITOR`` (with its own arguments) on ``path``; ``vi`` when neither is set.

    Raises :class:`InputError` when the variable is no command line (an unbalanced quote).
    """
    name = "VISUAL" if os.environ.get("VISUAL") else "EDITOR"
    editor = os.environ.get(name) or "vi"
    try:
        words = shlex.split(editor)
    except ValueError as err:
        raise InputError(f"cannot run the editor: ${name} is not a command line ({err}): {editor}") from None
    return [*(words or ["vi"]), str(path)]


def briefing_to_edit(paths: Sequence[str], briefing: Briefing | None) -> Path | None:
    """The ``briefing.md`` that ``e`` opens.

    A folder opened alone with no ``briefing.md`` gets one written from the
    briefing on screen, the start of curating it; articles named one by one
    have no folder to keep a briefing in, so there is nothing to edit.
    """
    existing = curated_path(paths)
    if existing is not None or briefing is None:
        return existing
    if len(paths) != 1 or not Path(paths[0]).is_dir():
        return None
    from briefing.formats.markdown_write import render

    target = Path(paths[0]) / BRIEFING_FILE
    write_atomic(target, render(briefing))
    return target


def edit_in_editor(app: App[None], paths: Sequence[str], briefing: Briefing | None) -> bool:
    """Suspend ``app`` and run the editor on the briefing.md to edit; whether there is one to reload."""
    import subprocess

    from textual.app import SuspendNotSupported

    try:
        path = briefing_to_edit(paths, briefing)
    except OSError as err:
        app.notify(f"cannot write briefing.md: {(err.strerror or str(err)).lower()}", severity="error")
        return False
    if path is None:
        app.notify("Open a folder of articles to keep an editable briefing.md in it.", severity="warning")
        return False
    try:
        command = editor_command(path)
    except InputError as err:
        app.notify(str(err), severity="error", timeout=10)
        return False
    try:
        with app.suspend():
            subprocess.run(command, check=False)
    except SuspendNotSupported:
        app.notify("This terminal cannot hand over to an editor.", severity="error")
        return False
    except OSError as err:
        app.notify(
            visible(f"cannot run the editor: {(err.strerror or str(err)).lower()}"), severity="error", markup=False
        )
    return True


class Reloading(Protocol):
    """What an app offers :class:`Reloader`: the briefing on screen, and a way to show a new one."""

    briefing: Briefing | None

    def reload_briefing(self, briefing: Briefing) -> None: ...


class Reloader:
    """Loads the files behind an app again, when asked or when their file events (or polling) say they changed.

    A file that no longer reads keeps the old briefing on screen, with the
    error as a notice. A briefing handed to the app (not loaded) is not
    watched. ``watcher`` is set once changes are being watched for.
    """

    def __init__(self, app: App[None], paths: Sequence[str], use_cache: bool, watch: bool) -> None:
        self.app, self.paths, self.use_cache, self.watch = app, list(paths), use_cache, watch
        self.watcher: Watcher | None = None
        self.events: FileEvents | None = None
        self._interval = 1.0

    def start(self, interval: float) -> None:
        """Watch the files through the system's events; poll every ``interval`` seconds where there are none.

        Watching begins ``interval`` seconds in, as the first poll did: the
        tree is listed off the UI thread, after the first frame.
        """
        self._interval = interval
        if self.watch and self.paths:
            self.app.set_timer(interval, lambda: self.app.run_worker(self._watch, thread=True, group="watch"))

    def _watch(self) -> None:
        before = Watcher(self.paths)
        self.events = FileEvents(
            self.paths, self._changed, lambda: self._ready(before), self._events_failed, lambda: self.app.is_running
        )
        if not self.events.start():
            self._call(self._poll_instead)

    def _ready(self, before: Watcher) -> None:
        """The watches are in place; a change made while they were being set up is caught by comparing."""
        now = Watcher(self.paths)
        self.watcher = now
        if now.signature != before.signature:
            self._changed()

    def _changed(self) -> None:
        if self._target.briefing is not None:
            self._call(self.reload)

    def _events_failed(self, err: BaseException) -> None:
        self._call(self._poll_instead)

    def _poll_instead(self) -> None:
        self.events = None
        self.app.set_interval(self._interval, self.poll)

    def _call(self, fn: Callable[[], object]) -> None:
        """Run ``fn`` on the app's thread (nothing once the app has closed).

        A watch thread may call in while the app is closing: Textual raises
        RuntimeError once the loop has stopped, and CancelledError when the
        loop is cancelled with the call still waiting (seen on Python 3.13).
        """
        with contextlib.suppress(RuntimeError, concurrent.futures.CancelledError):
            self.app.call_from_thread(fn)

    def reload(self) -> None:
        self.app.run_worker(self._reload, thread=True, exclusive=True, group="reload")

    def _reload(self) -> None:
        from briefing.errors import InputError
        from briefing.pipeline import load_briefing

        app = self.app
        if self.watcher is not None:
            self.watcher.changed()  # take in the change now, so the poll does not reload twice
        try:
            loaded = load_briefing(self.paths, strict=False, use_cache=self.use_cache)
        except InputError as err:
            app.call_from_thread(app.notify, visible(str(err)), severity="error", timeout=10, markup=False)
            return
        app.call_from_thread(self._target.reload_briefing, loaded.briefing)
        if loaded.warnings:
            note = f"{len(loaded.warnings)} citation(s) moved or lost; 'briefing check' lists them"
            app.call_from_thread(app.notify, note, severity="warning")

    @property
    def _target(self) -> Reloading:
        return self.app  # type: ignore[return-value]

    def poll(self) -> None:
        """Timer: look at the files in a thread, one look at a time (a slow disk never piles them up)."""
        if not any(w.group == "watch" and not w.is_finished for w in self.app.workers):
            self.app.run_worker(self._check, thread=True, group="watch")

    def _check(self) -> None:
        if self._target.briefing is None or not self.watch:
            return
        if self.watcher is None:
            self.watcher = Watcher(self.paths)  # first poll after the load: the files as loaded
        elif self.watcher.changed():
            self.app.call_from_thread(self.reload)
