"""Reading articles into the sources model: decode, clean, segment."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.errors import FileError, InputError
from briefing.ids import slug, unique_id
from briefing.ingest.reading import (
    STDIN,
    Identity,
    Skipped,
    check_text,
    decode,
    discover,
    identity,
    read_bytes,
    time_limit,
)

if TYPE_CHECKING:
    from briefing.model import Source


def source_id_for(path: Path, taken: set[str]) -> str:
    """A short, readable id from the file name, unique in the briefing."""
    stem = "stdin" if str(path) == "-" else path.stem
    sid = unique_id(slug(stem, "source", underscores=True, limit=32), taken)
    taken.add(sid)
    return sid


def is_html(path: str | None) -> bool:
    return bool(path) and str(path).lower().endswith((".html", ".htm"))


def source_from_text(text: str, source_id: str, path: str | None = None, encoding: str = "utf-8") -> Source:
    """Build a source from already decoded text (newlines normalised); a saved page is read as HTML."""
    if is_html(path):
        from briefing.ingest.page import source_from_page

        return source_from_page(text, source_id, path, encoding)
    check_text(text, path or source_id)
    from briefing.ingest.cleaning import clean  # here, not at the top: reading articles whose parse is
    from briefing.ingest.segment import segment  # cached never needs them (their patterns take ~50 ms)
    from briefing.model import Source  # here too: reading articles, as a cached open does, needs no model

    cleaned = clean(text)
    paragraphs, sentences = segment(source_id, text, cleaned.boilerplate, cleaned.title, path or source_id)
    title = _title(text, cleaned.title, sentences, path)
    return Source(
        id=source_id,
        path=path,
        text=text,
        title=title,
        outlet=cleaned.outlet,
        byline=cleaned.byline,
        date=cleaned.date,
        encoding=encoding,
        url=cleaned.url,
        time=cleaned.time,
        credits=cleaned.credits,
        paragraphs=paragraphs,
        sentences=sentences,
        boilerplate=cleaned.boilerplate,
    )


def _title(text: str, span: tuple[int, int] | None, sentences: list, path: str | None) -> str:
    if span:
        return text[span[0] : span[1]]
    if sentences:
        words = sentences[0].text.split()
        return " ".join(words[:12]) + ("…" if len(words) > 12 else "")
    return Path(path).stem if path else "untitled"


#: Bump when reading, cleaning or segmentation may give different sources
#: for the same bytes (the parse cache is keyed by it, with the code's digest).
PARSE_VERSION = "2"


@dataclass(frozen=True)
class Article:
    """An input file as read: its bytes and the id its source will have.

    ``strict`` says whether a bad file is an error (named on the command
    line by a script) or is skipped with a notice (found in a folder).
    ``identity`` is the file's as it was read. When the cache vouches for
    the file (``read`` is None, ``vouched`` its digest: see
    :mod:`briefing.store.seen`), its bytes are read only if parsing needs
    them, and must still be the ones vouched for.
    """

    path: Path
    source_id: str
    read: bytes | None
    strict: bool = True
    identity: Identity | None = None
    vouched: str | None = None

    @cached_property
    def data(self) -> bytes:
        if self.read is not None:
            return self.read
        data = read_bytes(self.path)
        if _digest(data) != self.vouched:
            raise FileError(f"changed while being read: {self.path}", "changed while being read")
        return data

    @cached_property
    def digest(self) -> str:
        return _digest(self.read) if self.read is not None else str(self.vouched)

    @property
    def size(self) -> int:
        """The file's size in bytes, without reading a file the cache vouches for."""
        if self.read is not None:
            return len(self.read)
        return self.identity[2] if self.identity is not None else 0


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


#: Called with a file's path and identity: the digest of its bytes when the cache vouches for them, else None.
Vouch = Callable[[Path, Identity], "str | None"]


def parse_source(data: bytes, source_id: str, display_path: str) -> Source:
    """Decode, clean and segment one article's bytes, within the time limit; no sentences is an error."""
    with time_limit(display_path):
        decoded = decode(data, display_path, html=is_html(display_path))
        src = source_from_text(decoded.text, source_id, display_path, decoded.encoding)
    if not src.sentences:
        raise FileError(f"no sentences found in {display_path}", "no sentences found")
    return src


def parse_article(article: Article) -> Source:
    return parse_source(article.data, article.source_id, str(article.path))


def load_source(path: Path, source_id: str, display_path: str | None = None) -> Source:
    return parse_source(read_bytes(path), source_id, display_path or str(path))


def read_articles(
    paths: Iterable[str | os.PathLike[str]],
    strict: bool = True,
    exclude: Path | None = None,
    vouch: Vouch | None = None,
) -> tuple[list[Article], list[Skipped]]:
    """Find and read every article under ``paths``, giving each its source id.

    Files named one by one are strict when ``strict`` is set: reading them
    fails loudly. Files found in folders are always skipped with a notice.
    ``exclude`` is a file never read as an article, wherever it is found
    (a briefing being checked is never its own source). A file ``vouch``
    knows by its status is not read now (see :class:`Article`).
    """
    paths = list(paths)
    files, skipped = discover(paths)
    if exclude is not None:
        files = [f for f in files if not _same_file(f, exclude)]
    named = {Path(p) for p in paths} if strict else set()
    taken: set[str] = set()
    articles: list[Article] = []
    for path in files:
        source_id = source_id_for(path, taken)
        try:
            articles.append(_article(path, source_id, path in named, vouch))
        except InputError as err:
            if path in named:
                raise
            skipped.append(Skipped(path, skip_reason(err)))
    return articles, skipped


def _article(path: Path, source_id: str, strict: bool, vouch: Vouch | None) -> Article:
    """One file as an article: vouched for by the cache from its status alone, else read."""
    if vouch is not None and path != STDIN:
        try:
            known = identity(os.stat(path))
        except OSError:
            known = None  # reading says why, as it would have
        digest = vouch(path, known) if known is not None else None
        if digest is not None:
            return Article(path, source_id, None, strict, known, digest)
    status: list[os.stat_result] = []
    data = read_bytes(path, on_stat=status.append)
    return Article(path, source_id, data, strict, identity(status[0]) if status else None)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return False


def skip_reason(err: InputError) -> str:
    return err.reason if isinstance(err, FileError) else str(err)


def load_sources(
    paths: Iterable[str | os.PathLike[str]],
    strict: bool = True,
) -> tuple[list[Source], list[Skipped]]:
    """Read every article under ``paths``, without cache or worker processes.

    With ``strict`` a bad file named on its own raises :class:`InputError`
    (scripts); bad files found in folders (and every bad file otherwise,
    as in the reader) are skipped and reported back. Only an empty result
    raises.
    """
    articles, skipped = read_articles(paths, strict)
    sources: list[Source] = []
    for article in articles:
        try:
            sources.append(parse_article(article))
        except InputError as err:
            if article.strict:
                raise
            skipped.append(Skipped(article.path, skip_reason(err)))
    return require_sources(sources, skipped), skipped


def require_sources(sources: list[Source], skipped: list[Skipped]) -> list[Source]:
    """Only an empty result is an error: name what was wrong when it is one file."""
    if not sources:
        if len(skipped) == 1:
            raise InputError(f"no article could be read: {skipped[0].path}: {skipped[0].reason}")
        raise InputError(f"no article could be read ({len(skipped)} files skipped)")
    return sources
