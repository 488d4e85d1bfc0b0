"""The data model of a briefing: sources as read, and what derivation adds.

Plain dataclasses with no behaviour beyond look-ups, so that derivation,
serialisation, search and the reader can all share them without importing
each other (and without importing Textual).

Offsets are character offsets into ``Source.text``: the file's decoded text
with newlines normalised to ``\\n``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

SCHEMA = "briefing/1"

#: What an outcome of the talks can be, in the order a briefing lists them.
OUTCOME_STATUSES = ("agreed", "not agreed", "deferred")

#: Kinds of boilerplate span recognised by :mod:`briefing.ingest.cleaning`.
BOILERPLATE_KINDS = (
    "separator",
    "audio",
    "byline",
    "promo",
    "caption",
    "tags",
    "truncated",
    "repeated",
    "dateline",
    "credits",
    "url",
    "furniture",
    "navigation",
    "masthead",
    "share",
    "widget",
    "footer",
    "note",
    "contact",
    "label",
    "related",
    "other-script",
    "code",
    "page",
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a source; the unit every citation points at."""

    id: str
    source_id: str
    index: int
    paragraph: int
    start: int
    end: int
    text: str
    kind: str = "body"  # "title" for a headline, "body" otherwise


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """A span of web furniture: kept and shown dimmed, never derived from."""

    kind: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A block of text between blank lines (or a single line in line-per-paragraph text)."""

    id: str
    index: int
    start: int
    end: int
    first_sentence: int
    sentence_count: int


@dataclass(slots=True)
class Source:
    """One article as read from disk, cleaned and segmented."""

    id: str
    path: str | None
    text: str
    title: str
    outlet: str | None = None
    byline: str | None = None
    #: ISO date (``2025-10-14``) and time (``21:40``) of publication, where the page gives them.
    date: str | None = None
    encoding: str = "utf-8"
    #: The page's address: a pasted page's ``URL:`` line, a saved page's canonical link.
    url: str | None = None
    time: str | None = None
    #: People a photo credit names (photographers): never delegates.
    credits: list[str] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    boilerplate: list[Boilerplate] = field(default_factory=list)

    @property
    def body(self) -> list[Sentence]:
        """Sentences that derivation may use (headline excluded)."""
        return [s for s in self.sentences if s.kind == "body"]

    @property
    def outlet_name(self) -> str:
        """The outlet as shown: its name, else the source's id."""
        return self.outlet or self.id

    @property
    def outlet_key(self) -> str:
        """The outlet as counted: two sources of one outlet, however cased or spelled with "The" or ".com", are one."""
        key = self.outlet_name.casefold()
        key = re.sub(r"^the\s+|\.(?:com|net|org|co\.uk)$", "", key)
        return " ".join(re.sub(r"[\W_]+", " ", key).split()) or key

    @property
    def label(self) -> str:
        """How a citation names this source: its outlet (and date), else its headline's first words, never a hash."""
        if self.outlet:
            return f"{self.outlet}, {self.date}" if self.date else self.outlet
        words = self.title.split()
        short = " ".join(words[:6]) + ("…" if len(words) > 6 else "")
        return short or self.id

    @property
    def when(self) -> str | None:
        """Date and time as shown: ``2025-10-14 21:40``."""
        return " ".join(x for x in (self.date, self.time) if x) or None


@dataclass(slots=True)
class Party:
    """A side of the negotiation, a mediator, or another state mentioned."""

    name: str
    aliases: list[str] = field(default_factory=list)
    role: str = "party"  # "party" | "mediator" | "other"


@dataclass(slots=True)
class Person:
    """One real person, with every spelling of the name seen across outlets."""

    id: str
    name: str
    variants: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    party: str | None = None
    mentions: list[str] = field(default_factory=list)
    kind: str = "official"  # "official" | "journalist"


@dataclass(slots=True)
class Member:
    """A person's seat in a delegation."""

    person: str
    role: str | None
    lead: bool
    citations: list[str] = field(default_factory=list)
    #: Citations of a curated briefing that match no sentence, kept as written (see briefing.formats.markdown_read).
    unresolved: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Delegation:
    party: str
    members: list[Member] = field(default_factory=list)


@dataclass(slots=True)
class Claim:
    """A statement resting on cited sentences.

    Used for summary claims, demands (``party`` set), outcomes (``status``
    set) and discrepancies (``about`` set). ``outlets`` counts the distinct
    outlets among the citations.
    """

    id: str
    text: str
    citations: list[str] = field(default_factory=list)
    outlets: int = 0
    party: str | None = None
    about: str | None = None
    stance: str | None = None  # demands: "demand" | "reject" | "condition" | "offer" (curated: also "position")
    status: str | None = None  # outcomes: one of OUTCOME_STATUSES
    #: Citations of a curated briefing that match no sentence, kept as written (see briefing.formats.markdown_read).
    unresolved: list[str] = field(default_factory=list)
    #: Demands: carried only by second-hand reports ("according to a source close to the talks").
    reported: bool = False


@dataclass(slots=True)
class Place:
    id: str
    name: str
    variants: list[str] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)
    kind: str | None = None  # "city", "region", "country", ...


@dataclass
class Briefing:
    """Everything the reader shows: sources plus what was derived or curated.

    Not slotted: the look-up indexes below are ``cached_property`` and need
    an instance ``__dict__``.
    """

    title: str
    sources: list[Source]
    summary: list[Claim] = field(default_factory=list)
    parties: list[Party] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    delegations: list[Delegation] = field(default_factory=list)
    demands: list[Claim] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    discrepancies: list[Claim] = field(default_factory=list)
    outcomes: list[Claim] = field(default_factory=list)
    origin: str = "derived"  # "derived" | "curated"
    schema: str = SCHEMA

    @cached_property
    def sentence_index(self) -> dict[str, Sentence]:
        return {s.id: s for src in self.sources for s in src.sentences}

    @cached_property
    def source_index(self) -> dict[str, Source]:
        return {src.id: src for src in self.sources}

    @cached_property
    def person_index(self) -> dict[str, Person]:
        return {p.id: p for p in self.people}

    def sentence(self, sentence_id: str) -> Sentence | None:
        return self.sentence_index.get(sentence_id)

    def claims(self) -> list[Claim]:
        """Every claim of every kind, in reading order of the briefing."""
        return [*self.summary, *self.outcomes, *self.demands, *self.discrepancies]

    def citing(self, sentence_id: str) -> list[Claim]:
        """The claims that cite a sentence: the way back from evidence to briefing."""
        return [c for c in self.claims() if sentence_id in c.citations]

    def label_of(self, sentence_id: str) -> str:
        """How a citation of this sentence names its source (see :attr:`Source.label`)."""
        sent = self.sentence_index.get(sentence_id)
        return self.source_index[sent.source_id].label if sent else ""

    def outlet_of(self, sentence_id: str) -> str:
        """The outlet a sentence comes from, falling back to its source id."""
        sent = self.sentence_index.get(sentence_id)
        if sent is None:
            return ""
        return self.source_index[sent.source_id].outlet_key


@dataclass(slots=True)
class Head:
    """What the reader's first frame shows of a briefing: title, summary and counts.

    Cached beside the briefing, a few hundred bytes against megabytes, so
    a large folder's summary paints before the whole briefing is unpickled.
    """

    title: str
    origin: str
    articles: int
    unresolved: int
    summary: list[Claim] = field(default_factory=list)

    @classmethod
    def of(cls, b: Briefing) -> Head:
        members = (m for d in b.delegations for m in d.members)
        lost = sum(len(c.unresolved) for c in b.claims()) + sum(len(m.unresolved) for m in members)
        return cls(b.title, b.origin, len(b.sources), lost, list(b.summary))

    @property
    def subtitle(self) -> str:
        """Under the title: curated or derived, how many articles, and lost citations if any."""
        n, lost = self.articles, self.unresolved
        text = f"{self.origin} · {n} article{'s' if n != 1 else ''}"
        return text + (f" · {lost} unresolved citation{'s' if lost != 1 else ''}" if lost else "")
