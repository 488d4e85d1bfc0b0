"""Organisations that may sit at the table: armed movements, fronts, UN agencies, banks.

States come from the lexicon; organisations vary with every negotiation, so
they are found in the text, from the ways news English introduces them:

* a name and its acronym in brackets, "the rebel Dembel Liberation
  Movement (DLM)" (the acronym spells the initials of the name, or the name
  ends in an organisation word);
* a single name beside an organisation noun: "the Harbaq movement",
  "the Yemeni armed movement Harbaq", "Harbaq organization".

A name led by a demonym ("the Sudanese Armed Forces") is that state's own
organ, not a party of its own. Each organisation keeps the generic nouns
it is called by ("movement", "group", "militia", "rebels") so that "the
movement's spokesman" can be read as its spokesman.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from briefing import patterns
from briefing.derive import lexicon
from briefing.derive.blocs import bloc_aliases, find_blocs
from briefing.derive.lexicon import UPPER, word_list
from briefing.derive.memo import sources_key
from briefing.derive.mentions import lowercase_vocabulary
from briefing.derive.organisation_kinds import (
    ARMED_NOUNS,
    described_nouns,
    is_armed,
    junta_of,
    kind_nouns,
    known_bodies,
    ruling_state,
    short_aliases,
)
from briefing.derive.quick_re import quick_compile
from briefing.model import Source

#: Generic nouns by which an organisation is called once named.
GENERIC_NOUNS = frozenset(
    """movement group organization organisation militia faction front party alliance coalition command
    rebels insurgents insurgency guerrillas guerrilla paramilitaries agency bank fund programme""".split()
)
#: Nouns that say a name is an armed or political body: "the Harbaq movement", "movement Harbaq".
_BODY_NOUNS = r"movement|organization|organisation|militia|faction|group|front|alliance|coalition|rebels"
_CONNECTORS = frozenset(
    {"of", "and", "for", "the", "del", "de", "la", "des", "du", "el", "al", "do", "da", "dos", "das"}
)
#: A capitalised word; two joined by a dash are one ("Campesino–Ejército").
_CAP = rf"[{UPPER}][\w’'-]*(?:–[{UPPER}][\w’'-]*)*"
#: An acronym, perhaps in two parts: "DLM", "FUC-EP".
_ACRONYM = rf"[{UPPER}]{{2,6}}(?:[-–][{UPPER}]{{1,5}})?"
#: A capitalised name (connectors inside) followed by an acronym in brackets.
_WITH_ACRONYM = patterns.compile(
    rf"(?P<name>{_CAP}(?:\s+(?:(?:of|and|for|the|del|de|la|des|du|do|da|dos|das)\s+)*{_CAP})*)\s*\((?P<acr>{_ACRONYM})\)"
    r"(?P<after>(?:\s+[a-z]+){0,3})"
)
#: Describing words of an armed body and the nouns they are called by ("the rebels", "the guerrillas").
_DESCRIPTORS = {
    "rebel": "rebels rebel group",
    "armed": "group",
    "paramilitary": "paramilitaries group",
    "militant": "militants group",
    "insurgent": "insurgents insurgency group",
    "guerrilla": "guerrillas guerrilla insurgency group",
}
#: Last words of documents and events, which have acronyms too but never sit at a table.
_NOT_BODIES = frozenset(
    "Agreement Accord Accords Treaty Plan Initiative Arrangement Act Declaration Protocol Convention Charter "
    "Framework Memorandum Summit Conference Talks Process Programme Program Zone Corridor".split()
)
#: An acronym acting as a side: "the APF delegation", "APF negotiators" (when nothing spells it out).
_ACRONYM_ACTOR = patterns.compile(
    rf"(?<![\w-])(?P<acr>{_ACRONYM})(?:['’]s)?\s+(?:delegation|negotiators|negotiating\s+team|team|panel|fighters|side)\b"
)
#: What :data:`_ACRONYM_ACTOR` needs after the acronym, as plain text ("negotiating team" holds "team").
_ACTOR_NOUN = patterns.compile("delegation|negotiators|team|panel|fighters|side")
_BODY_WORD = quick_compile(rf"\b(?:{_BODY_NOUNS})\b")
#: The body nouns as plain text: a search for them leaps along the text, where the word pattern
#: tests a boundary at every position; only a sentence holding one is searched for the word.
_BODY_TEXT = patterns.compile(_BODY_NOUNS)
_SINGLE_BEFORE = quick_compile(rf"\bthe\s+(?P<name>{_CAP})\s+(?P<noun>{_BODY_NOUNS})\b")
_SINGLE_AFTER = quick_compile(rf"\b(?P<noun>{_BODY_NOUNS})\s+(?P<name>{_CAP})\b(?!\s+[{UPPER}])")
_SINGLE_NAMED = patterns.compile(rf"\b(?P<name>{_CAP})\s+(?P<noun>movement|organization|organisation|militia)\b")
#: Adjectives an organisation is described by ("the rebel Dembel ...", "the paramilitary ...").
_DESCRIBED = patterns.compile(r"\b(rebel|armed|paramilitary|militant|insurgent|guerrilla)\s+$", re.IGNORECASE)
_DESCRIBING = patterns.compile(r"\b(rebel|armed|paramilitary|militant|insurgent|guerrilla)\b", re.IGNORECASE)
_ORGANISATION_WORDS = word_list("organisation_words")
_ARMED = frozenset("movement militia faction front rebels guerrillas insurgency command paramilitaries".split())


@dataclass(frozen=True, slots=True)
class Organisation:
    """A named organisation: its name, other surface forms, and the generic nouns it is called by."""

    name: str
    aliases: tuple[str, ...]
    nouns: frozenset[str]
    state: str | None = None  # a ruling organ ("the ruling Military Council") stands for this state


_MEMO: dict[tuple[tuple[str, int], ...], list[Organisation]] = {}


def find_organisations(sources: list[Source]) -> list[Organisation]:
    """The organisations named in the body sentences, in order of first mention (kept per sources)."""
    key = sources_key(sources)
    if key not in _MEMO:
        _MEMO.clear()
        _MEMO[key] = _find(sources)
    return _MEMO[key]


def organisation_surfaces(sources: list[Source]) -> set[str]:
    """Every surface form of the organisations found: none of them is a person."""
    return {s for org in find_organisations(sources) for s in (org.name, *org.aliases)}


def _fold_short_names(names: dict[str, list[str]], nouns: dict[str, set[str]]) -> None:
    """ "The Ranaw coalition" is the "Ranaw Unity Coalition (RUC)": a one-word name called by a noun
    that the one longer name it opens ends in is that organisation, its "X coalition" an alias."""
    for short in [n for n in names if " " not in n and nouns.get(n)]:
        longer = [n for n in names if n.split()[0] == short and " " in n and n.split()[-1].lower() in nouns[short]]
        if len(longer) == 1:
            for noun in sorted(nouns[short]):
                alias = f"{short} {noun}"
                if noun == longer[0].split()[-1].lower() and alias not in names[longer[0]]:
                    names[longer[0]].append(alias)
            names[longer[0]].extend(a for a in names.pop(short) if a not in names[longer[0]])
            nouns.pop(short, None)


def _find(sources: list[Source]) -> list[Organisation]:
    names: dict[str, list[str]] = {}
    nouns: dict[str, set[str]] = {}
    # Each distinct text once, in the order first written: reading a copy again adds nothing.
    for text in dict.fromkeys(sent.text for src in sources for sent in src.sentences):  # headlines too:
        for name, alias, noun in _sentence_organisations(text):  # "Georgia and the Abkhaz People's Front (APF)"
            names.setdefault(name, [])
            if alias and alias not in names[name]:
                names[name].append(alias)
            nouns.setdefault(name, set()).update(noun.split())
    known = {a for aliases in names.values() for a in aliases}
    for text in dict.fromkeys(sent.text for src in sources for sent in src.body):
        if not _ACTOR_NOUN.search(text):
            continue  # the pattern needs one of its nouns after the acronym
        for m in _ACRONYM_ACTOR.finditer(text):
            acronym = m.group("acr")
            if acronym not in known and acronym not in names and not lexicon.country_for(acronym):
                names[acronym] = []
                nouns[acronym] = set()
    blocs = find_blocs(sources)
    other_names = bloc_aliases(sources, blocs)
    for bloc in blocs:
        names.setdefault(bloc, []).extend(a for a in other_names.get(bloc, []) if a not in names[bloc])
        nouns.setdefault(bloc, set())
    for body, spellings in known_bodies(sources).items():
        names.setdefault(body, []).extend(s for s in spellings if s not in names.get(body, []))
        nouns.setdefault(body, set())
    _fold_short_names(names, nouns)
    short_aliases(sources, names, lowercase_vocabulary(sources))
    surfaces = {s: name for name, aliases in names.items() for s in (name, *aliases)}
    for name, described in described_nouns(sources, surfaces).items():
        nouns[name] |= described
    orgs: list[Organisation] = []
    for name, aliases in names.items():
        words = name.lower().split()
        found = {w for w in words if w in GENERIC_NOUNS} | {n for n in nouns[name] if n in GENERIC_NOUNS}
        if found & _ARMED:
            found.add("group")  # "the group" is what news English calls any of these once named
        state = ruling_state(sources, name, aliases)
        found |= kind_nouns(name, state)
        orgs.append(Organisation(name, tuple(aliases), frozenset(found), state))
    junta = junta_of(sources)
    if junta and not any(o.state for o in orgs):  # "Guinea's junta" and later "the junta": Guinea
        orgs.append(Organisation(junta[1], (), frozenset({"junta"}), junta[0]))
    return _one_armed_side(orgs, nouns)


def _one_armed_side(orgs: list[Organisation], nouns: dict[str, set[str]]) -> list[Organisation]:
    """Where the sources name exactly one armed body, every common noun for one ("the guerrilla",
    "the rebels", "the coalition", "the group") is it, unless another organisation goes by that noun."""
    armed = [o for o in orgs if o.state is None and is_armed(o.name, set(nouns[o.name]) | set(o.nouns))]
    if len(armed) != 1:
        return orgs
    taken = {n for o in orgs if o is not armed[0] for n in o.nouns}
    extra = frozenset(ARMED_NOUNS - taken)
    return [dataclasses.replace(o, nouns=o.nouns | extra) if o is armed[0] else o for o in orgs]


def _sentence_organisations(text: str) -> list[tuple[str, str, str]]:
    """(name, alias, generic nouns) for each organisation introduced in one sentence."""
    out: list[tuple[str, str, str]] = []
    for m in _WITH_ACRONYM.finditer(text) if "(" in text else ():
        name = _acronym_name(m.group("name"), m.group("acr"))
        if name:
            out.append((name, m.group("acr"), _nouns(text[: m.start("name")], m.group("after"))))
    if not _BODY_TEXT.search(text) or not _BODY_WORD.search(text):
        return out
    for rx in (_SINGLE_BEFORE, _SINGLE_AFTER, _SINGLE_NAMED):
        for m in rx.finditer(text):
            name = m.group("name")
            if _is_single_name(name, text, m.start("name")):
                out.append((name, "", m.group("noun").lower()))
    return out


def _nouns(before: str, after: str) -> str:
    """The generic nouns a description gives: "the rebel X (DLM)" -> rebels; "(FPC) guerrilla group" -> group."""
    words = [w.lower() for w in after.split()]
    described = _DESCRIBED.search(before)
    kinds = [described.group(1).lower()] if described else []
    kinds += [m.group(1).lower() for m in _DESCRIBING.finditer(after)]
    extra = [n for k in kinds for n in _DESCRIPTORS[k].split()]
    return " ".join([*(w for w in words if w in GENERIC_NOUNS), *extra])


def _acronym_name(run: str, acronym: str) -> str | None:
    """The part of ``run`` that the acronym stands for: its initials, or a name ending in an organisation word."""
    words = run.split()
    caps = [i for i, w in enumerate(words) if w.lower() not in _CONNECTORS]
    plain = re.sub(r"[-–]", "", acronym)
    for start in caps:
        for end in reversed(caps):
            if end < start:
                break
            if plain in _initials([words[i] for i in caps if start <= i <= end]):
                return _clean(words[start : end + 1])
    if "and" in words:
        words = words[len(words) - words[::-1].index("and") :]  # "Malaysia and the UN Office (X)"
    caps = [i for i, w in enumerate(words) if w.lower() not in _CONNECTORS]
    org_ends = [i for i in caps if words[i] in _ORGANISATION_WORDS]
    if org_ends and len(caps) >= 2:
        end = org_ends[-1]
        if end + 2 < len(words) and words[end + 1] == "for":
            end = caps[-1]  # "Military Council for Refoundation (CMR)": the council's purpose is its name
        return _clean(words[caps[0] : end + 1])
    return None


def _initials(words: list[str]) -> set[str]:
    """The ways the words spell an acronym: each word's first letter (an all-caps word whole), and each
    part of a dashed word on its own ("Campesino–Ejército" gives CE, as "FUC-EP" spells)."""

    def first(word: str) -> str:
        return word if word.isupper() else word[0]

    whole = "".join(first(w) for w in words).upper()
    parts = "".join(first(p) for w in words for p in re.split(r"[-–]", w) if p).upper()
    return {whole, parts}


def _clean(words: list[str]) -> str | None:
    """The name without a leading demonym or state ("Mexican Automotive ..." stays: a body, not the state)."""
    while words and words[0].lower() in _CONNECTORS:
        words = words[1:]
    if not words or (len(words) == 1 and lexicon.country_for(words[0])) or words[-1] in _NOT_BODIES:
        return None
    if lexicon.country_for(words[0]) and any(w in ("Armed", "Army", "Forces", "Force") for w in words[1:]):
        return None  # "Sudanese Armed Forces": the state's own army
    return " ".join(words)


def _is_single_name(name: str, text: str, start: int) -> bool:
    """A single capitalised word that can be an organisation's name: not a state, not a sentence opener."""
    if lexicon.country_for(name) or name in _ORGANISATION_WORDS or len(name) < 3:
        return False
    if name.isupper():
        return True
    return bool(text[:start].strip())
