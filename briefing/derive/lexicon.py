"""General knowledge about states: names, aliases, demonyms, capitals, seats of government.

The table (``data/countries.json``, about 195 states plus the EU) is general
knowledge written once, not derived from any article. Lookups are
case-sensitive because the words are proper nouns ("Chad" the state, not
"chad"); a capital or seat of government stands for its state
("Damascus said", "the Kremlin warned").

Matching works on tokens rather than one giant regex: only capitalised
tokens can start a mention, and keys are tried longest first, so the whole
table costs one dictionary probe per capitalised word.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from briefing import patterns
from briefing.derive.memo import per_run
from briefing.derive.quick_re import trie

#: Upper-case Latin letters, for character classes: "Özbağcı", "Álvaro", "İsmail" start names as "Smith" does.
UPPER = "".join(c for c in map(chr, [*range(0x41, 0x250), *range(0x1E00, 0x1F00)]) if c.isupper() and c.isalpha())

#: Word tokens: dotted abbreviations ("U.S.", "D.C.") or letters with inner apostrophes.
_TOKEN = patterns.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]\w*(?:['’]\w+)*")
_POSSESSIVE = patterns.compile(r"['’]s$")
#: What may separate the tokens of one multiword name: spaces, a hyphen, a dot, a comma.
_GAP = patterns.compile(r"\s*[-.,]?\s*")

#: Kinds of surface form, in the order a canonical name prefers them.
KINDS = ("name", "alias", "demonym", "capital", "seat")

#: Names that contain a state's name but are not that state.
NOT_STATES = (
    "Latin America",
    "South America",
    "North America",
    "Central America",
    "Voice of America",
    "New Mexico",
    "Gulf of Mexico",
    "Washington State",
    "South China Sea",
    "East China Sea",
    "Indian Ocean",
    "American Samoa",
    "Native American",
    "Native Americans",
    "Organization of American States",
    "Organisation of American States",
)

#: Words that end the name of a news outlet: "Israel National News", "Washington Post".
OUTLET_WORDS = frozenset(
    "News Times Post Herald Journal Press Tribune Gazette Daily Today Radio TV Television Broadcasting "
    "Network Review Agency Monitor Observer Independent Chronicle Telegraph Express Insider Mail Standard "
    "Channel Media Report Reporter Wire Dispatch".split()
)

#: State names that are also given names ("Jordan Peterson", "Chad Smith").
_GIVEN_NAMES = frozenset({"Jordan", "Chad", "Georgia", "Israel", "Kenya", "India"})
#: Words that may follow a state's name without making it a given name.
_AFTER_STATE = frozenset(
    "King Queen Prince Emir Sultan Prime President Vice Foreign Defense Defence Interior Army Armed Air Navy "
    "Government Ministry Minister Cabinet Parliament State National Security Intelligence Central".split()
)


@cache
def word_list(name: str, section: str = "") -> frozenset[str]:
    """The words of ``data/<name>.txt``: general vocabulary (titles, honorifics, organisation words).

    Lines starting with ``#`` are comments; a file may be cut into sections by lines opening with
    ``section:``, and a section runs on over indented lines.
    """
    text = resources.files("briefing.derive").joinpath(f"data/{name}.txt").read_text("utf-8")
    out: set[str] = set()
    current = ""
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        head, sep, rest = line.partition(":")
        if sep and not line[:1].isspace() and " " not in head:
            current, line = head, rest
        if current == section:
            out.update(line.split())
    return frozenset(out)


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, tuple[str, int]]:
    """Names of cities and regions (``data/gazetteer.tsv``, generated from geonames): name -> (kind, tier).

    Tier 1 is well known (taken anywhere), tier 2 a lesser city (taken in a locative context).
    """
    text = resources.files("briefing.derive").joinpath("data/gazetteer.tsv").read_text("utf-8")
    names: dict[str, tuple[str, int]] = {}
    for line in text.splitlines():
        name, kind, tier = line.split("\t")
        names[name] = (kind, int(tier))
    return names


def is_place_name(name: str) -> bool:
    """Whether ``name`` is a state, capital, city or region of the general tables."""
    return name in gazetteer() or lookup(name) is not None


@dataclass(frozen=True, slots=True)
class Entry:
    """What a surface form stands for."""

    country: str | None  # None for a blocked look-alike ("Latin America")
    kind: str


@dataclass(frozen=True, slots=True)
class _Table:
    keys: dict[tuple[str, ...], Entry]
    folded: dict[str, Entry]
    first_words: dict[str, int]  # first word of a key -> the longest key starting with it
    countries: dict[str, dict[str, list[str]]]
    longest: int
    seconds: dict[str, frozenset[str]]  # first word of a key -> the second words of its longer keys
    written: re.Pattern[str]  # a piece of text every state's key needs written (see :func:`_written`)


def _tokens(text: str) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text))


def _spans(text: str, tokens: list[str]) -> list[tuple[int, int]]:
    """Where ``tokens`` (the text's tokens, in order) stand: each is found after the one before, which
    is where the pattern finds it, as every token opens on a letter and no letter stands between two
    (a letter alone is a token). Twice as quick as a second search of the text for match objects."""
    out: list[tuple[int, int]] = []
    find = text.find
    at = 0
    for token in tokens:
        at = find(token, at)
        out.append((at, at + len(token)))
        at += len(token)
    return out


def _key_word(token: str) -> str:
    return _POSSESSIVE.sub("", token.replace("’", "'"))


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(_key_word(m.group()) for m in _tokens(phrase))


@lru_cache(maxsize=1)
def _table() -> _Table:
    raw = json.loads(resources.files("briefing.derive").joinpath("data/countries.json").read_text("utf-8"))
    keys: dict[tuple[str, ...], Entry] = {}
    countries: dict[str, dict[str, list[str]]] = {}
    for row in raw:
        name = row["name"]
        forms = {
            "name": [name],
            "alias": row["aliases"],
            "demonym": row["demonyms"],
            "capital": row["capitals"],
            "seat": row["seats"],
        }
        countries[name] = forms
        for kind in KINDS:
            for surface in forms[kind]:
                keys.setdefault(_key(surface), Entry(name, kind))
    for blocked in NOT_STATES:
        keys[_key(blocked)] = Entry(None, "blocked")
    folded = {" ".join(k).casefold(): e for k, e in keys.items() if e.country}
    first_words: dict[str, int] = {}
    seconds: dict[str, set[str]] = {}
    for k in keys:
        first_words[k[0]] = max(first_words.get(k[0], 0), len(k))
        seconds.setdefault(k[0], set()).update(k[1:2])
    frozen = {first: frozenset(words) for first, words in seconds.items()}
    written = _written([k for k, e in keys.items() if e.country])
    return _Table(keys, folded, first_words, countries, max(len(k) for k in keys), frozen, written)


def _written(keys: list[tuple[str, ...]]) -> re.Pattern[str]:
    """A pattern that finds, for every key, a piece of text a sentence naming it must hold: the
    longest run without an apostrophe of its longest word (a token gives its key word with "’" made
    "'" and a possessive dropped, so that run is written in the token as it is). A sentence where the
    pattern finds nothing names no state, and is not tokenised at all (three in four sentences)."""
    pieces = {max((run for word in k for run in word.split("'")), key=len) for k in keys}
    return patterns.compile(trie(dict.fromkeys(sorted(p for p in pieces if p), False)))


@per_run(maxsize=1 << 16)
def lookup(surface: str) -> Entry | None:
    """The entry of a surface form ("Israeli", "the Kremlin", "Damascus's"), or None."""
    table = _table()
    key = _key(surface.strip())
    if key and key[0].lower() == "the" and len(key) > 1:
        key = key[1:]
    entry = table.keys.get(key)
    if entry is None:
        entry = table.folded.get(" ".join(key).casefold())
    return entry if entry and entry.country else None


def country_for(token: str) -> str | None:
    """The canonical state a name, alias, demonym, capital or seat stands for."""
    entry = lookup(token)
    return entry.country if entry else None


def forms_of(country: str) -> dict[str, list[str]]:
    """Every known surface form of a state, by kind (empty when unknown)."""
    return _table().countries.get(country, {})


def is_country(name: str) -> bool:
    return name in _table().countries


def country_mentions(text: str) -> list[tuple[int, int, str]]:
    """Spans (start, end, state) of state names, demonyms, capitals and seats in ``text``."""
    return [(s, e, entry.country) for s, e, entry in entry_mentions(text) if entry.country]


def entry_mentions(text: str) -> list[tuple[int, int, Entry]]:
    """Like :func:`country_mentions` but keeps the kind of each surface form."""
    return list(_entry_mentions(text))


@per_run(maxsize=1 << 16)
def _entry_mentions(text: str) -> tuple[tuple[int, int, Entry], ...]:
    """Cached: several stages read the same sentences.

    Only the words that open some key are tried (most words open none); one whose next word goes on
    no longer key is a key alone or nothing ("the" opens "the Gambia", and is tried ~60,000 times in
    a thousand articles). Token positions are read only for a sentence where something is found, as
    (start, end) pairs: a list of match objects kept per sentence cost more than the search.
    """
    table = _table()
    if not table.written.search(text):
        return ()
    first_words, seconds, keys = table.first_words, table.seconds, table.keys
    tokens = _TOKEN.findall(text)
    words = [w if "'" not in w and "’" not in w else _key_word(w) for w in tokens]
    openers = [i for i, w in enumerate(words) if w in first_words]
    spans: list[tuple[int, int]] = []
    out: list[tuple[int, int, Entry]] = []
    i = 0
    last = len(words) - 1
    for at in openers:
        if at < i:
            continue  # inside the mention found last
        if at == last or words[at + 1] not in seconds[words[at]]:
            entry = keys.get((words[at],))  # no longer key can match: the word alone
            if entry is None:
                continue
            n = 1
        else:
            spans = spans or _spans(text, tokens)
            hit = _longest_at(text, spans, words, at, table)
            if hit is None:
                continue
            n, entry = hit
        spans = spans or _spans(text, tokens)
        end_tok = at + n - 1
        if entry.country and not _is_outlet_or_given_name(text, spans, words, at, end_tok, entry):
            end = spans[end_tok][0] + len(words[end_tok])
            out.append((spans[at][0], end, entry))
        i = end_tok + 1
    return tuple(out)


def _longest_at(
    text: str, spans: list[tuple[int, int]], words: list[str], i: int, table: _Table
) -> tuple[int, Entry] | None:
    limit = 1
    longest = table.first_words[words[i]]
    while limit < longest and i + limit < len(spans):
        gap = text[spans[i + limit - 1][1] : spans[i + limit][0]]
        if not _GAP.fullmatch(gap):
            break
        limit += 1
    for n in range(limit, 0, -1):
        entry = table.keys.get(tuple(words[i : i + n]))
        if entry is not None:
            return n, entry
    return None


def _is_outlet_or_given_name(
    text: str, spans: list[tuple[int, int]], words: list[str], first: int, last: int, entry: Entry
) -> bool:
    """ "Israel National News" and "Times of Israel" are outlets; "Jordan Smith" is a person."""
    j = last + 1
    following: list[str] = []
    while j < len(spans) and len(following) < 3 and words[j][:1].isupper():
        if text[spans[j - 1][1] : spans[j][0]].strip() or text[spans[j - 1][0] : spans[j - 1][1]].endswith("."):
            break
        following.append(words[j])
        if words[j] in OUTLET_WORDS:
            return True
        j += 1
    if first >= 2 and words[first - 1] == "of" and words[first - 2] in OUTLET_WORDS:
        return True
    if entry.kind == "name" and words[first] in _GIVEN_NAMES and following:
        nxt = following[0]
        return nxt not in _AFTER_STATE and _table().keys.get((nxt,)) is None
    return False
