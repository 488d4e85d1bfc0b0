"""The cache's entry format: typed MessagePack (msgspec) that can only ever decode to the model's types.

See :mod:`briefing.store.cache` for why (entries were pickles, which run
code on load). Each kind of entry decodes against its own type: a
``Source``, a :class:`CachedBriefing`, a ``Head``, a :class:`CachedIndex`,
a :class:`SeenFiles`, or the preload's answer; anything else fails to decode.
"""

from __future__ import annotations

import dataclasses
import gc
from functools import cache
from pathlib import Path
from typing import Any

import msgspec

from briefing.ingest.reading import Skipped
from briefing.model import Briefing, Head, Source
from briefing.sanitize import utf8
from briefing.store.kinds import BRIEFINGS, HEADS, LOADED, MAGIC, SEARCH, SEEN, SOURCES


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


class SeenFiles(msgspec.Struct, array_like=True):
    """What the cache saw of a set of article files: each one's resolved path, identity and digest.

    See :mod:`briefing.store.seen`: an identity that still matches vouches
    for the digest without the file being read again.
    """

    files: dict[str, tuple[int, int, int, int, int, str]]


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
    SEEN: SeenFiles,
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


def dumps(value: Source | CachedBriefing | Head | SeenFiles) -> bytes:
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
