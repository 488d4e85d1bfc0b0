"""Writing a command's output: to stdout, or to a file atomically, never over an input or a curated briefing.

Output on a terminal has its control characters made visible (an article's
``ESC c`` would reset it); output is always valid UTF-8 (a file name that is
not shows U+FFFD). A file is written atomically and keeps what it was: a
symlink stays a symlink (its target is replaced), the mode stays, and a
``briefing.md`` (the curated briefing a folder opens with) is replaced only
with ``--force``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from briefing.errors import InputError
from briefing.ingest.reading import BRIEFING_FILE
from briefing.sanitize import utf8, visible
from briefing.store.atomic import write_atomic


def write_output(text: str | bytes, output: str | None, inputs: Sequence[Path] = (), force: bool = False) -> None:
    """Print, or write a file atomically; never over one of the inputs, nor over a briefing.md unless ``force``.

    ``bytes`` are text already encoded as valid UTF-8 (a large briefing's
    JSON), written as they are: decoded and encoded again, a 10,000-article
    briefing's ~200 MB would be held three times over.
    """
    if output is None or output == "-":
        _print(text)
        return
    text = _ended_bytes(text) if isinstance(text, bytes) else _ended(text)
    target = Path(output)
    resolved = target.resolve()
    if any(resolved == Path(p).resolve() for p in inputs):
        raise InputError(f"refusing to overwrite an input file: {output}")
    if target.is_dir():
        raise InputError(f"output is a folder: {output}")
    if resolved.name.lower() == BRIEFING_FILE and resolved.is_file() and not force:
        raise InputError(f"refusing to replace the curated briefing {output} (add --force to replace it)")
    try:
        if target.exists() and not target.is_file():
            with target.open("wb") as fh:  # /dev/null, a pipe: never renamed over
                fh.write(text.encode("utf-8") if isinstance(text, str) else text)
        else:
            write_atomic(resolved, text)  # through a symlink to its target: the link stays a link
    except OSError as err:
        raise InputError(f"cannot write {output}: {(err.strerror or str(err)).lower()}") from None


def _ended(text: str) -> str:
    """``text`` ending in a newline, fit to be UTF-8."""
    return utf8(text if text.endswith("\n") else text + "\n")


def _ended_bytes(data: bytes) -> bytes:
    """UTF-8 ``data`` ending in a newline."""
    return data if data.endswith(b"\n") else data + b"\n"


def _print(text: str | bytes) -> None:
    """To standard output: a terminal sees only visible characters, a pipe gets bytes as they are."""
    if isinstance(text, bytes) and not sys.stdout.isatty():
        sys.stdout.flush()
        sys.stdout.buffer.write(_ended_bytes(text))
        sys.stdout.buffer.flush()
        return
    line = _ended(text.decode() if isinstance(text, bytes) else text)
    sys.stdout.write(visible(line) if sys.stdout.isatty() else line)
