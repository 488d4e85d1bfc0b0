"""From paths on the command line to a briefing: the one road every entry point takes.

Every file is looked at on every open: its bytes are hashed to find cache
entries, or, where its status shows it unchanged since the cache saw it
(:mod:`briefing.store.seen`), that digest is used. Parsing and derivation
are skipped for whatever the cache already holds. Only the modules a step
needs are imported, so reopening a cached folder stays fast.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.errors import InputError
from briefing.ingest.reading import STDIN, Skipped, curated_path
from briefing.sanitize import utf8
from briefing.store.cache import BRIEFINGS, HEADS, SOURCES, Cache, briefing_key, curated_key, source_key

if TYPE_CHECKING:
    from briefing.derive.by_article import Kept
    from briefing.ingest.sources import Article
    from briefing.model import Briefing, Head, Source
    from briefing.search.index import SearchIndex
    from briefing.store.seen import Seen


@dataclass(slots=True)
class Loaded:
    briefing: Briefing
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: A curated briefing's findings as (line, status, message), kept with its search index too.
    findings: list[tuple[int, str, str]] = field(default_factory=list)


@dataclass(slots=True)
class Searchable:
    """A briefing's search index, with what loading it skipped and warned about (as :class:`Loaded`)."""

    index: SearchIndex
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


#: Called as ``progress(stage, done, total)`` while a briefing is built.
Progress = Callable[[str, int, int], None]
OnHead = Callable[["Head"], None]

#: The stage reported while articles are read and segmented.
READING = "reading"


@dataclass(slots=True)
class _Opened:
    """The articles read for a load, and the key of their briefing in the cache."""

    cache: Cache
    articles: list[Article]
    skipped: list[Skipped]
    key: str
    curated: Path | None = None  # the folder's briefing.md, when it is the one opened
    curated_bytes: bytes = b""
    #: The paths named, resolved: what derivation read from each article is kept under them.
    named: list[str] = field(default_factory=list)


def load_briefing(
    paths: Iterable[str | os.PathLike[str]],
    strict: bool = True,
    use_cache: bool = True,
    progress: Progress | None = None,
    curated: bool = True,
    on_head: OnHead | None = None,
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
    return _load(_open(paths, strict, use_cache, curated), progress, on_head)


def load_index(
    paths: Iterable[str | os.PathLike[str]],
    strict: bool = True,
    use_cache: bool = True,
    progress: Progress | None = None,
) -> Searchable:
    """The search index of the briefing ``load_briefing(paths)`` gives: from the cache, else built and kept.

    A cached index answers without the briefing being read or derived, so
    ``briefing search`` on a cached folder costs reading the articles (to
    know they are unchanged) and the index.
    """
    from briefing.search.index import SearchIndex
    from briefing.search.stored import pack, unpack
    from briefing.store.cache import SEARCH, index_key
    from briefing.store.codec import CachedIndex

    opened = _open(paths, strict, use_cache, True)
    cache, key = opened.cache, index_key(opened.key)
    hit = cache.get(SEARCH, key)
    if isinstance(hit, CachedIndex) and (bad := _typed_skips(hit.skipped, opened.articles)) is not None:
        try:
            index = SearchIndex.of(unpack(hit.index))
        except ValueError:
            cache.reject(SEARCH, key)
        else:
            warnings = list(cache.warnings) + _report_of(hit.findings, opened.curated)
            return Searchable(index, opened.skipped + bad, warnings)
    loaded = _load(opened, progress, None)
    index = SearchIndex(loaded.briefing)
    skips = _resolved_skips(loaded.skipped[len(opened.skipped) :], opened.articles)
    cache.put(SEARCH, key, CachedIndex.of(pack(index.tables), skips, loaded.findings))
    return Searchable(index, loaded.skipped, loaded.warnings)


def check_sources(briefing_md: Path, paths: list[str], use_cache: bool = True) -> tuple[list[Source], list[str]]:
    """The articles ``briefing check`` reads, parsed through the cache as the reader parses them, and its warnings.

    At ``paths`` (the briefing's folder when empty), never the briefing
    itself. None at all is no error here: every article the briefing lists
    is then reported missing. A bad file named on its own fails; one found
    in a folder is not an article, skipped as the reader skips it.
    """
    from briefing.errors import NoArticles
    from briefing.ingest.sources import read_articles

    cache = Cache.open(use_cache)
    try:
        articles, _skipped = read_articles(paths or [str(briefing_md.parent)], strict=bool(paths), exclude=briefing_md)
    except NoArticles:
        return [], []
    sources, _bad = parse_articles(articles, cache)
    return sources, list(cache.warnings)


def _open(paths: Iterable[str | os.PathLike[str]], strict: bool, use_cache: bool, curated: bool) -> _Opened:
    """Read every article (and a curated briefing.md) and key what they make."""
    import hashlib

    from briefing.ingest.reading import read_bytes
    from briefing.ingest.sources import read_articles  # not at the top: the reader imports Loaded
    from briefing.store.seen import named

    paths = list(paths)
    cache = Cache.open(use_cache)
    resolve = _resolver()
    seen = _seen(cache, paths, resolve)
    articles, skipped = read_articles(paths, strict, vouch=seen.vouch if seen is not None else None)
    names = [resolve(a.path) for a in articles]  # once each, for the record and the key
    if seen is not None:
        seen.keep(articles, names)
    briefing_md = curated_path(paths) if curated else None
    if briefing_md is None:
        return _Opened(cache, articles, skipped, briefing_key(_inputs(articles, names)), named=named(paths))
    data = read_bytes(briefing_md)
    key = curated_key(hashlib.blake2b(data, digest_size=16).hexdigest(), _inputs(articles, names))
    return _Opened(cache, articles, skipped, key, briefing_md, data)


def _seen(cache: Cache, paths: list[str | os.PathLike[str]], resolve: Callable[[Path], str]) -> Seen | None:
    """What the cache saw of the files under ``paths`` (spares reading unchanged ones); None without a cache."""
    from briefing.store.seen import Seen

    return Seen(cache, paths, resolve) if cache.enabled else None


def _load(opened: _Opened, progress: Progress | None, on_head: OnHead | None) -> Loaded:
    loaded = _cached(opened, on_head)
    if loaded is not None:
        return loaded
    if opened.curated is not None:
        return _curated(opened, progress, on_head)
    from briefing.derive import derive

    sources, bad = _sources(opened, progress)
    kept = _kept(opened)
    briefing = derive(sources, progress, kept)
    _keep(opened, kept)
    _store(opened, briefing, bad, on_head)
    return Loaded(briefing, opened.skipped + bad, opened.cache.warnings)


def _kept(opened: _Opened) -> Kept | None:
    """What the last derivation of these paths read from each article (none without a cache)."""
    if not opened.cache.enabled:
        return None
    from briefing.derive.by_article import Kept
    from briefing.store.cache import articles_key
    from briefing.store.kinds import ARTICLES

    entry = opened.cache.get(ARTICLES, articles_key(opened.named))
    return Kept(dict(getattr(entry, "results", None) or {}))


def _keep(opened: _Opened, kept: Kept | None) -> None:
    """Store what this derivation read from each article, for the next (only what it used: no growth)."""
    if kept is None or not kept.changed():
        return
    from briefing.store.cache import articles_key
    from briefing.store.codec import KeptResults
    from briefing.store.kinds import ARTICLES

    opened.cache.put(ARTICLES, articles_key(opened.named), KeptResults(kept.found))


def _curated(opened: _Opened, progress: Progress | None, on_head: OnHead | None) -> Loaded:
    """The folder's ``briefing.md`` against its articles: its head first, then the whole."""
    from briefing.formats.markdown_read import parse
    from briefing.ingest.reading import decode

    assert opened.curated is not None
    name = str(opened.curated)
    sources, bad = _sources(opened, progress)
    text = decode(opened.curated_bytes, name).text
    if on_head is not None:
        from briefing.formats.markdown_head import head_of

        head = head_of(text, sources, name)
        if head is not None:
            on_head(head)
    parsed = parse(text, sources, name)
    parsed.briefing.origin = "curated"
    findings = [(f.line, f.status, f.message) for f in parsed.findings]
    _store(opened, parsed.briefing, bad, on_head, findings)
    return Loaded(parsed.briefing, opened.skipped + bad, opened.cache.warnings + parsed.report(), findings)


def _inputs(articles: list[Article], names: list[str]) -> list[tuple[str, str, str]]:
    """What a briefing's key holds of each article: its resolved path (``names``), id and bytes' digest."""
    return [(name, a.source_id, a.digest) for name, a in zip(names, articles, strict=True)]


def _resolver() -> Callable[[Path], str]:
    """Resolved paths as text: each folder resolved once (a thousand files, one folder: one ``realpath``).

    A file that is itself a symlink keeps its own name: it is keyed as the
    link, which at worst makes a second entry, never a wrong one. Worked on
    text, not ``Path`` objects, whose hashing and comparing cost more than
    the rest of opening a cached folder.
    """
    folders: dict[str, str] = {}

    def resolve(path: Path) -> str:
        text = str(path)
        if text == str(STDIN):
            return text
        folder, name = os.path.split(text)
        if folder not in folders:
            folders[folder] = os.path.join(os.path.realpath(folder), "")
        return folders[folder] + name

    return resolve


def _sources(opened: _Opened, progress: Progress | None) -> tuple[list[Source], list[Skipped]]:
    from briefing.ingest.sources import require_sources

    sources, bad = parse_articles(opened.articles, opened.cache, progress)
    require_sources(sources, opened.skipped + bad)
    return sources, bad


def _cached(opened: _Opened, on_head: OnHead | None) -> Loaded | None:
    """The cached briefing with the paths as typed now, its head heard first; None on a miss."""
    from briefing.model import Head

    cache, key = opened.cache, opened.key
    head = cache.get(HEADS, key) if on_head is not None else None
    if isinstance(head, Head) and on_head is not None:
        on_head(head)
    hit = cache.get(BRIEFINGS, key)
    if hit is None:
        return None
    from briefing.store.briefing_entries import CachedBriefing

    if not isinstance(hit, CachedBriefing):
        return None
    bad = _typed_skips(hit.skipped, opened.articles)
    if bad is None:
        return None
    exact = {a.source_id: str(a.path) for a in opened.articles}
    for src in hit.briefing.sources:
        src.path = exact.get(src.id, src.path)
    if on_head is not None and not isinstance(head, Head):  # cached before heads were, or trimmed
        cache.put(HEADS, key, Head.of(hit.briefing))
    warnings = list(cache.warnings) + _report_of(hit.findings, opened.curated)
    return Loaded(hit.briefing, opened.skipped + bad, warnings, list(hit.findings))


def _report_of(findings: list[tuple[int, str, str]], curated: Path | None) -> list[str]:
    """A curated briefing's cached findings as ``file:line: status message`` lines, as when first read."""
    if not findings or curated is None:
        return []
    from briefing.formats.markdown_read import Finding, ParsedBriefing
    from briefing.model import Briefing

    lines = [Finding(line, status, message) for line, status, message in findings]
    return ParsedBriefing(Briefing("", []), lines, str(curated)).report()


def _store(
    opened: _Opened,
    briefing: Briefing,
    bad: list[Skipped],
    on_head: OnHead | None,
    findings: list[tuple[int, str, str]] | None = None,
) -> None:
    """Cache a briefing and its head (files skipped by resolved path); the head is heard if not yet."""
    from briefing.model import Head

    cache = opened.cache
    head = Head.of(briefing)
    if cache.enabled:  # no entry to build for a cache that is off (the codec is not even imported then)
        from briefing.store.briefing_entries import CachedBriefing

        cache.put(BRIEFINGS, opened.key, CachedBriefing.of(briefing, _resolved_skips(bad, opened.articles), findings))
        cache.put(HEADS, opened.key, head)
    if on_head is not None:
        on_head(head)
    cache.trim()


def _resolved_skips(bad: list[Skipped], articles: list[Article]) -> list[Skipped]:
    resolve = _resolver()
    resolved = {a.path: resolve(a.path) for a in articles}
    return [Skipped(Path(resolved.get(s.path, str(s.path))), s.reason) for s in bad]


def _typed_skips(stored: list[tuple[str, str]], articles: list[Article]) -> list[Skipped] | None:
    """The files an entry skipped, by the paths as typed now (it holds resolved ones, as UTF-8 text).

    None when one of them is now named strictly: its error is due, so the
    entry does not serve.
    """
    if not stored:
        return []
    resolve = _resolver()
    by_resolved = {utf8(resolve(a.path)): a for a in articles}
    bad: list[Skipped] = []
    for path, reason in stored:
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
    from briefing.model import Source

    total = len(articles)
    keys = [source_key(a.source_id, a.path, a.digest) for a in articles]
    results: list[Source | InputError | None] = [cache.get(SOURCES, k) for k in keys]  # path-less: set below
    misses = [i for i, r in enumerate(results) if not isinstance(r, Source)]
    done = total - len(misses)
    _report(progress, done, total)
    parallel = workers.pays(len(misses), sum(articles[i].size for i in misses))
    results_in_order = workers.map_ordered(_parse, [articles[i] for i in misses], parallel, shipped=_parse_packed)
    for i, result in zip(misses, results_in_order, strict=True):
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
    from briefing.store.codec import dumps

    result = _parse(article)
    return result if isinstance(result, InputError) else dumps(result)


def _unpack_source(data: bytes) -> Source:
    from briefing.store.codec import loads

    return loads(data, SOURCES)


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(READING, done, total)
