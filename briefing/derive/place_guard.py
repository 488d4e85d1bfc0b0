"""What a place found by its shape may not be: a person, a party, a title, a month, an outlet or a body.

Shaped phrases (:mod:`briefing.derive.place_shapes`) are checked against the
briefing's people and parties and against general vocabulary before they
count as places.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing.derive import lexicon
from briefing.derive.lexicon import OUTLET_WORDS, word_list
from briefing.derive.place_shapes import HEADS, OPENERS, PLURALS
from briefing.derive.title_vocabulary import HEAD_NOUNS, HONORIFICS, ORGANISATION_WORDS, TITLE_MODIFIERS
from briefing.model import Party, Person

LANGUAGES = word_list("languages")
#: Organisation words that may stand inside a venue's name ("Congress Centre", "Assembly Hall").
_VENUE_ORG_WORDS = frozenset("Congress Assembly Parliament Centre Center Embassy Church University Chamber".split())
_MONTHS_DAYS = frozenset(
    "January February March April May June July August September October November December Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday Christmas Easter Ramadan".split()
)
_DIRECTIONS = frozenset("North South East West Near Far Middle Upper Lower Central".split())


class PlaceGuard:
    """What a shaped phrase may not be: a person, a party, a title, a month, an outlet or a body."""

    def __init__(self, people: Iterable[Person], parties: Iterable[Party]) -> None:
        names = {v for p in people for v in [p.name, *p.variants]}
        self._person_names = names
        self._person_words = {w for v in names for w in v.split() if len(w) > 2}
        self._party_names = {a for pt in parties for a in [pt.name, *pt.aliases]}

    def rejects(self, name: str) -> bool:
        words = name.split()
        headed = any(w in HEADS or w in OPENERS for w in words)
        if not words or name in self._party_names or (name in self._person_names and not headed):
            return True  # a venue's head outweighs a person misread ("Hôtel X said" read as a name)
        if re.search(r"-[a-z]+$", name) and not re.search(r"-[A-Z]", name):
            return True  # "United Nations-monitored", "Kenyan-brokered": a compound adjective
        first = words[0]
        if first in _MONTHS_DAYS or first in LANGUAGES or any(w in OUTLET_WORDS for w in words):
            return True
        if first in _DIRECTIONS and len(words) == 1:
            return True
        if first.lower() in HONORIFICS or _is_demonym(first):
            return True
        if not headed and (_is_title(first) or any(w.lower() in HEAD_NOUNS for w in words)):
            return True  # "Chief Minister X", "Bangsamoro Chief Minister": a title, not a place
        if any(w in ORGANISATION_WORDS and w not in _VENUE_ORG_WORDS and w not in HEADS for w in words):
            return True
        core = [w for w in words if w not in HEADS and w not in PLURALS and w not in OPENERS]
        return not headed and bool(core) and all(w in self._person_words for w in core)


def _is_title(word: str) -> bool:
    low = word.lower()
    return low in HEAD_NOUNS or low in TITLE_MODIFIERS


def _is_demonym(word: str) -> bool:
    return any(entry.kind == "demonym" for _, _, entry in lexicon.entry_mentions(word))
