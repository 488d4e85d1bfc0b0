"""A person's title as outlets give it, compared as a title: rank, office and portfolio.

"Minister for Fisheries", "Fisheries Minister" and "Minister for Fisheries
of the Ministry of Fisheries, Forestry and Water" are one title; "Vice
Minister of Fisheries" (another rank), "Minister of Foreign Relations"
(another portfolio) and "national security adviser" against "Foreign
Minister" (another office) are not. Titles are read from where the people
stage found them before or after a name; descriptions that are no office
("head of the delegation", "chief negotiator"), former posts and roles
naming someone else are left out. Offices of one kind ("envoy",
"ambassador") are one office.
"""

from __future__ import annotations

import re

from anyascii import anyascii

from briefing import patterns
from briefing.derive import lexicon
from briefing.derive.contradictions import Assertion, Found, contradictions
from briefing.derive.locator import PersonLocator
from briefing.model import Person, Source

#: Offices, each with the class it is compared as ("envoy" and "ambassador" are one office).
_OFFICES = {
    **dict.fromkeys("minister premier".split(), "minister"),
    **dict.fromkeys("secretary undersecretary".split(), "secretary"),
    **dict.fromkeys("adviser advisor aide counsellor counselor".split(), "adviser"),
    **dict.fromkeys("ambassador envoy emissary".split(), "envoy"),
    **dict.fromkeys("spokesman spokeswoman spokesperson".split(), "spokesperson"),
    **{
        w: w
        for w in (
            "president chancellor general director commander coordinator commissioner governor mayor senator judge "
            "admiral brigadier colonel major captain lieutenant marshal officer attorney-general attorney consul "
            "king prince emir sultan speaker"
        ).split()
    },
    **dict.fromkeys("head chief leader chairman chairwoman chair chairperson".split(), "head"),
}
#: Rank words: a vice-minister is not a minister.
_RANKS = {
    **{"vice": "vice", "deputy": "vice", "under": "under", "sub": "under", "assistant": "vice", "state": "state"},
    **{"firstdeputy": "first-vice", "firstvice": "first-vice"},
}
#: Descriptions of a seat at the table, not an office: never compared as titles.
_NOT_OFFICES = frozenset("negotiator negotiators delegate member representative mediator official diplomat".split())
#: What a "head" may be head of without holding an office ("head of the delegation", "team leader").
_SEATS = frozenset("delegation team side talks negotiations mission negotiating group".split())
_FORMER = patterns.compile(r"\b(?:former|ex|previous|outgoing|late|then|retired)\b", re.I)
#: Words of a title that say nothing about the office.
_FILLER = frozenset(
    "the of for and to on in at a an mr mrs ms dr his her its their affairs relations ministry ministerial "
    "office department country acting interim".split()
)
_ABBREVIATED = {"gen": "general", "maj": "major", "lt": "lieutenant", "col": "colonel", "brig": "brigadier",
                "adm": "admiral", "capt": "captain", "amb": "ambassador", "sen": "senator", "gov": "governor",
                "pres": "president", "cmdr": "commander", "sec": "secretary", "dep": "deputy"}  # fmt: skip
#: Words of one portfolio, as translations render it ("Minister of Exterior Relations", "the Outer Affairs").
_SYNONYMS = {
    "defense": "defence",
    "foreign-affairs": "foreign",
    "exterior": "foreign",
    "external": "foreign",
    "outer": "foreign",
    "advisor": "adviser",
    "presidential": "president",  # "presidential adviser" = "adviser to the President"
}
#: Offices some languages name with another office's word: a "canciller" (rendered "chancellor") is the
#: foreign minister in Spanish- and Portuguese-speaking countries.
_ALSO_NAMED = {"chancellor": ("minister", "foreign")}
#: Longest role read as a title, in words.
MAX_TITLE_WORDS = 14
#: Military ranks: a rank, not a post ("Major General" and "military secretary" are one man's rank and post).
_MILITARY = frozenset("general major colonel lieutenant brigadier admiral captain marshal".split())
#: An owner before a title ("Netanyahu's military adviser", "Korea's Vice Minister"): not part of the office.
_OWNER = patterns.compile(r"^(?:[\w.-]+\s+){0,3}?[\w.-]+['’]s\s+")

#: "First Deputy Prime Minister" is another post than "Deputy Prime Minister": "first" before a rank is a rank.
_FIRST_RANK = patterns.compile(r"(?i)\bfirst[\s-]+(deputy|vice)\b")

Title = tuple[frozenset[str], frozenset[str], frozenset[str]]  # (ranks, offices, portfolio)


def title_of(role: str, others: frozenset[str] = frozenset()) -> Title | None:
    """A role as a comparable title, or None when it is no office (or names one of ``others``' words)."""
    if _FORMER.search(role) or len(role.split()) > MAX_TITLE_WORDS:
        return None
    ranks: set[str] = set()
    offices: set[str] = set()
    portfolio: set[str] = set()
    bare = _FIRST_RANK.sub(r"first\1", _OWNER.sub("", anyascii(role).replace("’", "'")))
    for start, end, _ in reversed(lexicon.country_mentions(bare)):  # "to the United States" names no portfolio
        bare = bare[:start] + " " + bare[end:]
    for raw in re.findall(r"[\w'.-]+", bare):
        if raw[:1].isupper() and raw.rstrip(".").lower() not in _OFFICES and _names_someone(raw, others):
            return None
        word = re.sub(r"['’]s$", "", raw).rstrip(".").lower()
        word = _SYNONYMS.get(_ABBREVIATED.get(word, word), _ABBREVIATED.get(word, word))
        for part in word.split("-") if word not in _OFFICES else [word]:
            _sort(part, ranks, offices, portfolio)
    offices -= _NOT_OFFICES
    if not offices or offices <= _MILITARY or (offices == {"head"} and portfolio <= _SEATS):
        return None
    return frozenset(ranks), frozenset(offices), frozenset(portfolio)


def _names_someone(word: str, others: frozenset[str]) -> bool:
    """A capitalised word that is another person's name: a role about someone else."""
    return word in others


def _sort(word: str, ranks: set[str], offices: set[str], portfolio: set[str]) -> None:
    if word in _RANKS:
        ranks.add(_RANKS[word])
    elif word in _OFFICES:
        offices.add(_OFFICES[word])
    elif word in _NOT_OFFICES:
        offices.add(word)
    elif word == "undersecretary":
        ranks.add("under")
    elif word not in _FILLER and not word.isdigit() and len(word) > 2 and not _is_demonym(word):
        portfolio.add(word)


def _is_demonym(word: str) -> bool:
    return lexicon.lookup(word.capitalize()) is not None


def same_title(a: object, b: object) -> bool:
    """One title: the same rank, offices of which one holds the other's, portfolios that meet (or one unsaid)."""
    assert isinstance(a, tuple) and isinstance(b, tuple)
    (ra, oa, pa), (rb, ob, pb) = a, b
    if _bare(a, b) or _bare(b, a) or _also_named(a, b) or _also_named(b, a):
        return True
    if ra != rb:
        return False
    if not (oa <= ob or ob <= oa):  # another office, unless one heads what the other's words name
        return "head" in oa | ob and bool(pa & pb)
    return not pa or not pb or bool(pa & pb)


def _bare(a: Title, b: Title) -> bool:
    """``a`` names only an office ("the Emirati minister"): no rank or portfolio to be wrong about."""
    return not a[0] and not a[2] and a[1] <= b[1]


def _also_named(a: Title, b: Title) -> bool:
    """``a`` is an office another language names with ``b``'s word ("chancellor" for a foreign minister)."""
    return any(
        office in b[1] and not b[0] and (not b[2] or b[2] == {"foreign"}) and a[1] == {also} and portfolio in a[2]
        for office, (also, portfolio) in _ALSO_NAMED.items()
    )


#: The first portfolio of two coordinated before an office, just before the rest of the title.
_FIRST_PORTFOLIO = patterns.compile(r"(?:^|[\s(])(?P<first>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),?\s+and\s+$")


def _whole(role: str, text: str) -> str:
    """A role with the portfolio coordinated before it: "Petroleum and Energy Minister", not "Energy Minister".

    Read without the first portfolio, an outlet's "petroleum minister" would contradict another's
    "Energy Minister" for one office of two portfolios.
    """
    at = text.find(role)
    if at <= 0 or not role[:1].isupper():
        return role
    m = _FIRST_PORTFOLIO.search(text, max(0, at - 40), at)
    if m is None or lexicon.lookup(m.group("first").split()[0]) is not None:
        return role
    return f"{m.group('first')} and {role}"


def title_contradictions(
    sources: list[Source], people: list[Person], outlet: dict[str, str], names: dict[str, str]
) -> list[Found]:
    """One person given titles by outlets that cannot both be right."""
    officials = [p for p in people if p.kind != "journalist"]
    locator = PersonLocator.shared(sources, officials)
    words = frozenset(w for p in officials for v in p.variants for w in v.split() if w[:1].isupper())
    assertions = []
    for n, src in enumerate(sources):
        for sent in src.body:
            for mention, person in locator.find(sent):
                own = frozenset(w for v in person.variants for w in v.split())
                for role in mention.roles:
                    role = _whole(role, sent.text)
                    title = title_of(role, words - own)
                    if title is not None:
                        aspect = f"{person.name}'s title"
                        assertions.append(
                            Assertion("title", aspect, title, role, sent.id, outlet[src.id], (n, sent.index))
                        )
    return contradictions(assertions, same_title, names)
