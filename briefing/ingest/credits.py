"""Photo credits and the captions they close, even when glued to the next paragraph.

Pages pasted as text lose the line break after a caption, so a caption
and its credit ("… on Monday. (AP Photo/Jane Roe)The talks began …") run
into the paragraph after them. The credit's shape marks where the caption
ends; the names in it are photographers, kept as the source's credits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing import patterns

_AGENCY = r"(?:[A-Z]{2,}|[A-Z][a-z]+)(?:\s(?:Images|Photos?|Pictures|Press|Imaging))?"
#: "( Photos: A, B / AFP )" and "(Photo: A/Reuters)": a bracketed credit.
_BRACKETED = patterns.compile(
    r"\(\s*(?:[A-Z]{2,}\s+)?(?:photos?|images?|pictures?|credits?|fotos?)\s*[:/]\s*(?P<body>[^()\n]{2,160}?)\s*\)",
    re.I,
)
#: "Photo: A/Reuters" or "Image: A | AFP", ending where the next paragraph's first word is glued on.
_INLINE = patterns.compile(
    r"(?:^|(?<=[.!?”\"’)\s]))(?i:photos?|images?|pictures?|credits?|fotos?|fotoğraf|fotografía)\s*:\s*"
    r"(?P<body>[^/|\n:]{2,80}?\s*[/|]\s*" + _AGENCY + r")(?=[A-Z][a-z]|\s*$)"
)
_NAME = patterns.compile(r"^[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,4}$")
#: A line that is only a credit of agencies: "Jane Roe | AFP | Getty Images".
AGENCY_WORDS = patterns.compile(
    r"(?i)\b(?:AFP|AP|Reuters|EPA|Getty Images|Anadolu|Xinhua|dpa|ANSA|Shutterstock|Alamy)\b"
)


@dataclass(frozen=True, slots=True)
class Credit:
    """A caption-and-credit span inside a line (offsets into the line) and the names it credits."""

    start: int
    end: int
    names: tuple[str, ...]


def find_credit(line: str) -> Credit | None:
    """The caption and credit at the head of ``line`` (up to the credit's end), if it carries one.

    The caption is what stands before the credit on the same line, so the
    span starts at the line's start; what follows the credit is the next
    paragraph and stays article text.

    Every credit shape holds a bracket or a colon: a line with neither (most
    of an article's lines) is not searched at all.
    """
    if "(" not in line and ":" not in line:
        return None
    m = _BRACKETED.search(line) or _INLINE.search(line)
    if m is None:
        m = _agency_photo(line)
        if m is None:
            return None
    before = line[: m.start()]
    if len(before) > 320 or _sentences(before) > 2:
        return None  # a credit at the end of a long paragraph belongs to no caption here
    return Credit(0, m.end(), tuple(credit_names(m.group("body"))))


_AGENCY_PHOTO = patterns.compile(r"\((?P<body>(?:[A-Z][\w]*\s)?Photo\s*/\s*[^()\n]{2,60}?)\)")


def _agency_photo(line: str) -> re.Match[str] | None:
    """ "(AP Photo/Jane Roe)": the agency's own credit shape."""
    return _AGENCY_PHOTO.search(line)


def _sentences(text: str) -> int:
    return len(re.findall(r"[.!?][\"”’)]?\s+[A-Z]", text))


def credit_names(body: str) -> list[str]:
    """The people a credit names: "A, B / AFP" → A, B; "AP Photo/Jane Roe" → Jane Roe."""
    body = body.strip()
    m = re.match(r"(?:[A-Z][\w]*\s)?Photo\s*/\s*(?P<names>.+)$", body)
    names = m.group("names") if m else re.split(r"\s*[/|]\s*", body)[0]
    out = []
    for part in re.split(r"\s*(?:,|;|\band\b|&)\s*", names):
        part = part.strip(" .")
        if _NAME.match(part) and not AGENCY_WORDS.fullmatch(part) and any(c.islower() for c in part):
            out.append(part)
    return out
