"""Which party a phrase stands for: "a senior Israeli official", "Damascus", "the DLM", "Netanyahu".

Used wherever a speaker or an actor must be attributed to a side (demands,
delegations). States come from the lexicon; the organisations among the
parties from their names and aliases, "the movement" included when it is
one of them (:class:`briefing.derive.actors.Actors`); persons count by any
spelling or by a surname only one side holds.
"""

from __future__ import annotations

import re
from collections import defaultdict

from briefing import patterns
from briefing.derive import lexicon
from briefing.derive.actors import Actors
from briefing.derive.affiliations import TARGET_PREP
from briefing.derive.names import name_key
from briefing.derive.organisations import Organisation
from briefing.model import Party, Person

_GENERIC_ALIAS = patterns.compile(r"^the\s+([a-z]+)$")


def party_actors(parties: list[Party]) -> Actors:
    """The actors a list of parties names: the lexicon's states and the parties that are organisations."""
    orgs: list[Organisation] = []
    for party in parties:
        if lexicon.is_country(party.name):
            continue
        nouns = frozenset(m.group(1) for a in party.aliases if (m := _GENERIC_ALIAS.match(a)))
        aliases = tuple(a for a in party.aliases if not _GENERIC_ALIAS.match(a) and a != party.name)
        orgs.append(Organisation(party.name, aliases, nouns))
    return Actors(orgs)


class PartyResolver:
    """Maps a subject phrase to a party name (see the module's docstring)."""

    def __init__(self, parties: list[Party], people: list[Person]) -> None:
        self.parties = parties
        self._names = {p.name for p in parties}
        self._actors = party_actors(parties)
        self._alias: dict[str, str] = {}
        for party in parties:
            for alias in [party.name, *party.aliases]:
                self._alias.setdefault(alias.casefold(), party.name)
        self._alias_patterns = [
            (re.compile(rf"(?<!\w){re.escape(alias)}(?!\w)"), name)
            for alias, name in self._alias.items()
            if len(alias) > 3
        ]
        self._person: dict[str, str | None] = {}
        surnames: dict[str, set[str | None]] = defaultdict(set)
        for person in people:
            if person.kind == "journalist":
                continue
            for variant in [person.name, *person.variants]:
                self._person[name_key(variant)] = person.party
                surnames[name_key(variant.split()[-1])].add(person.party)
        for key, owners in surnames.items():
            if len(owners) == 1:
                self._person.setdefault(key, next(iter(owners)))

    def resolve(self, phrase: str) -> str | None:
        """The party a phrase stands for, or None when it names none."""
        phrase = phrase.strip()
        if not phrase:
            return None
        direct = self._alias.get(_strip_article(phrase).casefold())
        if direct:
            return direct
        for span in self._actors.mentions(phrase):
            if TARGET_PREP.search(phrase[: span.start]):
                continue
            if not self._names or span.name in self._names:
                return span.name
        folded = phrase.casefold()
        for pattern, name in self._alias_patterns:
            if pattern.search(folded):
                return name
        return self._person_party(phrase)

    def _person_party(self, phrase: str) -> str | None:
        words = re.findall(r"[A-Z][\w’'-]*", phrase)
        for n in (3, 2, 1):
            for i in range(len(words) - n + 1):
                party = self._person.get(name_key(" ".join(words[i : i + n])))
                if party:
                    return party
        return None


def _strip_article(phrase: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.IGNORECASE)
