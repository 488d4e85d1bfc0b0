"""The head of a pasted page: its URL line, masthead, headline, byline and date.

Between the top of a page and its first paragraph stand a few short lines
whose role their shape tells: a ``URL:`` line, a masthead, the headline
(perhaps with a ``date 2025-06-02`` or ``LIVE`` glued before it), a bare
name or a name glued to a date (the byline), a section and a date, a
capitalised place (the dateline). Everything here is marked as boilerplate
except the headline, which becomes the title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing import patterns
from briefing.ingest.dates import find_date
from briefing.ingest.furniture import NAV_SPLIT, NAV_WORDS, is_posted_by
from briefing.ingest.outlet import site_label, spells_host

_URL_LINE = patterns.compile(
    r"(?i)^(?:(?:source |original |page |article )?(?:url|link|address)\s*:\s*)?(?P<url>https?://\S+)$"
)
_GLUED_DATE = patterns.compile(r"(?i)^(?:date|dated|published|updated|posted)\s*:?\s*(?=\d|[a-z]{3})")
_LABEL = patterns.compile(
    r"^(?:LIVE|BREAKING(?: NEWS)?|EXCLUSIVE|WATCH|UPDATED?|ANALYSIS|OPINION)\b\s*[:|–—-]?\s+(?=\S)"
)
_PLACE = patterns.compile(r"^[A-Z][A-Z'’.-]+(?:[ ,]+[A-Z][A-Z'’.-]+){0,3}$")
_WEEKDAY_TAIL = patterns.compile(r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?\s*$")
_SEPARATORS = " \t|·•–—-/,:;"
_PARTICLES = frozenset("de da di del della der den van von al el bin ibn bint la le du dos das y i ben abu".split())
#: Names of authors that name no one.
_NOBODY = frozenset("admin administrator editor editors staff desk newsdesk webmaster guest team newsroom".split())
_DESK = frozenset("desk newsdesk staff bureau team editors reporters newsroom".split())
#: A byline naming the writer's city after a comma: "Lena Park, Seoul", "Omar Haddad, Abu Dhabi".
_NAME_THEN_PLACE = patterns.compile(r"^(?P<name>[^,]{4,60}),\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?$")
#: Frequent words that are never a byline's name, so "Talks Resume Today" is not a person.
COMMON_WORDS = frozenset(
    """a an the and or but of in on at to for with by from as into over under after before amid about against
    is are was were be been has have had will would can could may might must shall should do does did not no
    new more most all any some this that these those it its our your their his her we you they he she who what
    when where why how which there here than then so up down out off now today tonight yesterday tomorrow week
    year day days years first last next key top big live latest update updates breaking news report reports
    says said say talks talk deal deals peace war plan plans round rounds summit agreement ceasefire truce crisis
    vote votes poll polls state states government minister ministers president office ministry agency press
    release statement analysis opinion editorial video photos watch listen read share home world politics
    business economy market markets trade events story stories page comments follow join sign subscribe
    january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday""".split()
)


@dataclass(slots=True)
class Header:
    """What the head of a page said, and which of its lines (and line prefixes) are furniture."""

    url: str | None = None
    title: tuple[int, int] | None = None
    byline: str | None = None
    date: str | None = None
    time: str | None = None
    #: (start, end, kind) spans of text to mark, offsets into the whole text.
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    #: Line numbers wholly marked, with their kind.
    lines: dict[int, str] = field(default_factory=dict)
    #: The header's last line number (the body starts after it).
    end: int = 0
    #: The newsroom a desk byline names ("Coast Ledger staff" → Coast Ledger): an outlet of last resort.
    desk: str | None = None


def is_name(s: str, desk: bool = False) -> bool:
    """A person's name alone on a line: two to four capitalised words (particles allowed).

    With ``desk`` also "X Desk", "X staff", "By TB247 Desk" shapes of a
    newsroom's byline.
    """
    words = s.split()
    if desk and len(words) >= 2 and words[-1].lower() in _DESK:
        return all(w[:1].isupper() or w[:1].isdigit() for w in words[:-1])
    if not 2 <= len(words) <= 4 or len(s) > 48:
        return False
    caps = 0
    for w in words:
        if w.lower() in _PARTICLES:
            continue
        if not re.fullmatch(r"[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)*\.?", w) or not w[0].isupper():
            return False
        if w.lower().strip(".") in COMMON_WORDS or w.lower() in NAV_WORDS or w.lower() in _DESK:
            return False
        caps += 1
    return caps >= 2 and not s.isupper()


def _is_headline(s: str, next_blank: bool) -> bool:
    words = s.split()
    if len(words) < 3 or len(s) > 250:
        return False
    if s[-1] not in ".!?…":
        return True
    return next_blank and len(s) < 120 and s.count(". ") == 0


def _old_headline(s: str, next_blank: bool) -> bool:
    """A first line short of a paragraph: a headline however few its words."""
    return len(s) <= 200 and (s[-1] not in ".!?…" or (next_blank and len(s) < 120 and s.count(". ") == 0))


def _is_paragraph(s: str) -> bool:
    """The first line of the article's body: long, or a full sentence of some length."""
    return len(s) > 250 or (len(s.split()) >= 12 and s[-1] in '.!?…"”’»:)')


def _set_apart(s: str, start: int, end: int) -> bool:
    """A date set apart by separators (or glued after a weekday), not one inside a sentence."""
    before, after = s[:start].rstrip(), s[end:].lstrip()
    left = not before or before[-1] in _SEPARATORS or _WEEKDAY_TAIL.search(s[:start]) is not None
    return left and (not after or after[0] in _SEPARATORS)


def url_line(s: str) -> str | None:
    m = _URL_LINE.match(s)
    return m.group("url") if m else None


class HeaderReader:
    """Walks the head of a page line by line (``lines`` as (start, text) with text stripped-aware)."""

    def __init__(self, lines: list[tuple[int, str]], marked: dict[int, str], limit: int = 30) -> None:
        self.lines = lines
        self.marked = marked
        self.limit = min(limit, len(lines))
        self.head = Header()
        self.label: str | None = None

    def read(self) -> Header:
        head = self.head
        headline_at = -1
        #: Short lines before any headline: the masthead if a headline follows, else the first is it.
        self.pending: list[tuple[int, int, str]] = []
        for i in range(self.limit):
            start, raw = self.lines[i]
            s, offset = raw.strip(), start + len(raw) - len(raw.lstrip())
            if i in self.marked and self.marked[i] == "navigation" and headline_at >= 0 and self._demote(headline_at):
                headline_at = -1
            if not s or (i in self.marked and self.marked[i] not in ("byline", "dateline", "url")):
                continue
            if head.url is None and headline_at < 0 and url_line(s):
                head.url = url_line(s)
                self.label = site_label(head.url)
                head.lines[i] = "url"
                continue
            s, offset = self._prefixes(s, offset)
            if not s:
                head.lines[i] = "dateline"
            elif self._masthead(s):
                self._date_in(s)
                head.lines[i] = "masthead"
            elif headline_at >= 0:
                if _is_paragraph(s):
                    break
                self._meta_line(i, s, after_headline=True)
            elif not self._meta_line(i, s):
                if (_is_paragraph(s) and not _is_headline(s, False)) or (self.pending and self._wrapped(i)):
                    break
                if self.pending and s[-1] in ".!?…" and self._pending_headline():
                    break  # a sentence after a short first line: that line was the headline
                if any(p[2][-1] in ".!?…" and len(p[2].split()) > 3 for p in self.pending):
                    break  # prose came first: the page has no headline
                if self._headline(i, s, offset):
                    headline_at = i
        else:
            i = self.limit
        head.end = i
        if head.title is None and self.pending and self._pending_headline() and i > self.pending[0][0] + 1:
            _, offset, first = self.pending[0]
            head.title = (offset, offset + len(first))
        return head

    def _headline(self, i: int, s: str, offset: int) -> bool:
        """A strong headline (three words or more, not a pipe-split masthead) ends the masthead."""
        next_blank = i + 1 >= len(self.lines) or not self.lines[i + 1][1].strip()
        menu_like = " | " in s and all(len(x.split()) <= 5 for x in s.split(" | "))
        if not _is_headline(s, next_blank) or menu_like:
            self.pending.append((i, offset, s))
            return False
        self.head.title = (offset, offset + len(s))
        for j, _, line in self.pending:
            if len(line) <= 120:
                self.head.lines[j] = "masthead"
        return True

    def _demote(self, at: int) -> bool:
        """A menu after the "headline" shows it was the site's tagline: the headline comes after the menu."""
        if any(k in ("byline", "dateline") for j, k in self.head.lines.items() if j > at):
            return False
        self.head.title = None
        self.head.lines[at] = "masthead"
        self.pending = []
        return True

    def _pending_headline(self) -> bool:
        j, _, first = self.pending[0]
        blank = j + 1 >= len(self.lines) or not self.lines[j + 1][1].strip()
        return _old_headline(first, blank)

    def _wrapped(self, i: int) -> bool:
        """A line whose sentence runs on into the next (hard-wrapped prose) starts the body."""
        nxt = self.lines[i + 1][1].strip() if i + 1 < len(self.lines) else ""
        return bool(nxt) and nxt[0].islower()

    def _date_in(self, s: str) -> None:
        found = find_date(s)
        if found and _set_apart(s, found.start, found.end):
            self._date(found.date, found.time)

    def _masthead(self, s: str) -> bool:
        """A short line that begins with the name the site's host spells ("Zena News – Politics")."""
        if not self.label or len(s) > 100:
            return False
        first = re.split(r"\s{2,}|\s+[|·•–—/]\s+|:\s", s)[0].strip(_SEPARATORS)
        return len(first.split()) <= 5 and spells_host(first, self.label, leading=True)

    def _prefixes(self, s: str, offset: int) -> tuple[str, int]:
        """Cut a glued ``date 2025-06-02`` or a ``LIVE`` label off the front of a line."""
        m = _GLUED_DATE.match(s)
        if m:
            found = find_date(s[m.end() :])
            if found and found.start == 0:
                cut = m.end() + found.end
                self._date(found.date, found.time)
                self.head.spans.append((offset, offset + cut, "dateline"))
                rest = s[cut:]
                lead = len(rest) - len(rest.lstrip())
                return rest.strip(), offset + cut + lead
        m = _LABEL.match(s)
        if m and len(s) - m.end() > 12:
            self.head.spans.append((offset, offset + m.end(), "label"))
            return s[m.end() :], offset + m.end()
        return s, offset

    def _date(self, date: str, time: str | None) -> None:
        if self.head.date is None:
            self.head.date, self.head.time = date, time

    def _meta_line(self, i: int, s: str, after_headline: bool = False) -> bool:
        """A byline, a date line, a bare name or a place: marked, and what it says kept."""
        head = self.head
        if len(s) > 120:
            return False
        found = find_date(s)
        if found and len(s) - (found.end - found.start) < 80 and _set_apart(s, found.start, found.end):
            rest = s[: found.start] + " " + s[found.end :]
            if len(re.findall(r"[^\W\d_]{3,}", rest)) <= 8 and not rest.strip().endswith("."):
                self._date(found.date, found.time)
                before = _WEEKDAY_TAIL.sub("", s[: found.start]).strip(_SEPARATORS)
                if self._byline(before) or is_posted_by(before):
                    head.lines[i] = "byline"
                else:
                    head.lines[i] = "dateline"
                return True
        if is_posted_by(s) or self.marked.get(i) == "byline":
            head.lines.setdefault(i, "byline")
            return True
        if _PLACE.match(s) and len(s) <= 30:
            head.lines[i] = "dateline"
            return True
        if after_headline and self._byline(s):
            head.lines[i] = "byline"
            return True
        return False

    def _byline(self, s: str) -> bool:
        """A name (or a newsroom's) before the date or alone: the byline, set once."""
        s = re.sub(r"(?i)^by\s*:?\s+", "", s.strip(_SEPARATORS))
        first = NAV_SPLIT.split(s)[0].strip(_SEPARATORS) if s else ""
        if not first:
            return False
        placed = _NAME_THEN_PLACE.match(first)
        if placed and is_name(placed.group("name")):
            first = placed.group("name")  # "Ahmed Said, Cairo": the writer and where they file from
        if is_name(first):
            if self.head.byline is None:
                self.head.byline = first
            return True
        if is_name(first, desk=True):
            newsroom = " ".join(first.split()[:-1])
            if self.head.desk is None and len(newsroom) > 3 and not newsroom.isdigit():
                self.head.desk = newsroom
            return True
        return first.lower() in _NOBODY
