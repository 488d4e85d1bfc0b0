"""Noticing that the files behind the reader changed: the system's file events, else polling.

Polling meant listing and statting the whole tree every second: with 20,000
files that kept 56 % of a core busy while the reader sat idle. The reader
now asks the operating system (inotify, FSEvents, ReadDirectoryChangesW)
through `watchfiles <https://pypi.org/project/watchfiles/>`_ and sleeps
until something changes. Where that is not possible — watchfiles missing,
the watch limit reached, a file system without events — :class:`Watcher`,
the poller, takes over, as before.

Folders are watched recursively for articles and ``briefing.md``; articles
named one by one through their folders, for those files only. The watching
runs in daemon threads (never keeping the process alive) and reports
through a callback; plain Python and watchfiles, no Textual here.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from briefing.errors import InputError
from briefing.ingest.reading import ARTICLE_SUFFIXES, BRIEFING_FILE, curated_path, discover

Signature = tuple[tuple[str, int, int], ...]
#: How often the events thread wakes when nothing happens (ms): to see the stop flag, and to say it is ready.
WAKE_MS = 500


def input_signature(paths: Sequence[str]) -> Signature:
    """Name, size and modification time of every file the reader loaded (articles and briefing.md)."""
    try:
        files, _ = discover(paths)
    except InputError:
        files = []
    curated = curated_path(paths)
    out = []
    for path in [*files, *([curated] if curated else [])]:
        try:
            st = path.stat()
        except OSError:
            continue
        out.append((str(path), st.st_size, st.st_mtime_ns))
    return tuple(out)


class Watcher:
    """Tells, when polled, whether the files behind the reader changed since the last poll."""

    def __init__(self, paths: Sequence[str]) -> None:
        self.paths = list(paths)
        self.signature = input_signature(self.paths)

    def changed(self) -> bool:
        now = input_signature(self.paths)
        if now == self.signature:
            return False
        self.signature = now
        return True


def article_or_briefing(path: str) -> bool:
    """A change worth a reload in a watched folder: an article or a briefing.md, not a hidden file."""
    name = os.path.basename(path).lower()
    return not name.startswith(".") and (name.endswith(ARTICLE_SUFFIXES) or name == BRIEFING_FILE)


class FileEvents:
    """Calls ``on_change`` (from a thread) when an article or briefing.md behind ``paths`` changes.

    :meth:`start` returns False when the system's events cannot be had;
    ``on_ready`` hears once every watch is in place, and ``on_failure``
    hears when one stops working later (the caller then polls). Watching
    ends when :attr:`stop` is set or ``keep_going`` (asked every wake) says
    so: each watch holds an inotify instance, of which a user has few.
    """

    def __init__(
        self,
        paths: Sequence[str],
        on_change: Callable[[], None],
        on_ready: Callable[[], None] = lambda: None,
        on_failure: Callable[[BaseException], None] = lambda err: None,
        keep_going: Callable[[], bool] = lambda: True,
    ) -> None:
        self.on_change, self.on_ready, self.on_failure = on_change, on_ready, on_failure
        self.keep_going = keep_going
        self.stop = threading.Event()
        folders = [os.path.abspath(p) for p in paths if Path(p).is_dir()]
        files = {os.path.abspath(p) for p in paths if not Path(p).is_dir()}
        self.groups: list[tuple[list[str], bool, Callable[[str], bool]]] = []
        if folders:
            self.groups.append((folders, True, article_or_briefing))
        if files:
            parents = sorted({os.path.dirname(f) for f in files})
            self.groups.append((parents, False, lambda p: os.path.abspath(p) in files))
        self._waiting = len(self.groups)
        self._lock = threading.Lock()

    def start(self) -> bool:
        try:
            import watchfiles  # noqa: F401  (only to know it is there)
        except ImportError:
            return False
        for roots, recursive, wanted in self.groups:
            thread = threading.Thread(
                target=self._run, args=(roots, recursive, wanted), name="briefing-watch", daemon=True
            )
            thread.start()
        return True

    def _run(self, roots: list[str], recursive: bool, wanted: Callable[[str], bool]) -> None:
        from watchfiles import watch

        ready = False
        try:
            for changes in watch(
                *roots,
                watch_filter=lambda change, path: wanted(path),
                stop_event=self.stop,
                rust_timeout=WAKE_MS,
                yield_on_timeout=True,
                recursive=recursive,
                raise_interrupt=False,
                ignore_permission_denied=True,
            ):
                if not self.keep_going():
                    self.stop.set()
                    return
                if not ready:
                    ready = True  # the watches are in place once the first wait is over
                    self._one_ready()
                if changes:
                    self.on_change()
        except Exception as err:  # no events to be had here (limits, file systems): the caller polls
            if not self.stop.is_set():
                self.on_failure(err)

    def _one_ready(self) -> None:
        with self._lock:
            self._waiting -= 1
            done = self._waiting == 0
        if done:
            self.on_ready()
