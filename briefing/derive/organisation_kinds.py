"""What kind of body an organisation is, once found: which body is the armed side, which is a
state's own ruling organ.

News English names a non-state side once in full and then in short: "the Ranaw Unity Coalition
(RUC)", later "the Ranaw coalition", "the coalition", "the rebels", "the guerrilla", "the group".
When the sources introduce exactly one armed body, those common nouns can only mean it. A military
council or junta that rules a state ("the ruling Military Council for Refoundation (CMR)") is not a
side of its own: it is that state's government, and its people and demands are the state's.
"""

from __future__ import annotations

import re
from collections import Counter

from briefing import patterns
from briefing.derive import lexicon
from briefing.derive.whole_spellings import WholeSpellings
from briefing.model import Source

#: Common nouns for an armed or insurgent body: any of them, once one such body is named, is it.
ARMED_NOUNS = frozenset(
    "rebels rebel guerrilla guerrillas insurgents insurgency militants group movement coalition front militia "
    "alliance".split()
)
#: Nouns in an organisation's own nouns or name that make it an armed (non-state) body.
_ARMED_KIND = frozenset(
    "rebels rebel guerrilla guerrillas insurgents insurgency militants militia front movement coalition "
    "alliance army paramilitaries faction".split()
)
#: Descriptions beside an organisation's name in the text: "FUC-EP rebels", "the rebel RUC".
_AFTER_NAME = r"\s+(?P<after>rebels|guerrillas?|insurgents|militants|fighters|militia|coalition|movement)\b"
_BEFORE_NAME = r"\b(?P<before>rebel|guerrilla|insurgent|militant|armed)\s+(?:group\s+|movement\s+|coalition\s+)?"
#: Words that make an organisation a ruling organ: "the ruling Military Council", "the junta, the X".
_RULING_BEFORE = patterns.compile(r"\b(?:ruling|governing|junta['’]?s?|military\s+government)\s+(?:\w+\s+){0,2}$", re.I)
_RULING_NAME = patterns.compile(r"\bMilitary\s+(?:Council|Committee|Junta|Government)\b|\bJunta\b")


def described_nouns(sources: list[Source], surfaces: dict[str, str]) -> dict[str, set[str]]:
    """Nouns the text puts beside each organisation's name ("FUC-EP rebels", "the rebel RUC"), by name."""
    out: dict[str, set[str]] = {}
    if not surfaces:
        return out
    alternatives = "|".join(re.escape(s) for s in sorted(surfaces, key=len, reverse=True))
    rx = re.compile(rf"(?:{_BEFORE_NAME})?(?<![\w-])(?P<name>{alternatives})(?![\w-])(?:{_AFTER_NAME})?")
    names = list(surfaces)
    for text in dict.fromkeys(sent.text for src in sources for sent in src.sentences):  # a copy adds nothing
        if not any(name in text for name in names):
            continue  # a match holds a name: the pattern, slow to run, is run where one is written
        for m in rx.finditer(text):
            found = {w.lower() for w in (m.group("before"), m.group("after")) if w}
            if found:
                out.setdefault(surfaces[m.group("name")], set()).update(found)
    return out


def is_armed(name: str, nouns: set[str]) -> bool:
    """An armed or insurgent body: its name or the nouns it is called by say so."""
    words = {w.lower() for w in name.split()}
    return bool((words | nouns) & _ARMED_KIND)


def ruling_state(sources: list[Source], name: str, aliases: list[str]) -> str | None:
    """The state a ruling organ governs, or None when the organisation is no ruling organ.

    It rules when its name says so ("Military Council") or the text calls it ruling; the state is the
    one named most often in the sentences that name it (a tie gives none)."""
    surfaces = [name, *aliases]
    spellings = [re.compile(rf"(?<![\w-]){re.escape(s)}(?![\w-])") for s in surfaces]  # built once, not per sentence
    votes: Counter[str] = Counter()
    ruling = bool(_RULING_NAME.search(name))
    # Each distinct text once, in the order first written, its votes counted once for each copy.
    for text, copies in Counter(sent.text for src in sources for sent in src.body).items():
        if not any(s in text for s in surfaces):
            continue  # no spelling written: no start
        starts = [m.start() for rx in spellings for m in rx.finditer(text)]
        if not starts:
            continue
        ruling = ruling or any(_RULING_BEFORE.search(text[max(0, i - 40) : i]) for i in starts)
        for _, _, entry in lexicon.entry_mentions(text):
            if entry.country:
                votes[entry.country] += copies
    top = votes.most_common(2)
    if not ruling or not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


#: A bloc of states: "Economic Community of West African States", "African Union" ("the bloc's mission").
_BLOC_NAME = patterns.compile(r"\b(?:States|Nations|Countries)\b|\b(?:Community|Union)\b")
#: The nouns a ruling organ and a bloc of states are called by once named.
ORGAN_NOUNS = frozenset({"junta", "council"})
BLOC_NOUNS = frozenset({"bloc"})


def kind_nouns(name: str, state: str | None) -> frozenset[str]:
    """Nouns by kind: "the junta" for a ruling organ, "the bloc" for a union of states."""
    if state:
        return ORGAN_NOUNS
    if _BLOC_NAME.search(name) and not is_armed(name, set()) and name not in _NOT_BLOCS:
        return BLOC_NOUNS
    return frozenset()


#: What follows a body's short name when the text uses it as an actor: "the Polisario team", "X's".
_ACTOR_AFTER = (
    r"(?:['’]s\b|\s+(?:delegation|team|negotiators|side|panel|camp|mission|rebels|fighters|leaders?|"
    r"said|says|wants|demands|refused|rejected)\b)"
)


def short_aliases(sources: list[Source], names: dict[str, list[str]], lowercase: frozenset[str]) -> None:
    """The first word of a longer name, used alone as an actor ("the Polisario team" for the Polisario
    Front), is an alias of that name: when no other name opens with it, it is no common word (never
    written in lower case), no state, and the text does use it so."""
    firsts: dict[str, list[str]] = {}
    for name in names:
        words = name.split()
        if len(words) >= 2 and len(words[0]) >= 4 and not words[0].isupper():
            firsts.setdefault(words[0], []).append(name)
    body = list(dict.fromkeys(sent.text for src in sources for sent in src.body))  # a copy says nothing new
    for word, owners in firsts.items():
        if len(owners) != 1 or word.lower() in lowercase or lexicon.country_for(word) or word in names[owners[0]]:
            continue
        used = re.compile(rf"(?<![\w-]){re.escape(word)}{_ACTOR_AFTER}")
        if any(word in text and used.search(text) for text in body):
            names[owners[0]].append(word)


#: A state's military rulers named by a common noun: "Guinea's junta", "the Malian junta", "Niger's
#: military government".
_JUNTA = patterns.compile(
    r"\b(?P<state>[A-Z][\w’'-]+)(?:['’]s)?\s+(?:ruling\s+)?(?:junta|military\s+(?:government|rulers|regime|authorities))\b"
)


def junta_of(sources: list[Source]) -> tuple[str, str] | None:
    """(state, phrase as written) where the sources call one state's rulers "the junta" and name no
    council: "the junta" is then that state. None when no state, or more than one, is called so."""
    votes: Counter[str] = Counter()
    phrase: dict[str, str] = {}
    for src in sources:
        for sent in src.sentences:
            if "junta" not in sent.text and "military" not in sent.text:
                continue  # the pattern's nouns: none, no match
            for m in _JUNTA.finditer(sent.text):
                state = lexicon.country_for(m.group("state"))
                if state:
                    votes[state] += 1
                    phrase.setdefault(state, m.group())
    if len(votes) != 1:
        return None
    state = next(iter(votes))
    return state, phrase[state]


#: Intergovernmental bodies that chair and observe talks everywhere, known by name (general knowledge,
#: like the state table): their names and abbreviations.
KNOWN_BODIES = {
    "United Nations": ("UN", "U.N."),
    "African Union": ("AU",),
    "Economic Community of West African States": ("ECOWAS",),
    "Intergovernmental Authority on Development": ("IGAD",),
    "Southern African Development Community": ("SADC",),
    "East African Community": ("EAC",),
    "Arab League": ("League of Arab States",),
    "Organisation of Islamic Cooperation": ("OIC", "Organization of Islamic Cooperation"),
    "Association of Southeast Asian Nations": ("ASEAN",),
    "Organization of American States": ("OAS",),
    "Organization for Security and Co-operation in Europe": (
        "OSCE",
        "Organisation for Security and Co-operation in Europe",
    ),
    "International Committee of the Red Cross": ("ICRC",),
    "International Atomic Energy Agency": ("IAEA",),
}
#: Known bodies that are no bloc of states ("the bloc" is never the UN).
_NOT_BLOCS = frozenset(
    {"United Nations", "International Committee of the Red Cross", "International Atomic Energy Agency"}
)


def known_bodies(sources: list[Source]) -> dict[str, list[str]]:
    """The known bodies the body text names, with the spellings it uses."""
    out: dict[str, list[str]] = {}
    # One text of every body sentence, a line each: no spelling holds a line break, so no match spans
    # two sentences, and a line break passes the look-arounds as a sentence's edge does. Each body is
    # then one scan (13 scans of every sentence took most of finding organisations), which leaps from
    # one place a spelling is written to the next (:mod:`briefing.derive.whole_spellings`).
    body = "\n".join(dict.fromkeys(sent.text for src in sources for sent in src.body))  # a copy adds no spelling
    for name, short in KNOWN_BODIES.items():
        used = {m.group() for m in WholeSpellings((name, *short), r"[\w.-]").finditer(body)}
        if used:
            out[name] = sorted(used - {name})
    return out
