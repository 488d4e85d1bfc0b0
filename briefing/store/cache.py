"""The derivation cache: parsed sources and derived briefings, keyed by content.

Kinds of entry under platformdirs' user cache dir for "briefing":

- ``sources/KEY``: one parsed article. KEY hashes the file's bytes, its
  source id and type, ``PARSE_VERSION`` and the reading/cleaning/
  segmentation code. A changed article re-parses only itself.
- ``briefings/KEY``: a derived briefing and the files skipped while making
  it. KEY hashes every input (path, id, bytes) and the whole derivation
  code (``briefing/derive/``, which holds ``DERIVE_VERSION``, and its data),
  so reopening an unchanged folder derives nothing.
- ``heads/KEY``: the briefing's :class:`~briefing.model.Head`, what the
  reader paints first.
- ``search/KEY``: a briefing's search index (:mod:`briefing.search.stored`).
- ``seen/KEY``: the identity and digest of each file under the paths
  named, so that unchanged files are not read again to be hashed
  (:mod:`briefing.store.seen`).
- ``articles/KEY``: what the last derivation of the paths named read from
  each article (:mod:`briefing.derive.by_article`), each result keyed by
  the article's content and all else it read; KEY hashes the paths
  (resolved) and the derivation code. One changed article of a thousand
  is read again, the other 999 are not.

Hashing the code as well as the version constants means a developer who
forgets to bump a version still never reads a stale briefing.

**The format cannot run code.** Entries were pickles, and unpickling runs
whatever the file says: another local user able to write the cache (a
shared ``XDG_CACHE_HOME``, folders made under umask 000) made the next
``briefing derive`` run ``os.system(...)``. Entries are now MessagePack
decoded by msgspec against the model's own dataclasses: a file can only
ever yield a ``Source``, a ``Briefing`` or a ``Head`` with fields of the
declared types, or fail to decode (a miss, rebuilt with one warning).
Typed decoding runs in C and reads the 1,000-article briefing faster than
the packed pickles did (``tests/benchmarks/bench_cache.py``). On top of
that, folders are 0700, files 0600, and an entry that is not a regular
file of the user's that only the user may write is refused with one
warning and rebuilt (:mod:`briefing.store.files`).

An unwritable cache dir turns the cache off with one warning. The total
size is bounded: the least recently used entries go.

The entries' format lives in :mod:`briefing.store.codec`, imported only
when an entry is read or written: importing msgspec and its typed structs
costs ~30 ms, which the reader's loading process would otherwise pay
before the first paint of a folder read without the cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from briefing.errors import os_reason
from briefing.store.atomic import write_atomic
from briefing.store.files import UnsafeFile, private_dir, read_bounded
from briefing.store.kinds import BRIEFINGS, FAMILY, HEADS, MAGIC, SEARCH, SEEN, SOURCES

#: Size bound of the whole cache, in MB; override with this environment variable.
MAX_MB_ENV = "BRIEFING_CACHE_MAX_MB"
DEFAULT_MAX_MB = 512
#: No entry is read past this size (a 1,000-article briefing is ~20 MB).
ENTRY_LIMIT = 1 << 30
_PACKAGE = Path(__file__).resolve().parent.parent
_PARSE_CODE = ("model.py", "ingest")
_STALE_TMP_SECONDS = 3600


# ---------------------------------------------------------------- keys


#: The code whose output each scope of entry holds: parsing; derivation; reading a curated briefing.
_SCOPES = {
    "parse": _PARSE_CODE,
    "derive": (*_PARSE_CODE, "derive"),
    "curated": (*_PARSE_CODE, "ids.py", "formats"),
    "search": ("model.py", "history.py", "search"),
    "patterns": ("patterns.py", "derive/quick_re.py"),
}


@cache
def code_digest(scope: str) -> str:
    """A digest of the code (and data) whose output a cache entry holds.

    ``scope`` is "parse" (reading, cleaning, segmentation), "derive" (all
    of that plus ``briefing/derive/``), "curated" (parsing plus
    ``briefing/formats/``, which reads a ``briefing.md``), "search" or
    "patterns" (the compiled rule patterns and their rewrites).
    """
    files = [f for name in _SCOPES[scope] for f in _code_files(_PACKAGE / name)]
    h = hashlib.blake2b(scope.encode(), digest_size=16)
    for path in files:
        h.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0")
        try:
            h.update(path.read_bytes())
        except OSError:
            h.update(b"missing")
        h.update(b"\0")
    return h.hexdigest()


def _code_files(path: Path) -> list[Path]:
    """``path`` itself if a file, else every file below it (compiled caches aside), sorted.

    Walked with ``os.walk``, pruning ``__pycache__``: ``rglob`` went through
    every compiled file too, 6 of the 8 ms a key's code digest took.
    """
    if path.suffix:
        return [path]
    files = []
    for folder, subfolders, names in os.walk(path):
        subfolders[:] = [d for d in subfolders if d != "__pycache__"]
        files += [Path(folder, name) for name in names if os.path.isfile(os.path.join(folder, name))]
    return sorted(files)


def _key(*parts: str) -> str:
    return hashlib.blake2b("\0".join(parts).encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()


def source_key(source_id: str, path: Path, digest: str) -> str:
    """Key of one parsed article: what parsing depends on, not where the file lives."""
    from briefing.ingest.sources import PARSE_VERSION

    return _key(PARSE_VERSION, code_digest("parse"), source_id, path.suffix.lower(), digest)


def briefing_key(inputs: Iterable[tuple[str, str, str]]) -> str:
    """Key of a derived briefing from each input's (resolved path, source id, bytes digest).

    Resolved paths, so that ``talks``, ``./talks`` and ``/home/me/talks``
    are one entry, shared by the reader, ``derive`` and ``search``; the
    paths as typed are put back on a hit (see :mod:`briefing.pipeline`).
    """
    return _key(code_digest("derive"), *_inputs(inputs))


def curated_key(briefing_digest: str, inputs: Iterable[tuple[str, str, str]]) -> str:
    """Key of a curated briefing: its file's bytes and the articles its citations resolve against."""
    return _key(code_digest("curated"), briefing_digest, *_inputs(inputs))


def index_key(key: str) -> str:
    """Key of the search index of the briefing keyed ``key`` (which pins the inputs and their code)."""
    return _key(code_digest("search"), key)


def seen_key(resolved: list[str]) -> str:
    """Key of what was seen of the files under some paths (:mod:`briefing.store.seen`): the paths, resolved."""
    return _key("seen", *resolved)


def articles_key(resolved: list[str]) -> str:
    """Key of what derivation read from each article under some paths (resolved), by the derivation's code."""
    return _key("articles", code_digest("derive"), *resolved)


def patterns_key(build: str) -> str:
    """Key of the compiled patterns of one Python build (:mod:`briefing.store.pattern_cache`), and of the code
    that makes them: the engine's code depends on the build alone, a look-ahead rewrite on ``quick_re``."""
    return _key("patterns", build, code_digest("patterns"))


def _inputs(inputs: Iterable[tuple[str, str, str]]) -> list[str]:
    return [f"{path}\x1f{sid}\x1f{digest}" for path, sid, digest in inputs]


# ---------------------------------------------------------------- entries


def default_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("briefing", appauthor=False))


@dataclass
class Cache:
    """The on-disk cache, or a disabled one (``root`` is None) that always misses."""

    root: Path | None
    warnings: list[str] = field(default_factory=list)
    max_bytes: int = DEFAULT_MAX_MB * 1024 * 1024
    _warned: set[str] = field(default_factory=set)
    _wrote: bool = False

    @classmethod
    def open(cls, enabled: bool = True, root: Path | None = None) -> Cache:
        if not enabled:
            return cls(None)
        try:
            max_mb = int(os.environ.get(MAX_MB_ENV, DEFAULT_MAX_MB))
        except ValueError:
            max_mb = DEFAULT_MAX_MB
        return cls(root or default_dir(), max_bytes=max(0, max_mb) * 1024 * 1024)

    @property
    def enabled(self) -> bool:
        """Whether entries are read and written (off when asked, or after a failed write)."""
        return self.root is not None

    def _warn(self, category: str, message: str) -> None:
        if category not in self._warned:
            self._warned.add(category)
            self.warnings.append(message)

    def get(self, kind: str, key: str) -> Any | None:
        """The cached value, or None on a miss; a bad or untrusted entry is dropped with a warning."""
        if self.root is None:
            return None
        path = self.root / kind / key
        try:
            data = read_bounded(path, ENTRY_LIMIT, follow_links=False)
        except FileNotFoundError:
            return None
        except UnsafeFile as err:
            self._warn("unsafe", f"cache entry refused ({err}), rebuilding: {path}")
            self._drop(path)
            return None
        except OSError as err:
            self._warn("read", f"cache unreadable ({os_reason(err)}), rebuilding: {path}")
            return None
        if data.startswith(FAMILY) and not data.startswith(MAGIC):
            self._drop(path)  # written by an earlier version: a plain miss
            return None
        from briefing.store.codec import loads  # msgspec and the typed decoders, imported when an entry is read

        try:
            value = loads(data, kind)
        except Exception:  # any damage: truncated, garbage, written by other code
            self._warn("read", f"cache entry corrupt, rebuilding: {path}")
            self._drop(path)
            return None
        _touch(path)
        return value

    def reject(self, kind: str, key: str) -> None:
        """Drop an entry whose contents proved damaged past decoding (one warning, as for any damage)."""
        if self.root is not None:
            path = self.root / kind / key
            self._warn("read", f"cache entry corrupt, rebuilding: {path}")
            self._drop(path)

    @staticmethod
    def _drop(path: Path) -> None:
        with contextlib.suppress(OSError):
            path.unlink()

    def put(self, kind: str, key: str, value: Any) -> None:
        """Store a value (or an entry's bytes from :func:`dumps`); failing to write turns the cache off."""
        if self.root is None:
            return
        folder = self.root / kind
        if not isinstance(value, bytes):
            from briefing.store.codec import dumps

            value = dumps(value)
        data = value
        try:
            private_dir(self.root)
            private_dir(folder)
            write_atomic(folder / key, data, private=True, durable=False)
        except OSError as err:
            self._warn("write", f"cache disabled, running without it: cannot write {folder}: {os_reason(err)}")
            self.root = None
            return
        self._wrote = True

    def trim(self) -> None:
        """Remove the least recently used entries beyond the size bound (after writing only)."""
        if self.root is None or not self._wrote:
            return
        entries = list(_entries(self.root))
        total = sum(size for _, size, _ in entries)
        for mtime, size, path in sorted(entries):
            if path.name.endswith(".tmp"):  # another process's write in progress, or a crash's leftover
                if time.time() - mtime < _STALE_TMP_SECONDS:
                    continue
            elif total <= self.max_bytes:
                continue
            with contextlib.suppress(OSError):
                path.unlink()
                total -= size


def _entries(root: Path) -> Iterable[tuple[float, int, Path]]:
    for kind in (SOURCES, BRIEFINGS, HEADS, SEARCH, SEEN):
        try:
            with os.scandir(root / kind) as it:
                for entry in it:
                    try:
                        info = entry.stat(follow_symlinks=False)
                    except OSError:
                        continue
                    yield info.st_mtime, info.st_size, Path(entry.path)
        except OSError:
            continue


def _touch(path: Path) -> None:
    """Mark an entry as recently used (best effort: a read-only cache still serves)."""
    with contextlib.suppress(OSError):
        os.utime(path)
