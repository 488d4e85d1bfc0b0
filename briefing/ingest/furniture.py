"""Page furniture one line at a time: what a pasted web page carries besides the article.

Rules of general web furniture — skip links, menus, share rows, adverts,
weather and currency widgets, player prompts, tag and related-story lines,
copyright footers, live-blog controls, contact lines — never names from a
particular site. Each rule sees one stripped line and says its kind.
"""

from __future__ import annotations

import re

from briefing import patterns
from briefing.ingest.dates import find_date

SEPARATOR = patterns.compile(r"^(?:[\s|\-–—_*=•·~#+]+|[\W_]*(?:oOo|ooo|xxx|\*\s?\*\s?\*)[\W_]*)$")
AUDIO = patterns.compile(
    r"(?i)\b(audio player|listen to (this|the) (article|story)|press play|"
    r"minutes? listen|text[- ]to[- ]speech|getting your .{0,40}\bready)\b"
)
PROMO = patterns.compile(
    r"(?i)^(?:for (?:the )?(?:latest|more|all)\b.{0,120}\b(?:visit|follow|see|go to)\b"
    r"|subscribe\b|sign up\b|follow us\b|click here\b|download (?:the|our) app\b|join our\b|get the latest\b"
    r"|(?:read|see|watch) (?:more|also)\s*[:|»›>-]|also read\s*[:|»›>-]"
    r"|related(?: articles?| stories| posts| news)?\s*[:|»›>]"
    r"|more (?:on|about) this (?:story|topic)\s*[:|]|recommended\s*[:|]|newsletters?\s*:|trending(?: now)?\s*:"
    r"|watch\s*:.{0,120}▶|.{0,160}▶\s*\d{1,2}:\d\d$"
    r"|share this\b|sponsored\s*:|promoted\s*:|our standards\s*:|advertisement\s*:)"
)
PROMO_OUTLET = patterns.compile(r"(?i)\bvisit\s*:?\s*(?P<outlet>[^.\n]{2,60}?)\s*$")
TAGS = patterns.compile(
    r"(?i)^(?:(?:tags?|topics?|keywords?|filed under|categories)\s*[:|]?\s*$"
    r"|(?:tags?|topics?|keywords?|filed under|categories)\s*:\s*\S"
    r"|(?:related(?: articles| stories| posts)?|read more|more on this|see also|you may also like|recommended"
    r"|more stories|more from [\w ]{1,30}|most read|most popular|trending(?: now)?|latest news|top stories"
    r"|related coverage|in other news|don'?t miss|editor'?s picks|recommended for you)\s*[:|]?\s*$)"
)
#: Headings after which a list of other stories follows, one line each.
RELATED_HEADING = patterns.compile(
    r"(?i)^(?:you may also like|more stories|more from [\w ]{1,30}|most read|most popular|trending(?: now)?|latest news"
    r"|top stories|related(?: articles| stories| posts| coverage)?|recommended(?: for you)?|don'?t miss"
    r"|editor'?s picks|in other news|read next|key events|(?:people|readers) also read|also read|more news"
    r"|media contacts?|press contacts?|contacts?)\s*:?$"
)
ADVERT = patterns.compile(
    r"(?i)^(?:advertisement|advertising|advert|ad|sponsored(?: content)?|promoted"
    r"|story continues below(?: advertisement)?|continue reading(?: below)?|scroll to continue(?: with content)?"
    r"|article continues (?:below|after advertisement))$"
)
SKIP = patterns.compile(
    r"(?i)^(?:skip to (?:main )?(?:content|navigation)|jump to (?:content|navigation)|(?:☰\s*)?menu|search|sign in|"
    r"log ?in|sign up|register|subscribe(?: now)?|toggle navigation|close|back to top|print|e-?mail|"
    r"load more(?: updates| stories| posts)?|show more|see more|view (?:all )?comments|comments?|\d+ comments?|"
    r"sort\s*:.{0,30}|latest updates|live updates|auto-?update.{0,20}|refresh|key events|listen|"
    r"breaking(?: news)?|live|exclusive|updated|developing story)$"
)
SOCIAL = patterns.compile(
    r"(?i)\b(?:facebook|twitter|whatsapp|telegram|linkedin|reddit|pinterest|tweet|pin|e-?mail|copy link|"
    r"messenger|viber|threads|bluesky|x)\b"
)
SHARE = patterns.compile(r"(?i)^share\b(?!d)")
WIDGET = patterns.compile(
    r"-?\d+(?:[.,]\d+)?\s?°\s?[CF]\b|\b[A-Z]{3}/[A-Z]{3}\b|[▲▼△▽]\s?-?\d|\b(?i:weather)\s*:|\b(?i:humidity|wind)\s+[A-Z]{0,3}\s?\d"
)
BREADCRUMB = patterns.compile(
    r"^[^.!?]{1,40}(?:\s[>›»/]\s[^.!?]{1,40}){2,}$|^[^\W\d_]+(?: [^\W\d_]+)?\s[>›»/]\s[^\W\d_]+(?: [^\W\d_]+)?$"
)
NAV_SPLIT = patterns.compile(r"\s{2,}|\s*[|•▸►»·☰]\s*")
#: Words menus are made of, to tell "Home Politics Business World" from a headline in title case.
NAV_WORDS = frozenset(
    """home news world politics business economy markets money finance sport sports entertainment culture arts
    opinion opinions analysis video videos photos podcast podcasts live tv radio tech technology science health
    lifestyle travel food style fashion weather contact us about newsletter newsletters subscribe search menu
    login register more region regions local national international africa asia europe americas
    celebs celebrity viral trending latest special projects crypto careers jobs shop events blogs blog
    education environment climate society media features magazine archive sections en ua fr de es ar ru
    latin america middle east""".split()
)
COPYRIGHT = patterns.compile(r"(?i)^(?:©|ⓒ|\(c\)\s|copyright\b)|\ball rights reserved\b|\btodos los derechos\b")
FOOTER_LINKS = patterns.compile(
    r"(?i)\b(?:privacy(?: policy)?|terms(?: of (?:use|service))?|cookies?(?: settings| policy)?)\b"
)
NOTE = patterns.compile(
    r"(?i)^\[[^\[\]]{3,200}\]$"
    r"|^(?:this (?:text|article|story|news) (?:was|has been|is) (?:translated|generated|machine)"
    r"|automatic(?:ally)? translat|machine[- ]translat)|\btranslated (?:automatically|by (?:a )?machine)\b"
)
READ_TIME = patterns.compile(r"(?i)\b\d{1,3}\s*(?:-|\s)?min(?:ute)?s?\.?\s+read\b")
TIMESTAMP = patterns.compile(r"(?i)^(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:[ap]\.?m\.?))?(?:\s+[A-Z]{2,5})?$")
CONTACT = patterns.compile(
    r"(?i)^(?:media contacts?|press contacts?|contacts?|press office|for (?:more information|media enquiries|further"
    r" information)|spokesperson|spokesman|spokeswoman|e-?mail|tel|phone)\s*:|[\w.+-]+@[\w-]+\.[\w.]+"
)
SOURCE_NOTE = patterns.compile(r"(?i)^sources?\s*:\s*\S")
LABEL = patterns.compile(
    r"(?i)^(?:press release|news release|media release|statement|communiqu[ée])\b[\w\s./#:-]{0,30}$"
)
POSTED = patterns.compile(r"(?i)^(?:posted|published|written|submitted) by\b")
CREDITS = patterns.compile(
    r"(?i)^\(?(?:additional\s+)?(?:reporting|writing|editing|compiled|produced|translated|research)"
    r"(?:\s+and\s+\w+)?\s+by\s"
)
TERMINAL = ".!?…\"”’'»)"


CODE_WORDS = patterns.compile(
    r"\b(?:function|var|let|const|return|typeof|undefined|null|window|document|this)\b|=>|\}\s*[;)]|\(\s*\)\s*\{"
)
CODE_MARKS = patterns.compile(r"[{}();=<>\[\]]")


def is_code(s: str) -> bool:
    """Script that leaked into the text (a commented-out ``<script>``): dense with brackets and keywords."""
    marks = len(CODE_MARKS.findall(s))
    return marks >= max(4, len(s) // 25) and len(CODE_WORDS.findall(s)) >= 1 + len(s) // 400


def furniture_kind(s: str) -> str | None:
    """The kind of page furniture a stripped line is, or None for a line that may be article text."""
    if not s:
        return None
    if ("{" in s or ";" in s or "=>" in s) and is_code(s):
        return "code"
    if SEPARATOR.match(s):
        return "separator"
    if TAGS.match(s):
        return "tags"
    low = s.lower() if s.isascii() else None
    if len(s) < 160 and _may(low, _AUDIO_NEEDLES) and AUDIO.search(s):
        return "audio"
    if len(s) > 240:
        return None
    return _short_kind(s, low)


#: Pieces of text every match of a case-insensitive pattern holds (one of them at least), lower case.
_AUDIO_NEEDLES = ("audio player", "listen", "press play", "speech", "getting your")
_COPYRIGHT_NEEDLES = ("(c)", "copyright", "all rights reserved", "todos los derechos")
_NOTE_NEEDLES = ("[", "this ", "automatic", "machine", "translated ")
_WIDGET_NEEDLES = ("/", ":", "wind", "humidity")  # its other shapes hold "°" or "▲", never in an ASCII line
_READ_TIME_NEEDLES = ("read",)


def _may(low: str | None, needles: tuple[str, ...]) -> bool:
    """Whether a pattern with these ``needles`` may match the line ``low`` is the lower case of.

    A pattern that looks for words anywhere in a line tries each position
    in turn; most lines hold none of its words, and a substring test says
    so far sooner. ``low`` is None for a line not all ASCII, which is always
    searched: ``(?i)`` folds "İ", "ı", "ſ" and the Kelvin sign to ASCII
    letters, which ``str.lower`` does not, while on ASCII text the two fold
    alike, so no line that could match is skipped.
    """
    if low is None:
        return True
    for needle in needles:  # noqa: SIM110 -- a loop, not any() over a generator: this runs for most lines
        if needle in low:
            return True
    return False


def _short_kind(s: str, low: str | None) -> str | None:
    """The kind of a line of at most 240 characters; ``low`` is its lower case if it is all ASCII (see :func:`_may`).

    Each test is ordered cheap part first (lengths, characters every match
    must hold) so that most lines are never searched by the patterns.
    """
    ends_sentence = s[-1] in ".!?…"
    head = _HEADS.match(s) is not None  # else none of the line-head patterns below can match
    if head and (SKIP.match(s) or ADVERT.match(s)):
        return "furniture"
    if len(s) < 200 and _may(low, _COPYRIGHT_NEEDLES) and COPYRIGHT.search(s):
        return "footer"
    if len(s) < 160 and _may(low, _NOTE_NEEDLES) and NOTE.search(s):
        return "note"
    if head and PROMO.match(s):
        return "promo"
    if head and (CREDITS.match(s) or (SOURCE_NOTE.match(s) and len(s) < 200)):
        return "credits"
    if len(s) < 160 and (":" in s or "@" in s) and CONTACT.search(s):  # a contact holds one or the other
        return "contact"
    if not ends_sentence and _is_share(s):
        return "share"
    if not s.endswith(".") and _may(low, _WIDGET_NEEDLES) and WIDGET.search(s) and _mostly_data(s):
        return "widget"
    if (head and TIMESTAMP.match(s)) or (len(s) < 100 and _may(low, _READ_TIME_NEEDLES) and READ_TIME.search(s)):
        return "dateline"
    if head and LABEL.match(s):
        return "label"
    if not ends_sentence and ((_BREADCRUMB_MARKS.search(s) and BREADCRUMB.match(s)) or is_menu(s)):
        return "navigation"
    if "|" in s and len(s) < 120 and FOOTER_LINKS.search(s):
        return "footer"
    return None


_LINE_HEADS = (SKIP, ADVERT, PROMO, CREDITS, SOURCE_NOTE, TIMESTAMP, LABEL)
assert all(p.flags == re.I | re.U and p.pattern.startswith("(?i)") for p in _LINE_HEADS)
#: The patterns that match at a line's head, as one: a line none of them fits is tried once, not seven times.
_HEADS = patterns.compile("|".join(f"(?:{p.pattern.removeprefix('(?i)')})" for p in _LINE_HEADS), re.I)

#: Every breadcrumb holds one of its separators.
_BREADCRUMB_MARKS = patterns.compile(r"[>›»/]")


def _is_share(s: str) -> bool:
    if len(s) > 120:
        return False
    hits = len(SOCIAL.findall(s))
    return (SHARE.match(s) is not None and (hits >= 1 or len(s.split()) <= 3)) or (
        hits >= 3 and hits >= len(NAV_SPLIT.split(s)) - 1
    )


def _mostly_data(s: str) -> bool:
    """A widget line is mostly figures, symbols and short labels, not a sentence."""
    words = re.findall(r"[^\W\d_]{4,}", s)
    return len(words) <= 8 and not s.endswith(".")


def is_menu(s: str) -> bool:
    """A navigation row: several short items, by separators or by menu words."""
    if len(s) > 160 or POSTED.match(s):
        return False  # a byline's row, which the page's head reads
    return _menu_shape(s) and not find_date(s)  # nor a date's row (the date is looked for last: it costs most)


def _menu_shape(s: str) -> bool:
    items = [x for x in NAV_SPLIT.split(s) if x]
    if len(items) >= 3 and all(len(x.split()) <= 3 for x in items):
        lower = sum(1 for x in items if x[:1].islower())
        return lower <= len(items) // 3
    words = s.split()
    if len(words) < 4:
        return False
    nav = sum(1 for w in words if w.lower().strip(",") in NAV_WORDS)
    return nav * 2 >= len(words) and all(w[:1].isupper() for w in words if w.isalpha() and len(w) > 2)


def is_posted_by(s: str) -> bool:
    return POSTED.match(s) is not None


_ASCII_LETTER = patterns.compile(r"[A-Za-z]")
_NOT_ASCII = patterns.compile(r"[^\x00-\x7f]+")


def script_of(s: str) -> str | None:
    """The writing system most of a line's letters are in: "latin", or the block's name for others."""
    if s.isascii():  # most lines: no need to look at each character
        return "latin" if _ASCII_LETTER.search(s) else None
    counts: dict[str, int] = {}
    ascii_letters = len(_ASCII_LETTER.findall(s))  # counted at C speed; the loop below sees the rest only
    if ascii_letters:
        counts["latin"] = ascii_letters
    for c in "".join(_NOT_ASCII.findall(s)):
        if not c.isalpha():
            continue
        o = ord(c)
        if o < 0x250 or 0x1E00 <= o < 0x1F00:
            key = "latin"
        elif 0x370 <= o < 0x400:
            key = "greek"
        elif 0x400 <= o < 0x530:
            key = "cyrillic"
        elif 0x590 <= o < 0x600:
            key = "hebrew"
        elif 0x600 <= o < 0x780 or 0xFB50 <= o < 0xFF00:
            key = "arabic"
        elif 0x1200 <= o < 0x1400:
            key = "ethiopic"
        elif 0xAC00 <= o < 0xD7B0 or 0x1100 <= o < 0x1200:
            key = "hangul"
        elif 0x3040 <= o < 0xA000:
            key = "cjk"
        else:
            key = "other"
        counts[key] = counts.get(key, 0) + 1
    if not counts:
        return None
    return max(sorted(counts), key=lambda k: counts[k])
