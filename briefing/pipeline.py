"""From paths on the command line to a briefing: the one road every entry point takes.

Reading is always fresh (bytes are hashed to find cache entries); parsing
and derivation are skipped for whatever the cache already holds. Only the
modules a step needs are imported, so reopening a cached folder stays fast.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.errors import InputError
from briefing.ingest.reading import BRIEFING_FILE, Skipped
from briefing.model import Briefing, Head, Source
from briefing.sanitize import utf8
from briefing.store.cache import BRIEFINGS, HEADS, SOURCES, Cache, CachedBriefing, briefing_key, source_key

if TYPE_CHECKING:
    from briefing.ingest.sources import Article


@dataclass(slots=True)
class Loaded:
    briefing: Briefing
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


#: Called as ``progress(stage, done, total)`` while a briefing is built.
Progress = Callable[[str, int, int], None]

#: The stage reported while articles are read and segmented.
READING = "reading"


def load_briefing(
    paths: Iterable[str | os.PathLike[str]],
    strict: bool = True,
    use_cache: bool = True,
    progress: Progress | None = None,
    curated: bool = True,
    on_head: Callable[[Head], None] | None = None,
) -> Loaded:
    """Read the articles under ``paths`` and derive their briefing, using the cache.

    A single folder holding a ``briefing.md`` opens that briefing instead
    (curated, ``origin == "curated"``), its citations resolved against the
    folder's articles; what moved or is lost is listed in ``Loaded.warnings``.
    ``curated=False`` derives regardless (``briefing derive`` always derives).

    ``strict`` makes a bad file named on its own an error (scripts naming
    files); files found in folders, and every file when not strict, are
    skipped and listed in ``Loaded.skipped``. Cache trouble never fails a
    load: it ends as a line in ``Loaded.warnings``. ``progress`` hears about
    reading ("reading") and the derivation's own stages; ``on_head`` hears
    the briefing's :class:`Head` as soon as the cache has it, before the
    whole briefing is read, or else once it is derived.
    """
    from briefing.ingest.sources import read_articles, require_sources  # not at the top: the reader imports Loaded

    paths = list(paths)
    cache = Cache.open(use_cache)
    articles, skipped = read_articles(paths, strict)
    briefing_md = curated_path(paths) if curated else None
    if briefing_md is not None:
        from briefing.formats.markdown_read import load

        sources, bad = parse_articles(articles, cache, progress)
        parsed = load(briefing_md, require_sources(sources, skipped + bad))
        return Loaded(parsed.briefing, skipped + bad, cache.warnings + parsed.report())
    key = briefing_key((str(a.path), a.source_id, a.digest, a.strict) for a in articles)
    head = cache.get(HEADS, key) if on_head is not None else None
    if isinstance(head, Head) and on_head is not None:
        on_head(head)
    hit = cache.get(BRIEFINGS, key)
    if isinstance(hit, CachedBriefing):
        briefing = hit.briefing
        if on_head is not None and not isinstance(head, Head):  # cached before heads were, or trimmed
            cache.put(HEADS, key, Head.of(briefing))
        return Loaded(briefing, skipped + _exact_paths(hit.skips(), briefing, articles), cache.warnings)
    sources, bad = parse_articles(articles, cache, progress)
    require_sources(sources, skipped + bad)
    from briefing.derive import derive

    briefing = derive(sources, progress)
    cache.put(BRIEFINGS, key, CachedBriefing.of(briefing, bad))
    head = Head.of(briefing)
    cache.put(HEADS, key, head)
    if on_head is not None:
        on_head(head)
    cache.trim()
    return Loaded(briefing, skipped + bad, cache.warnings)


def _exact_paths(bad: list[Skipped], briefing: Briefing, articles: list[Article]) -> list[Skipped]:
    """Put back the paths of the files read: the cache stores them as UTF-8 text, a name may not be.

    The key pins every path, so the articles read now are the ones cached.
    """
    exact = {a.source_id: str(a.path) for a in articles}
    for src in briefing.sources:
        src.path = exact.get(src.id, src.path)
    by_text = {utf8(str(a.path)): a.path for a in articles}
    return [Skipped(by_text.get(str(s.path), s.path), s.reason) for s in bad]


def curated_path(paths: Iterable[str | os.PathLike[str]]) -> Path | None:
    """The curated briefing ``paths`` open: the ``briefing.md`` of a folder given alone."""
    paths = list(paths)
    if len(paths) != 1 or not Path(paths[0]).is_dir():
        return None
    candidate = Path(paths[0]) / BRIEFING_FILE
    return candidate if candidate.is_file() else None


def parse_articles(
    articles: list[Article], cache: Cache, progress: Progress | None = None
) -> tuple[list[Source], list[Skipped]]:
    """Sources of the articles in order: from the cache, else parsed (on every core when it pays).

    A bad strict article raises :class:`InputError` (the first in order);
    others are returned as skipped.
    """
    from briefing import workers
    from briefing.ingest.sources import skip_reason

    total = len(articles)
    keys = [source_key(a.source_id, a.path, a.digest) for a in articles]
    results: list[Source | InputError | None] = [cache.get(SOURCES, k) for k in keys]  # path-less: set below
    misses = [i for i, r in enumerate(results) if not isinstance(r, Source)]
    done = total - len(misses)
    _report(progress, done, total)
    parallel = workers.pays(len(misses), sum(len(articles[i].data) for i in misses))
    parse = _parse_packed if parallel else _parse
    for i, result in zip(misses, workers.map_ordered(parse, [articles[i] for i in misses], parallel), strict=True):
        if isinstance(result, bytes):
            cache.put(SOURCES, keys[i], result)
            result = _unpack_source(result)
        elif isinstance(result, Source):
            cache.put(SOURCES, keys[i], result)
        results[i] = result
        done += 1
        _report(progress, done, total)
    sources: list[Source] = []
    skipped: list[Skipped] = []
    for article, result in zip(articles, results, strict=True):
        if isinstance(result, Source):
            result.path = str(article.path)
            sources.append(result)
        elif isinstance(result, InputError):
            if article.strict:
                raise result
            skipped.append(Skipped(article.path, skip_reason(result)))
    return sources, skipped


def _parse(article: Article) -> Source | InputError:
    from briefing.ingest.sources import parse_article

    try:
        return parse_article(article)
    except InputError as err:
        return err


def _parse_packed(article: Article) -> bytes | InputError:
    """Parse in a worker and hand back the cache entry's bytes: ready to store, quick to ship."""
    from briefing.store.cache import dumps

    result = _parse(article)
    return result if isinstance(result, InputError) else dumps(result)


def _unpack_source(data: bytes) -> Source:
    from briefing.store.cache import loads

    return loads(data, SOURCES)


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(READING, done, total)
