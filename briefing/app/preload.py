"""Loading the briefing in a thread that starts before Textual is imported.

Importing Textual takes a couple of hundred milliseconds; reading a cached
briefing takes a few. Starting the load first means that, most of the time,
the briefing is ready when the app mounts and the first paint already shows
it (no second layout pass). A large set keeps loading and reports progress
to whoever listens once the app is up. Plain Python: no Textual here.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.pipeline import Loaded, Progress


#: Up to this many article files, loading starts before the app paints; more wait for the first paint.
EAGER_FILES = 40


class Preload:
    """``load_briefing`` in a daemon thread; ``wait()`` returns its result or raises its error.

    A large set would compete with the app's first paint for the
    interpreter, so it waits until :meth:`go` (called once the app is on
    screen) before reading.
    """

    def __init__(self, paths: Sequence[str], use_cache: bool = True) -> None:
        self.paths = list(paths)
        self.use_cache = use_cache
        self.listener: Progress | None = None
        self._go = threading.Event()
        self._result: Loaded | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="briefing-preload", daemon=True)

    def start(self) -> Preload:
        self._thread.start()
        return self

    def go(self) -> None:
        """The app is on screen: a large set may start loading now."""
        self._go.set()

    def _run(self) -> None:
        from briefing.pipeline import load_briefing
        from briefing.reading import discover

        try:
            if len(discover(self.paths)[0]) > EAGER_FILES:
                self._go.wait()
            self._result = load_briefing(self.paths, strict=False, use_cache=self.use_cache, progress=self._progress)
        except BaseException as err:  # handed to the waiting side, which reports it
            self._error = err

    def _progress(self, stage: str, done: int, total: int) -> None:
        listener = self.listener
        if listener is not None:
            listener(stage, done, total)

    @property
    def done(self) -> bool:
        return not self._thread.is_alive()

    def join(self) -> None:
        self._thread.join()

    def wait(self, timeout: float | None = None) -> Loaded:
        self._thread.join(timeout)
        if self._error is not None:
            raise self._error
        if self._result is None:
            raise TimeoutError("briefing still loading")
        return self._result
