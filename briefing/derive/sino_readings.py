"""One name in its Vietnamese and its Mandarin reading: "Nguyễn Minh Khôi" is "Ruan Mingkui" in a
Chinese outlet, "Liang Zhiwei" is "Lương Chí Vĩ" in a Vietnamese one.

Both languages read the same Chinese characters, so an outlet of one often gives the other's
people in its own reading. No spelling rule turns one into the other, but the correspondence is
regular: the family names pair off (Nguyễn/Ruan, Trần/Chen, Lương/Liang; ``data/sino_vietnamese.txt``,
general knowledge), and each syllable of the given name keeps a related initial (Minh/Ming, Văn/Wen,
Phúc/Fu, Chí/Zhi). :func:`same_reading` asks for all of that; the caller also asks for a shared title.
"""

from __future__ import annotations

from functools import lru_cache

from anyascii import anyascii

from briefing import patterns
from briefing.derive.lexicon import word_list
from briefing.derive.memo import per_run

#: A pinyin syllable: an initial, the vowels, a final n, ng or r (given names are often glued: "Mingkui").
_PINYIN = patterns.compile(r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouv]+(?:ng|n(?![aeiouv])|r(?![aeiouv]))?")
#: Vietnamese initials -> the Mandarin initials the same characters take.
_INITIALS = {
    "ngh": "y w",
    "ng": "y w",
    "nh": "r y",
    "ch": "zh z j ch",
    "tr": "zh ch z",
    "th": "sh t ch c",
    "kh": "k q x",
    "ph": "f",
    "gi": "j y",
    "qu": "g k j",
    "b": "b p",
    "c": "g j q k",
    "k": "g j q k",
    "d": "d t y r",
    "h": "h x",
    "l": "l",
    "m": "m w",
    "n": "n",
    "s": "sh s ch x",
    "t": "d z j t",
    "v": "w y",
    "x": "x s ch",
    "": "y w",
}
_VN_INITIAL = patterns.compile(r"^(ngh|ng|nh|ch|tr|th|kh|ph|gi|qu|[bcdhklmnstvx])?")
_PINYIN_INITIAL = patterns.compile(r"^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?")


@lru_cache(maxsize=1)
def _surnames() -> dict[str, frozenset[str]]:
    """Vietnamese family name -> its Mandarin readings."""
    out: dict[str, set[str]] = {}
    for pair in word_list("sino_vietnamese"):
        vn, _, zh = pair.partition("=")
        out.setdefault(vn, set()).add(zh)
    return {k: frozenset(v) for k, v in out.items()}


@per_run()  # every pair of namesakes' surfaces is compared: each name is transliterated once
def _ascii_words(name: str) -> tuple[str, ...]:
    return tuple(_NON_LETTER.sub("", anyascii(w).lower()) for w in name.split())


_NON_LETTER = patterns.compile(r"[^a-z]")


@per_run()
def _pinyin_syllables(words: tuple[str, ...]) -> list[str] | None:
    """The syllables of glued pinyin words ("mingkui" -> ming, kui), or None when they are no pinyin."""
    out: list[str] = []
    for word in words:
        parts = _PINYIN.findall(word)
        if "".join(parts) != word:
            return None
        out.extend(parts)
    return out


def _initials_agree(vn: str, zh: str) -> bool:
    vi = _VN_INITIAL.match(vn)
    pi = _PINYIN_INITIAL.match(zh)
    return (pi.group(1) or "") in _INITIALS[vi.group(1) or ""].split() if vi and pi else False


def same_reading(a: str, b: str) -> bool:
    """Whether one name is the Vietnamese reading and the other the Mandarin reading of one name."""
    return _reads(a, b) or _reads(b, a)


def vietnamese_readable(name: str) -> bool:
    """Whether a name can be the Vietnamese side of :func:`same_reading`: two words or more, a
    Vietnamese family name first. Two names neither of which can are no readings of one name."""
    words = _ascii_words(name)
    return len(words) >= 2 and words[0] in _surnames()


def _reads(vn_name: str, zh_name: str) -> bool:
    vn, zh = _ascii_words(vn_name), _ascii_words(zh_name)
    if len(vn) < 2 or len(zh) < 2 or vn[0] not in _surnames() or zh[0] not in _surnames()[vn[0]]:
        return False
    given = _pinyin_syllables(zh[1:])
    if given is None or len(given) != len(vn) - 1:
        return False
    return all(_initials_agree(v, z) for v, z in zip(vn[1:], given, strict=True))


def reading_keys(name: str) -> tuple[str, ...]:
    """Keys under which a name and its other reading meet: its family name as pinyin (a Vietnamese
    family name gives its readings)."""
    words = _ascii_words(name)
    if len(words) < 2:
        return ()
    return tuple(sorted({words[0], *_surnames().get(words[0], ())}))
