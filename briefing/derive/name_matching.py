"""Whether two full spellings name one person, and many spellings grouped into people.

Split from :mod:`briefing.derive.names`, which keys each word; this module
compares keyed names: given names and surnames word by word after glued
and split words are aligned, middle names and second surnames allowed in
one outlet only, East Asian names in both orders. :func:`cluster_names`
compares names only within blocks of a shared surname skeleton, so the
work grows with the spellings of one surname, not with all pairs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from functools import lru_cache

from briefing.derive.memo import per_run
from briefing.derive.names import (
    _HYPHENS,
    _SYLLABLE_GIVEN,
    LONG_WORD,
    MIDDLE_LOOSE,
    NICKNAME_SURNAME,
    _equivalents,
    _family_name,
    _name_words,
    _parse,
    _strict_words,
    _strip_glued_article,
    given_names_match,
    surnames_match,
    token_key,
    word_key,
    words_match,
)
from briefing.derive.transliteration import given_class, loose_distance, phonetic, skeletons


def same_person(a: str, b: str) -> bool:
    """Whether two full spellings name one person.

    Given names and surnames agree (see :func:`given_names_match` and
    :func:`words_match`), after glued and split words are aligned; or one
    name is the other with names left out after the same given name, as
    with Spanish double surnames and middle names ("Luis Moreno" / "Luis
    Alberto Moreno Mejía"), the kept words spelled alike. East Asian names
    are also compared in the other order when one spelling shows it.
    """
    ka, kb = _name_words(a), _name_words(b)
    if not ka or not kb:
        return False
    if _given_syllables_differ(a, b):
        return False
    sa, sb = _strict_words(a), _strict_words(b)
    if _words_agree(ka, kb, sa, sb):
        return True
    if len(ka) == len(kb) == 2 and (_east_asian(a) or _east_asian(b)) and _words_agree(ka, kb[::-1], sa, sb[::-1]):
        return True
    if (
        len(ka) == len(kb) >= 2
        and min(len(ka[-1]), len(kb[-1])) >= DEVOICED_SURNAME
        and (_devoiced(ka), _devoiced(kb)) != (ka, kb)
        and _words_agree(_devoiced(ka), _devoiced(kb), sa, sb)
    ):
        return True  # one name in the other voicing throughout
    return _by_one_surname(a, b) or _by_one_surname(b, a)


#: Voiced and voiceless stops that Eastern and Western Armenian (and German, Yiddish) romanisations
#: swap throughout a name: "Gevorg Petrosyan" / "Kevork Bedrosian", "Hakob" / "Hagop".
_DEVOICE = str.maketrans({"b": "p", "d": "t", "g": "k"})
#: How long the surname must be for that: short ones apart by a stop are other names ("Dam" / "Tam").
DEVOICED_SURNAME = 6


@per_run()  # asked twice or thrice of each pair compared
def _devoiced(words: tuple[str, ...]) -> tuple[str, ...]:
    """The word keys with stops devoiced: a whole name romanised in the other voicing compares equal."""
    return tuple(w.translate(_DEVOICE) for w in words)


def _given_syllables_differ(a: str, b: str) -> bool:
    """Two East Asian names whose given names are spelled apart: "Wang Peng" is not "Wang Ping".

    Pinyin, Korean and Vietnamese spell a syllable one way (only the family name has other
    romanisations), so a vowel apart is another name, as a diacritic dropped is not ("Khôi" / "Khoi").
    """
    ga, gb = _given_part(a), _given_part(b)
    return bool(ga) and bool(gb) and ga != gb


@per_run()  # asked of each name for every namesake it is compared with
def _given_part(name: str) -> str:
    """The glued given name of an East Asian name of two or three words beside its family name, or ''."""
    words = _parse(name)
    if not 2 <= len(words) <= 3 or any("-" in w for w in words):
        return ""
    if _family_name(words[0]):
        rest = words[1:]
    elif len(words) == 2 and _family_name(words[-1]):
        rest = words[:-1]
    else:
        return ""
    return token_key("".join(rest))


def _by_one_surname(short: str, long_: str) -> bool:
    """A hyphenated double surname used by one of its names, with the same given name: "Teresa
    Lacson" / "Teresa Villanueva-Lacson" (by the last, as Philippine and married names are),
    "Pablo Ruiz" / "Pablo Ruiz-Tagle" (by the first, as Spanish names are)."""
    ws, wl = _parse(short), _parse(long_)
    if len(ws) != len(wl) or len(ws) < 2 or "-" in ws[-1]:
        return False
    parts = [p for p in _HYPHENS.split(wl[-1]) if p]
    if len(parts) < 2 or any(len(p) < 3 or not p[:1].isupper() for p in parts):
        return False
    if [token_key(w) for w in ws[:-1]] != [token_key(w) for w in wl[:-1]]:
        return False
    return any(words_match(word_key(ws[-1]), word_key(p)) for p in parts)


@per_run()  # asked of each name for every namesake it is compared with
def _east_asian(name: str) -> bool:
    """A two-word name with a hyphenated syllable given name or an East Asian family name, in either
    order ("Ha-rin Jeon", "Jeon Ha-rin", "Haitao Huang", "Huang Haitao")."""
    words = name.split()
    return len(words) == 2 and any(_SYLLABLE_GIVEN.match(w) or _family_name(w) for w in words)


@per_run()  # spellings that key alike are compared again: a third of the calls are new (1,000 articles)
def _words_agree(ka: tuple[str, ...], kb: tuple[str, ...], sa: tuple[str, ...], sb: tuple[str, ...]) -> bool:
    """Given names and surnames agree once glued words are aligned; middle names may be left out.

    ``sa`` and ``sb`` are the same words' strict spelling keys, for :func:`_shortened`.
    """
    if len(ka) == 1 or len(kb) == 1:
        return surnames_match(ka[-1], kb[-1])
    if len(ka) == len(kb) and ka[0] == kb[0]:
        groups_a = groups_b = [1] * len(ka)  # gluing changes the count of words, or the given name
    else:
        groups_a, groups_b = _glue(ka, kb), _glue(kb, ka)
    ga, gb = _joined(ka, groups_a, phonetic), _joined(kb, groups_b, phonetic)
    if not given_names_match(ga[0], gb[0]) and not _h_dropped(ga, gb) and not _nickname(ga, gb):
        return False
    if len(ga) >= 2 and len(gb) >= 2 and surnames_match(ga[-1], gb[-1]):
        return _middles_agree(ga[1:-1], gb[1:-1])
    return _shortened(_joined(sa, groups_a, token_key), _joined(sb, groups_b, token_key))


def _h_dropped(ga: tuple[str, ...], gb: tuple[str, ...]) -> bool:
    """Given names apart only by an h that Russian spellings drop ("Hovhannes" / "Ovanes", "Hakob" /
    "Akop"), before one long surname spelled alike: the same person."""
    if len(ga) < 2 or len(gb) < 2 or min(len(ga[-1]), len(gb[-1])) < LONG_WORD:
        return False
    if not surnames_match(ga[-1].replace("h", ""), gb[-1].replace("h", "")):
        return False
    a, b = ga[0].replace("h", ""), gb[0].replace("h", "")
    return len(a) >= 3 and words_match(a, b)


def _nickname(ga: tuple[str, ...], gb: tuple[str, ...]) -> bool:
    """A short form of the given name before one long surname spelled alike: "Tess" / "Teresita
    Villanueva-Lacson" (same first letter, the short form's consonants in the long name's order)."""
    if len(ga) != 2 or len(gb) != 2 or ga[-1] != gb[-1] or len(ga[-1]) < NICKNAME_SURNAME:
        return False
    short, long_ = sorted((ga[0], gb[0]), key=len)
    if not 3 <= len(short) <= 4 or len(long_) < max(7, len(short) + 3) or short[0] != long_[0]:
        return False
    rest = iter(c for c in long_[1:] if c not in "aeiou")
    return all(c in rest for c in short[1:] if c not in "aeiou")


def _joined(words: tuple[str, ...], groups: list[int], key: Callable[[str], str]) -> tuple[str, ...]:
    """``words`` with each run glued as :func:`_glue` decided (``groups`` gives each run's length)."""
    out: list[str] = []
    i = 0
    for n in groups:
        out.append(words[i] if n == 1 else key("".join(words[i : i + n])))
        i += n
    return tuple(out)


def _shortened(ka: tuple[str, ...], kb: tuple[str, ...]) -> bool:
    """One name is the other with names left out after the same given name ("Luis Moreno" /
    "Luis Alberto Moreno Mejía"), the kept words spelled alike."""
    short, long_ = (ka, kb) if len(ka) <= len(kb) else (kb, ka)
    if len(short) < 2 or len(long_) < 3 or len(short) == len(long_):
        return False
    return given_names_match(short[0], long_[0]) and _contains(long_[1:], short[1:])


def _middles_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Middle names present on both sides must share one ("Omar Hassan Warsame" is not "Omar Osman Warsame")."""
    if not a or not b:
        return True
    return any(given_names_match(x, y) or loose_distance(x, y) <= MIDDLE_LOOSE for x in a for y in b)


@per_run()  # one name's words against another's: a quarter of the calls are new (1,000 articles)
def _glue(words: tuple[str, ...], other: tuple[str, ...]) -> list[int]:
    """Runs of ``words`` that the other spelling writes as one word ("Habta Giyorgis" / "Habtegiorgis"),
    as the length of each run in order."""
    out: list[int] = []
    i = 0
    while i < len(words):
        for n in (3, 2):
            if i + n > len(words):
                continue
            glued = phonetic("".join(words[i : i + n]))
            if any(words_match(glued, o) for o in other) and not any(words_match(words[i], o) for o in other):
                out.append(n)
                i += n
                break
        else:
            out.append(1)
            i += 1
    return out


def _contains(tokens: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """Whether ``part`` occurs in ``tokens`` as a contiguous run."""
    n = len(part)
    return any(tokens[i : i + n] == part for i in range(len(tokens) - n + 1))


@lru_cache(maxsize=1)
def _group_keys() -> dict[int, frozenset[str]]:
    out: dict[int, set[str]] = defaultdict(set)
    for key, ids in _equivalents().items():
        for i in ids:
            out[i].add(key)
    return {i: frozenset(keys) for i, keys in out.items()}


def _equivalent_keys(key: str) -> list[str]:
    """A first word's key and the keys listed as the same name ("tan" -> "cin", "can", ...)."""
    groups = _group_keys()
    return sorted({key, *(k for i in _equivalents().get(key, ()) for k in groups[i])})


def _block_keys(name: str) -> list[str]:
    """Buckets a full name falls in: a skeleton of a surname word (alone or glued to the next) with
    the broad class of the given name's first letter; an East Asian name in both orders."""
    words = _name_words(name)
    orders = [words]
    if len(words) == 2 and _east_asian(name):
        orders.append(words[::-1])
    out: set[str] = set()
    parts = [word_key(p) for p in _HYPHENS.split(_parse(name)[-1]) if p] if words else []
    for ordered in orders:
        rest = list(ordered[1:]) or list(ordered)
        rest += parts if len(parts) > 1 else []
        singles = [*rest, *("".join(rest[i : i + 2]) for i in range(len(rest) - 1)), "".join(rest)]
        singles += [w[1:] for w in rest if w[:1] == "h" and len(w) > LONG_WORD]  # Harutyunyan / Arutyunyan
        firsts = _equivalent_keys(ordered[0]) if len(ordered) >= 2 else []
        firsts += [ordered[0][1:]] if ordered[0][:1] == "h" and len(ordered[0]) > 3 else []  # Hakob / Akop
        givens = sorted({c for first in firsts for c in given_class(first)}) if firsts else [""]
        for word in singles:
            forms = {word, _strip_glued_article(word), word.replace("zh", "j")}  # Zhunusov / Junusov
            for skeleton in {sk for form in forms for sk in skeletons(form)}:
                out.update(f"{skeleton}|{given}" for given in givens)
    return sorted(out)


def cluster_names(names: list[str]) -> list[list[str]]:
    """Group full spellings (two words or more) into people.

    Names are compared only within blocks: names that share the consonant
    skeleton of a surname word (see :func:`briefing.derive.transliteration.skeletons`).
    So the work grows with the spellings of one surname, not with all pairs.
    """
    unique = sorted(set(names))
    parent = list(range(len(unique)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    blocks: dict[str, list[int]] = defaultdict(list)
    for i, name in enumerate(unique):
        for key in _block_keys(name):
            blocks[key].append(i)
    seen: set[tuple[int, int]] = set()
    for key in sorted(blocks):
        members = blocks[key]
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if (i, j) in seen:
                    continue
                seen.add((i, j))
                if find(i) != find(j) and same_person(unique[i], unique[j]):
                    parent[find(j)] = find(i)
    groups: dict[int, list[str]] = defaultdict(list)
    for i, name in enumerate(unique):
        groups[find(i)].append(name)
    return sorted(groups.values(), key=lambda g: g[0])
