"""Places named in the articles: states, cities, regions, provinces, landmarks.

Three sources of evidence, all general:

* the state lexicon (:mod:`briefing.derive.lexicon`): state names and capitals;
* a compact gazetteer (``data/gazetteer.tsv``, generated once from geonames):
  well-known cities and regions are taken wherever they stand as a whole
  capitalised phrase; lesser cities only after a locative preposition;
* patterns: "X province", "the X Heights", "southern X", "at his X residence",
  a hyphenated name after "in/at/to/from" ("Mar-a-Lago" style);
* the shape of a phrase (:mod:`briefing.derive.place_shapes`): landmark heads,
  coordinated plurals, lower-case heads, routes, place-only prepositions, measured
  zones, capitals in apposition — checked against the briefing's people and parties.
  Spellings of one place (romanisations, word order, openers) are merged by their
  transliteration keys (:mod:`briefing.derive.place_spellings`).

Precision over recall: a gazetteer name inside a longer capitalised phrase
("Israel National News", "Paris Hilton") is not a place, and a word the
articles also use in lower case ("mobile", "split") needs a locative context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from briefing import patterns
from briefing.derive.by_article import Step, recall
from briefing.derive.lexicon import OUTLET_WORDS, UPPER, entry_mentions, lookup
from briefing.derive.lexicon import gazetteer as lexicon_gazetteer
from briefing.derive.memo import per_run
from briefing.derive.place_guard import PlaceGuard
from briefing.derive.place_shapes import Candidate, proper_names, shaped_groups
from briefing.derive.place_spellings import Found, merge_spellings
from briefing.derive.quick_re import words_of
from briefing.model import Party, Person, Place, Source

#: A capitalised word; its capital may be any Latin letter ("Şuşa", "Łomża", "Ústí", "Örebro").
_WORD = rf"(?:(?:[A-Z]\.){{2,}}|[{UPPER}](?:[\w’']|\.(?=\w))*(?:-[\w’']+)*)"
#: A capitalised phrase; lower-case connectors may join its words ("Addis Ababa", "Gulf of Aden").
#: The first word as :data:`_WORD`, its dotted branch tried after the capital: one character class opens the
#: pattern, which the scanner skips to cheaply (the same matches, a third faster).
_FIRST_WORD = rf"[{UPPER}](?:(?<=[A-Z])\.(?:[A-Z]\.)+|(?:[\w’']|\.(?=\w))*(?:-[\w’']+)*)"
_RUN = patterns.compile(rf"{_FIRST_WORD}(?:(?<![’']s)\s+(?:(?:of|de|del|la|el|al|da|dos|du|upon)\s+)?{_WORD})*")
#: A lower-case word; sentences joined by a newline (no word character) give each sentence's own.
_LOWER_WORD = patterns.compile(r"\b[a-z][a-z-]+\b")
_POSSESSIVE = patterns.compile(r"['’]s?$")
_LOCATIVE = patterns.compile(
    r"(?:\b(?:in|at|near|outside|from|to|into|across|around|towards?|through|inside|via|between)\s+(?:the\s+)?)$"
)
_ADMIN = patterns.compile(
    rf"(?P<name>{_WORD}(?<![’']s)(?:\s+{_WORD}(?<![’']s))*)\s+(?P<type>province|region|governorate|district|oblast|prefecture|"
    r"county|canton|municipality)\b"
)
#: A preposition inside a title ("Envoy to", "Ambassador to the", "Minister of").
#: "Lori and Tavush province": two names before one singular head are one province's name
#: (the plural "the Kavango and Zambezi regions" is two, see place_shapes).
_ADMIN_PAIR = patterns.compile(
    rf"\b(?:the|in|of|from|to|across|into)\s+(?P<name>(?P<first>{_WORD})\s+and\s+{_WORD})\s+"
    r"(?P<type>(?i:province|region|governorate|district|oblast|prefecture|county))\b"
)
#: What an _ADMIN match needs, cheaply looked for first: a capitalised word's end right before the head.
_NAMED_ADMIN = patterns.compile(
    rf"[{UPPER}][\w’'.-]*\s+(?:province|region|governorate|district|oblast|prefecture|county|canton|municipality)\b"
)
_OBJECT_OF = patterns.compile(r"\b(?:to|for|of|in)\s+(?:the\s+)?$")
_ADMIN_WORDS = patterns.compile(r"province|region|governorate|district|oblast|prefecture|county|canton|municipality")
#: The same heads as whole words, as :data:`_ADMIN` and :data:`_ADMIN_OF` need them (after a space, before a
#: word's end): a sentence's word set tells at once that neither can match.
_ADMIN_HEADS = frozenset(_ADMIN_WORDS.pattern.split("|"))
_ADMIN_OF = patterns.compile(rf"\bthe\s+(?P<type>province|region|governorate|district|oblast)\s+of\s+(?P<name>{_WORD})")
_COMPASS = patterns.compile(
    r"\b(?P<dir>(?:north|south)(?:-?(?:east|west))?ern|northern|southern|eastern|western|central)\s+"
    rf"(?P<name>{_WORD}(?:\s+{_WORD})?)"
)
_RESIDENCE = patterns.compile(
    rf"\bat\s+(?:(?:his|her|their|the|its)\s+)?(?:[a-z]+['’]s\s+)?(?P<name>{_WORD}(?:\s+{_WORD})*)\s+"
    r"(?:residence|estate|palace|compound|resort|retreat|ranch|home|villa)\b"
)
#: Hyphenated names with a lower-case inner part ("Mar-a-Lago", "Stratford-upon-Avon").
_HYPHENATED = patterns.compile(
    r"\b(?:in|at|to|from|near)\s+(?P<name>[A-Z][\w’']*(?:-[\w’']+)*-[a-z]+-[A-Z][\w’']*(?:-[\w’']+)*)"
)
#: Last words that make a capitalised phrase a geographic feature or landmark.
FEATURES = frozenset(
    "Heights Valley Strait Straits Sea River Mountains Mountain Corridor Plateau Peninsula Gulf Bay Desert "
    "Basin Island Islands Lake Canal Coast Delta Hills Highlands Gorge Pass Crossing Airport Square Dam "
    "Strip Oasis Steppe Lowlands Range Ridge Archipelago Fjord Harbour Harbor Shoal Shoals Reef Reefs Sands "
    "Lagoon Marsh Shelf".split()
)
#: Features that are built, as the lower-case heads of place_shapes say ("the Sadakhlo dam"): landmarks, which
#: merge with landmarks.
_BUILT = frozenset("dam crossing airport square harbour harbor".split())
#: First words that make a capitalised phrase a geographic feature: "Lake Lanao", "Mount Hermon".
FEATURE_OPENERS = frozenset("Lake Mount Mt. Cape Isle Wadi Jebel Jabal".split())
#: Capitalised words that open sentences and are not part of a name.
_OPENERS = frozenset(
    "The A An In On At For From To By Since While After Before During As Yet But And Despite Over Under With "
    "This That These Those Both According Across Inside Outside Near Meanwhile However Earlier Later When "
    "If Although Though Once Until Unlike Like Among Amid Beyond Between Through Within Without Into".split()
)
_DIRECTIONS = frozenset(
    "northern southern eastern western central north-eastern northeastern north-western northwestern "
    "south-eastern southeastern south-western southwestern".split()
)
#: What may follow a bare feature stem ("the Golan,", "the Golan and ...") for it to stand alone.
_STEM_END = patterns.compile(
    r"[’']?s?(?:[,.;:)]|\s+(?:and|or|in|on|at|is|was|has|had|were|are|with|to|for|from|by|as)\b)"
)
#: "The Frontier Gazette (Peshawar)": the town an outlet's name carries in brackets is the outlet's, no place
#: of the story.
_OUTLET_SEAT = patterns.compile(rf"\b(?:{'|'.join(sorted(OUTLET_WORDS))})\s*\($")
_ADMIN_ORDER = {"country": 0, "city": 1, "state": 2, "region": 2, "province": 3, "landmark": 4, "zone": 5, "place": 8}


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Names of cities and regions: tier 1 is taken anywhere, tier 2 only in a locative context."""

    names: dict[str, tuple[str, int]]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer(lexicon_gazetteer())


class _Collector:
    def __init__(self) -> None:
        self.places: dict[str, Found] = {}

    def add(self, canonical: str, kind: str, surface: str, sentence_id: str) -> None:
        key = canonical.casefold()
        found = self.places.get(key)
        if found is None:
            found = self.places[key] = Found(canonical, kind, {}, {})
        elif _ADMIN_ORDER.get(kind, 9) < _ADMIN_ORDER.get(found.kind, 9):
            found.kind = kind
        found.variants[surface] = None
        found.mentions[sentence_id] = None


def find_places(sources: list[Source], parties: list[Party], people: list[Person] | None = None) -> list[Place]:
    """Every place named in the body sentences, variants merged, in order of first mention.

    ``people`` and ``parties`` keep a shaped phrase ("the Netanyahu residence", "the DLM camp")
    from naming a place after a person or a side.
    """
    gazetteer()
    scans = [recall(_SCAN, src, "", lambda src=src: _scan_source(src)) for src in sources]
    col = _Collector()
    pending: list[tuple[str, str, str, str, str]] = []
    for events, found in scans:
        for event in events:
            col.add(*event)
        pending += found
    guard = PlaceGuard(people or [], parties)
    pending = [p for p in pending if p[4] != "shaped" or not guard.rejects(p[0])]
    accepted = {p[0] for p in pending if p[4] in ("sure", "shaped")}
    for name, kind, surface, sid, how in pending:
        if how != "maybe" or name in accepted:
            col.add(name, kind, surface, sid)
    _merge_stems(col, [s for src in sources for s in src.body])
    merge_spellings(col.places)
    return _ordered(col)


_Scan = tuple[list[tuple[str, str, str, str]], list[tuple[str, str, str, str, str]]]
#: An article's place evidence, kept between derivations (it reads nothing but the article).
_SCAN = Step("places", _Scan)


def _scan_source(src: Source) -> _Scan:
    """One article's place evidence: sure additions in order, and names pending a locative
    ("maybe") or a check against the briefing's people and parties ("shaped")."""
    read = [(sent.id, _evidence(sent.text)) for sent in src.body]
    events: list[tuple[str, str, str, str]] = []
    pending: list[tuple[str, str, str, str, str]] = []
    asked = any(evidence.gazetteer or evidence.shaped for _, evidence in read)
    lower_words = _lower_words(src) if asked else set()
    for sid, evidence in read:
        if evidence is _NOTHING:
            continue
        events += [(canonical, kind, surface, sid) for canonical, kind, surface in evidence.events]
        for part, kind, tier, locative in evidence.gazetteer:
            common = part.lower() in lower_words
            pending.append((part, kind, part, sid, "sure" if locative or (tier == 1 and not common) else "maybe"))
        for names, shaped in evidence.shaped:
            if names is None or proper_names(names, lower_words):
                pending += [(name, kind, surface, sid, how) for name, kind, surface, how in shaped]
    return events, pending


def _lower_words(src: Source) -> set[str]:
    """The words an article writes in lower case, which a name it also writes so is not sure to be: read only
    for an article with a name to check (most sentences name no place), in one scan of all its sentences."""
    return set(_LOWER_WORD.findall("\n".join(s.text for s in src.body)))


@dataclass(frozen=True, slots=True)
class _Evidence:
    """What one sentence says of places by itself, wherever it is copied: sure additions (canonical, kind,
    surface); gazetteer names (name, kind, tier, after a locative); shaped places (name, kind, surface, how),
    in groups that hold only where the article writes none of their names in lower case."""

    events: tuple[tuple[str, str, str], ...]
    gazetteer: tuple[tuple[str, str, int, bool], ...]
    shaped: tuple[tuple[tuple[str, ...] | None, tuple[tuple[str, str, str, str], ...]], ...]


_NOTHING = _Evidence((), (), ())


class _Events(list[tuple[str, str, str]]):
    """Sure additions of one sentence, without its id (a collector's ``add``)."""

    def add(self, canonical: str, kind: str, surface: str) -> None:
        self.append((canonical, kind, surface))


@per_run()  # a sentence copied across outlets is read once
def _evidence(text: str) -> _Evidence:
    runs = list(_RUN.finditer(text))
    phrases = [_phrase(m.group()) for m in runs]
    words = words_of(text)
    events = _Events()
    taken = _patterns(text, events, runs, phrases, words)
    taken |= _states(text, events, runs, phrases)
    gazetteer_names = tuple(_gazetteer_runs(text, taken, runs, phrases))
    groups = [(names, tuple(_shaped(candidates))) for names, candidates in shaped_groups(text, runs, words)]
    shaped = tuple((names, places) for names, places in groups if places)
    if not events and not gazetteer_names and not shaped:
        return _NOTHING  # most sentences: one shared answer in the memo
    return _Evidence(tuple(events), gazetteer_names, shaped)


def _shaped(candidates: list[Candidate]) -> list[tuple[str, str, str, str]]:
    """Places named by a phrase's shape (see :mod:`place_shapes`); a state or capital is left to the lexicon."""
    out = []
    for c in candidates:
        if _state(c.name):
            if c.surface != c.name and not _state(c.surface):  # "the Tunisian capital Tounes": Tunis
                out.append((c.name, "city", c.surface, "sure"))
            continue
        seat = lookup(c.name)
        how = "sure" if seat is not None and seat.kind == "seat" else "shaped" if c.sure else "maybe"
        out.append((c.name, "landmark" if how == "sure" else c.kind, c.surface, how))
    return out


@dataclass(frozen=True, slots=True)
class _Phrase:
    """What a capitalised run says by its words alone, wherever it stands: a run recurs across sentences
    ("Geneva" in hundreds), so this is worked out once a run and only the context is read per sentence.

    ``states``: the states and capitals it names whole (or each part of "Israel-Syria"), as (surface, (canonical,
    kind)); ``leading``: the one it opens when a title's preposition governs it ("envoy to Syria Tom Barrack");
    ``gazetteer``: its gazetteer names (name, kind, tier); ``feature``: the region or landmark (name, kind) that a
    feature word makes of it ("Lake Lanao", "Sadakhlo Dam").
    """

    states: tuple[tuple[str, tuple[str, str]], ...]
    leading: tuple[tuple[str, tuple[str, str]], ...]
    gazetteer: tuple[tuple[str, str, int], ...]
    feature: tuple[str, str] | None


_PLAIN = _Phrase((), (), (), None)


@per_run()
def _phrase(run: str) -> _Phrase:
    phrase = _strip_opener(_POSSESSIVE.sub("", run))
    feature = _feature(run)
    if not phrase:
        return _Phrase((), (), (), feature) if feature else _PLAIN
    parts = [phrase] if _state(phrase) else phrase.split("-") if "-" in phrase else []
    states = [(part, _state(part)) for part in parts]
    sure = tuple(states) if states and all(hit for _, hit in states) else ()
    leading = tuple((head, _state(head)) for head in _leading_state(phrase)) if not parts and " " in phrase else ()
    table = gazetteer().names
    known = [phrase] if phrase in table else phrase.split("-") if "-" in phrase else []
    named = tuple((p, *table[p]) for p in known) if known and all(p in table for p in known) else ()
    if not sure and not leading and not named and not feature:
        return _PLAIN
    return _Phrase(sure, leading, named, feature)  # type: ignore[arg-type]


def _feature(run: str) -> tuple[str, str] | None:
    """ "Lake Lanao", "Mount Hermon", "Strait of Hormuz" (regions), "Sadakhlo Dam" (a landmark): a feature word
    opening or ending a run of two words or more."""
    words = run.split()
    if len(words) < 2:
        return None
    if (
        words[0] in FEATURE_OPENERS or (words[0] in FEATURES and words[1:2] == ["of"])
    ) and run not in gazetteer().names:
        return _POSSESSIVE.sub("", run), "region"
    if _POSSESSIVE.sub("", words[-1]) in FEATURES:
        name = _strip_opener(_POSSESSIVE.sub("", run))
        if name and len(name.split()) >= 2 and not _is_demonym(name.split()[0]):
            return name, "landmark" if words[-1].lower() in _BUILT else "region"  # "Sadakhlo Dam", "the Sadakhlo dam"
    return None


def _patterns(
    text: str, col: _Events, runs: list[re.Match[str]], phrases: list[_Phrase], words: set[str]
) -> set[tuple[int, int]]:
    """Provinces, compass regions, residences and hyphenated landmarks; returns the spans used."""
    spans: set[tuple[int, int]] = set()
    paired = "and" in words and _ADMIN_WORDS.search(text.lower()) is not None  # (its head in any case)
    headed = not words.isdisjoint(_ADMIN_HEADS)
    for m in _ADMIN_PAIR.finditer(text) if paired else ():
        if not _is_known_place(m.group("first")) and not _is_demonym(m.group("first")):
            col.add(m.group("name"), "province", f"{m.group('name')} {m.group('type')}")
            spans.add(m.span("name"))
    for m in _ADMIN.finditer(text) if headed and _NAMED_ADMIN.search(text) else ():
        if any(s <= m.start("name") < e for s, e in spans):
            continue
        name = _strip_opener(m.group("name"))
        if name and not _is_demonym(name):
            col.add(name, "province", f"{name} {m.group('type')}")
            spans.add(m.span("name"))
    for m in _ADMIN_OF.finditer(text) if headed and "the" in words and "of" in words else ():
        col.add(m.group("name"), "province", m.group(0)[4:])
        spans.add(m.span("name"))
    for m in _COMPASS.finditer(text) if ("ern " in text or "central " in text) else ():
        name = _POSSESSIVE.sub("", m.group("name"))
        if name.split()[-1] not in entry_names(name):
            name = name.split()[0]
        if _is_known_place(name):
            col.add(f"{m.group('dir')} {name}", "region", f"{m.group('dir')} {name}")
    gated = [(_RESIDENCE, " at " in text), (_HYPHENATED, "-" in text)]
    for rx in [rx for rx, present in gated if present]:
        for m in rx.finditer(text):
            col.add(m.group("name"), "landmark", m.group("name"))
            spans.add(m.span("name"))
    for m, phrase in zip(runs, phrases, strict=True):
        if phrase.feature is not None:
            name, kind = phrase.feature
            col.add(name, kind, name)
            spans.add(m.span())
    return spans


def entry_names(phrase: str) -> set[str]:
    """The words of ``phrase`` that the state lexicon knows as names of states."""
    return {phrase[s:e] for s, e, entry in entry_mentions(phrase) if entry.kind in ("name", "alias")}


def _is_known_place(name: str) -> bool:
    if entry_names(name):
        return True
    hit = gazetteer().names.get(name)
    return bool(hit and hit[1] == 1)


def _is_demonym(word: str) -> bool:
    return any(entry.kind == "demonym" for _, _, entry in entry_mentions(word))


def _states(text: str, col: _Events, runs: list[re.Match[str]], phrases: list[_Phrase]) -> set[tuple[int, int]]:
    """States and capitals from the lexicon, each a whole capitalised phrase (or a part of "Israel-Syria").

    A state's name inside a longer phrase ("Israel National News", "US President Donald Trump")
    is an outlet's name or a modifier, not a place.
    """
    spans: set[tuple[int, int]] = set()
    bracket = "(" in text  # an outlet's seat is in brackets
    for m, phrase in zip(runs, phrases, strict=True):
        found = phrase.states or (phrase.leading if phrase.leading and _object_of(text, m.start()) else ())
        if not found or (bracket and _OUTLET_SEAT.search(text, 0, m.start())):
            continue  # (a leading state needs a word after it)
        for surface, (canonical, kind) in found:
            col.add(canonical, kind, surface)
        spans.add(m.span())
    return spans


def _object_of(text: str, start: int) -> bool:
    """Whether ``text[:start]`` ends as the object of a preposition ("envoy to the "): searched in the last
    40 characters when they hold three words or more (a match is at most two), else in the whole prefix."""
    window = max(0, start - 40)
    if window and len(text[window:start].split()) >= 3:
        return _OBJECT_OF.search(text, window, start) is not None  # \b still sees the character before
    return _OBJECT_OF.search(text[:start]) is not None


def _leading_state(phrase: str) -> list[str]:
    """ "Syria Tom Barrack" after "envoy to": the state that a title's preposition governs."""
    words = phrase.split()
    if any(w in OUTLET_WORDS for w in words):
        return []  # "to Israel National News": an outlet's name
    for n in range(min(4, len(words) - 1), 0, -1):
        head = " ".join(words[:n])
        if _state(head):
            return [head]
    return []


_STATE_MEMO: dict[str, tuple[str, str] | None] = {}


def _state(phrase: str) -> tuple[str, str] | None:
    """(canonical name, "country"/"city") for a state's name, alias or capital; memoised per phrase."""
    if phrase not in _STATE_MEMO:
        entry = lookup(phrase)
        hit = None
        if entry is not None and entry.country and entry.kind in ("name", "alias"):
            hit = (entry.country, "country")
        elif entry is not None and entry.kind == "capital":
            hit = (phrase, "city")
        _STATE_MEMO[phrase] = hit
    return _STATE_MEMO[phrase]


def _gazetteer_runs(
    text: str, taken: set[tuple[int, int]], runs: list[re.Match[str]], phrases: list[_Phrase]
) -> list[tuple[str, str, int, bool]]:
    """Whole capitalised phrases that the gazetteer knows: (name, kind, tier, after a locative)."""
    out: list[tuple[str, str, int, bool]] = []
    bracket = "(" in text
    for m, phrase in zip(runs, phrases, strict=True):
        if not phrase.gazetteer or any(s < m.end() and m.start() < e for s, e in taken):
            continue
        if bracket and _OUTLET_SEAT.search(text, 0, m.start()):
            continue
        locative = bool(_LOCATIVE.search(text[: m.start()]))
        out += [(part, kind, tier, locative) for part, kind, tier in phrase.gazetteer]
    return out


def _strip_opener(phrase: str) -> str:
    """The phrase without the words that open it but name nothing ("The", "In", ...), wherever it stands."""
    words = phrase.split()
    while words and words[0] in _OPENERS:
        words = words[1:]
    return " ".join(words)


def _merge_stems(col: _Collector, sentences: list) -> None:
    """ "the Golan" is the Golan Heights; a bare "Sweida" is Sweida province."""
    stems: dict[str, Found] = {}
    for found in list(col.places.values()):
        words = found.key.split()
        if found.kind == "province":
            stems[found.key] = found
        elif found.kind == "region" and len(words) >= 2 and words[-1] in FEATURES:
            stem = " ".join(words[:-1])
            stems[stem] = found
            other = col.places.pop(stem.casefold(), None)
            if other is not None:
                found.variants.update(other.variants)
                found.mentions.update(other.mentions)
    if not stems:
        return
    for sent in sentences:
        for m in _RUN.finditer(sent.text):
            phrase = _strip_opener(_POSSESSIVE.sub("", m.group()))
            found = stems.get(phrase)
            if found is None:
                continue
            if found.kind == "province" or _STEM_END.match(sent.text, m.end()):
                found.variants[phrase] = None
                found.mentions[sent.id] = None


def _ordered(col: _Collector) -> list[Place]:
    places: list[Place] = []
    for i, found in enumerate(col.places.values(), 1):
        name = found.key
        if name.isupper():  # a dateline's "DUSHANBE": the name as a sentence writes it
            name = next((v for v in found.variants if v.casefold() == name.casefold() and not v.isupper()), name)
        variants = sorted(found.variants, key=lambda v: (v != name, v))
        if name not in found.variants:
            variants.insert(0, name)
        places.append(Place(f"p{i}", name, variants, list(found.mentions), found.kind))
    return places
