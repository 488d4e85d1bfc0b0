"""The derivation cache: parsed sources and derived briefings, keyed by content.

Three kinds of entry under platformdirs' user cache dir for "briefing":

- ``sources/KEY``: one parsed article. KEY hashes the file's bytes, its
  source id and type, ``PARSE_VERSION`` and the reading/cleaning/
  segmentation code. A changed article re-parses only itself.
- ``briefings/KEY``: a derived briefing and the files skipped while making
  it. KEY hashes every input (path, id, bytes) and the whole derivation
  code (``briefing/derive/``, which holds ``DERIVE_VERSION``, and its data),
  so reopening an unchanged folder derives nothing.
- ``heads/KEY``: the briefing's :class:`~briefing.model.Head`, what the
  reader paints first.

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
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import hashlib
import os
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import msgspec

from briefing.errors import os_reason
from briefing.ingest.reading import Skipped
from briefing.model import Briefing, Head, Source
from briefing.sanitize import utf8
from briefing.store.atomic import write_atomic
from briefing.store.files import UnsafeFile, private_dir, read_bounded

#: First line of every entry: a file written by another layout is a miss, not a crash.
MAGIC = b"briefing-cache/2\n"
#: Entries of earlier layouts (pickles) start so: they are dropped quietly, never decoded.
_FAMILY = b"briefing-cache/"
SOURCES = "sources"
BRIEFINGS = "briefings"
#: The small part of a briefing the reader paints first (:class:`briefing.model.Head`), keyed as its briefing.
HEADS = "heads"
#: A briefing's search index (:mod:`briefing.search.stored`), keyed by its briefing's key and the search code.
SEARCH = "search"
#: The preload's answer over its pipe (not stored): a briefing, what was skipped, the warnings.
LOADED = "loaded"
#: Size bound of the whole cache, in MB; override with this environment variable.
MAX_MB_ENV = "BRIEFING_CACHE_MAX_MB"
DEFAULT_MAX_MB = 512
#: No entry is read past this size (a 1,000-article briefing is ~20 MB).
ENTRY_LIMIT = 1 << 30
_PACKAGE = Path(__file__).resolve().parent.parent
_PARSE_CODE = ("model.py", "ingest")
_STALE_TMP_SECONDS = 3600


# ---------------------------------------------------------------- serialisation


class CachedBriefing(msgspec.Struct, array_like=True):
    """What the briefing level stores: the briefing and the parse-time skips as (path, reason).

    Paths are stored as UTF-8 text (a name that is not UTF-8 shows U+FFFD);
    :func:`briefing.pipeline.load_briefing` puts the exact paths back from
    the files it read, which the key already pins.
    """

    briefing: Briefing
    skipped: list[tuple[str, str]]
    #: A curated briefing's findings as (line, status, message): what moved or is lost, reported on every open.
    findings: list[tuple[int, str, str]] = []

    @classmethod
    def of(
        cls, briefing: Briefing, skipped: list[Skipped], findings: list[tuple[int, str, str]] | None = None
    ) -> CachedBriefing:
        sources = [_storable(src) for src in briefing.sources]
        skips = [(utf8(str(s.path)), s.reason) for s in skipped]
        return cls(
            dataclasses.replace(briefing, sources=sources), skips, [(n, st, utf8(m)) for n, st, m in findings or []]
        )

    def skips(self) -> list[Skipped]:
        return [Skipped(Path(path), reason) for path, reason in self.skipped]


class CachedIndex(msgspec.Struct, array_like=True):
    """What the search level stores: the index's own bytes (typed by the search package), and as a briefing's.

    The skips and findings are the briefing's, so that a search answered
    from here reports what a load would.
    """

    index: msgspec.Raw  # MessagePack as the search package wrote it, decoded (typed) by it, not copied here
    skipped: list[tuple[str, str]]
    findings: list[tuple[int, str, str]] = []

    @classmethod
    def of(cls, index: bytes, skipped: list[Skipped], findings: list[tuple[int, str, str]]) -> CachedIndex:
        skips = [(utf8(str(s.path)), s.reason) for s in skipped]
        notes = [(line, status, utf8(message)) for line, status, message in findings]
        return cls(msgspec.Raw(index), skips, notes)


class _Loaded(msgspec.Struct, array_like=True):
    briefing: Briefing
    skipped: list[tuple[str, str]]
    warnings: list[str]


#: What each kind of entry decodes to: nothing else can come out of one.
_TYPES: dict[str, Any] = {
    SOURCES: Source,
    BRIEFINGS: CachedBriefing,
    HEADS: Head,
    SEARCH: CachedIndex,
    LOADED: _Loaded,
}


@cache
def _decoder(kind: str) -> msgspec.msgpack.Decoder:
    """The typed decoder of one kind, built when first needed: building one walks the model's types (~10 ms each)."""
    return msgspec.msgpack.Decoder(_TYPES[kind])


_ENCODER = msgspec.msgpack.Encoder()


def _storable(src: Source) -> Source:
    """A source as stored: its path only as UTF-8 text (msgspec, like any UTF-8 format, refuses raw bytes)."""
    if src.path is None or utf8(src.path) == src.path:
        return src
    return dataclasses.replace(src, path=utf8(src.path))


def dumps(value: Source | CachedBriefing | Head) -> bytes:
    """An entry's bytes: the header line, then the value as MessagePack."""
    if isinstance(value, Source):
        value = dataclasses.replace(value, path=None)  # parsing does not depend on where the file lives
    return MAGIC + _ENCODER.encode(value)


def dumps_loaded(briefing: Briefing, skipped: list[Skipped], warnings: list[str]) -> bytes:
    """The preload's answer in the same format (paths and messages as UTF-8 text: they are for display)."""
    entry = CachedBriefing.of(briefing, skipped)
    return MAGIC + _ENCODER.encode(_Loaded(entry.briefing, entry.skipped, [utf8(w) for w in warnings]))


def loads(data: bytes, kind: str) -> Any:
    """The value of an entry of ``kind``; raises ``ValueError`` when it is not one.

    The preload's answer (``kind`` :data:`LOADED`) comes back as
    ``(briefing, skipped, warnings)``.
    """
    if not data.startswith(MAGIC):
        raise ValueError("not a briefing cache entry")
    enabled = gc.isenabled()
    gc.disable()  # tens of thousands of new objects: collection passes would double the time
    try:
        value = _decoder(kind).decode(memoryview(data)[len(MAGIC) :])
    except msgspec.DecodeError as err:
        raise ValueError(f"not a {kind} entry: {err}") from None
    finally:
        if enabled:
            gc.enable()
    if isinstance(value, _Loaded):
        return value.briefing, [Skipped(Path(p), r) for p, r in value.skipped], value.warnings
    return value


# ---------------------------------------------------------------- keys


#: The code whose output each scope of entry holds: parsing; derivation; reading a curated briefing.
_SCOPES = {
    "parse": _PARSE_CODE,
    "derive": (*_PARSE_CODE, "derive"),
    "curated": (*_PARSE_CODE, "ids.py", "formats"),
    "search": ("model.py", "history.py", "search"),
}


@cache
def code_digest(scope: str) -> str:
    """A digest of the code (and data) whose output a cache entry holds.

    ``scope`` is "parse" (reading, cleaning, segmentation), "derive" (all
    of that plus ``briefing/derive/``) or "curated" (parsing plus
    ``briefing/formats/``, which reads a ``briefing.md``).
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
    """``path`` itself if a file, else every file below it (compiled caches aside), sorted."""
    if path.suffix:
        return [path]
    return sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


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
        if data.startswith(_FAMILY) and not data.startswith(MAGIC):
            self._drop(path)  # written by an earlier version: a plain miss
            return None
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
        data = value if isinstance(value, bytes) else dumps(value)
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
    for kind in (SOURCES, BRIEFINGS, HEADS, SEARCH):
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
