"""Name variants across outlets: one key per spelling, token by token.

Whole-string similarity cannot tell "Ahmed al-Sharaa" / "Ahmad Al Shara"
(one person) from "Maher" / "Ahmed al-Sharaa" (two), so names are compared
token by token on a transliteration key (see /work/shared/notes/extraction.md):
surnames must agree on their keys (one edit allowed on long keys), given
names must agree on their keys, be known equivalents, or score high on
Jaro-Winkler.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz.distance import JaroWinkler, Levenshtein

#: Arabic and similar article particles, dropped unless they are the last token.
ARTICLES = frozenset({"al", "el", "as", "ash", "ad", "an", "ar", "at", "az", "es", "ul", "ed"})
#: Given names that are one name in different transliterations (general knowledge).
GIVEN_NAME_GROUPS = (
    ("benjamin", "binyamin", "benyamin"),
    ("mohammed", "muhammad", "mohamed", "mohammad", "muhammed", "mohamad", "mehmet", "mehmed"),
    ("yusuf", "youssef", "yousef", "yossef", "yusef", "joseph", "yosef"),
    ("ahmed", "ahmad", "ahmet"),
    ("hussein", "hussain", "husain", "hussain", "huseyin"),
    ("hassan", "hasan"),
    ("abdullah", "abdallah", "abdulla"),
    ("mustafa", "mustapha", "moustafa"),
    ("omar", "umar", "omer"),
    ("osama", "usama"),
    ("yitzhak", "yitzchak", "itzhak", "isaac"),
    ("moshe", "moses", "musa"),
    ("avraham", "abraham", "ibrahim"),
    ("yaakov", "yaacov", "jacob", "yakov"),
    ("alexander", "aleksandr", "alexandre", "oleksandr"),
    ("sergei", "sergey", "serhiy"),
    ("dmitry", "dmitri", "dmytro"),
    ("vladimir", "volodymyr", "wladimir"),
    ("andrei", "andrey", "andriy"),
    ("mikhail", "mykhailo", "michael"),
    ("yevgeny", "evgeny", "yevhen"),
    ("ali", "aly"),
    ("elena", "yelena", "jelena"),
    ("khalid", "khaled"),
    ("walid", "waleed"),
    ("said", "saeed", "sayed", "sayyid"),
    ("fuad", "fouad"),
    ("tayyip", "tayyib"),
    ("jose", "josé"),
)
#: Score a given name must reach on Jaro-Winkler when the keys differ (0.85 merged John and Joan).
GIVEN_NAME_JW = 0.88
#: Surname keys this long may differ by one edit (al-Shibani / al-Shaibani are equal already).
SURNAME_EDIT_MIN = 7

_SPLIT = re.compile(r"[\s\-‐‑–]+")
_APOSTROPHES = re.compile(r"['’`ʼʻ‘]")
_POSSESSIVE = re.compile(r"['’]s$|['’]$")
_DOUBLE = re.compile(r"(.)\1+")
_REWRITES = (
    (re.compile(r"(?<=i)y(?=[aeiou])"), ""),  # a glide: Aliyev / Aliev, Ziyad / Ziad
    (re.compile(r"(?<=.)(?:eh|ah)$"), "a"),
    (re.compile(r"ai|ay|ei|ey|ee|ie"), "i"),
    (re.compile(r"ou|oo|o"), "u"),
    (re.compile(r"(?<=.)e"), "a"),
    (re.compile(r"q"), "k"),
)


def _build_equivalents() -> dict[str, str]:
    table: dict[str, str] = {}
    for group in GIVEN_NAME_GROUPS:
        for name in group:
            table[token_key(name)] = token_key(group[0])
    return table


@lru_cache(maxsize=65536)
def token_key(token: str) -> str:
    """The transliteration key of one name token: "Shaibani" -> "shibani", "Gill" -> "gil"."""
    t = _APOSTROPHES.sub("", anyascii(token).lower())
    t = re.sub(r"[^a-z]", "", t)
    t = _DOUBLE.sub(r"\1", t)
    for pattern, repl in _REWRITES:
        t = pattern.sub(repl, t)
    return _DOUBLE.sub(r"\1", t)


def name_tokens(name: str) -> list[str]:
    """Keys of a name's tokens with article particles dropped (unless last)."""
    return list(_name_tokens(name))


@lru_cache(maxsize=1 << 16)
def _name_tokens(name: str) -> tuple[str, ...]:
    raw = [_POSSESSIVE.sub("", t) for t in _SPLIT.split(name.strip()) if t]
    raw = [t for t in raw if t and t != "."]
    keys: list[str] = []
    for i, tok in enumerate(raw):
        low = anyascii(tok).lower().strip(".")
        if low in ARTICLES and i < len(raw) - 1:
            continue
        key = token_key(tok)
        if key:
            keys.append(key)
    return tuple(keys)


def name_key(name: str) -> str:
    """A whole name's key: token keys joined by spaces ("Ahmad Al Shara" -> "ahmad shara")."""
    return " ".join(name_tokens(name))


@lru_cache(maxsize=1)
def _equivalents() -> dict[str, str]:
    return _build_equivalents()


def given_names_match(a: str, b: str) -> bool:
    """Given-name keys agree, are listed equivalents, or are close on Jaro-Winkler."""
    if a == b:
        return True
    eq = _equivalents()
    if a in eq and eq.get(a) == eq.get(b):
        return True
    return JaroWinkler.similarity(a, b) >= GIVEN_NAME_JW


def surnames_match(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) >= SURNAME_EDIT_MIN:
        return Levenshtein.distance(a, b) <= 1
    return False


def same_person(a: str, b: str) -> bool:
    """Whether two full spellings name one person.

    Surnames agree and given names agree; or one name is the other with
    names left out after the same given name, as with Spanish double
    surnames and middle names ("Luis Moreno" / "Luis Alberto Moreno Mejía").
    (A bare double surname, "Rojas Salazar", is attached by the people stage.)
    """
    ka, kb = name_tokens(a), name_tokens(b)
    if not ka or not kb:
        return False
    one_token = len(ka) == 1 or len(kb) == 1
    if surnames_match(ka[-1], kb[-1]) and (one_token or given_names_match(ka[0], kb[0])):
        return True
    short, long_ = (ka, kb) if len(ka) <= len(kb) else (kb, ka)
    if len(short) < 2 or len(long_) < 3 or len(short) == len(long_):
        return False
    return given_names_match(short[0], long_[0]) and _contains(long_[1:], short[1:])


def _contains(tokens: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """Whether ``part`` occurs in ``tokens`` as a contiguous run."""
    n = len(part)
    return any(tokens[i : i + n] == part for i in range(len(tokens) - n + 1))


def surname_key(name: str) -> str:
    toks = name_tokens(name)
    return toks[-1] if toks else ""


def _blocks(key: str) -> list[str]:
    """Buckets a surname key falls in: itself, and with one letter deleted when one edit is allowed."""
    if len(key) < SURNAME_EDIT_MIN:
        return [key]
    return [key, *sorted({key[:i] + key[i + 1 :] for i in range(len(key))})]


def _given_block(name: str) -> str:
    """First letter of the given name's equivalence class: names that may match share it."""
    toks = name_tokens(name)
    given = _equivalents().get(toks[0], toks[0]) if len(toks) > 1 else ""
    return given[:1]


def cluster_names(names: list[str]) -> list[list[str]]:
    """Group full spellings (two tokens or more) into people.

    Names are compared only within blocks: the same surname key (or two
    long surname keys one edit apart, found through their one-letter
    deletions) and the same first letter of the given name's class. So
    the work grows with the spellings of one surname, not with all pairs.
    """
    unique = sorted(set(names))
    parent = list(range(len(unique)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_surname: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, name in enumerate(unique):
        toks = name_tokens(name)
        for key in dict.fromkeys(toks[1:] or toks):
            by_surname[key][_given_block(name)].append(i)
    deletions: dict[str, list[str]] = defaultdict(list)
    for key in sorted(by_surname):
        for block in _blocks(key):
            deletions[block].append(key)
    key_pairs = {(k, k) for k in by_surname}
    for keys in deletions.values():
        for x, a in enumerate(keys):
            for b in keys[x + 1 :]:
                if a != b and surnames_match(a, b):
                    key_pairs.add((a, b))
    for a, b in sorted(key_pairs):
        for letter, left in sorted(by_surname[a].items()):
            right = by_surname[b].get(letter, [])
            for x, i in enumerate(left):
                for j in left[x + 1 :] if a == b else right:
                    if find(i) != find(j) and same_person(unique[i], unique[j]):
                        parent[find(j)] = find(i)
    groups: dict[int, list[str]] = defaultdict(list)
    for i, name in enumerate(unique):
        groups[find(i)].append(name)
    return sorted(groups.values(), key=lambda g: g[0])
