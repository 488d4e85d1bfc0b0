"""Recognising web boilerplate in pasted article text.

Rules of general web furniture (player prompts, separators, bylines, promos,
captions, tag lists, truncated endings, repeated lines), never names from a
particular site. Boilerplate is marked, not removed: the reader shows it
dimmed and derivation skips it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.model import Boilerplate

_SEPARATOR = re.compile(r"^[\s|\-–—_*=•·~#+]+$")
_AUDIO = re.compile(
    r"(?i)\b(audio player|listen to (this|the) (article|story)|press play|"
    r"minutes? listen|text[- ]to[- ]speech|getting your .{0,40}\bready)\b"
)
_BYLINE = re.compile(
    r"^(?:[Bb]y|BY|[Ww]ritten by|[Rr]eporting by)\s*[:\-–]?\s*"
    r"(?P<name>[A-Z][\w.'’\-]+(?:\s+(?:[A-Z][\w.'’\-]+|de|van|von|al|el|bin|ibn)){0,4}"
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){0,3})*)"
    r"\s*(?:[,|\-–—]\s*(?P<rest>.{0,60}))?$"
)
_PROMO = re.compile(
    r"(?i)^(?:for (?:the )?(?:latest|more|all)\b.{0,120}\b(?:visit|follow|see|go to)\b"
    r"|subscribe\b|sign up\b|follow us\b|click here\b|read more\s*[:|]|also read\s*[:|]"
    r"|advertisement$|share this\b|download (?:the|our) app\b|join our\b|get the latest\b)"
)
_PROMO_OUTLET = re.compile(r"(?i)\bvisit\s*:?\s*(?P<outlet>[^.\n]{2,60}?)\s*$")
#: A caption's tail: "... | Reuters" (only on a line without closing punctuation).
_CAPTION_PIPE = re.compile(r"\|\s*[\w][\w /.&'’-]{0,40}$")
#: A caption's head ("Photo: ...") or its credit in brackets ("(AP Photo/Jane Roe)", "(Getty Images)").
_CAPTION = re.compile(
    r"^(?:photo|image|picture|file photo|caption)\s*[:|]"
    r"|\([^()]*\b(?:photo|image|images|picture|credit)\b[^()]*\)\s*$",
    re.I,
)
#: Wire copy's foot: "Reporting by A; Editing by B", "(Additional reporting by C)".
_CREDITS = re.compile(
    r"(?i)^\(?(?:additional\s+)?(?:reporting|writing|editing|compiled|produced|translated|research)"
    r"(?:\s+and\s+\w+)?\s+by\s"
)
_TAGS = re.compile(
    r"(?i)^(?:tags?|topics?|related(?: articles| stories| posts)?|read more|more on this|"
    r"see also|you may also like|recommended)\s*[:|]?\s*$"
)
_DATE = re.compile(
    r"(?i)(?:(?:published|updated|posted)(?: on| at)?\s*:?\s*)?"
    r"(?P<date>(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2}))"
)
_DATELINE_LINE = re.compile(r"(?i)^(?:published|updated|posted|last updated)\b")
_WIRE = re.compile(r"^[A-Z][A-Z .,'-]{1,40}\((?P<outlet>[A-Z][\w .&]{1,30})\)\s*[-–—]")
_TERMINAL = ".!?…\"”’'»)"
_SENTENCE_END = re.compile(r"[.!?…][\"”’'»)]*\s+(?=[\"“‘'«(]?[A-Z0-9])")


@dataclass(slots=True)
class Cleaned:
    """What cleaning found: the boilerplate spans and the metadata they held."""

    boilerplate: list[Boilerplate] = field(default_factory=list)
    title: tuple[int, int] | None = None
    byline: str | None = None
    outlet: str | None = None
    date: str | None = None


@dataclass(frozen=True, slots=True)
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
    """Mark boilerplate lines and find title, byline, outlet and date."""
    result = Cleaned()
    lines = lines_of(text)
    marked: dict[int, str] = {}
    seen: set[str] = set()
    for i, line in enumerate(lines):
        kind = _line_kind(line.stripped, result)
        if kind is None and len(line.stripped) > 20:
            if line.stripped in seen:
                kind = "repeated"
            seen.add(line.stripped)
        if kind:
            marked[i] = kind
    _mark_trailing_tags(lines, marked)
    content = [i for i, ln in enumerate(lines) if ln.stripped and i not in marked]
    _find_metadata(lines, content, result)
    truncated = _truncated_tail(lines, content)
    for i, kind in sorted(marked.items()):
        line = lines[i]
        lead = len(line.text) - len(line.text.lstrip())
        start = line.start + lead
        end = line.start + len(line.text.rstrip())
        if end > start:
            result.boilerplate.append(Boilerplate(kind, start, end, text[start:end]))
    if truncated:
        start, end = truncated
        result.boilerplate.append(Boilerplate("truncated", start, end, text[start:end]))
    result.boilerplate.sort(key=lambda b: b.start)
    return result


def _line_kind(s: str, result: Cleaned) -> str | None:
    if not s:
        return None
    if _SEPARATOR.match(s):
        return "separator"
    if _TAGS.match(s):
        return "tags"
    if len(s) < 160 and _AUDIO.search(s):
        return "audio"
    if len(s) < 120:
        m = _BYLINE.match(s)
        if m and not s.endswith("."):
            result.byline = result.byline or m.group("name").strip()
            return "byline"
    if len(s) < 240 and _PROMO.match(s):
        m = _PROMO_OUTLET.search(s)
        if m and result.outlet is None:
            result.outlet = m.group("outlet").strip(" :")
        return "promo"
    if len(s) < 240 and (_CAPTION.search(s) or (s[-1] not in _TERMINAL and _CAPTION_PIPE.search(s))):
        return "caption"
    if len(s) < 240 and _CREDITS.match(s):
        return "credits"
    if len(s) < 80 and _DATELINE_LINE.match(s) and _DATE.search(s):
        result.date = result.date or _DATE.search(s).group("date")
        return "dateline"
    if len(s) < 40 and _DATE.fullmatch(s):
        result.date = result.date or s
        return "dateline"
    return None


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
    if not content:
        return
    first = lines[content[0]]
    s = first.stripped
    next_blank = content[0] + 1 < len(lines) and not lines[content[0] + 1].stripped
    headline = len(s) <= 200 and (s[-1] not in ".!?…" or (next_blank and len(s) < 120 and s.count(". ") == 0))
    if headline and len(content) > 1:
        lead = len(first.text) - len(first.text.lstrip())
        result.title = (first.start + lead, first.start + lead + len(s))
    for i in content[:4]:
        m = _WIRE.match(lines[i].stripped)
        if m and result.outlet is None:
            result.outlet = m.group("outlet").strip()
        if result.date is None:
            d = _DATE.search(lines[i].stripped[:80])
            if d and i == content[0] and len(lines[i].stripped) < 60:
                result.date = d.group("date")


def _truncated_tail(lines: list[Line], content: list[int]) -> tuple[int, int] | None:
    """The unfinished last sentence of a cut-off article, if there is one."""
    if len(content) < 2:
        return None
    last = lines[content[-1]]
    s = last.text.rstrip()
    if not s or s[-1] in _TERMINAL or s.lstrip().startswith("#"):
        return None
    ends = list(_SENTENCE_END.finditer(s))
    if not ends or len(s) - ends[-1].end() < 3:
        return None
    start = last.start + ends[-1].end()
    return start, last.start + len(s)
