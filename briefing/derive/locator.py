"""Where known people are named in a sentence, for the stages after people are found."""

from __future__ import annotations

from typing import ClassVar

from briefing.derive.memo import sources_key
from briefing.derive.mentions import Mention, leading_common, lowercase_vocabulary, parse_candidates
from briefing.model import Person, Sentence, Source


class PersonLocator:
    """Finds where known people are named in a sentence (any spelling or bare surname).

    Re-reads the sentence's cached capitalised runs rather than searching for
    every variant, so the cost stays linear in the text whatever the number
    of people. Parties, delegations and discrepancies all locate the same
    people in the same sentences, so :meth:`shared` hands them one locator
    that remembers its answers.
    """

    _memo: ClassVar[dict[tuple[object, ...], PersonLocator]] = {}

    def __init__(self, sources: list[Source], people: list[Person]) -> None:
        self._lower_words = lowercase_vocabulary(sources)
        self._by_surface: dict[str, Person] = {}
        self._found: dict[str, list[tuple[Mention, Person]]] = {}
        #: Results other stages derive from these mentions, kept with them (e.g. delegation frames).
        self.memo: dict[str, object] = {}
        for person in people:
            if person.kind == "journalist":
                continue
            for variant in [person.name, *person.variants]:
                self._by_surface.setdefault(variant, person)

    @classmethod
    def shared(cls, sources: list[Source], people: list[Person]) -> PersonLocator:
        """One locator per (sources, people), kept until asked for another."""
        officials = [p for p in people if p.kind != "journalist"]
        key = (
            sources_key(sources),
            tuple((id(p), p.name, tuple(p.variants)) for p in officials),
        )
        if key not in cls._memo:
            cls._memo.clear()
            cls._memo[key] = cls(sources, officials)
        return cls._memo[key]

    def find(self, sent: Sentence) -> list[tuple[Mention, Person]]:
        """Mentions of known people in reading order, each with its person."""
        cached = self._found.get(sent.id)
        if cached is not None:
            return cached
        out: list[tuple[Mention, Person]] = []
        for p in parse_candidates(sent.text, leading_common(sent.text, self._lower_words)):
            person = self._by_surface.get(p.surface)
            if person is not None:
                mention = Mention(p.surface, sent, "", p.start, p.end, list(p.roles), p.cue, p.strong, p.possessive)
                out.append((mention, person))
        self._found[sent.id] = out
        return out
