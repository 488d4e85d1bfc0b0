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
from briefing.ingest.reading import STDIN, Skipped, curated_path
from briefing.model import Briefing, Head, Source
from briefing.sanitize import utf8
from briefing.store.cache import (
    BRIEFINGS,
    HEADS,
    SOURCES,
    Cache,
    CachedBriefing,
    briefing_key,
    curated_key,
    source_key,
)

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
    whole briefing is read, or else as soon as it is known (a curated
    briefing's title and summary are read before the rest of it).

    Both kinds are cached by content: the articles' resolved paths, ids and
    bytes, and for a curated briefing its file's bytes too. Strictness is
    not in the key: a hit that skipped a file now named strictly is
    treated as a miss, which raises that file's error.
    """
    from briefing.ingest.sources import read_articles  # not at the top: the reader imports Loaded

    paths = list(paths)
    cache = Cache.open(use_cache)
    articles, skipped = read_articles(paths, strict)
    briefing_md = curated_path(paths) if curated else None
    if briefing_md is not None:
        return _curated(briefing_md, articles, skipped, cache, progress, on_head)
    key = briefing_key(_inputs(articles))
    loaded = _cached(cache, key, articles, skipped, on_head)
    if loaded is not None:
        return loaded
    from briefing.derive import derive

    sources, bad = _sources(articles, skipped, cache, progress)
    briefing = derive(sources, progress)
    _store(cache, key, briefing, bad, articles, on_head)
    return Loaded(briefing, skipped + bad, cache.warnings)


def _curated(
    path: Path,
    articles: list[Article],
    skipped: list[Skipped],
    cache: Cache,
    progress: Progress | None,
    on_head: Callable[[Head], None] | None,
) -> Loaded:
    """The folder's ``briefing.md`` against its articles: cached, else its head first, then the whole."""
    import hashlib

    from briefing.ingest.reading import decode, read_bytes

    data = read_bytes(path)
    key = curated_key(hashlib.blake2b(data, digest_size=16).hexdigest(), _inputs(articles))
    loaded = _cached(cache, key, articles, skipped, on_head, str(path))
    if loaded is not None:
        return loaded
    from briefing.formats.markdown_read import parse

    sources, bad = _sources(articles, skipped, cache, progress)
    text = decode(data, str(path)).text
    if on_head is not None:
        from briefing.formats.markdown_head import head_of

        head = head_of(text, sources, str(path))
        if head is not None:
            on_head(head)
    parsed = parse(text, sources, str(path))
    parsed.briefing.origin = "curated"
    findings = [(f.line, f.status, f.message) for f in parsed.findings]
    _store(cache, key, parsed.briefing, bad, articles, on_head, findings)
    return Loaded(parsed.briefing, skipped + bad, cache.warnings + parsed.report())


def _inputs(articles: list[Article]) -> list[tuple[str, str, str]]:
    """What a briefing's key holds of each article: its resolved path, id and bytes' digest."""
    resolved = _resolver()
    return [(resolved(a.path), a.source_id, a.digest) for a in articles]


def _resolver() -> Callable[[Path], str]:
    """Resolved paths as text: each folder resolved once (a thousand files, one folder: one ``realpath``).

    A file that is itself a symlink keeps its own name: it is keyed as the
    link, which at worst makes a second entry, never a wrong one.
    """
    folders: dict[Path, str] = {}

    def resolve(path: Path) -> str:
        if path == STDIN:
            return str(path)
        parent = path.parent
        if parent not in folders:
            folders[parent] = os.path.realpath(parent)
        return os.path.join(folders[parent], path.name)

    return resolve


def _sources(
    articles: list[Article], skipped: list[Skipped], cache: Cache, progress: Progress | None
) -> tuple[list[Source], list[Skipped]]:
    from briefing.ingest.sources import require_sources

    sources, bad = parse_articles(articles, cache, progress)
    require_sources(sources, skipped + bad)
    return sources, bad


def _cached(
    cache: Cache,
    key: str,
    articles: list[Article],
    skipped: list[Skipped],
    on_head: Callable[[Head], None] | None,
    name: str | None = None,
) -> Loaded | None:
    """The cached briefing of ``key`` with the paths as typed now, its head heard first; None on a miss.

    ``name`` is the curated briefing's file, whose findings are reported again.
    """
    head = cache.get(HEADS, key) if on_head is not None else None
    if isinstance(head, Head) and on_head is not None:
        on_head(head)
    hit = cache.get(BRIEFINGS, key)
    if not isinstance(hit, CachedBriefing):
        return None
    bad = _typed_paths(hit, articles)
    if bad is None:
        return None
    if on_head is not None and not isinstance(head, Head):  # cached before heads were, or trimmed
        cache.put(HEADS, key, Head.of(hit.briefing))
    warnings = list(cache.warnings)
    if hit.findings and name is not None:
        from briefing.formats.markdown_read import Finding, ParsedBriefing

        findings = [Finding(line, status, message) for line, status, message in hit.findings]
        warnings += ParsedBriefing(hit.briefing, findings, name).report()
    return Loaded(hit.briefing, skipped + bad, warnings)


def _store(
    cache: Cache,
    key: str,
    briefing: Briefing,
    bad: list[Skipped],
    articles: list[Article],
    on_head: Callable[[Head], None] | None,
    findings: list[tuple[int, str, str]] | None = None,
) -> None:
    """Cache a briefing and its head (files skipped by resolved path); the head is heard if not yet."""
    resolve = _resolver()
    resolved = {a.path: resolve(a.path) for a in articles}
    skips = [Skipped(Path(resolved.get(s.path, str(s.path))), s.reason) for s in bad]
    cache.put(BRIEFINGS, key, CachedBriefing.of(briefing, skips, findings))
    head = Head.of(briefing)
    cache.put(HEADS, key, head)
    if on_head is not None:
        on_head(head)
    cache.trim()


def _typed_paths(hit: CachedBriefing, articles: list[Article]) -> list[Skipped] | None:
    """Put back the paths as typed now (the key holds resolved ones, and as UTF-8 text a name may not be).

    Returns the files skipped while the entry was made, or None when one of
    them is now named strictly: its error is due, so the entry does not serve.
    """
    exact = {a.source_id: str(a.path) for a in articles}
    for src in hit.briefing.sources:
        src.path = exact.get(src.id, src.path)
    resolve = _resolver()
    by_resolved = {utf8(resolve(a.path)): a for a in articles}
    bad: list[Skipped] = []
    for path, reason in hit.skipped:
        article = by_resolved.get(path)
        if article is not None and article.strict:
            return None
        bad.append(Skipped(article.path if article is not None else Path(path), reason))
    return bad


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
