"""Search keys: how a word is folded so that spellings of one word meet.

Two levels, both per word:

* ``surface(word)``: the word as typed, made comparable: transliterated to
  ASCII (anyascii), lower-cased, letters and digits only ("Ṣalāmeh" ->
  "salameh"). Exact and prefix matches are decided on this.
* ``fold(surface)``: the transliteration key of :mod:`briefing.derive.word_keys`
  (doubled letters collapsed, vowel groups folded, "-eh" -> "a", q -> k)
  after British spellings are rewritten to American ones (-ise -> -ize,
  -tre -> -ter, -ence -> -ense, -ogue -> -og, -amme -> -am; -our/-or and
  -ll-/-l- already meet in the key). "al-Shaibani" and "Shibani",
  "demilitarised" and "demilitarized" share a key.

Words are runs of letters and digits; "al-Shibani" is two words, and the
article particles ("al", "el", ...) are dropped from queries.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from briefing import patterns
from briefing.derive.word_keys import ARTICLES, ascii_of, token_key

__all__ = ["ARTICLES", "WORD", "fold", "surface", "words"]

#: A word: a run of letters and digits.
WORD = patterns.compile(r"[^\W_]+")
_NOT_ALNUM = patterns.compile(r"[^a-z0-9]+")
#: British -> American rewrites, applied to a whole surface word (needs 3+ letters before).
_BRITISH = (
    (patterns.compile(r"(?<=...)(is|ys)(e|es|ed|ing|er|ers|ation|ations)$"), lambda m: m[1][0] + "z" + m[2]),
    (patterns.compile(r"(?<=..)tre(s)?$"), lambda m: "ter" + (m[1] or "")),
    (patterns.compile(r"(?<=..)ence(s)?$"), lambda m: "ense" + (m[1] or "")),
    (patterns.compile(r"(?<=..)ogue(s)?$"), lambda m: "og" + (m[1] or "")),
    (patterns.compile(r"(?<=..)amme(s)?$"), lambda m: "am" + (m[1] or "")),
)


def words(text: str) -> Iterator[tuple[int, int, str]]:
    """Each word of ``text`` as (start, end, surface), offsets into ``text``."""
    for m in WORD.finditer(text):
        s = surface(m.group())
        if s:
            yield m.start(), m.end(), s


@lru_cache(maxsize=262144)
def surface(word: str) -> str:
    """The comparable form of a word as written: ASCII, lower case, alphanumeric."""
    low = word.lower()
    if low.isascii() and low.isalnum():
        return low
    return _NOT_ALNUM.sub("", ascii_of(low).lower())


@lru_cache(maxsize=262144)
def fold(word: str) -> str:
    """The key under which spellings of one word meet (input: a surface word)."""
    if not word.isalpha():
        return word  # numbers and codes ("1974", "f16") are matched as written
    for pattern, repl in _BRITISH:
        word = pattern.sub(repl, word)
    return token_key(word) or word
