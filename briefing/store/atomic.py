"""Writing files so that a crash never leaves half a file behind, and the file keeps what it was.

The data goes to a temporary file beside the target, is flushed to disk
(fsync) and renamed over it, so a reader sees the old file or the new one,
never a torn one, even across a power cut. A file that existed keeps its
mode (a 0644 ``briefing.md`` stays 0644); a new one gets the mode the
user's umask gives (as ``open`` would), or 0600 when ``private`` (the
cache and the reader's state).
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from briefing.sanitize import utf8

#: Mode of a private file (cache entries, reader state).
PRIVATE_FILE = 0o600


def write_atomic(target: Path, data: str | bytes, *, private: bool = False, durable: bool = True) -> None:
    """Write ``data`` (text as UTF-8) to ``target`` through a temporary file renamed over it.

    ``durable=False`` skips the fsyncs, for files whose loss costs only a
    rebuild (cache entries: a thousand of them are written in one derivation).
    Raises ``OSError`` as the caller's to report (the CLI turns it into one line).
    """
    folder = target.parent if str(target.parent) else Path(".")
    payload = utf8(data).encode("utf-8") if isinstance(data, str) else data
    mode = PRIVATE_FILE if private else _existing_mode(target)
    fd, tmp = _create_temp(folder, target.name, PRIVATE_FILE if private else 0o666)
    try:
        try:
            if mode is not None:
                os.fchmod(fd, mode)
            view = memoryview(payload)
            while view:
                view = view[os.write(fd, view) :]
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if durable:
        _sync_folder(folder)


def _existing_mode(target: Path) -> int | None:
    """The permission bits of the file being replaced; None for a new file (the umask decides)."""
    try:
        info = target.stat()
    except OSError:
        return None
    return stat.S_IMODE(info.st_mode) if stat.S_ISREG(info.st_mode) else None


def _create_temp(folder: Path, name: str, mode: int) -> tuple[int, str]:
    """A new file beside the target, created exclusively (never through a planted symlink)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    while True:
        tmp = os.path.join(folder, f".{name}.{os.urandom(4).hex()}.tmp")
        try:
            return os.open(tmp, flags, mode), tmp
        except FileExistsError:
            continue


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (best effort: not every system can open a folder)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
