"""A saved web page as a source: the page's visible text, with the article marked in it.

The source text is every visible line of the page (so the reader can show
what the article extractor dropped, dimmed, and offsets stay exact); the
article body is the part trafilatura keeps, found word by word in that
text; everything else is boilerplate. trafilatura also gives the title,
site name, author, date and canonical URL. It is imported here only, when
an HTML file is read, so opening text files stays as fast. A page it cannot
read falls back to the visible text, cleaned as pasted text is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing import patterns

#: Elements whose content is never shown.
_HIDDEN = frozenset("script style noscript template svg head iframe object embed canvas select option".split())
#: Elements that break a line: everything else (a, b, span, em, …) flows inline, spaces kept as written.
_BLOCK = frozenset(
    """p div li ul ol dl dt dd br tr td th table thead tbody tfoot blockquote figure figcaption section article
    aside header footer nav main h1 h2 h3 h4 h5 h6 pre address hr form fieldset legend details summary
    caption title body html center""".split()
)
#: Above this size a page is read as plain visible text only: the extractor's time grows with the tree.
EXTRACT_LIMIT = 4 * 1024 * 1024
_XML_DECL = patterns.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_WORD = patterns.compile(r"\w+")


@dataclass(slots=True)
class Page:
    """What a saved page gave: its visible text, the article's spans in it, and metadata."""

    text: str
    body: list[tuple[int, int]] | None = None
    title: str | None = None
    sitename: str | None = None
    author: str | None = None
    date: str | None = None
    url: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


#: More elements (or links) than this and the extractor's link-density passes take seconds: read as
#: visible text. Real news pages stay far below (the 181 measured: at most 1,709 elements, 609 links).
ELEMENT_LIMIT = 12_000
LINK_LIMIT = 3_000


def visible_text(html: str) -> str:
    return _visible(html)[0]


def _visible(html: str) -> tuple[str, int]:
    """The page's visible text (one line per block, inline elements joined as written) and its element count.

    lxml's parser is linear on hostile markup (``<![``, thousands of ``<a``)
    where the standard library's is not, and comments never become text.
    """
    try:
        import lxml.html
        from lxml import etree

        root = lxml.html.document_fromstring(_parsable(html))
    except (ValueError, etree.ParserError, etree.XMLSyntaxError):
        return _stripped_tags(html), 0
    parts: list[str] = []
    count = _walk(root, parts)
    return _tidy("".join(parts)), count


def _parsable(html: str) -> str:
    html = _XML_DECL.sub("", html).replace("\x00", "")
    return html if html.strip() else "<html></html>"


def _walk(root: object, parts: list[str]) -> int:
    """Text and tails in document order, without recursion (a deeply nested page must not overflow)."""
    stack: list[tuple[object, bool]] = [(root, False)]
    count = links = 0
    while stack:
        count += 1
        el, closing = stack.pop()
        tag = el.tag if isinstance(el.tag, str) else None  # type: ignore[attr-defined]
        name = tag.lower().rsplit("}", 1)[-1] if tag else None
        if closing:
            if name in _BLOCK:
                parts.append("\n")
            if el.tail:  # type: ignore[attr-defined]
                parts.append(el.tail)  # type: ignore[attr-defined]
            continue
        if name is None or name in _HIDDEN:  # comments, processing instructions, scripts
            if el.tail and el is not root:  # type: ignore[attr-defined]
                parts.append(el.tail)  # type: ignore[attr-defined]
            continue
        links += name == "a"
        if name in _BLOCK:
            parts.append("\n")
        if el.text:  # type: ignore[attr-defined]
            parts.append(el.text)  # type: ignore[attr-defined]
        stack.append((el, True))
        stack.extend((child, False) for child in reversed(list(el)))  # type: ignore[call-overload]
    return max(count // 2, links * ELEMENT_LIMIT // LINK_LIMIT)


_DECLARATION = patterns.compile(r"<[!?][^>\n]*>?")


def _tidy(raw: str) -> str:
    """Whitespace collapsed inside lines; one blank line between blocks; stray ``<!…`` declarations gone."""
    lines = [" ".join(_DECLARATION.sub(" ", line).split()) for line in raw.split("\n")]
    out: list[str] = []
    for line in lines:
        if line:
            if out:
                out.append("")
            out.append(line)
    return "\n".join(out) + "\n" if out else ""


_TAG = patterns.compile(r"<(?:script|style)\b.*?</(?:script|style)\s*>|<!--.*?-->|<[^>]*>", re.I | re.S)


def _stripped_tags(html: str) -> str:
    """The last resort for a page no parser reads: tags and comments removed by a linear scan."""
    import html as entities

    return _tidy(entities.unescape(_TAG.sub("\n", html)))


def read_page(html: str) -> Page:
    """The page's visible text, with trafilatura's article body and metadata where it reads the page."""
    text, elements = _visible(html)
    page = Page(text)
    if len(html) > EXTRACT_LIMIT or elements > ELEMENT_LIMIT or not text.strip():
        return page
    doc = _extract(_parsable(html))
    if doc is None:
        return page
    page.title, page.sitename, page.author = _clean(doc.title), _clean(doc.sitename), _clean(doc.author)
    page.date, page.url = _clean(doc.date), _clean(doc.url)
    if doc.text:
        page.body = locate(text, doc.text)
    return page


def _extract(html: str):  # type: ignore[no-untyped-def]
    try:
        import trafilatura
    except ImportError:  # a broken install: read the page as visible text
        return None
    try:
        return trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=True, deduplicate=False
        )
    except Exception as err:  # the extractor's own failure on a strange page: fall back, never abort the folder
        from briefing.ingest.reading import TimeExpired

        if isinstance(err, TimeExpired):
            raise  # the file's time is up: that is reported for the file, not hidden
        return None


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def locate(text: str, body: str) -> list[tuple[int, int]]:
    """Where the extracted body's words stand in ``text``, as spans in reading order.

    Words are matched in order with a moving cursor; a run of body words
    that is not found (the extractor rewrote it) is skipped, not guessed.
    """
    words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]
    index: dict[tuple[str, ...], list[int]] = {}
    for i in range(len(words) - 2):
        index.setdefault((words[i][2], words[i + 1][2], words[i + 2][2]), []).append(i)
    spans: list[tuple[int, int]] = []
    cursor = 0
    for line in body.split("\n"):
        keys = [w.lower() for w in _WORD.findall(line)]
        k = 0
        while k < len(keys):
            at = _find(index, keys, k, cursor, words)
            if at is None:
                k += 1
                continue
            n = 0
            while k + n < len(keys) and at + n < len(words) and words[at + n][2] == keys[k + n]:
                n += 1
            spans.append((words[at][0], words[at + n - 1][1]))
            cursor, k = at + n, k + n
    return _merged(text, spans)


def _find(index: dict, keys: list[str], k: int, cursor: int, words: list[tuple[int, int, str]]) -> int | None:
    """The first place at or after ``cursor`` where ``keys[k:]`` begins (three words, or a short tail nearby)."""
    if k + 3 <= len(keys):
        hits = index.get(tuple(keys[k : k + 3]), ())
        return next((h for h in hits if h >= cursor), None)
    tail = keys[k:]
    for at in range(cursor, min(len(words) - len(tail) + 1, cursor + 40)):
        if all(words[at + j][2] == w for j, w in enumerate(tail)):
            return at
    return None


def _merged(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Neighbouring spans joined across what lies between them when that is only spaces and punctuation."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and (start <= out[-1][1] or not re.search(r"\w|\n\n", text[out[-1][1] : start])):
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return [_to_line_edges(text, s, e) for s, e in out]


def _to_line_edges(text: str, start: int, end: int) -> tuple[int, int]:
    """A span widened to its lines' edges when only punctuation lies beyond it ("(Reuters) —", a closing quote)."""
    line_start = text.rfind("\n", 0, start) + 1
    if not re.search(r"\w", text[line_start:start]):
        start = line_start
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if not re.search(r"\w", text[end:line_end]):
        end = line_end
    return start, end
