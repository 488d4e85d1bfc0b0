"""Which side a phrase about a delegation belongs to: "the Chilean team", "Harbaq's negotiators",
"the delegation of the Malian government", "the government delegation".

The owner stands right before the group noun or after it ("of", "from"); "the government" is the
state the sources call so ("Nigeria's federal government"), or the state named as the other side
of an organisation ("Georgian and APF negotiators"). An article may say a side "has no formal head".
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict

from briefing import patterns
from briefing.derive.actors import Actors
from briefing.derive.by_article import Step, active, recall
from briefing.derive.quick_re import quick_compile
from briefing.model import Source

#: Group nouns that make a phrase about a delegation.
GROUP = r"(?:delegations?|team|negotiating\s+team|negotiators|delegates|side|mission|envoys|panels?|camp)"
GROUP_RX = quick_compile(rf"\b{GROUP}\b", re.IGNORECASE)
#: "X has no formal head": the article names no lead for that side.
_HEADLESS = quick_compile(
    r"\b(?:has|had|have)\s+no\s+(?:formal|single|official)\s+(?:head|leader|chief)"
    r"|\bno\s+(?:single|formal)\s+(?:leader|chief|commander)"
    # "named no formal head", "did not appoint a single leader", "has not designated a formal head",
    # "came without a formal head" (not "without a formal head-to-head meeting")
    r"|\b(?:named|appointed|designated|chose)\s+no\s+(?:(?:formal|single|official)\s+)?(?:head|leader|chief)(?![\w-])"
    r"|\b(?:did\s+not\s+(?:name|appoint|designate|choose)|(?:has|have|had)\s+not\s+(?:named|appointed|designated|chosen))"
    r"\s+a\s+(?:formal|single|official)\s+(?:head|leader|chief)(?![\w-])"
    r"|\bwithout\s+a\s+(?:formal|single|official)\s+(?:head|leader|chief)(?![\w-])"
    r"|\b(?:nobody|no\s+one)\s+(?:was\s+)?(?:designated|named|appointed|chosen)\s+to\s+(?:lead|head)",
    re.IGNORECASE,
)


def headless(src: Source, actors: Actors) -> frozenset[str]:
    """The sides an article says have no formal head ("The rebel negotiators have no formal head")."""
    out: set[str] = set()
    for sent in src.body:
        lowered = sent.text.lower()
        if "no" not in lowered and "without" not in lowered:
            continue  # the other wordings hold "no" ("not", "nobody"); n and o match as their lower case does
        m = _HEADLESS.search(sent.text)
        if m:
            before = actors.mentions(sent.text[: m.start()])
            after = actors.mentions(sent.text[m.end() : m.end() + 40])  # "Nobody was named to lead the X team"
            if before or after:
                out.add(before[-1].name if before else after[0].name)
    return frozenset(out)


def groups(text: str, actors: Actors, government: str | None) -> list[tuple[str | None, int]]:
    """Delegations named in a sentence: (owning party or None, position), in reading order.

    The owner stands right before the group noun ("the Chilean team", "Harbaq's negotiators", "the
    movement's delegation") or after it ("the delegation of the Malian government", "the side of X");
    "the government delegation" is the state the sources call "the government".
    """
    out: list[tuple[str | None, int]] = []
    if not _may_name_group(text):
        return out
    hits = actors.mentions(text)
    for m in GROUP_RX.finditer(text):
        owner = None
        before = [h for h in hits if h.end <= m.start() and _ATTACHED.fullmatch(text, h.end, m.start())]
        after = [h for h in hits if h.start >= m.end() and _OF_OWNER.fullmatch(text, m.end(), h.start)]
        if before:
            owner = before[-1].name
        elif after:
            owner = after[0].name
        elif _GOVERNMENT_GROUP.search(text, max(0, m.start() - 30), m.start()):
            owner = government
        out.append((owner, m.start()))
    return out


#: What every group noun holds, in lower case ("delegat" for "delegation", "delegates").
_GROUP_STEMS = ("delegat", "team", "negotiators", "side", "mission", "envoys", "panel", "camp")
#: The only letters whose lower case is not the letter they match when case is folded: "ſ" matches
#: "s", "ı" and "İ" match "i" (checked over all of Unicode for the letters of the group nouns).
_ODD_CASE = patterns.compile("[ſıİ]")


def _may_name_group(text: str) -> bool:
    """Whether :data:`GROUP_RX` can match: a group noun's stem is in the lower-cased text (or a letter
    that folds oddly is there, and only the pattern can tell). Most sentences name no group. A test per
    stem is quicker than one search for all, and only a text beyond ASCII can hold an odd letter."""
    low = text.lower()
    for stem in _GROUP_STEMS:
        if stem in low:
            return True
    return not text.isascii() and _ODD_CASE.search(text) is not None


def government(sources: list[Source], actors: Actors) -> str | None:
    """The state "the government" stands for: the one most often named with the word
    ("Nigeria's federal government", "the Government of the Republic of Colombia"), if one leads;
    else the state named as the other side of an organisation ("Georgian and APF negotiators")."""
    votes: Counter[str] = Counter()
    paired: Counter[str] = Counter()
    given = actors.digest if active() else ""  # all an article's votes read besides it
    for src in sources:
        said, pairs = recall(_VOTES, src, given, lambda src=src: _votes(src, actors))
        votes.update(said)
        paired.update(pairs)
    ranked = sorted((votes or paired).items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


#: Each article's votes for "the government" and its state-organisation pairs, kept between derivations.
_VOTES: Step[tuple[dict[str, int], dict[str, int]]] = Step("government", tuple[dict[str, int], dict[str, int]])


def _votes(src: Source, actors: Actors) -> tuple[dict[str, int], dict[str, int]]:
    """One article's votes: the state named with the word "government" in each sentence, and the state
    named as the other side of an organisation. A sum over articles, so that an article is read once."""
    votes: dict[str, int] = defaultdict(int)
    paired: dict[str, int] = defaultdict(int)
    # Each distinct text read once, its votes counted for each copy (the ranking is by count and name).
    for text, copies in Counter(sent.text for sent in src.body).items():
        hits = actors.mentions(text)
        if not hits:
            continue
        if "overnment" in text:  # what the word pattern needs
            states = [h for h in hits if not actors.is_organisation(h.name)]
            for m in _GOVERNMENT_WORD.finditer(text):
                near = [h for h in states if _ATTACHED.fullmatch(text, h.end, m.start())]
                near += [h for h in states if _OF_OWNER.fullmatch(text, m.end(), h.start)]
                for h in near[:1]:
                    votes[h.name] += copies
        if not any(actors.is_organisation(h.name) for h in hits):
            continue  # a state and an organisation side by side: no organisation, no pair
        for a, b in itertools.pairwise(hits):
            if actors.is_organisation(a.name) != actors.is_organisation(b.name) and _PAIRED.fullmatch(
                text, a.end, b.start
            ):
                paired[b.name if actors.is_organisation(a.name) else a.name] += copies
    return dict(votes), dict(paired)


_GOVERNMENT_WORD = patterns.compile(r"\b[Gg]overnment\b")
#: A state and an organisation named as the two sides: "Georgian and APF negotiators", "Yemen–Harbaq".
_PAIRED = patterns.compile(r"\s*(?:and|-|–|/)\s*(?:the\s+)?")
#: "the government delegation", "the governmental delegation", "the federal team".
_GOVERNMENT_GROUP = patterns.compile(r"\b(?:[Gg]overnment(?:al|'s|’s)?|[Ff]ederal)\s+(?:[a-z]+\s+)?$")


#: Between an owner and its group noun: a possessive and a few adjectives ("Israel's newly formed").
_ATTACHED = patterns.compile(r"(?:['’]s?)?\s+(?:[a-z][\w-]*\s+){0,3}")
#: Between a group noun and its owner: "of the", "from the", "of the Republic of".
_OF_OWNER = patterns.compile(r"\s+(?:of|from|for)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?:Republic\s+of\s+(?:the\s+)?)?")
