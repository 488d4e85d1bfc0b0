"""Groups of states that act as one side: "the E3 (France, Germany and Britain)", "the Troika — the
United States, Britain and Norway —".

News English introduces such a bloc once by its name and the states in it, then lets each member's
officials speak ("Germany's political director ..."); at the table they sit in one delegation. A
bloc is found from that introduction alone (a short capitalised name, then two or more states of
the lexicon in brackets or between dashes), so no list of blocs is needed and one named otherwise
in another negotiation is found the same way.

Once introduced, outlets call a bloc by what its members have in common rather than by its name:
"the three European powers", "the European trio", "the two Nordic states", or by the region alone,
"the Europeans", "European negotiators" (:func:`bloc_aliases`). A region's demonym is the bloc's
only where the sources introduce one bloc, all of its members lie in that region, and no sentence
sets the bloc beside the region's own union ("the E3 and the EU"); otherwise "European" is the
union, as the lexicon says. An aggregator that calls such a bloc "the EU" is read the same way.
"""

from __future__ import annotations

import re

from briefing import patterns
from briefing.derive import lexicon
from briefing.derive.lexicon import UPPER
from briefing.derive.memo import sources_key
from briefing.model import Source

#: A bloc's name, then its members between brackets or dashes.
_INTRODUCED = patterns.compile(
    rf"(?<![\w-])(?P<name>[{UPPER}][\w-]{{0,12}}(?:\s+[{UPPER}][\w-]*)?)\s*"
    r"(?:\((?P<paren>[^()]{5,120})\)|[—–]\s*(?P<dash>[^—–]{5,120}?)\s*[—–])"
)
_SPLIT = patterns.compile(r"\s*(?:,\s*and\s+|,\s*|\s+and\s+)")
_ARTICLE = patterns.compile(r"^(?:the\s+)", re.IGNORECASE)
_MEMO: dict[tuple[tuple[str, int], ...], dict[str, tuple[str, ...]]] = {}


def _states(names: str) -> frozenset[str]:
    return frozenset(n.replace("_", " ") for n in names.split())


_EUROPE = _states(
    """Albania Andorra Austria Belarus Belgium Bosnia_and_Herzegovina Bulgaria Croatia Cyprus Czech_Republic
    Denmark Estonia Finland France Germany Greece Hungary Iceland Ireland Italy Kosovo Latvia Liechtenstein
    Lithuania Luxembourg Malta Moldova Monaco Montenegro Netherlands North_Macedonia Norway Poland Portugal
    Romania San_Marino Serbia Slovakia Slovenia Spain Sweden Switzerland Ukraine United_Kingdom Vatican_City"""
)
#: Region adjectives news English groups states by -> the states of the region (general geography).
REGIONS: dict[str, frozenset[str]] = {
    "European": _EUROPE,
    "Western": _EUROPE | _states("United_States Canada Australia New_Zealand"),
    "Nordic": _states("Denmark Finland Iceland Norway Sweden"),
    "Scandinavian": _states("Denmark Norway Sweden"),
    "Baltic": _states("Estonia Latvia Lithuania"),
    "Gulf": _states("Bahrain Kuwait Oman Qatar Saudi_Arabia United_Arab_Emirates"),
}
#: The union a region's demonym names in the lexicon, and the union's short names.
_UNION_OF_REGION = {"European": "European Union"}
_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "duo": 2, "trio": 3, "troika": 3, "quartet": 4}
_REGION = "|".join(REGIONS)
#: "the three European powers", "the European trio", "the two Nordic states".
_COLLECTIVE = patterns.compile(
    rf"\b(?:(?P<num>two|three|four|five|six)\s+(?P<adj>{_REGION})\s+"
    r"(?:powers|states|countries|nations|capitals|governments|partners|allies)"
    rf"|(?P<adj2>{_REGION})\s+(?P<group>duo|trio|troika|quartet|three|four|five))\b"
)
#: The region adjectives as plain text: a sentence holding none is not scanned for :data:`_COLLECTIVE`.
_REGION_TEXT = patterns.compile(_REGION)


def find_blocs(sources: list[Source]) -> dict[str, tuple[str, ...]]:
    """Each bloc the sources introduce -> the states in it, in the order first given (kept per sources)."""
    key = sources_key(sources)
    if key not in _MEMO:
        out: dict[str, tuple[str, ...]] = {}
        for text in dict.fromkeys(sent.text for src in sources for sent in src.sentences):  # each text once
            for name, members in sentence_blocs(text):
                out.setdefault(name, members)
        _MEMO.clear()
        _MEMO[key] = out
    return _MEMO[key]


def sentence_blocs(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """(bloc, members) introduced in one sentence: every item of the list must be a state."""
    found: list[tuple[str, tuple[str, ...]]] = []
    if "(" not in text and "—" not in text and "–" not in text:
        return found  # the pattern needs a bracket or a dash: most sentences hold neither (and are not scanned)
    for m in _INTRODUCED.finditer(text):
        name = _ARTICLE.sub("", m.group("name"))
        if not name or lexicon.country_for(name) or name.lower() in ("the", "a"):
            continue
        items = [_ARTICLE.sub("", item.strip()) for item in _SPLIT.split(m.group("paren") or m.group("dash"))]
        states = [lexicon.country_for(item) for item in items if item]
        if len(states) >= 2 and all(states) and len(set(states)) == len(states):
            found.append((name, tuple(s for s in states if s)))
    return found


def member_bloc(blocs: dict[str, tuple[str, ...]], state: str | None) -> str | None:
    """The one bloc a state belongs to, or None."""
    owners = [name for name, members in blocs.items() if state in members]
    return owners[0] if len(owners) == 1 else None


def bloc_aliases(sources: list[Source], blocs: dict[str, tuple[str, ...]]) -> dict[str, list[str]]:
    """Other names the sources give each bloc: a count and its members' region ("the three European
    powers", "the European trio"); with one bloc only, the region's demonym and union's short names."""
    if not blocs:
        return {}
    out: dict[str, list[str]] = {name: [] for name in blocs}
    texts = [sent.text for src in sources for sent in src.sentences]
    for text in texts:
        if not _REGION_TEXT.search(text):
            continue  # every match holds a region's adjective: the plain search leaps to one
        for m in _COLLECTIVE.finditer(text):
            adj = m.group("adj") or m.group("adj2")
            count = _COUNT[(m.group("num") or m.group("group")).lower()]
            owners = [b for b, members in blocs.items() if len(members) == count and set(members) <= REGIONS[adj]]
            if len(owners) == 1 and m.group() not in out[owners[0]]:
                out[owners[0]].append(m.group())
    if len(blocs) == 1:
        name, members = next(iter(blocs.items()))
        for adj, union in _UNION_OF_REGION.items():
            if set(members) <= REGIONS[adj] and not _set_apart(texts, name, union):
                forms = lexicon.forms_of(union)
                out[name] += [s for s in (*forms.get("demonym", []), *forms.get("alias", [])) if s not in out[name]]
    return {name: aliases for name, aliases in out.items() if aliases}


def _set_apart(texts: list[str], bloc: str, union: str) -> bool:
    """A sentence names the bloc and the union by its names ("the E3 and the EU"): two actors."""
    names = [union, *lexicon.forms_of(union).get("alias", [])]
    word = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
    bloc_rx = re.compile(rf"(?<![\w-]){re.escape(bloc)}(?![\w-])")
    return any(bloc_rx.search(t) and word.search(t) for t in texts)
