"""Recognising web boilerplate in pasted article text.

Rules of general web furniture (player prompts, separators, bylines, promos,
captions, tag lists, truncated endings, repeated lines), never names from a
particular site. Boilerplate is marked, not removed: the reader shows it
dimmed and derivation skips it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing import patterns
from briefing.ingest import outlet as outlets
from briefing.ingest.credits import AGENCY_WORDS, find_credit
from briefing.ingest.dates import find_date, url_date
from briefing.ingest.furniture import (
    PROMO_OUTLET,
    RELATED_HEADING,
    TERMINAL,
    furniture_kind,
    script_of,
)
from briefing.ingest.header import Header, HeaderReader, url_line
from briefing.model import Boilerplate

_BYLINE = patterns.compile(
    r"^(?:[Bb]y|BY|[Ww]ritten by|[Rr]eporting by)\s*[:\-–]?\s*"
    r"(?P<name>[A-Z][\w.'’\-]+(?:\s+(?:[A-Z][\w.'’\-]+|de|van|von|al|el|bin|ibn)){0,4}"
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){0,3})*)"
    r"\s*(?:[,|\-–—·]\s*(?P<rest>.{0,60}))?$"
)
#: A caption's tail: "... | Reuters" (only on a line without closing punctuation).
_CAPTION_PIPE = patterns.compile(r"\|\s*[\w][\w /.&'’-]{0,40}$")
#: A caption's head ("Photo: ...") or its credit in brackets ("(AP Photo/Jane Roe)", "(Getty Images)").
_CAPTION = patterns.compile(
    r"^(?:photo|image|picture|file photo|caption|foto|fotoğraf|fotografía|zdjęcie|bild|фото|صورة|צילום)\s*[:|]"
    r"|\([^()]*\b(?:photo|image|images|picture|credit)\b[^()]*\)\s*$",
    re.I,
)
#: Every caption shape holds one of these: a head's colon or bar, a credit's bracket.
_CAPTION_MARKS = patterns.compile(r"[:|(]")
_DATELINE_LINE = patterns.compile(r"(?i)^(?:published|updated|posted|last updated)\b")
_WIRE = patterns.compile(
    r"^[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][\w .'’-]{1,30})?,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*)?"
    r"\((?P<outlet>[A-Z][\w .&]{1,30})\)\s*[-–—]"
)
_SENTENCE_END = patterns.compile(r"[.!?…][\"”’'»)]*\s+(?=[\"“‘'«(]?[A-Z0-9])")
_NO_BYLINE = patterns.compile(
    r"(?i)^(?:mon|tues|wednes|thurs|fri|satur|sun)day|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
)


@dataclass(slots=True)
class Cleaned:
    """What cleaning found: the boilerplate spans and the metadata they held."""

    boilerplate: list[Boilerplate] = field(default_factory=list)
    title: tuple[int, int] | None = None
    byline: str | None = None
    outlet: str | None = None
    date: str | None = None
    time: str | None = None
    url: str | None = None
    credits: list[str] = field(default_factory=list)
    #: A wire dateline's agency, the outlet when nothing better names one.
    wire: str | None = None


@dataclass(slots=True)  # not frozen: a frozen dataclass is built three times slower, and a page has many lines
class Line:
    start: int
    end: int
    text: str
    #: ``text.strip()``, computed once: the rules ask for it several times per line.
    stripped: str = ""


def lines_of(text: str) -> list[Line]:
    out: list[Line] = []
    pos = 0
    for chunk in text.split("\n"):
        out.append(Line(pos, pos + len(chunk), chunk, chunk.strip()))
        pos += len(chunk) + 1
    return out


def clean(text: str) -> Cleaned:
    """Mark boilerplate lines (and glued line heads) and find title, byline, outlet, date and URL."""
    result = Cleaned()
    lines = lines_of(text)
    marked: dict[int, str] = {}
    partial: list[tuple[int, int, str]] = []
    _mark_lines(lines, marked, partial, result)
    _mark_trailing_tags(lines, marked)
    _mark_lists(lines, marked)
    _mark_other_script(lines, marked)
    _mark_about(lines, marked)
    header = HeaderReader([(ln.start, ln.text) for ln in lines], marked).read()
    for i, kind in header.lines.items():
        if marked.get(i) in (None, "byline", "dateline"):
            marked[i] = kind
    partial += header.spans
    _take_header(header, result)
    content = [i for i, ln in enumerate(lines) if ln.stripped and i not in marked]
    _find_metadata(lines, content, result)
    outlet = _outlet(text, lines, header, result)
    result.outlet = outlets.readable(outlet) if outlet else None
    truncated = _truncated_tail(lines, content)
    spans = [(lines[i], kind) for i, kind in sorted(marked.items())]
    for line, kind in spans:
        lead = len(line.text) - len(line.text.lstrip())
        start, end = line.start + lead, line.start + len(line.text.rstrip())
        if end > start:
            result.boilerplate.append(Boilerplate(kind, start, end, text[start:end]))
    whole = {lines[i].start for i in marked}
    for start, end, kind in partial:
        if _line_start(text, start) not in whole and end > start:
            result.boilerplate.append(Boilerplate(kind, start, end, text[start:end]))
    if truncated:
        start, end = truncated
        result.boilerplate.append(Boilerplate("truncated", start, end, text[start:end]))
    result.boilerplate.sort(key=lambda b: b.start)
    return result


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _mark_lines(lines: list[Line], marked: dict[int, str], partial: list, result: Cleaned) -> None:
    """Each line's own kind; a caption and credit glued to the next paragraph is cut off it."""
    seen: set[str] = set()
    for i, line in enumerate(lines):
        s = line.stripped
        kind = _line_kind(s, result)
        if kind is None and s:
            credit = find_credit(s)
            if credit:
                lead = len(line.text) - len(line.text.lstrip())
                result.credits.extend(n for n in credit.names if n not in result.credits)
                if credit.end >= len(s):
                    kind = "caption"
                else:
                    partial.append((line.start + lead, line.start + lead + credit.end, "caption"))
        if kind is None and len(s) > 20:
            if s in seen:
                kind = "repeated"
            seen.add(s)
        if kind:
            marked[i] = kind


def _line_kind(s: str, result: Cleaned) -> str | None:
    if not s:
        return None
    if url_line(s):
        return "url"
    kind = furniture_kind(s)
    if kind == "promo":
        m = PROMO_OUTLET.search(s)
        if m and result.outlet is None:
            result.outlet = m.group("outlet").strip(" :")
    if kind:
        return kind
    if len(s) < 120:
        m = _BYLINE.match(s)
        if m and not s.endswith(".") and not _NO_BYLINE.match(m.group("name")):
            result.byline = result.byline or m.group("name").strip()
            return "byline"
    pipe = s[-1] not in TERMINAL and "|" in s and _CAPTION_PIPE.search(s)
    if pipe and find_date(s[pipe.start() :]):
        pipe = None  # "Politics | 4 March 2025" is the page's date line
    if len(s) < 240 and (pipe or (_CAPTION_MARKS.search(s) and _CAPTION.search(s))):
        credit = find_credit(s)
        if credit:
            result.credits.extend(n for n in credit.names if n not in result.credits)
        return "caption"
    if len(s) < 120 and s[-1] not in TERMINAL and "|" in s and AGENCY_WORDS.search(s):
        return "caption"
    return _date_kind(s, result)


def _date_kind(s: str, result: Cleaned) -> str | None:
    """A line that is only a date (and time), or a "Published: …" line."""
    if len(s) < 80 and _DATELINE_LINE.match(s):
        found = find_date(s)
        if found:
            _set_date(result, found.date, found.time)
            return "dateline"
    if len(s) < 48:
        found = find_date(s)
        rest = s[found.end :] if found else ""
        if found and found.start == 0 and re.fullmatch(r"[\s|·•,–—-]*(?:[01]?\d[:.][0-5]\d)?\s*[A-Z]{0,5}", rest):
            _set_date(result, found.date, found.time)
            return "dateline"
    return None


def _set_date(result: Cleaned, date: str, time: str | None) -> None:
    if result.date is None:
        result.date, result.time = date, time


def _take_header(header: Header, result: Cleaned) -> None:
    result.url = header.url
    result.title = header.title
    result.byline = result.byline or header.byline
    if header.date:
        result.date, result.time = header.date, header.time
    elif result.date is None:
        result.date = url_date(header.url)


def _mark_lists(lines: list[Line], marked: dict[int, str]) -> None:
    """A "You may also like" or "Key events" heading takes the short lines under it, up to a blank line."""
    for i, line in enumerate(lines):
        if not (line.stripped and RELATED_HEADING.match(line.stripped)):
            continue
        marked.setdefault(i, "related")
        for j in range(i + 1, min(len(lines), i + 20)):
            s = lines[j].stripped
            if not s or len(s) > 140 or s[-1] in ".!?…":
                break
            marked.setdefault(j, "related")


_ABOUT = patterns.compile(r"^About (?:the |us$)?[^\W\d_][\w .&'’-]{0,40}$")


def _mark_about(lines: list[Line], marked: dict[int, str]) -> None:
    """A press release's closing "About X" heading and the paragraph under it: the issuer's boilerplate."""
    total = sum(len(ln.stripped) for ln in lines) or 1
    seen = 0
    for i, line in enumerate(lines):
        seen += len(line.stripped)
        if seen < 0.6 * total or not _ABOUT.match(line.stripped):
            continue
        marked.setdefault(i, "footer")
        j = i + 1
        while j < len(lines) and not lines[j].stripped:
            j += 1
        while j < len(lines) and lines[j].stripped:
            marked.setdefault(j, "footer")
            j += 1
        return


def _mark_other_script(lines: list[Line], marked: dict[int, str]) -> None:
    """Short lines in another script than the article's (a photo's caption in the original language)."""
    scripts = [script_of(ln.stripped) if ln.stripped else None for ln in lines]
    weight: dict[str, int] = {}
    for ln, sc in zip(lines, scripts, strict=True):
        if sc:
            weight[sc] = weight.get(sc, 0) + len(ln.stripped)
    if len(weight) < 2:
        return
    main = max(sorted(weight), key=lambda k: weight[k])
    for i, (ln, sc) in enumerate(zip(lines, scripts, strict=True)):
        if sc and sc != main and len(ln.stripped) <= 300 and i not in marked:
            marked[i] = "other-script"


def _mark_trailing_tags(lines: list[Line], marked: dict[int, str]) -> None:
    """A tag or 'related' heading near the end takes everything after it.

    Suffix sums keep this linear: a file of thousands of tag lines must not
    cost a pass over the rest of the file per line.
    """
    sizes = [len(ln.stripped) for ln in lines]
    total = sum(sizes)
    rest_len = [0] * (len(lines) + 1)
    prose = [False] * (len(lines) + 1)
    for i in range(len(lines) - 1, -1, -1):
        rest_len[i] = rest_len[i + 1] + sizes[i]
        prose[i] = prose[i + 1] or sizes[i] > 200
    for i in range(len(lines)):
        if marked.get(i) != "tags":
            continue
        if rest_len[i + 1] < 0.25 * total and not prose[i + 1]:
            for j in range(i + 1, len(lines)):
                if sizes[j]:
                    marked.setdefault(j, "tags")
            return


def _find_metadata(lines: list[Line], content: list[int], result: Cleaned) -> None:
    """A wire dateline's agency ("GENEVA, May 3 (Reuters) –") among the first lines: an outlet of last resort."""
    for i in content[:6]:
        m = _WIRE.match(lines[i].stripped)
        if m:
            result.wire = m.group("outlet").strip()
            return


def _outlet(text: str, lines: list[Line], header: Header, result: Cleaned) -> str | None:
    """The outlet: a name on the page that the host spells, a copyright holder, a promo's, the wire's, the host's."""
    label = outlets.site_label(header.url)
    head = [ln.stripped for ln in lines[: header.end + 1] if ln.stripped]
    foot = [ln.stripped for ln in lines[-12:] if ln.stripped]
    segments = [seg for s in head + foot for seg in re.split(r"\s{2,}|\s+[|·•–—/]\s+|\[|\]|:\s", s)]
    holders = [h for h in (outlets.copyright_holder(s) for s in reversed(foot + head)) if h]
    found = outlets.name_on_page(holders + segments, label, leading=True) or outlets.holder_of_host(holders, label)
    if found is None and label and len(label) >= 4:
        found = outlets.name_on_page(outlets.capitalised_runs(text[:200_000]), label)
    if found:
        return found
    if holders:
        return holders[0]
    if result.outlet or result.wire or header.desk:
        return result.outlet or result.wire or header.desk
    vocabulary = re.findall(r"[^\W\d_]{3,}", text[:20_000])
    return outlets.site_name(header.url, vocabulary)


def _truncated_tail(lines: list[Line], content: list[int]) -> tuple[int, int] | None:
    """The unfinished last sentence of a cut-off article, if there is one."""
    if len(content) < 2:
        return None
    last = lines[content[-1]]
    s = last.text.rstrip()
    if not s or s[-1] in TERMINAL or s.lstrip().startswith("#"):
        return None
    ends = list(_SENTENCE_END.finditer(s))
    if not ends or len(s) - ends[-1].end() < 3:
        return None
    start = last.start + ends[-1].end()
    return start, last.start + len(s)
