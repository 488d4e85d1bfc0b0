"""Who a piece of text names as an actor: a state of the lexicon or an organisation of these sources.

Parties, delegations and demands ask the same question of sentences and
roles: which side does "the Harbaq team", "Nigeria's federal
government", "the movement's spokesman" or "SRSC commander" stand for?
:class:`Actors` answers with spans, states first from the lexicon
(:mod:`briefing.derive.lexicon`), then the organisations found in the
sources (:mod:`briefing.derive.organisations`) by name or acronym, and a
generic noun ("the movement", "the group's") when exactly one
organisation is called by it.
"""

from __future__ import annotations

import re
from typing import ClassVar, NamedTuple

from briefing import patterns
from briefing.derive import lexicon
from briefing.derive.by_article import digest_of
from briefing.derive.memo import sources_key
from briefing.derive.organisations import Organisation, find_organisations
from briefing.derive.whole_spellings import WholeSpellings
from briefing.model import Source

_ARTICLE_ONLY = patterns.compile(r"\s*(?:the\s+)?", re.IGNORECASE)
#: The kind of span an organisation's own name or acronym gives, and a generic noun's.
ORGANISATION = "organisation"
GENERIC = "generic"


#: Adjectives before a generic noun that make it another body: "the ruling coalition", "an opposition group".
_OTHER_BODY = r"(?!(?:ruling|governing|government|opposition|parliamentary|contact|working|expert)\s)"
#: A sentence opening with the noun before a delegation word or a colon: "Coalition negotiators: ...".
_OPENING_AFTER = r"(?=\s+(?:negotiators|delegation|delegates|team|panel|side)\b|:)"


def _generic_pattern(nouns: list[str]) -> re.Pattern[str]:
    """ "the movement", "its group's", "their rebels"; at a sentence's start, "Rebels:" and "Coalition
    negotiators". Not "the group of experts", nor "the ruling coalition"."""
    alternatives = "|".join(nouns)
    capitalised = "|".join(n.capitalize() for n in nouns)
    return re.compile(
        rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+{_OTHER_BODY}(?:[a-z]+\s+)?(?P<noun>{alternatives})\b(?!\s+of\b)"
        rf"|^(?P<opening>{capitalised})\b{_OPENING_AFTER}"
    )


class Span(NamedTuple):
    start: int
    end: int
    name: str
    kind: str  # a lexicon kind ("name", "demonym", "capital", ...), ORGANISATION or GENERIC


def _renamed(lexical: Span, found: Span) -> bool:
    """An organisation of these sources spelled exactly like a lexicon form: the sources gave the
    form to it ("the Europeans" for a bloc of European states, see :mod:`briefing.derive.blocs`)."""
    return found.kind == ORGANISATION and (lexical.start, lexical.end) == (found.start, found.end)


class Actors:
    """States and the organisations of one set of sources, found in any text."""

    _memo: ClassVar[dict[tuple[tuple[str, int], ...], Actors]] = {}

    def __init__(self, organisations: list[Organisation]) -> None:
        self.organisations = organisations
        self._names = {org.name for org in organisations if not org.state}
        surfaces = sorted(
            {(s, o.state or o.name) for o in organisations for s in (o.name, *o.aliases)}, key=lambda x: -len(x[0])
        )
        self._owner = dict(surfaces[::-1])
        self._surface = WholeSpellings([s for s, _ in surfaces]) if surfaces else None
        by_noun: dict[str, set[str]] = {}
        for org in organisations:
            for noun in org.nouns:
                by_noun.setdefault(noun, set()).add(org.state or org.name)
        self._generic = {noun: next(iter(names)) for noun, names in by_noun.items() if len(names) == 1}
        self._generic_rx = _generic_pattern(sorted(self._generic)) if self._generic else None
        self._cache: dict[str, list[Span]] = {}
        self._digest: str | None = None

    @classmethod
    def of(cls, sources: list[Source]) -> Actors:
        """The actors of these sources (kept until asked for other sources)."""
        key = sources_key(sources)
        if key not in cls._memo:
            cls._memo.clear()
            cls._memo[key] = cls(find_organisations(sources))
        return cls._memo[key]

    @property
    def digest(self) -> str:
        """A digest of all :meth:`mentions` reads besides the text (the organisations): the ``given`` of
        a per-article step that reads actors (see :mod:`briefing.derive.by_article`)."""
        if self._digest is None:
            self._digest = digest_of(self.organisations)
        return self._digest

    def is_organisation(self, name: str) -> bool:
        return name in self._names

    def generic(self, noun: str) -> str | None:
        """The one organisation called by a generic noun ("movement"), or None."""
        return self._generic.get(noun)

    def mentions(self, text: str) -> list[Span]:
        """Spans of states and organisations in reading order; a longer name wins over what it contains."""
        cached = self._cache.get(text)
        if cached is not None:
            return cached
        spans = [Span(s, e, entry.country, entry.kind) for s, e, entry in lexicon.entry_mentions(text) if entry.country]
        extra: list[Span] = []
        if self._surface is not None:
            extra += [
                Span(m.start(), m.end(), self._owner[m.group()], ORGANISATION) for m in self._surface.finditer(text)
            ]
        if self._generic_rx is not None:
            for m in self._generic_rx.finditer(text):
                group = "noun" if m.group("noun") else "opening"
                name = self._generic[m.group(group).lower()]
                extra.append(Span(m.start(group), m.end(group), name, GENERIC))
        for span in sorted(extra, key=lambda x: (x.start, -(x.end - x.start))) if extra else ():
            inside = [x for x in spans if x.start < span.end and span.start < x.end]
            if all(x.end - x.start < span.end - span.start or _renamed(x, span) for x in inside):
                spans = [x for x in spans if x not in inside] + [span]
        spans.sort()
        self._cache[text] = spans
        return spans

    def named(self, phrase: str) -> str | None:
        """The one actor a whole phrase stands for ("the DLM", "Ethiopian", "the movement"), or None."""
        found = self.mentions(phrase)
        if len(found) == 1 and _ARTICLE_ONLY.fullmatch(phrase[: found[0].start]):
            return found[0].name
        return lexicon.country_for(phrase)
