"""The derivation cache: parsed sources and derived briefings, keyed by content.

Two levels under platformdirs' user cache dir for "briefing":

- ``sources/KEY``: one parsed article. KEY hashes the file's bytes, its
  source id and type, ``PARSE_VERSION`` and the reading/cleaning/
  segmentation code. A changed article re-parses only itself.
- ``briefings/KEY``: a derived briefing and the files skipped while making
  it. KEY hashes every input (path, id, bytes) and the whole derivation
  code (``briefing/derive/``, which holds ``DERIVE_VERSION``, and its data),
  so reopening an unchanged folder derives nothing.

Hashing the code as well as the version constants means a developer who
forgets to bump a version still never reads a stale briefing.

Entries are pickles behind a header line, written atomically. Pickle is the
fastest format measured for the 1,000-article reopen (JSON: ~0.45 s, default
pickle: ~0.2 s, this packing: ~0.06 s), and the cache dir belongs to the
user, who alone can write what it loads. A corrupt or unreadable entry is
rebuilt with one warning; an unwritable cache dir turns the cache off with
one warning. The total size is bounded: the least recently used entries go.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import io
import operator
import os
import pickle
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from functools import cache
from pathlib import Path
from typing import Any

from briefing.errors import os_reason
from briefing.ingest.reading import Skipped
from briefing.model import (
    Boilerplate,
    Briefing,
    Claim,
    Delegation,
    Member,
    Paragraph,
    Party,
    Person,
    Place,
    Sentence,
    Source,
)
from briefing.store.atomic import write_atomic

#: First line of every entry: a file written by another layout is a miss, not a crash.
MAGIC = b"briefing-cache/1\n"
SOURCES = "sources"
BRIEFINGS = "briefings"
#: The small part of a briefing the reader paints first (:class:`briefing.model.Head`), keyed as its briefing.
HEADS = "heads"
#: Size bound of the whole cache, in MB; override with this environment variable.
MAX_MB_ENV = "BRIEFING_CACHE_MAX_MB"
DEFAULT_MAX_MB = 512
_PACKAGE = Path(__file__).resolve().parent.parent
_PARSE_CODE = ("model.py", "ingest")
_STALE_TMP_SECONDS = 3600


# ---------------------------------------------------------------- serialisation


def _slot_builder(cls: type) -> Callable[..., Any]:
    """A constructor that fills a slotted frozen dataclass's slots directly, from positional values.

    Unpickling 50,000 sentences through the dataclass's own ``__setstate__``
    (or ``__init__``) costs 3-4 times as much; sentences, paragraphs and
    boilerplate are most of what a large briefing holds.
    """
    names = [f.name for f in fields(cls)]
    env: dict[str, Any] = {"new": object.__new__, "cls": cls}
    env.update({f"set_{name}": getattr(cls, name).__set__ for name in names})
    body = [f"    set_{name}(obj, {name})" for name in names]
    exec("\n".join([f"def build({', '.join(names)}):", "    obj = new(cls)", *body, "    return obj"]), env)
    return env["build"]


#: Slotted model classes packed as positional values (a briefing of 1,000 articles holds ~100,000 of them).
_PACKED = (Sentence, Paragraph, Boilerplate, Claim, Person, Place, Member, Party, Delegation)
_BUILDERS = {cls.__name__: _slot_builder(cls) for cls in _PACKED}
_GETTERS = {cls: operator.attrgetter(*(f.name for f in fields(cls))) for cls in _PACKED}
_SOURCE_COLUMNS = ("text", "paragraphs", "sentences", "boilerplate")


def _unpack(kind: str, values: tuple[Any, ...]) -> Any:
    return _BUILDERS[kind](*values)


def _pack(obj: Any) -> tuple[Any, ...]:
    return _unpack, (type(obj).__name__, _GETTERS[type(obj)](obj))


def _pack_source(src: Source) -> tuple[Any, ...]:
    """A source as columns: sentence and boilerplate texts are slices of its text, not stored twice.

    Half the bytes of the 1,000-article briefing, and half its load time.
    A source that breaks the invariants columns rely on is pickled as is.
    """
    text, sents, spans = src.text, src.sentences, src.boilerplate
    regular = all(
        s.index == i and s.source_id == src.id and text[s.start : s.end] == s.text for i, s in enumerate(sents)
    ) and all(text[b.start : b.end] == b.text for b in spans)
    if not regular:
        return Source, tuple(getattr(src, f.name) for f in fields(Source))
    columns = (
        [s.id for s in sents],
        [s.paragraph for s in sents],
        [s.start for s in sents],
        [s.end for s in sents],
        [s.kind for s in sents],
    )
    boilerplate = ([b.kind for b in spans], [b.start for b in spans], [b.end for b in spans])
    head = {f.name: getattr(src, f.name) for f in fields(Source) if f.name not in _SOURCE_COLUMNS}
    return _unpack_source, (head, text, columns, [_GETTERS[Paragraph](p) for p in src.paragraphs], boilerplate)


def _unpack_source(
    head: dict[str, Any],
    text: str,
    columns: tuple[list[Any], ...],
    paragraphs: list[tuple[Any, ...]],
    boilerplate: tuple[list[Any], ...],
) -> Source:
    sid = head["id"]
    sentence, paragraph, span = _BUILDERS["Sentence"], _BUILDERS["Paragraph"], _BUILDERS["Boilerplate"]
    ids, paras, starts, ends, kinds = columns
    sentences = [
        sentence(i, sid, n, p, s, e, text[s:e], k)
        for n, (i, p, s, e, k) in enumerate(zip(ids, paras, starts, ends, kinds, strict=True))
    ]
    spans = [span(k, s, e, text[s:e]) for k, s, e in zip(*boilerplate, strict=True)]
    return Source(
        text=text,
        paragraphs=[paragraph(*values) for values in paragraphs],
        sentences=sentences,
        boilerplate=spans,
        **head,
    )


def dumps(value: Any) -> bytes:
    """An entry's bytes: the header line, then the value pickled with compact packing."""
    buffer = io.BytesIO()
    buffer.write(MAGIC)
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = {Source: _pack_source, **{cls: _pack for cls in _PACKED}}
    pickler.dump(value)
    return buffer.getvalue()


def loads(data: bytes) -> Any:
    """The value of an entry; raises ``ValueError`` (or pickle's errors) when it is not one."""
    if not data.startswith(MAGIC):
        raise ValueError("not a briefing cache entry")
    enabled = gc.isenabled()
    gc.disable()  # tens of thousands of new objects: collection passes would double the time
    try:
        return pickle.loads(memoryview(data)[len(MAGIC) :])
    finally:
        if enabled:
            gc.enable()


# ---------------------------------------------------------------- keys


@cache
def code_digest(scope: str) -> str:
    """A digest of the code (and data) whose output a cache entry holds.

    ``scope`` is "parse" (reading, cleaning, segmentation) or "derive"
    (all of that plus ``briefing/derive/``).
    """
    names = [*_PARSE_CODE, "derive"] if scope == "derive" else list(_PARSE_CODE)
    files = [f for name in names for f in _code_files(_PACKAGE / name)]
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


def briefing_key(inputs: Iterable[tuple[str, str, str, bool]]) -> str:
    """Key of a derived briefing from each input's (path, source id, bytes digest, strict)."""
    parts = [code_digest("derive")]
    parts += [f"{path}\x1f{sid}\x1f{digest}\x1f{int(strict)}" for path, sid, digest, strict in inputs]
    return _key(*parts)


# ---------------------------------------------------------------- entries


@dataclass(slots=True)
class CachedBriefing:
    """What the briefing level stores: the briefing's fields and the parse-time skips."""

    fields: dict[str, Any]
    skipped: list[tuple[str, str]]

    @classmethod
    def of(cls, briefing: Briefing, skipped: list[Skipped]) -> CachedBriefing:
        values = {f.name: getattr(briefing, f.name) for f in fields(briefing)}
        return cls(values, [(str(s.path), s.reason) for s in skipped])

    def briefing(self) -> Briefing:
        return Briefing(**self.fields)

    def skips(self) -> list[Skipped]:
        return [Skipped(Path(path), reason) for path, reason in self.skipped]


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
        """The cached value, or None on a miss; a bad entry is dropped with a warning."""
        if self.root is None:
            return None
        path = self.root / kind / key
        try:
            data = path.read_bytes()
        except (FileNotFoundError, NotADirectoryError):
            return None
        except OSError as err:
            self._warn("read", f"cache unreadable ({os_reason(err)}), rebuilding: {path}")
            return None
        try:
            value = loads(data)
        except Exception:  # any damage: truncated, garbage, written by other code
            self._warn("read", f"cache entry corrupt, rebuilding: {path}")
            path.unlink(missing_ok=True)
            return None
        _touch(path)
        return value

    def put(self, kind: str, key: str, value: Any) -> None:
        """Store a value (or an entry's bytes from :func:`dumps`); failing to write turns the cache off."""
        if self.root is None:
            return
        folder = self.root / kind
        data = value if isinstance(value, bytes) else dumps(value)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            write_atomic(folder / key, data)
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
    for kind in (SOURCES, BRIEFINGS):
        try:
            with os.scandir(root / kind) as it:
                for entry in it:
                    try:
                        info = entry.stat()
                    except OSError:
                        continue
                    yield info.st_mtime, info.st_size, Path(entry.path)
        except OSError:
            continue


def _touch(path: Path) -> None:
    """Mark an entry as recently used (best effort: a read-only cache still serves)."""
    with contextlib.suppress(OSError):
        os.utime(path)
