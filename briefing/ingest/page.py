"""A saved page's source: the article the extractor found, the rest kept as boilerplate.

``Source.text`` is the page's visible text; the article body is marked
by what lies outside it (kind ``page``), so every sentence and every
boilerplate span is still a span of the text, and the reader shows the
dropped menus and links dimmed. A page the extractor cannot read is
cleaned like pasted text.
"""

from __future__ import annotations

import re

from briefing.ingest import outlet as outlets
from briefing.ingest.cleaning import clean
from briefing.ingest.dates import find_date
from briefing.ingest.furniture import furniture_kind
from briefing.ingest.html import Page, read_page
from briefing.ingest.segment import segment
from briefing.model import Boilerplate, Source


def source_from_page(html: str, source_id: str, path: str | None, encoding: str = "utf-8") -> Source:
    page = read_page(html)
    text = page.text
    if not page.body:
        return _fallback(page, source_id, path, encoding)
    title_span = _title_span(text, page.title)
    boilerplate = _outside(text, page.body, title_span)
    paragraphs, sentences = segment(source_id, text, boilerplate, title_span, path or source_id)
    return Source(
        id=source_id,
        path=path,
        text=text,
        title=page.title or _first_words(sentences) or source_id,
        outlet=_outlet(page),
        byline=_byline(page.author),
        date=_date(page.date),
        encoding=encoding,
        url=page.url,
        paragraphs=paragraphs,
        sentences=sentences,
        boilerplate=boilerplate,
    )


def _fallback(page: Page, source_id: str, path: str | None, encoding: str) -> Source:
    """No article found by the extractor: the visible text, cleaned as a pasted page is."""
    text = page.text
    cleaned = clean(text)
    paragraphs, sentences = segment(source_id, text, cleaned.boilerplate, cleaned.title, path or source_id)
    title = text[cleaned.title[0] : cleaned.title[1]] if cleaned.title else page.title or _first_words(sentences)
    return Source(
        id=source_id,
        path=path,
        text=text,
        title=title or source_id,
        outlet=_outlet(page) or cleaned.outlet,
        byline=_byline(page.author) or cleaned.byline,
        date=_date(page.date) or cleaned.date,
        encoding=encoding,
        url=page.url or cleaned.url,
        time=cleaned.time,
        credits=cleaned.credits,
        paragraphs=paragraphs,
        sentences=sentences,
        boilerplate=cleaned.boilerplate,
    )


def _first_words(sentences: list) -> str:
    if not sentences:
        return ""
    words = sentences[0].text.split()
    return " ".join(words[:12]) + ("…" if len(words) > 12 else "")


def _title_span(text: str, title: str | None) -> tuple[int, int] | None:
    """The headline's own line in the page, when the page shows it (its ``<h1>``)."""
    if not title:
        return None
    key = " ".join(title.split()).casefold()
    pos = 0
    for line in text.split("\n"):
        if line and line.casefold() == key:
            return pos, pos + len(line)
        pos += len(line) + 1
    return None


def _outside(text: str, body: list[tuple[int, int]], title: tuple[int, int] | None) -> list[Boilerplate]:
    """Every line (or part of one) outside the article: what the extractor dropped, kept to be shown."""
    keep = sorted([*body, *([title] if title else [])])
    spans: list[Boilerplate] = []
    pos = 0
    for start, end in [*keep, (len(text), len(text))]:
        if start > pos:
            spans.extend(_lines(text, pos, start))
        spans.extend(b for b in _lines(text, max(start, pos), end) if b.kind == "code")  # script the extractor kept
        pos = max(pos, end)
    return spans


def _lines(text: str, start: int, end: int) -> list[Boilerplate]:
    """The non-blank lines of a dropped stretch, one span each (furniture by its kind where a rule knows it)."""
    out = []
    for m in re.finditer(r"[^\n]+", text[start:end]):
        s, e = start + m.start(), start + m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Boilerplate(furniture_kind(text[s:e]) or "page", s, e, text[s:e]))
    return out


def _outlet(page: Page) -> str | None:
    """The site's name as the page declares it; a host name ("example.com") made readable; else from the URL."""
    name = page.sitename
    if name and re.fullmatch(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+", name):
        name = outlets.site_name(f"//{name}")
    if name and len(name) <= 80:
        return outlets.readable(name)
    return outlets.site_name(page.url)


def _byline(author: str | None) -> str | None:
    if not author:
        return None
    author = re.sub(r"(?i)^by\s+", "", author)
    names = [a.strip() for a in re.split(r";|\|", author) if a.strip()]
    return ", ".join(names[:4]) or None if len(author) <= 200 else None


def _date(value: str | None) -> str | None:
    found = find_date(value or "")
    return found.date if found else None
