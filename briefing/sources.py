"""Reading articles into the sources model: decode, clean, segment."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

from briefing.cleaning import clean
from briefing.model import Source
from briefing.reading import InputError, Skipped, discover, read_text
from briefing.segment import segment

_SLUG = re.compile(r"[^a-z0-9_-]+")


def source_id_for(path: Path, taken: set[str]) -> str:
    """A short, readable id from the file name, unique in the briefing."""
    base = _SLUG.sub("-", path.stem.lower()).strip("-")[:32] or "source"
    sid = base
    n = 2
    while sid in taken:
        sid = f"{base}-{n}"
        n += 1
    taken.add(sid)
    return sid


def source_from_text(text: str, source_id: str, path: str | None = None, encoding: str = "utf-8") -> Source:
    """Build a source from already decoded text (newlines normalised)."""
    if path and path.lower().endswith((".html", ".htm")):
        from briefing.html import html_to_text

        text = html_to_text(text)
    cleaned = clean(text)
    paragraphs, sentences = segment(source_id, text, cleaned.boilerplate, cleaned.title)
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


def load_source(path: Path, source_id: str, display_path: str | None = None) -> Source:
    decoded = read_text(path)
    src = source_from_text(decoded.text, source_id, display_path or str(path), decoded.encoding)
    if not src.sentences:
        raise InputError(f"no sentences found in {display_path or path}")
    return src


def load_sources(
    paths: Iterable[str | os.PathLike[str]],
    strict: bool = True,
) -> tuple[list[Source], list[Skipped]]:
    """Read every article under ``paths``.

    With ``strict`` (files named one by one, as scripts do) the first bad
    file raises :class:`InputError`; otherwise (folders, the reader) bad
    files are skipped and reported back, and only an empty result raises.
    """
    files, skipped = discover(paths)
    taken: set[str] = set()
    sources: list[Source] = []
    for path in files:
        try:
            sources.append(load_source(path, source_id_for(path, taken)))
        except InputError as err:
            if strict:
                raise
            skipped.append(Skipped(path, str(err)))
    if not sources:
        raise InputError("no sentences found in the given articles" if files else "no article files to read")
    return sources, skipped
