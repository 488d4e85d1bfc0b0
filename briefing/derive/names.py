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

:mod:`briefing.derive.name_matching` compares whole names with these keys:
two full spellings are one person when their given names agree and their
surnames agree; words glued in one outlet and split in another
("Woldesenbet" / "Wolde Senbet", "Abdel-Rahim" / "Abdelrahim") are
aligned first; a middle name or a second surname present in one outlet
only is allowed. East Asian names are compared in both orders when one
spelling shows a hyphenated given name ("Jeon Ha-rin" / "Ha-rin Jeon").
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from briefing import patterns
from briefing.derive.lexicon import word_list
from briefing.derive.memo import per_run
from briefing.derive.transliteration import SOFT_GAP, loose_distance, phonetic
from briefing.derive.word_keys import APOSTROPHES as _APOSTROPHES
from briefing.derive.word_keys import ARTICLES as ARTICLES  # re-exported: names are where callers look
from briefing.derive.word_keys import ascii_of
from briefing.derive.word_keys import token_key as token_key

#: Articles written before a hyphen only ("ed-Decani" is the Turkish rendering of "ad-Dajani").
_HYPHEN_ARTICLES = ARTICLES | {"en", "er", "et", "ez", "ud", "us"}
#: Courtesy and religious titles some outlets write as part of a name ("Dr Tirab", "Sayyid Munir").
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

_SPACE = patterns.compile(r"\s+")
_POSSESSIVE = patterns.compile(r"['’]s$|['’]$")
_HYPHENS = patterns.compile(r"[-‐‑–]")
_INITIALS = patterns.compile(r"^(?:[A-Za-z]\.){2,}$")
#: A hyphenated word with a lower-case second part: a Korean given name ("Ha-rin", "Dong-wook").
_SYLLABLE_GIVEN = patterns.compile(r"^[A-Z][a-z]+-[a-z]+$")
#: Uzbek Latin writes o‘ and g‘ with a turned comma and Kh as X: "Xo‘jayev" is "Khojayev".
_UZBEK_LATIN = patterns.compile(r"[OoGg][ʻ‘'’]")
#: Rewrites of names only, before the shared keys: Russian and Turkic "dzh"/"dj" for one sound
#: (Khodzhaev / Khodjaev / Khojaev); the mute final e of French spellings of Arabic names
#: (Abdourahamane / Abdurrahman, Ousmane / Usman, Slimane / Sliman); the Persian and Tajik surname
#: suffix "-zoda"/"-zade(h)" for the Russian "-ov" it replaced or stands beside (Sharifzoda / Sharifov).
_NAME_REWRITES = (
    (patterns.compile(r"dzh|dj"), "j"),
    (patterns.compile(r"(?<=\w{3}[ai][nm])e$"), ""),
    (patterns.compile(r"(?<=[a-z]{3})z(?:oda|ada|ade)h?$"), "ov"),
)


def _build_equivalents() -> dict[str, frozenset[int]]:
    """Each listed name's key -> the groups it belongs to (a spelling may be in two: Wong is Huang or Wang)."""
    table: dict[str, set[int]] = defaultdict(set)
    for i, group in enumerate(GIVEN_NAME_GROUPS):
        for name in group:
            table[word_key(name)].add(i)
    return {key: frozenset(ids) for key, ids in table.items()}


@per_run(maxsize=65536)
def word_key(word: str) -> str:
    """The transliteration key of one word of a name, hyphenated parts glued: "Habte-Selassie" = "Habteselassie"."""
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


@per_run()  # asked of the same words for every pair of names compared (family names, articles)
def _ascii(text: str) -> str:
    return _NON_LETTERS.sub("", _APOSTROPHES.sub("", ascii_of(text).lower()))


_NON_LETTERS = patterns.compile(r"[^a-z]")


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
    """An East Asian name written family name first: "Jeon Ha-rin" (the given name is hyphenated),
    "Zhou Jianguo" (a Chinese or Korean family name before a word that is none)."""
    words = name.split()
    if len(words) != 2 or _SYLLABLE_GIVEN.match(words[0]):
        return False
    if _SYLLABLE_GIVEN.match(words[1]):
        return True
    return _family_name(words[0], 0) and not _family_name(words[1])


def surname_key(name: str) -> str:
    """The key a bare surname must have to stand for this name ("Jeon" for "Jeon Ha-rin")."""
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
