"""One place under several spellings: romanisations, word orders, openers, a final vowel.

Places found by :mod:`briefing.derive.places` are merged here by their
transliteration keys (:mod:`briefing.derive.transliteration`): names of two
words or more agree on their consonant skeletons, long one-word names on
confusable letters, one-word names that differ by a final vowel, and a
venue named by its first word with the one longer venue that opens with it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from briefing.derive.names import word_key, words_match
from briefing.derive.place_shapes import core_words
from briefing.derive.transliteration import phonetic, skeletons


@dataclass(slots=True)
class Found:
    """Evidence for one place across sentences, before variants are merged."""

    key: str
    kind: str
    variants: dict[str, None]
    mentions: dict[str, None]


def merge_spellings(places: dict[str, Found]) -> None:
    """One place under several romanisations or word orders: "Welkait" / "Wolkayit", "Addiremets" /
    "Adi Remets", "Al Rimal Palace" / "Qasr al-Rimal", "Garden Pavilion of Seorim", "Chongjin" /
    "Cheongjin Industrial Complex" (names of two words or more agree on their consonant skeletons).
    States keep the lexicon's own merging."""
    by_key: dict[str, Found] = {}
    for key, found in list(places.items()):
        if found.kind == "country":
            continue
        keys = [_family(found) + k for k in _spelling_keys(found.key)]
        first = next((by_key[k] for k in keys if k in by_key), None)
        if first is None:
            by_key.update(dict.fromkeys(keys, found))
            continue
        _absorb(first, found)
        del places[key]
    _merge_long_words(places)
    _merge_final_vowel(places)
    _merge_short_venues(places)


def _merge_final_vowel(places: dict[str, Found]) -> None:
    """One-word names that differ by a final vowel are one place: a language that ends its nouns in a
    vowel and one that drops it ("Gavari" / "Gavar", "Tsnori" / "Tsnor"). The stem has three letters
    or more, and both are of one family (the Gavar dam is not Gavari)."""
    stems: dict[str, str] = {}
    for key, found in places.items():
        words = core_words(found.key)
        if found.kind != "country" and len(words) == 1 and len(_fold(words[0])) >= 3:
            stems.setdefault(_family(found) + _fold(words[0]), key)
    for key, found in list(places.items()):
        words = core_words(found.key)
        if found.kind == "country" or len(words) != 1 or key not in places:
            continue
        plain = _fold(words[0])
        if len(plain) < 4 or plain[-1] not in "aeiouy":
            continue
        target = stems.get(_family(found) + plain[:-1])
        if target is not None and target != key and target in places:
            _absorb(places[target], found)
            del places[key]


def _merge_short_venues(places: dict[str, Found]) -> None:
    """A venue named by its first word is the one venue whose longer name opens with it: "the Strand
    resort" is the Strand Seaside Resort. With two such venues ("Serena Hotel", "Serena Gardens") it
    stays apart, as does a city of that name (the Kalmar Congress Centre is not Kalmar)."""
    venues = [(k, f, core_words(f.key)) for k, f in places.items() if _family(f) == "L"]
    for key, found, words in venues:
        if len(words) != 1 or key not in places:
            continue
        longer = [f for k, f, w in venues if len(w) >= 2 and w[0] == words[0] and k in places]
        if len(longer) == 1:
            _absorb(longer[0], found)
            del places[key]


def _absorb(first: Found, other: Found) -> None:
    first.variants.update(other.variants)
    first.variants.setdefault(other.key, None)
    first.mentions.update(other.mentions)


#: A one-word name this long is matched on confusable letters, as names are ("Zhuravsky" /
#: "Zurawski"); shorter ones must agree on their key ("Sudan" is not "Sedan").
_LONG_NAME = 7


def _merge_long_words(places: dict[str, Found]) -> None:
    """One-word places of seven letters or more whose keys differ only by confusable letters."""
    buckets: dict[str, list[tuple[str, str]]] = {}
    for key, found in list(places.items()):
        words = core_words(found.key)
        if found.kind == "country" or len(words) != 1 or len(word_key(words[0])) < _short_enough(words[0]):
            continue
        spelling = word_key(words[0])
        blocks = [_family(found) + s for s in skeletons(spelling)]
        near = [k for b in blocks for k, other in buckets.get(b, []) if words_match(spelling, other)]
        target = places.get(near[0]) if near else None
        if target is not None and target is not found:
            _absorb(target, found)
            del places[key]
            continue
        for b in blocks:
            buckets.setdefault(b, []).append((key, spelling))


def _short_enough(word: str) -> int:
    """The least length of a key matched on confusable letters: a hyphenated compound ("Yr-Tash" /
    "Ir-Tash") is two words and says more than its letters count."""
    parts = [p for p in word.split("-") if p]
    return 5 if len(parts) >= 2 and all(len(p) >= 2 for p in parts) else _LONG_NAME


def _family(found: Found) -> str:
    """Venues and zones merge among themselves: the Palace of Lomé is not Lomé."""
    return "L" if found.kind in ("landmark", "zone") else "A"


def _spelling_keys(name: str) -> list[str]:
    """Keys under which two spellings of one place meet: the letters run together, the words sorted,
    and for a name of two words or more, their consonant skeletons."""
    words = [phonetic(w) for w in (_fold(w) for w in core_words(name)) if w]
    if not words:
        return []
    keys = [phonetic("".join(words)), "+" + " ".join(sorted(words))]
    if len(words) >= 2:
        keys.append("#" + " ".join(sorted(skeletons(w)[0] for w in words)))
    return keys


#: Letters that no decomposition turns into ASCII: the Turkic dotless i and schwa, the Polish l, the Nordic o;
#: ... and hooked letters that English writes as two ("Şuşa" / "Shusha", "Čakovec" / "Chakovec", "Žabljak").
_UNDECOMPOSED = str.maketrans(
    {"ı": "i", "ə": "e", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th"}
    | {"ş": "sh", "š": "sh", "ș": "sh", "ç": "ch", "č": "ch", "ž": "zh"}
)


def _fold(text: str) -> str:
    """Lower-case ASCII letters only: accents dropped ("Xankəndi" -> "xankendi", "Naxçıvan" -> "naxcivan"),
    spaces and hyphens closed up."""
    plain = unicodedata.normalize("NFKD", text.casefold().translate(_UNDECOMPOSED))
    return "".join(c for c in plain if c.isascii() and c.isalpha())
