"""Name variants across outlets: one key per word, compared word by word.

Whole-string similarity cannot tell "Ahmed al-Sharaa" / "Ahmad Al Shara"
(one person) from "Maher" / "Ahmed al-Sharaa" (two), so names are compared
word by word (see /work/shared/notes/extraction.md). Each word gets a
transliteration key (:func:`word_key`): the rewrites that outlets apply
when they romanise the same name — Sh/Sch, Ch/Cz/Ç, Kh/H, Gh/G, Q/K,
W/V, X/Ks, Ts/Tz/C, doubled letters, -skyi/-skiy/-sky/-ski, -eh/-ah, the
vowels of Arabic and Persian names. What the key cannot fold (k/kh, g/h,
g/j, a vowel for another) is left to a weighted edit distance on the keys
(:func:`loose_distance`), where only such confusable letters are cheap.

Two full spellings are one person when their given names agree and their
surnames agree; words glued in one outlet and split in another
("Gebremedhin" / "Gebre Medhin", "Abdel-Rahim" / "Abdelrahim") are
aligned first; a middle name or a second surname present in one outlet
only is allowed. East Asian names are compared in both orders when one
spelling shows a hyphenated given name ("Kim Min-jun" / "Min-jun Kim").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from functools import lru_cache

from anyascii import anyascii

from briefing.derive.lexicon import word_list
from briefing.derive.memo import per_run
from briefing.derive.transliteration import SOFT_GAP, given_class, loose_distance, phonetic, skeletons

#: Arabic and similar article particles, dropped unless they are the last token.
ARTICLES = frozenset({"al", "el", "as", "ash", "ad", "an", "ar", "at", "az", "es", "ul", "ed"})
#: Articles written before a hyphen only ("en-Neccar" is the Turkish rendering of "an-Najjar").
_HYPHEN_ARTICLES = ARTICLES | {"en", "er", "et", "ez", "ud", "us"}
#: Courtesy and religious titles some outlets write as part of a name ("Dr Tirab", "Sayyid Hilal").
HONORIFICS = frozenset(
    """mr mrs ms miss mx dr sr sra srta sir dame madam mme mlle herr frau prof don dona sheikh shaikh sheik
    sayyid sayed seyed seyyed sayid haji hajji hajj ustadh alhaji alhaja hajiya maitre comrade""".split()
)
#: Patronymic particles: "bin Saleh" is one middle name, optional in other outlets.
#: Particles of descent glued to the name they govern: Arabic "son/daughter of", Hassaniya (ould, mint),
#: Tuareg "ag" (son of) and "walet"/"welet" (daughter of): "Ag Bilal" is a surname, not a given name.
_PATRONYMICS = frozenset({"bin", "ibn", "bint", "ben", "ould", "wuld", "walad", "mint", "ag", "walet", "welet"})
#: Given names that are one name in different transliterations (general knowledge).
GIVEN_NAME_GROUPS = (
    ("benjamin", "binyamin", "benyamin"),
    ("mohammed", "muhammad", "mohamed", "mohammad", "muhammed", "mohamad", "mehmet", "mehmed", "mohd", "muhd", "md"),
    ("yusuf", "youssef", "yousef", "yossef", "yusef", "joseph", "yosef", "yousif"),
    ("ahmed", "ahmad", "ahmet"),
    ("hussein", "hussain", "husain", "huseyin"),
    ("hassan", "hasan"),
    ("abdullah", "abdallah", "abdulla"),
    ("mustafa", "mustapha", "moustafa"),
    ("omar", "umar", "omer"),
    ("osama", "usama"),
    ("osman", "uthman", "othman"),
    ("yitzhak", "yitzchak", "itzhak", "isaac"),
    ("moshe", "moses", "musa"),
    ("avraham", "abraham", "ibrahim"),
    ("yaakov", "yaacov", "jacob", "yakov"),
    ("alexander", "aleksandr", "alexandre", "oleksandr", "olexandr"),
    ("sergei", "sergey", "serhiy", "serhii", "sergiy", "serhij"),
    ("dmitry", "dmitri", "dmytro"),
    ("vladimir", "volodymyr", "wladimir"),
    ("andrei", "andrey", "andriy", "andrii"),
    ("mikhail", "mykhailo", "michael"),
    ("yevgeny", "evgeny", "yevhen", "jewhen", "evgeni"),
    ("yuri", "yuriy", "yurii", "jurij"),
    ("ali", "aly"),
    ("elena", "yelena", "jelena", "olena"),
    ("khalid", "khaled"),
    ("walid", "waleed"),
    ("said", "saeed", "sayed", "sayyid"),
    ("fuad", "fouad"),
    ("tayyip", "tayyib"),
    ("jose", "josé"),
    # Chinese family names in other romanisations (Wade-Giles, Cantonese, Hokkien, Teochew): in a
    # name written family name first they are its first word ("Chua Mei Ling" / "Cai Meiling").
    ("chen", "tan", "chan", "chin"),
    ("lin", "lim", "lam"),
    ("huang", "wong", "ng", "ooi", "oei", "wee"),
    ("wang", "ong", "wong"),
    ("zhang", "cheung", "teo", "chong", "chang", "teoh"),
    ("li", "lee", "lei"),
    ("cai", "chua", "choi", "tsai", "choy"),
    ("xu", "koh", "hsu", "khor"),
    ("zheng", "tay", "cheng", "tee"),
    ("liu", "lau", "lao"),
    ("yang", "yeo", "yeung", "yong"),
    ("zhou", "chow", "chew", "chau", "chou"),
    ("guo", "kuo", "kwok", "quek"),
    ("he", "ho", "hoe"),
    ("xie", "chia", "tse", "cheah", "hsieh"),
    ("zhu", "chu", "choo"),
    ("liang", "leung", "leong"),
    ("zhao", "chiu", "chao"),
    ("xiao", "siew", "siu", "seow"),
    ("ye", "yap", "yip", "yeh"),
    ("wu", "goh", "ng", "woo"),
)
#: How much a word's keys may differ on :func:`loose_distance`: one cheap edit for a short word,
#: a little more for a longer one (two vowels changed make "Hassan" another name than "Hussein").
SHORT_WORD_LOOSE = 0.35
WORD_LOOSE = 0.55
#: A middle name between an agreeing given name and surname may differ a little more: French and
#: English spellings of one name ("Ibrahim Chéhou Bakori" / "Ibrahim Shehu Bakori").
MIDDLE_LOOSE = 0.75
#: Words this long may also differ by one letter of any kind (Chaudhry / Chaudhary).
LONG_WORD = 7
#: How long a surname must be for a nickname of the given name to stand for the person.
NICKNAME_SURNAME = 10
#: Shortest short form of a given name that may stand for the full one ("Jon" for "Jonathan").
SHORT_FORM_MIN = 3

_SPACE = re.compile(r"\s+")
_APOSTROPHES = re.compile(r"['’`ʼʻ‘]")
_POSSESSIVE = re.compile(r"['’]s$|['’]$")
_HYPHENS = re.compile(r"[-‐‑–]")
_INITIALS = re.compile(r"^(?:[A-Za-z]\.){2,}$")
#: A hyphenated word with a lower-case second part: a Korean given name ("Min-jun", "Jae-sung").
_SYLLABLE_GIVEN = re.compile(r"^[A-Z][a-z]+-[a-z]+$")
_DOUBLE = re.compile(r"(.)\1+")
#: Uzbek Latin writes o‘ and g‘ with a turned comma and Kh as X: "Xo‘jayev" is "Khojayev".
_UZBEK_LATIN = re.compile(r"[OoGg][ʻ‘'’]")
#: Rewrites of names only, before the shared keys: Russian and Turkic "dzh"/"dj" for one sound
#: (Khodzhaev / Khodjaev / Khojaev); the mute final e of French spellings of Arabic names
#: (Abdourahamane / Abdurrahman, Ousmane / Usman, Slimane / Sliman); the Persian and Tajik surname
#: suffix "-zoda"/"-zade(h)" for the Russian "-ov" it replaced or stands beside (Sharifzoda / Sharifov).
_NAME_REWRITES = (
    (re.compile(r"dzh|dj"), "j"),
    (re.compile(r"(?<=\w{3}[ai][nm])e$"), ""),
    (re.compile(r"(?<=[a-z]{3})z(?:oda|ada|ade)h?$"), "ov"),
)
_REWRITES = (
    (re.compile(r"(?<=i)y(?=[aeiou])"), ""),  # a glide: Aliyev / Aliev, Ziyad / Ziad
    (re.compile(r"(?<=.)(?:eh|ah)$"), "a"),
    (re.compile(r"ai|ay|ei|ey|ee|ie"), "i"),
    (re.compile(r"ou|oo|o"), "u"),
    (re.compile(r"(?<=.)e"), "a"),
    (re.compile(r"q"), "k"),
)


def _build_equivalents() -> dict[str, frozenset[int]]:
    """Each listed name's key -> the groups it belongs to (a spelling may be in two: Wong is Huang or Wang)."""
    table: dict[str, set[int]] = defaultdict(set)
    for i, group in enumerate(GIVEN_NAME_GROUPS):
        for name in group:
            table[word_key(name)].add(i)
    return {key: frozenset(ids) for key, ids in table.items()}


@per_run(maxsize=65536)
def token_key(token: str) -> str:
    """The spelling key of one word, as search and cross-outlet matching use it: "Shaibani" -> "shibani"."""
    t = _APOSTROPHES.sub("", anyascii(token).lower())
    t = re.sub(r"[^a-z]", "", t)
    t = _DOUBLE.sub(r"\1", t)
    for pattern, repl in _REWRITES:
        t = pattern.sub(repl, t)
    return _DOUBLE.sub(r"\1", t)


@per_run(maxsize=65536)
def word_key(word: str) -> str:
    """The transliteration key of one word of a name, hyphenated parts glued: "Wolde-Giorgis" = "Woldegiorgis"."""
    parts = [p for p in _HYPHENS.split(_POSSESSIVE.sub("", word)) if p]
    kept = [p for p in parts if _ascii(p) not in _HYPHEN_ARTICLES] or parts[-1:]
    texts = [_name_ascii(p) for p in kept]
    if len(texts) == 2 and texts[0] in _PATRONYMICS:  # "Ag Alhabib" / "Ag al-Habib": the article after
        texts[1] = _strip_glued_article(texts[1])  # a particle of descent is glued on by some outlets only
    return phonetic("".join(texts))


def _name_ascii(part: str) -> str:
    """One part of a name in lower-case ASCII, with the rewrites that hold for names only."""
    if _UZBEK_LATIN.search(part):
        part = part.replace("X", "Kh").replace("x", "kh")
    text = _ascii(part)
    for pattern, repl in _NAME_REWRITES:
        text = pattern.sub(repl, text)
    return text


def _ascii(text: str) -> str:
    return re.sub(r"[^a-z]", "", _APOSTROPHES.sub("", anyascii(text).lower()))


def name_words(name: str) -> list[str]:
    """Keys of a name's words: articles dropped (unless last), "bin X" one word, initials split."""
    return list(_name_words(name))


@per_run(maxsize=1 << 16)
def _parse(name: str) -> tuple[str, ...]:
    """The words of a name that count: articles (unless last) and a leading honorific dropped,
    a patronymic particle glued to its name ("bin Saleh"), initials split ("K.R." -> "K", "R")."""
    raw: list[str] = []
    for tok in _SPACE.split(name.strip()):
        tok = _POSSESSIVE.sub("", tok)
        if _INITIALS.match(tok):
            raw.extend(c for c in tok if c.isalpha())
        elif tok and tok != "." and _ascii(tok):
            raw.append(tok)
    words: list[str] = []
    particle = ""
    for i, tok in enumerate(raw):
        low = _ascii(tok)
        if low in ARTICLES and i < len(raw) - 1:
            continue
        if low in _PATRONYMICS and i < len(raw) - 1:
            particle = tok + "-"
            continue
        words.append(particle + tok)
        particle = ""
    while len(words) > 2 and _ascii(words[0]) in HONORIFICS:
        words = words[1:]
    return tuple(w for w in words if word_key(w))


@per_run(maxsize=1 << 16)
def _name_words(name: str) -> tuple[str, ...]:
    return tuple(word_key(w) for w in _parse(name))


@per_run(maxsize=1 << 16)
def _strict_words(name: str) -> tuple[str, ...]:
    """The words' spelling keys without the transliteration folds: the kept words of a shortened
    name must be spelled alike ("Kamal Hegazy" is not the "Hegazi" of "Kamal Hegazi Fahmy")."""
    return tuple(token_key("".join(_HYPHENS.split(w))) for w in _parse(name))


def name_tokens(name: str) -> list[str]:
    """The words of a name as keys (see :func:`name_words`); a hyphenated word counts as one."""
    return list(_name_words(name))


def name_key(name: str) -> str:
    """A whole name's key: word keys joined by spaces ("Ahmad Al Shara" -> "ahmad shara")."""
    return " ".join(_name_words(name))


@lru_cache(maxsize=1)
def _family_names() -> tuple[frozenset[str], frozenset[str]]:
    """East Asian family names: (those of names written family name first whose bare family name
    stands for the person, Chinese and Korean; all of them, Vietnamese too), see the data file."""
    first = word_list("east_asian_surnames", "chinese") | word_list("east_asian_surnames", "korean")
    return first, first | word_list("east_asian_surnames", "vietnamese")


def _family_name(word: str, section: int = 1) -> bool:
    return _ascii(word) in _family_names()[section]


def is_family_name(word: str) -> bool:
    """An East Asian family name ("He", "Sun", "Nguyen"): a word that may open a name."""
    return _family_name(word)


def family_first(name: str) -> bool:
    """An East Asian name written family name first: "Kim Min-jun" (the given name is hyphenated),
    "Zhou Jianguo" (a Chinese or Korean family name before a word that is none)."""
    words = name.split()
    if len(words) != 2 or _SYLLABLE_GIVEN.match(words[0]):
        return False
    if _SYLLABLE_GIVEN.match(words[1]):
        return True
    return _family_name(words[0], 0) and not _family_name(words[1])


def surname_key(name: str) -> str:
    """The key a bare surname must have to stand for this name ("Kim" for "Kim Min-jun")."""
    words = _name_words(name)
    if not words:
        return ""
    return words[0] if family_first(name) else words[-1]


@lru_cache(maxsize=1)
def _equivalents() -> dict[str, frozenset[int]]:
    return _build_equivalents()


@lru_cache(maxsize=1 << 16)
def words_match(a: str, b: str) -> bool:
    """Two word keys are spellings of one word: equal, glued article aside, or close on confusable letters."""
    if a == b:
        return True
    bare_a, bare_b = _strip_glued_article(a), _strip_glued_article(b)
    if (bare_a == a) != (bare_b == b) and words_match(bare_a, bare_b):
        return True  # the article glued on by one outlet only, the rest spelled as loosely as any word
    if min(len(a), len(b)) < 3:
        return False
    shortest = min(len(a), len(b))
    limit = 1.0 if shortest >= LONG_WORD else WORD_LOOSE if shortest >= 5 else SHORT_WORD_LOOSE
    if abs(len(a) - len(b)) * SOFT_GAP > limit:
        return False  # each letter more costs at least a soft gap
    return loose_distance(a, b) <= limit


def _strip_glued_article(key: str) -> str:
    """ "Aldossary", "Elsheikh": the article glued on by some outlets."""
    return key[2:] if len(key) >= 5 and key[:2] in ("al", "el") else key


@lru_cache(maxsize=1 << 16)
def given_names_match(a: str, b: str) -> bool:
    """Given-name keys agree: a spelling, a listed equivalent, an initial or a short form ("Jon" / "Jonathan")."""
    if words_match(a, b):
        return True
    eq = _equivalents()
    if eq.get(a, frozenset()) & eq.get(b, frozenset()):
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) == 1:
        return long_.startswith(short)
    if long_ == short + "i" and len(short) >= 4 and short[-1] not in "aeiouy":
        return True  # the Georgian nominative: "Tamari" / "Tamar", "Davit" / "Daviti"
    return len(short) >= SHORT_FORM_MIN and len(long_) > len(short) + 1 and long_.startswith(short)


def surnames_match(a: str, b: str) -> bool:
    return words_match(a, b)


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


def _east_asian(name: str) -> bool:
    """A two-word name with a hyphenated syllable given name or an East Asian family name, in either
    order ("Min-jun Kim", "Kim Min-jun", "Haitao Huang", "Huang Haitao")."""
    words = name.split()
    return len(words) == 2 and any(_SYLLABLE_GIVEN.match(w) or _family_name(w) for w in words)


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
    """Middle names present on both sides must share one ("Mohammed Ahmed Kedir" is not "Mohammed Idris Kedir")."""
    if not a or not b:
        return True
    return any(given_names_match(x, y) or loose_distance(x, y) <= MIDDLE_LOOSE for x in a for y in b)


def _glue(words: tuple[str, ...], other: tuple[str, ...]) -> list[int]:
    """Runs of ``words`` that the other spelling writes as one word ("Gabra Madhin" / "Gebremedhin"),
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
