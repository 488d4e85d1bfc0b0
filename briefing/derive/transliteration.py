"""Transliteration keys for names and places: one spelling key, a weighted distance, blocking skeletons.

Outlets romanise one name in many ways: Ukrainian "Zhuravskyi", Russian
"Zhuravsky", Polish "Zurawski"; Arabic "al-Jammal", Egyptian
"El-Gammal", Turkish "el-Cemmal". :func:`phonetic` folds the rewrites that
are safe to apply always (general knowledge of romanisation systems, not a
list of names); :func:`loose_distance` prices what it cannot fold —
confusable consonants (k/q/g, h/kh/g, g/j, s/z, c/z) and vowels are cheap,
any other edit costs a full letter, so "Salem" stays apart from "Salameh"
and "Dermer" from "Derner". :func:`skeletons` gives the buckets in which
spellings are compared, so the work grows with the spellings of one name.
"""

from __future__ import annotations

from functools import cache, lru_cache

from briefing import patterns
from briefing.derive.memo import per_run

VOWELS = frozenset("aeiouy")
_DOUBLE = patterns.compile(r"(.)\1+")
#: Consonant rewrites, in order: digraphs of one sound in different romanisations.
_CONSONANTS = (
    (patterns.compile(r"sch"), "sh"),
    (patterns.compile(r"tch|ch|cz|ç"), "c"),
    (patterns.compile(r"sz"), "sh"),
    (patterns.compile(r"kh"), "h"),
    (patterns.compile(r"gh"), "g"),
    (patterns.compile(r"ph"), "f"),
    (patterns.compile(r"ck|q"), "k"),
    (patterns.compile(r"x"), "ks"),
    (patterns.compile(r"aw(?=[^aeiouy]|$)"), "u"),  # the Arabic diphthong: Dawsari / Dosari
    (patterns.compile(r"w"), "v"),
    (patterns.compile(r"t[sz]"), "c"),
    (patterns.compile(r"dj"), "d"),
)
#: Vowel rewrites, in order (see /work/shared/notes/extraction.md).
_VOWEL_REWRITES = (
    (patterns.compile(r"(?:iy|ij|ii|yi|y)$"), "i"),  # -skyi / -skiy / -sky / -ski; Andriy / Andrii / Andrij
    (patterns.compile(r"(?<=[^aeiou])y(?=[^aeiou])"), "i"),  # Kateryna / Katerina
    (patterns.compile(r"(?<=i)[yj](?=[aeiou])"), ""),  # a glide: Aliyev / Aliev, Ziyad / Ziad, Julija / Yulia
    (patterns.compile(r"(?<=.[aeiou])h$"), ""),  # Salameh / Salama, Saleh / Salih
    (patterns.compile(r"ai|ay|ei|ey|ee|ie"), "i"),
    (patterns.compile(r"ou|oo|o"), "u"),
    (patterns.compile(r"(?<=.)e"), "a"),
)
#: "Abdel", "Abdul", "Abdur" + a name: the article of "servant of" folded ("Abdulrazzaq" / "Abdurrazzaq").
_ABD = ((patterns.compile(r"^abd[au]l"), "abd"), (patterns.compile(r"^abd[au](?=[rsdtnz])"), "abd"))
#: Consonants that romanisations confuse, each pair at a reduced price.
_CONFUSABLE = frozenset(
    frozenset(p)
    for p in ("kg", "kc", "gc", "kh", "gh", "ch", "gj", "jy", "cj", "sz", "cz", "cs", "vb", "dt", "vu", "jz")
)
VOWEL_SWAP = 0.3
CONFUSABLE_SWAP = 0.35
SOFT_GAP = 0.35
#: A short vowel between two consonants, which Arabic and Persian romanisations write or leave out
#: ("Ghamdi" / "Ghamidi", "Mahdi" / "Mahadi"): dearer than a soft gap, cheaper than a letter, so a
#: word of five letters or more may differ by one, a shorter one not.
EPENTHESIS = 0.5
#: Broad consonant classes of the blocking skeleton: letters a loose match may swap share a class.
_CLASSES = str.maketrans({"p": "b", "v": "b", "f": "b", "g": "k", "j": "q", "z": "s", "t": "d"})


@per_run(maxsize=65536)
def phonetic(text: str) -> str:
    """The key of a lower-case ASCII spelling: "kowalewski" and "kovalevskyi" -> "kuvalavski"."""
    t = _DOUBLE.sub(r"\1", text)
    for pattern, repl in _CONSONANTS:
        t = pattern.sub(repl, t)
    for pattern, repl in _VOWEL_REWRITES:
        t = pattern.sub(repl, t)
    t = _DOUBLE.sub(r"\1", t)
    for pattern, repl in _ABD:
        t = pattern.sub(repl, t)
    return t


def _gap(s: str, i: int) -> float:
    """Price of inserting or deleting ``s[i]``: cheap for h and for a vowel beside a vowel, less than a
    letter for a vowel between consonants inside the word."""
    ch = s[i]
    if ch == "h":
        return SOFT_GAP
    if ch in VOWELS and ((i > 0 and s[i - 1] in VOWELS) or (i + 1 < len(s) and s[i + 1] in VOWELS)):
        return SOFT_GAP
    if ch in VOWELS and 1 < i < len(s) - 1:
        return EPENTHESIS  # inside the word, between consonants, not in its first syllable's onset
    return 1.0


@cache  # a pair of letters: asked for every cell of every distance
def _swap(a: str, b: str) -> float:
    if a == b:
        return 0.0
    if a in VOWELS and b in VOWELS:
        return VOWEL_SWAP
    return CONFUSABLE_SWAP if frozenset((a, b)) in _CONFUSABLE else 1.0


@lru_cache(maxsize=1 << 16)
def loose_distance(a: str, b: str) -> float:
    """Weighted edit distance between two keys: confusable letters and vowels cost less than a letter."""
    gaps_b = [_gap(b, j) for j in range(len(b))]  # each letter's price read once, not once a cell
    prev = [0.0]
    for gap in gaps_b:
        prev.append(prev[-1] + gap)
    for i, letter in enumerate(a):
        gap_a = _gap(a, i)
        cur = [prev[0] + gap_a]
        for j, other in enumerate(b):
            cur.append(min(prev[j] + _swap(letter, other), prev[j + 1] + gap_a, cur[j] + gaps_b[j]))
        prev = cur
    return prev[-1]


@per_run()  # the same surname words come back in many names
def skeletons(key: str) -> tuple[str, ...]:
    """Consonant skeletons of a key in broad classes, vowels (and v, a vowel in some spellings) dropped:
    "h" is read as nothing and as k (Saleh / Salih, Hnatyuk / Gnatyuk), "c" as k and as s
    (Kravchuk / Krawczuk, Tsipora / Zipora), "j" as k and as a glide (Gammal / Jammal, -jee / -ya);
    n before a labial is m, as said (Nurlanbek / Nurlambek: romanisations write either)."""
    bare = "".join(ch for ch in key if ch not in VOWELS and ch not in "vw").replace("p", "b").replace("f", "b")
    bare = bare.replace("nb", "mb")
    bare = bare.translate(_CLASSES)
    if not bare:
        return (key,)
    out = set()
    for h in ("", "k"):
        for c in ("k", "s"):
            for j in ("", "k"):
                out.add(_DOUBLE.sub(r"\1", bare.replace("h", h).replace("c", c).replace("q", j)))
    return tuple(sorted(out))


def given_class(key: str) -> list[str]:
    """The broad classes of a given name's first letter, for blocking: "Yelyzaveta", "Elizaveta" and "Jelizaweta"
    share one (vowels and glides), "Hryhoriy" and "Grigory" another (h, k, g, q), "c" is read as k and s."""
    first = key[:1]
    if not first or first in VOWELS or first in "jw":
        return ["a"]
    if first == "c":
        return ["k", "s"]
    return ["k"] if first == "h" else [first.translate(_CLASSES)]
