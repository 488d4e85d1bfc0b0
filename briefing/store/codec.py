"""The cache's entry format: typed MessagePack (msgspec) that can only ever decode to the model's types.

See :mod:`briefing.store.cache` for why (entries were pickles, which run
code on load). Each kind of entry decodes against its own type: a
``Source``, a :class:`~briefing.store.briefing_entries.CachedBriefing`, a
``Head``, a :class:`CachedIndex`, a :class:`SeenFiles`, or the preload's
answer; anything else fails to decode. The types that hold the model live in
:mod:`briefing.store.briefing_entries`, imported only for their kinds.
"""

from __future__ import annotations

import gc
from functools import cache
from typing import TYPE_CHECKING, Any

import msgspec

from briefing.sanitize import utf8
from briefing.store.kinds import ARTICLES, LOADED, MAGIC, PATTERNS, SEARCH, SEEN

if TYPE_CHECKING:
    from briefing.ingest.reading import Skipped
    from briefing.model import Briefing


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


class CachedPatterns(msgspec.Struct, array_like=True):
    """The rules' compiled patterns (:mod:`briefing.patterns`), for the Python build named in ``build``.

    Each is the engine's code (machine words) and the pattern's groups, decoded as such and nothing else; the
    engine validates the code again when it is handed over.
    """

    build: str
    compiled: dict[str, tuple[int, bytes, int, dict[str, int], list[str | None]]]
    rewritten: dict[str, str] = {}


class KeptResults(msgspec.Struct, array_like=True):
    """What derivation read from single articles: each result's MessagePack by its key.

    The bytes are decoded by the step that wrote them, against its own type
    (:class:`briefing.derive.by_article.Step`), and only when its article is
    derived again.
    """

    results: dict[str, bytes]


#: What each kind of entry that holds no model decodes to; the others' are in ``briefing_entries.TYPES``.
_LIGHT: dict[str, Any] = {SEARCH: CachedIndex, SEEN: SeenFiles, PATTERNS: CachedPatterns, ARTICLES: KeptResults}


@cache
def _decoder(kind: str) -> msgspec.msgpack.Decoder:
    """The typed decoder of one kind, built when first needed: building one walks the model's types (~10 ms each)."""
    if kind in _LIGHT:
        return msgspec.msgpack.Decoder(_LIGHT[kind])
    from briefing.store.briefing_entries import TYPES

    return msgspec.msgpack.Decoder(TYPES[kind])


_ENCODER = msgspec.msgpack.Encoder()


def dumps(value: object) -> bytes:
    """An entry's bytes: the header line, then the value as MessagePack."""
    if not isinstance(value, tuple(_LIGHT.values())):  # a model entry: stored in its own form
        from briefing.store.briefing_entries import stored

        value = stored(value)
    return MAGIC + _ENCODER.encode(value)


def dumps_loaded(briefing: Briefing, skipped: list[Skipped], warnings: list[str]) -> bytes:
    """The preload's answer in the same format (paths and messages as UTF-8 text: they are for display)."""
    from briefing.store.briefing_entries import CachedBriefing, Loaded

    entry = CachedBriefing.of(briefing, skipped)
    return MAGIC + _ENCODER.encode(Loaded(entry.briefing, entry.skipped, [utf8(w) for w in warnings]))


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
    if kind == LOADED:
        from briefing.store.briefing_entries import loaded_parts

        return loaded_parts(value)
    return value
