"""Editing the curated briefing from the reader, and noticing when its files change.

No Textual here: the app suspends itself around :func:`editor_command` and
polls :class:`Watcher`; both are plain functions of paths so they are
tested without a terminal.
"""

from __future__ import annotations

import os
import shlex
from collections.abc import Sequence
from pathlib import Path

from briefing.errors import InputError
from briefing.ingest.reading import BRIEFING_FILE, discover
from briefing.model import Briefing
from briefing.pipeline import curated_path
from briefing.store.atomic import write_atomic

Signature = tuple[tuple[str, int, int], ...]


def editor_command(path: Path) -> list[str]:
    """``$VISUAL`` or ``$EDITOR`` (with its own arguments) on ``path``; ``vi`` when neither is set."""
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
    return [*shlex.split(editor), str(path)]


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
    from briefing.formats.markdown import render

    target = Path(paths[0]) / BRIEFING_FILE
    write_atomic(target, render(briefing))
    return target


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
