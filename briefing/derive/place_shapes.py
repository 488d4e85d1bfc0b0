"""Places named by the shape of a phrase, for the many places no gazetteer knows.

News English names a venue, a district or a crossing in a few set shapes, whatever
the language of the place: a landmark head ("the Al Rimal Palace", "Qasr
al-Rimal"), a lower-case noun after the name ("the Marwahin crossing", "the
Rumman ridge"), a coordinated plural ("the Welkait and Humera districts", "the
Kerbenko and Pivdenny Banks", "the states of A and B"), a route ("a corridor
from A through B to C"), a place-only preposition ("near X", "the ridge
overlooking X"), a named stretch of ground ("a buffer zone"), a capital in
apposition ("the Tunisian capital Tounes") and a translated city ("the City of
Panama"). The word lists are general vocabulary (``data/landmark_heads.txt``);
what may not be a place (a person, a party, a title, a month) is left to
:class:`briefing.derive.place_guard.PlaceGuard`, which knows the people and parties of the briefing;
datelines are read in :mod:`briefing.derive.place_datelines`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from briefing import patterns
from briefing.derive import lexicon
from briefing.derive.lexicon import UPPER, word_list
from briefing.derive.memo import per_run
from briefing.derive.place_datelines import dateline
from briefing.derive.quick_re import first_words, folds_plainly, quick_compile, words_of
from briefing.derive.title_vocabulary import NON_PERSON_WORDS, ORGANISATION_WORDS

#: Bounded in length: in a 10,000-character token such as "A.A.A…" or "O'O'…" every letter starts a word, and
#: unbounded runs made each sentence quadratic (0.1 s each; a 300 KB file of them took 41 s to derive).
WORD = rf"(?:(?:[A-Z]\.){{2,12}}|[{UPPER}](?:[\w’']|\.(?=\w)){{0,40}}(?:-[\w’']{{1,40}}){{0,4}})"
#: A name of one to three capitalised words, with an Arabic article glued to its first ("al-Rimal").
NAME = rf"(?:(?:al|el|as|ash|ad|an|ar|at|az)-)?{WORD}(?:\s+(?:(?:de|del|da|do|dos|das|di|du|la|le)\s+)?{WORD}){{0,2}}"

VENUES = word_list("landmark_heads", "venues")
HEADS = VENUES | word_list("landmark_heads", "heads")
OPENERS = word_list("landmark_heads", "openers")
_FEATURE_HEADS = word_list("landmark_heads", "features")
PLURALS = word_list("landmark_heads", "plurals")
INSTITUTIONAL = word_list("landmark_heads", "institutional")
_AFTER_LANDMARK = word_list("landmark_heads", "after_landmark")
_AFTER_REGION = word_list("landmark_heads", "after_region")
#: Heads that also end the names of bodies: with an institutional modifier they are no place.
_BODY_HEADS = HEADS & ORGANISATION_WORDS | {"Bank", "Club", "Hall", "House"}


def _alternation(words: Iterable[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=lambda w: (-len(w), w)))


_LOCATIVE = quick_compile(
    r"\b(?:in|at|near|outside|from|to|into|across|around|towards?|through|inside|via|between|on|over|off|"
    r"within|beside|opposite|behind|along|beyond|(?:north|south|east|west)\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_LIST = rf"(?P<list>{NAME}(?:\s*,\s*{NAME})*,?\s+(?:and|or)\s+{NAME})"
_ADMIN_PLURALS = {
    "districts": "province",
    "regions": "province",
    "provinces": "province",
    "governorates": "province",
    "oblasts": "province",
    "counties": "province",
    "states": "province",
    "cantons": "province",
    "municipalities": "province",
    "prefectures": "province",
    "areas": "region",
    "villages": "city",
    "towns": "city",
    "cities": "city",
    "islands": "region",
    "valleys": "region",
    "crossings": "landmark",
    "camps": "landmark",
    "rivers": "region",
    "lakes": "region",
    "mountains": "region",
    "hills": "region",
    "dams": "landmark",
    "airports": "landmark",
    "bridges": "landmark",
}
_SINGULAR = {"cities": "city", "counties": "county", "municipalities": "municipality", "oases": "oasis"}
_PLURAL_AFTER = quick_compile(rf"\b{_LIST}\s+(?P<type>{_alternation(_ADMIN_PLURALS)})\b")
_PLURAL_OF = patterns.compile(rf"\b(?P<type>{_alternation(_ADMIN_PLURALS)})\s+of\s+{_LIST}")
_LIST_SPLIT = patterns.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
_AFTER = patterns.compile(
    rf"(?:\b[Tt]he|['’]s|\b(?:on|at|in|near))\s+(?P<name>{NAME}(?:[–—]{NAME})?)\s+"
    rf"(?:(?:{_alternation(word_list('landmark_heads', 'between_landmark'))})\s+)?"
    rf"(?P<head>{_alternation(_AFTER_LANDMARK | _AFTER_REGION)})\b"
)
#: "the port of Gdynia", "the old port of X", "the Estonian resort town of Kabli": a noun, or a demonym
#: before a noun, may qualify the head (a bare demonym, "the Peruvian port of Callao", is left to the gazetteer).
_HEAD_MODIFIERS = r"(?:(?:(?-i:[A-Z])[a-z]+\s+)?[a-z]+\s+)?"
_BEFORE = patterns.compile(
    rf"\b[Tt]he\s+{_HEAD_MODIFIERS}(?P<head>{_alternation(word_list('landmark_heads', 'before'))})\s+(?:of|at)\s+"
    rf"(?P<name>{NAME})"
)
#: "the Latvian post at Mereküla", "the gauge at Vaikla": heads that name a place only before "at".
_BEFORE_AT = patterns.compile(
    rf"\b[Tt]he\s+(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+)?"
    rf"(?P<head>{_alternation(word_list('landmark_heads', 'before_at'))})\s+at\s+"
    rf"(?P<name>{NAME})"
)
_OPENED = patterns.compile(
    rf"\b(?P<name>(?:{_alternation(OPENERS)})\s+(?:(?:de|del|de\s+la|du|des|di|da)\s+)?"
    rf"(?:(?:al|el|as|ash|ad|an|ar|at|az)-)?{WORD}(?:\s+{WORD}){{0,2}})"
)
#: "the raid on the Upper Nile", "in Lower Shabelle": a region named by its upper or lower part.
_PART = patterns.compile(
    rf"\b(?:in|on|across|into|from|to|near|over|through)\s+(?:the\s+)?"
    rf"(?P<name>(?:Upper|Lower|Greater|Inner|Outer)\s+{WORD})(?!\s+{WORD})"
)
#: "the river Vakhsh", "the shoal Kerbenko": a feature noun before the name, as translations write it.
_LED = patterns.compile(
    rf"\bthe\s+(?P<head>river|lake|island|shoal|mount|base|enclave|village|town|dam|checkpoint|resort|"
    rf"(?:water\s+)?intake)\s+(?P<name>{NAME})"
)
#: "the Nakhchivan Autonomous Republic", "the Bangsamoro Autonomous Region": a self-governing province.
_AUTONOMOUS = patterns.compile(
    rf"(?P<name>{NAME})\s+Autonomous\s+(?P<type>Republic|Region|Oblast|Okrug|Province|Prefecture|Community|"
    r"District|Territory|Area)\b"
)
_ROUTE = patterns.compile(
    rf"\bfrom\s+(?:the\s+)?(?P<a>{NAME})\s+(?:(?:through|via)\s+(?:the\s+)?(?P<b>{NAME})\s+)?to\s+(?:the\s+)?"
    rf"(?P<c>{NAME})"
)
#: Prepositions that take only a place: "near Adi Remets", "the ridge overlooking Kfar Rumman", "north of X".
_PLACE_ONLY = patterns.compile(
    rf"\b(?:near|overlooking|outside|around|beyond|(?:north|south|east|west)\s+of|outskirts\s+of)\s+"
    rf"(?:the\s+)?(?P<name>{NAME})\b(?!\s*\d)"
)
#: Two or more names after "in": "growers in Sinaloa and Sonora" (not "in Arabic and Hebrew").
#: People named after where they live: "residents of Gavar and Sevan", "farmers in Ape" ("farmers from X" is
#: left out: it names people by where they came from, often in another language's spelling of a known city).
_DWELLERS = r"(?i:residents|inhabitants|villagers|farmers|fishermen|herders|townspeople|natives)\s+(?:of|in)"
_IN_PAIR = patterns.compile(rf"\b(?:in|across|throughout|{_DWELLERS})\s+{_LIST}\b")
#: "residents of Gavar", "the talks will be held in Ergneti": a dwelling noun or an event verb before "in"
#: makes one name a place.
_WHERE_ONE = patterns.compile(
    rf"\b(?:{_DWELLERS}|(?:(?:be|was|were|is|are)\s+held|took\s+place|takes\s+place|convened|reconvene|"
    rf"resume|will\s+meet|arrived)\s+in)\s+(?:the\s+)?(?P<name>{NAME})\b(?!\s*\d)(?!\s+(?:and|or)\b)"
)
#: "in Bolnisi and Dmanisi Province": one province's name, not a list of two places.
_ADMIN_HEADS = frozenset("Province Region Governorate District Oblast Prefecture County".split())
_ADMIN_AFTER = patterns.compile(r"\s+(?:province|region|governorate|district|oblast|prefecture|county)\b")
_ZONE = quick_compile(
    rf"\b(?P<zone>(?:{_alternation(word_list('landmark_heads', 'zones'))})\s+(?:zone|strip))\b",
    re.IGNORECASE,
)
#: A zone is ground on a map once the text gives its width: "a 15-kilometre buffer zone", "a buffer
#: zone 5 km wide"; an unmeasured "buffer zone in the south" is only taken when another sentence measures it.
_NUMBER = r"(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|fifty)"
_UNIT = r"(?:kilomet(?:re|er)s?|km|miles?|nautical[- ]miles?|met(?:re|er)s?|m)"
_MEASURE_BEFORE = patterns.compile(rf"\b{_NUMBER}[- ]?{_UNIT}(?:[- ]wide)?\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
_MEASURE_AFTER = patterns.compile(rf"\s+(?:of\s+|some\s+|about\s+)?{_NUMBER}[- ]?{_UNIT}\b", re.IGNORECASE)
#: "a security strip" and "a buffer zone" are one stretch of ground under two names.
_ZONE_NAMES = {"security strip": "buffer zone", "buffer strip": "buffer zone", "security zone": "buffer zone"}
_CAPITAL = patterns.compile(rf"\bthe\s+(?P<owner>{WORD})\s+capital,?\s+(?P<name>{WORD})")
_CITY_OF = patterns.compile(rf"\bCity\s+of\s+(?P<name>{WORD})")
_ARTICLE = patterns.compile(r"^(?:al|el|as|ash|ad|an|ar|at|az)-", re.IGNORECASE)


#: Words without which a pattern cannot match (each pattern needs one of them as a whole word): a sentence
#: lacking them is not searched.
_AFTER_WORDS = first_words(_AFTER_LANDMARK | _AFTER_REGION)
_BEFORE_WORDS = first_words(word_list("landmark_heads", "before"))
_BEFORE_AT_WORDS = first_words(word_list("landmark_heads", "before_at"))
_THE = frozenset({"the", "The"})
_PLURAL_WORDS = frozenset(_ADMIN_PLURALS)
_AND_OR = frozenset({"and", "or"})
_OPENER_WORDS = first_words(OPENERS)
_PART_WORDS = frozenset({"Upper", "Lower", "Greater", "Inner", "Outer"})
_LED_WORDS = frozenset("river lake island shoal mount base enclave village town dam checkpoint resort intake".split())
_PLACE_ONLY_WORDS = frozenset("near overlooking outside around beyond north south east west outskirts".split())
_EVENT_IN_WORDS = frozenset("held place convened reconvene resume meet arrived".split())
#: The words of all the shapes that :func:`shaped_groups` gates at once (each shape needs one of them).
_SHAPE_WORDS = (
    _OPENER_WORDS | _AFTER_WORDS | _BEFORE_WORDS | _BEFORE_AT_WORDS | _PLURAL_WORDS | _PART_WORDS | _LED_WORDS
)
_DWELLER_WORDS = ("residents", "inhabitants", "villagers", "farmers", "fishermen", "herders", "townspeople", "natives")


def _dwellers(text: str) -> bool:
    """Whether a case-blind dwelling noun ("Residents of …") may stand in ``text``."""
    if not folds_plainly(text):
        return True
    low = text.lower()
    for word in _DWELLER_WORDS:  # noqa: SIM110 - a loop: quicker than any() over a generator, most sentences
        if word in low:
            return True
    return False


def _may_name_zone(text: str) -> bool:
    """Whether ``text`` may hold a zone's head, in any case ("buffer zone", "Security Strip")."""
    if not folds_plainly(text):
        return True
    low = text.lower()
    return "zone" in low or "strip" in low


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place a phrase's shape names: canonical name, kind, the words as written, and whether it
    stands in a sure context (otherwise it counts only when another sentence makes it sure)."""

    name: str
    kind: str
    surface: str
    sure: bool


def shaped_places(
    text: str, runs: list[re.Match[str]], lower_words: Collection[str] = (), words: set[str] | None = None
) -> list[Candidate]:
    """Every shaped place of one sentence, in a fixed order (deterministic); ``lower_words`` are the
    words the article writes in lower case, which a bare preposition does not make places; ``words``
    are the sentence's own (:func:`words_of`), when the caller has them."""
    out: list[Candidate] = []
    for names, candidates in shaped_groups(text, runs, words):
        if names is None or proper_names(names, lower_words):
            out += candidates
    return out


#: Shaped places in order: each group with the names that must look like a place's in the article (a route's,
#: a bare preposition's: :func:`proper_names`), or None when the shape alone names places.
Groups = list[tuple[tuple[str, ...] | None, list[Candidate]]]


def shaped_groups(text: str, runs: list[re.Match[str]], words: set[str] | None = None) -> Groups:
    """:func:`shaped_places` before the article's lower-case words are consulted: what the sentence alone
    says, the same wherever it is copied (groups without a place left out).

    Most sentences name no place by its shape, so the shapes are gated here, before any is called: the
    words that the head shapes need (:data:`_SHAPE_WORDS`), a dateline's opening capitals, a zone's head.
    """
    if words is None:
        words = words_of(text)
    out = _headed(text, runs)
    if not words.isdisjoint(_SHAPE_WORDS):
        out += _opened(text) if not words.isdisjoint(_OPENER_WORDS) else []
        out += _after_heads(text, words)
        out += _plurals(text) if not words.isdisjoint(_PLURAL_WORDS) and not words.isdisjoint(_AND_OR) else []
        out += _parts_and_led(text, words)
    if text[:2].isupper() or "Autonomous" in text:
        out += _datelines_and_autonomies(text)
    groups: Groups = [(None, out)] if out else []
    groups += _routes_and_prepositions(text, words)
    tail = _zones(text) if _may_name_zone(text) else []
    tail += _capitals(text) if "capital" in text or "City of" in text else []
    if tail:
        groups.append((None, tail))
    return groups


def proper_names(names: tuple[str, ...], lower_words: Collection[str]) -> bool:
    """Whether every name of a route or preposition's group looks like a place's (one odd name, "in Science
    and Nature", spoils all)."""
    return all(n and _proper(n, lower_words) for n in names)


_TRAILING_POSSESSIVE = patterns.compile(r"['’]s?$")


def _headed(text: str, runs: list[re.Match[str]]) -> list[Candidate]:
    """ "the Al Rimal Palace", "at the Trade and Congress Centre", "the A and B Banks"."""
    out: list[Candidate] = []
    for m in runs:
        shape = _head_shape(m.group())
        if shape is None:
            continue
        words, head = shape
        before = text[: m.start()]
        if head is None:
            out += _plural_heads(words, before)
            continue
        name = " ".join(words)
        if before.endswith(("al-", "el-", "Al-", "El-")):
            name = before[-3:] + name
        joined = re.search(rf"\bthe\s+(?P<first>{WORD})\s+and\s+$", before)
        if joined and words[-1] == head:
            name = f"{joined.group('first')} and {name}"
        sure = head in VENUES or bool(_LOCATIVE.search(before[: joined.start("first")] if joined else before))
        out.append(Candidate(name, "region" if head in _FEATURE_HEADS else "landmark", name, sure))
    return out


@per_run()
def _head_shape(run: str) -> tuple[tuple[str, ...], str | None] | None:
    """A run's words (opener and possessive dropped) and the head that makes it a landmark or region, None
    for a plural head ("Banks"); None for no head: a run recurs, its words are read once."""
    words = _TRAILING_POSSESSIVE.sub("", run).split()
    while words and words[0] in _OPENERS_OF_SENTENCE:
        words = words[1:]
    if len(words) < 2:
        return None  # one word (a possessive's "'s" dropped or not): no head and a name
    if words[-1] in PLURALS:
        return tuple(words), None
    head = next((w for i, w in enumerate(words) if w in HEADS and (i or words[1] == "of")), None)
    if head is None or (words[-1] != head and words[words.index(head) + 1 : words.index(head) + 2] != ["of"]):
        return None  # a head ends the name, or opens "X of Y" ("Palace of Nations", "Marine Pavilion of ...")
    if head in _BODY_HEADS and (INSTITUTIONAL & set(words) or any(w.isupper() for w in words)):
        return None  # "the World Bank", "the ECOWAS Bank": bodies
    return tuple(words), head


def _plural_heads(words: tuple[str, ...], before: str) -> list[Candidate]:
    """ "the Kerbenko and Pivdenny Banks": each name with the singular head."""
    head = words[-1][:-2] if words[-1].endswith("es") and words[-1][:-2] + "is" == words[-1] else words[-1][:-1]
    head = "Oasis" if words[-1] == "Oases" else head
    firsts = re.search(rf"\bthe\s+(?P<first>{NAME}(?:\s*,\s*{NAME})*)\s*,?\s+(?:and|or)\s+$", before)
    if firsts is None:
        return []
    names = [n for n in _LIST_SPLIT.split(firsts.group("first")) if n] + [" ".join(words[:-1])]
    return [Candidate(f"{n} {head}", "region", f"{n} {head}", True) for n in names]


def _opened(text: str) -> list[Candidate]:
    """ "Qasr al-Rimal", "Casa Rosada": an opener of another language before the name; a brand before
    the opener is part of the name ("the Movenpick Hotel Yerevan", not "Hotel Yerevan")."""
    out = []
    for m in _OPENED.finditer(text):
        brand = _BRAND.search(text, 0, m.start())
        name = m.group("name")
        if (
            brand
            and not lexicon.entry_mentions(brand.group("brand"))
            and brand.group("brand") not in _OPENERS_OF_SENTENCE
        ):
            name = f"{brand.group('brand')} {name}"
        out.append(Candidate(name, "landmark", name, True))
    return out


#: A capitalised word right before an opener ("Movenpick Hotel ..."), with "the" or a locative before it.
_BRAND = patterns.compile(rf"(?:\b(?:the|at|in)\s+)(?P<brand>{WORD})\s+$")


def _after_heads(text: str, words: set[str]) -> list[Candidate]:
    """ "the Marwahin crossing" (Marwahin, written "Marwahin crossing"); "the crossing at Adi Keyih"."""
    out: list[Candidate] = []
    for m in _AFTER.finditer(text) if not words.isdisjoint(_AFTER_WORDS) else ():
        kind = "landmark" if m.group("head") in _AFTER_LANDMARK else "region"
        parts = re.split(r"[–—]", m.group("name"))  # "the Mong Cai–Dongxing border crossing": two towns
        for part in parts:
            name = _bare(part)
            surface = text[m.start("name") : m.end("head")] if len(parts) == 1 else name
            if name:
                out.append(Candidate(name, kind if len(parts) == 1 else "place", surface, True))
    the = not words.isdisjoint(_THE)
    before = the and not words.isdisjoint(_BEFORE_WORDS) and ("of" in words or "at" in words)
    before_at = the and "at" in words and not words.isdisjoint(_BEFORE_AT_WORDS)
    for m in [*(_BEFORE.finditer(text) if before else ()), *(_BEFORE_AT.finditer(text) if before_at else ())]:
        name = _bare(m.group("name"))
        kind = "city" if m.group("head") in ("town", "village", "city") else "landmark"
        if name:
            out.append(Candidate(name, kind, name, True))
    return out


def _datelines_and_autonomies(text: str) -> list[Candidate]:
    """ "SOMEWHERE IN LANAO DEL SUR — ..." (Lanao del Sur); "the Nakhchivan Autonomous Republic"."""
    out: list[Candidate] = []
    filed = dateline(text)
    if filed is not None:
        name, upper = filed
        out.append(Candidate(name, "place", upper, True))
    for m in _AUTONOMOUS.finditer(text) if "Autonomous" in text else ():
        name = _bare(m.group("name"))
        if name:
            out.append(Candidate(name, "province", f"{name} Autonomous {m.group('type')}", True))
    return out


def _parts_and_led(text: str, words: set[str]) -> list[Candidate]:
    """ "on the Upper Nile" (not "the Upper House"); "the river Vakhsh"."""
    out = [
        Candidate(m.group("name"), "region", m.group("name"), True)
        for m in (_PART.finditer(text) if not words.isdisjoint(_PART_WORDS) else ())
        if m.group("name").split()[-1] not in HEADS
    ]
    for m in _LED.finditer(text) if "the" in words and not words.isdisjoint(_LED_WORDS) else ():
        name = _bare(m.group("name"))
        if name:
            out.append(Candidate(name, "region", f"{m.group('head')} {name}", True))
    return out


def _plurals(text: str) -> list[Candidate]:
    """ "the Welkait and Humera districts", "the states of Durango and Zacatecas"."""
    out: list[Candidate] = []
    for rx in (_PLURAL_AFTER, _PLURAL_OF):
        for m in rx.finditer(text):
            kind = _ADMIN_PLURALS[m.group("type")]
            single = _SINGULAR.get(m.group("type"), m.group("type")[:-1])
            for part in _LIST_SPLIT.split(m.group("list")):
                name = _bare(part)
                if name:
                    surface = f"{name} {single}" if rx is _PLURAL_AFTER and kind == "province" else name
                    out.append(Candidate(name, kind, surface, True))
    return out


def _routes_and_prepositions(text: str, words: set[str]) -> Groups:
    """ "from Debre Tabor through Mai Hanse to Adi Remets"; "near Adi Remets", "the hills around Kfar Rumman"."""
    groups: list[list[str]] = []
    if "from" in words and "to" in words:
        groups += [[m.group(g) for g in ("a", "b", "c") if m.group(g)] for m in _ROUTE.finditer(text)]
    if not words.isdisjoint(_PLACE_ONLY_WORDS):
        groups += [[m.group("name")] for m in _PLACE_ONLY.finditer(text)]
    if ("in" in words or "of" in words) and (not words.isdisjoint(_EVENT_IN_WORDS) or _dwellers(text)):
        groups += [[m.group("name")] for m in _WHERE_ONE.finditer(text)]
    if " and " in text:
        groups += [_LIST_SPLIT.split(m.group("list")) for m in _IN_PAIR.finditer(text) if not _one_province(m, text)]
    out: Groups = []
    for group in groups:
        names = tuple(_bare(n) for n in group)
        out.append((names, [Candidate(n, "place", n, True) for n in names]))
    return out


def _one_province(m: re.Match[str], text: str) -> bool:
    """ "in Bolnisi and Dmanisi province": a singular head after the pair makes it one name."""
    return m.group("list").split()[-1] in _ADMIN_HEADS or bool(_ADMIN_AFTER.match(text, m.end()))


def _proper(name: str, lower_words: Collection[str]) -> bool:
    """Whether a name that only a preposition speaks for looks like a place's: not a letter ("the G
    key"), an acronym ("CBP facilities"), a generic capitalised word ("Street's"), a numbered thing
    ("Order 66"), a compound adjective ("Non-scary") or a word the article writes in lower case."""
    words = name.split()
    if len(name) < 3 or any(ch.isdigit() for ch in name) or any(len(w) > 1 and w.isupper() for w in words):
        return False
    if re.search(r"-[a-z]+$", name) or any(w.lower() in lower_words for w in words):
        return False
    return not (len(words) == 1 and words[0] in NON_PERSON_WORDS)


def _zones(text: str) -> list[Candidate]:
    """ "a 15-kilometre buffer zone", "a demilitarised strip along the river"."""
    out: list[Candidate] = []
    for m in _ZONE.finditer(text):
        surface = m.group("zone")
        if surface[0].isupper() and not text[: m.start()].rstrip().endswith(("the", "The")):
            continue  # "Security Zone Command": part of a capitalised name
        measured = bool(_MEASURE_BEFORE.search(text[: m.start()]) or _MEASURE_AFTER.match(text, m.end()))
        folded = re.sub(r"\s+", " ", surface.lower())
        out.append(Candidate(_ZONE_NAMES.get(folded, folded), "zone", surface, measured))
    return out


def _capitals(text: str) -> list[Candidate]:
    """ "the Tunisian capital Tounes" is Tunis; "the City of Panama" is Panama City."""
    out: list[Candidate] = []
    for m in _CAPITAL.finditer(text) if "capital" in text else ():
        entry = lexicon.lookup(m.group("owner"))
        capitals = lexicon.forms_of(entry.country).get("capital", []) if entry and entry.country else []
        if capitals and m.group("name") not in capitals and m.end() < len(text):  # "capital Kamp": a cut page
            out.append(Candidate(capitals[0], "city", m.group("name"), True))
    for m in _CITY_OF.finditer(text) if "City of" in text else ():
        city = f"{m.group('name')} City"
        if lexicon.is_place_name(city):
            out.append(Candidate(city, "city", m.group(0), True))
    return out


_OPENERS_OF_SENTENCE = frozenset(
    "The A An In On At For From To By Since While After Before During As Yet But And Despite Over Under With "
    "This That These Those Both According Across Inside Outside Near Meanwhile However Earlier Later When".split()
)


def _bare(name: str) -> str:
    """The name without a sentence's opening word or an owner ("The Gdynia" -> "Gdynia",
    "China's Inner Mongolia" -> "Inner Mongolia")."""
    name = re.split(r"['’]s\s+", name)[-1]
    words = re.sub(r"['’]s?$", "", name).split()
    while words and words[0] in _OPENERS_OF_SENTENCE:
        words = words[1:]
    return " ".join(words)


def core_words(name: str) -> list[str]:
    """A landmark's own words, heads, openers, connectors and Arabic articles dropped:
    "Qasr al-Rimal" and "Al Rimal Palace" -> ["rimal"]."""
    out = []
    for word in re.split(r"[\s]+", name):
        word = _ARTICLE.sub("", word)
        if word in HEADS or word in OPENERS or word.lower() in {"of", "the", "al", "el", "and", "de"}:
            continue
        if word.lower() in _AFTER_LANDMARK or word.lower() in _AFTER_REGION or word in ("Sarayı", "Saray"):
            continue
        out.append(word.casefold())
    return out
