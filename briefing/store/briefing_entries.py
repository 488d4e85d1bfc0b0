"""The cache entries that hold the model: a parsed source, a briefing, its head, the preload's answer.

Apart from :mod:`briefing.store.codec` so that the entries a cached
``briefing search`` reads (the seen files and the search index) decode
without the model's dataclasses being imported (~10 ms of ~200).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import msgspec

from briefing.ingest.reading import Skipped
from briefing.model import Briefing, Head, Source
from briefing.sanitize import utf8
from briefing.store.kinds import BRIEFINGS, HEADS, LOADED, SOURCES


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


class Loaded(msgspec.Struct, array_like=True):
    briefing: Briefing
    skipped: list[tuple[str, str]]
    warnings: list[str]


#: What each kind of entry that holds the model decodes to.
TYPES: dict[str, type] = {SOURCES: Source, BRIEFINGS: CachedBriefing, HEADS: Head, LOADED: Loaded}


def _storable(src: Source) -> Source:
    """A source as stored: its path only as UTF-8 text (msgspec, like any UTF-8 format, refuses raw bytes)."""
    if src.path is None or utf8(src.path) == src.path:
        return src
    return dataclasses.replace(src, path=utf8(src.path))


def stored(value: object) -> object:
    """An entry as it is written: a source without its path (parsing does not depend on where the file lives)."""
    return dataclasses.replace(value, path=None) if isinstance(value, Source) else value


def loaded_parts(value: Loaded) -> tuple[Briefing, list[Skipped], list[str]]:
    """The preload's answer as ``(briefing, skipped, warnings)``."""
    return value.briefing, [Skipped(Path(p), r) for p, r in value.skipped], value.warnings
