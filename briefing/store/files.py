"""The store's folders and reads: private (0700) folders, and reads that never block, never run away.

The cache, the reader's state and the config file live in folders other
users may reach (a shared ``XDG_CACHE_HOME``, a umask of 000). A file there
is trusted only when it is a regular file owned by the user (or root) that
nobody else may write; anything else — a FIFO, which would block the reader
for good, a symlink to ``/dev/zero``, which would fill memory, an entry
planted by another user — is refused with a reason, and the caller warns
and goes on without it. Reads are bounded in size; the folders the store
makes are 0700 and a looser one of the user's own is tightened.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from briefing.errors import FileError
from briefing.ingest.reading import read_regular

#: Mode bits of a folder the store makes: the user alone.
PRIVATE_DIR = 0o700
_ROOT = 0


class UnsafeFile(Exception):
    """A store file that is not read, and why (one line, without the path)."""


def private_dir(path: Path) -> Path:
    """``path`` as a folder only the user can enter: made 0700 (missing parents too), tightened if looser.

    Raises ``OSError`` when it cannot be made, or when it belongs to someone
    else (their folder: entries in it could be theirs), or is a symlink
    someone else made: in a shared cache home, a link to a folder of the
    user's would have the cache tighten it, write into it and trim it.
    """
    missing = []
    probe = path
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):  # made meanwhile by another process
            folder.mkdir(mode=PRIVATE_DIR)
    link = path.lstat()
    if stat.S_ISLNK(link.st_mode) and link.st_uid not in (os.geteuid(), _ROOT):
        raise PermissionError(1, "a symlink owned by another user", str(path))
    info = path.stat()
    if not stat.S_ISDIR(info.st_mode):
        raise NotADirectoryError(20, "not a folder", str(path))
    if info.st_uid != os.geteuid():
        raise PermissionError(1, "owned by another user", str(path))
    if stat.S_IMODE(info.st_mode) & 0o077:
        os.chmod(path, stat.S_IMODE(info.st_mode) & PRIVATE_DIR)
    return path


def read_bounded(path: Path, limit: int, *, follow_links: bool = True, group_may_write: bool = False) -> bytes:
    """The bytes of a store file, at most ``limit`` of them, opened without blocking.

    Raises ``FileNotFoundError`` when it is missing, :class:`UnsafeFile`
    when it is not to be trusted (not a regular file, a symlink where none
    is expected, someone else's, writable by others, too large) and
    ``OSError`` when it cannot be read.
    """

    def trusted(info: os.stat_result) -> None:
        if info.st_uid not in (os.geteuid(), _ROOT):
            raise UnsafeFile("owned by another user")
        if info.st_mode & (0o002 if group_may_write else 0o022):
            raise UnsafeFile("writable by other users")

    try:
        return read_regular(path, limit, follow_links=follow_links, check=trusted)
    except FileError as err:
        raise UnsafeFile(err.reason) from None
    except (FileNotFoundError, NotADirectoryError) as err:
        raise FileNotFoundError(err.errno, err.strerror, str(path)) from None
