"""One claim per thing a side wants: the sentences of every outlet that state it, merged.

Two statements of one party merge when their own words (not the whole
sentences they sit in) say the same thing: an IDF-weighted cosine of their
content words, spelling-folded (:func:`briefing.derive.similar.content_words`),
with the parties' own names left out so that "Lima wants …" does not look
like every other demand of Lima. Wants (demands, conditions, offers) never
merge with refusals. Pieces split from one sentence stay apart. Each
statement is filed under its rarest words and its whole wording, so merging
stays linear in a large folder. The claim's text is the statement most like
the others, preferring body sentences to headlines and first-hand reports.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from briefing import patterns
from briefing.derive.demands.scan import Found
from briefing.derive.quick_re import whole_phrases
from briefing.derive.similar import BLOCK_LIMIT, content_words, shared_index
from briefing.derive.syndication import syndication_outlets
from briefing.model import Claim, Party, Source

#: Statements whose words are at least this alike say the same thing.
MERGE = 0.35
#: Members of a group whose likeness picks the claim's text (the first ones: a copied demand can have hundreds).
CENTRAL = 12
#: Members of a group a new statement is compared with.
COMPARED = 4


@dataclass(slots=True)
class _Words:
    keys: frozenset[str]
    mass: float


def merge(found: list[Found], sources: list[Source], parties: list[Party]) -> list[Claim]:
    """Claims from statements, one per party and thing wanted, best attested first within each party."""
    if not found:
        return []
    index = shared_index(sources)
    syndicated = syndication_outlets(sources, index)
    default_idf = math.log(len(index.sentences) + 2)
    idf = index.idf
    names = _party_names(parties)
    words = []
    stems: dict[str, str] = {}  # each word type stemmed once
    by_text: dict[str, _Words] = {}  # a demand copied across outlets (13,815 statements, 541 texts) read once
    for f in found:
        read = by_text.get(f.text)
        if read is None:
            text = names.sub(" ", f.text) if names else f.text
            keys = frozenset(stems[w] if w in stems else stems.setdefault(w, _stem(w)) for w in content_words(text))
            read = by_text[f.text] = _Words(keys, sum(idf.get(w, default_idf) for w in keys))
        words.append(read)
    likeness: dict[tuple[int, int], float] = {}  # two distinct texts' likeness, once (669 pairs of some 216,000 asked)
    groups = _groups(found, words, idf, default_idf, len(index.sentences), likeness)
    claims = [_claim(found, words, g, syndicated, idf, default_idf, likeness) for g in groups]
    order = {p.name: i for i, p in enumerate(parties)}
    claims.sort(key=lambda c: (order.get(c.party or "", len(order)), -c.outlets, -len(c.citations)))
    for i, claim in enumerate(claims, 1):
        claim.id = f"m{i}"
    return claims


_SUFFIXES = ("ations", "ation", "ments", "ment", "ions", "ion", "ings", "ing", "als", "al", "ed", "es", "s", "e")


def _stem(word: str) -> str:
    """A crude stem, so that "exempted"/"exemption" and "remove"/"removal" meet (only for comparing demands)."""
    if len(word) <= 5 or not word.isalpha():
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _party_names(parties: list[Party]) -> re.Pattern[str] | None:
    """The parties' names and aliases as whole phrases ("Dembel Liberation Movement", not "Dembel")."""
    aliases = sorted({a for p in parties for a in [p.name, *p.aliases] if len(a) > 1}, key=len, reverse=True)
    if not aliases:
        return None
    return whole_phrases(aliases, tail="(?:[’']s)?")


def _family(stance: str) -> str:
    return "reject" if stance == "reject" else "want"


def _groups(
    found: list[Found],
    words: list[_Words],
    idf: dict[str, float],
    default: float,
    sentences: int,
    likeness: dict[tuple[int, int], float],
) -> list[list[int]]:
    groups: list[list[int]] = []
    parts: list[dict[str, set[int]]] = []  # per group: its sentences and the pieces of each it holds
    buckets: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    rare_limit = BLOCK_LIMIT
    # words in more sentences than BLOCK_LIMIT are too common to file under (the wording key still meets copies)
    floor = math.log((sentences + 1) / (BLOCK_LIMIT + 0.5))
    filed: dict[int, list[str]] = {}  # the wording and rare words of each distinct text's words, once
    for i, f in enumerate(found):
        side = (f.party, _family(f.stance))
        names = filed.get(id(words[i]))
        if names is None:
            wording = "=" + " ".join(sorted(words[i].keys))
            rare = sorted(w for w in words[i].keys if idf.get(w, default) >= floor)
            names = filed[id(words[i])] = [wording, *rare]
        keys = [(*side, k) for k in names]
        candidates = sorted({g for k in keys for g in buckets.get(k, ())})
        for g in candidates:
            if _joins(i, groups[g], parts[g], found, words, idf, default, likeness):
                groups[g].append(i)
                parts[g].setdefault(f.sentence, set()).add(f.part)
                break
        else:
            groups.append([i])
            parts.append({f.sentence: {f.part}})
            for k in keys:
                if len(buckets[k]) < rare_limit:
                    buckets[k].append(len(groups) - 1)
    return groups


def _joins(
    i: int,
    group: list[int],
    parts: dict[str, set[int]],
    found: list[Found],
    words: list[_Words],
    idf: dict[str, float],
    default: float,
    likeness: dict[tuple[int, int], float],
) -> bool:
    f = found[i]
    held = parts.get(f.sentence)
    if held and (len(held) > 1 or f.part not in held):
        return False  # two demands split from one sentence
    return any(_likeness(words[i], words[j], idf, default, likeness) >= MERGE for j in group[:COMPARED])


def _likeness(a: _Words, b: _Words, idf: dict[str, float], default: float, memo: dict[tuple[int, int], float]) -> float:
    """:func:`_alike` of two texts' words, computed once per pair (``merge`` holds every ``_Words`` while it runs)."""
    key = (id(a), id(b))
    alike = memo.get(key)
    if alike is None:
        alike = memo[key] = _alike(a, b, idf, default)
    return alike


def _alike(a: _Words, b: _Words, idf: dict[str, float], default: float) -> float:
    shared = a.keys & b.keys
    if not shared or (len(shared) < 2 and min(len(a.keys), len(b.keys)) > 2):
        return 0.0
    return sum(idf.get(w, default) for w in shared) / (math.sqrt(a.mass * b.mass) or 1.0)


def _claim(
    found: list[Found],
    words: list[_Words],
    group: list[int],
    syndicated: dict[str, str],
    idf: dict[str, float],
    default: float,
    likeness: dict[tuple[int, int], float],
) -> Claim:
    members = [found[i] for i in group]
    alike: dict[frozenset[str], float] = {}  # a copied statement's likeness to the first members, once
    best = group[
        min(
            _contenders(group, found),
            key=lambda at: _rank(group[at], at, group, found, words, idf, default, alike, likeness),
        )
    ]
    cites = list(dict.fromkeys(f.sentence for f in members))
    outlets = len({syndicated.get(f.source, f.outlet) for f in members})
    stance = Counter(f.stance for f in members).most_common(1)[0][0]
    claim = Claim("", found[best].text, cites, outlets, party=members[0].party, stance=stance)
    claim.reported = all(f.reported for f in members)
    return claim


def _contenders(group: list[int], found: list[Found]) -> list[int]:
    """The places in ``group`` whose statement may be the claim's text: past the head, a statement ranks
    as every earlier one with its text, headline and report flags does (its place breaking the tie), so
    only the first of those is ranked (a demand copied across outlets can have hundreds)."""
    out = list(range(min(len(group), CENTRAL)))
    seen: set[tuple[str, bool, bool]] = set()
    for at in range(CENTRAL, len(group)):
        f = found[group[at]]
        key = (f.text, f.headline, f.reported)
        if key not in seen:
            seen.add(key)
            out.append(at)
    return out


def _rank(
    i: int,
    at: int,
    group: list[int],
    found: list[Found],
    words: list[_Words],
    idf: dict[str, float],
    default: float,
    alike: dict[frozenset[str], float],
    likeness: dict[tuple[int, int], float],
):
    f = found[i]
    head = group[:CENTRAL]
    centrality = alike.get(words[i].keys) if i not in head else None
    if centrality is None:
        centrality = sum(_likeness(words[i], words[j], idf, default, likeness) for j in head if j != i)
        if i not in head:  # the same for every member outside the head with these words
            alike[words[i].keys] = centrality
    n = len(f.text.split())
    pronoun = bool(_LEADING_PRONOUN.match(f.text))  # "It apply equally …" reads worse than its copies
    return (f.headline, f.reported, pronoun, -round(centrality, 6), n < 4 or n > 28, n, at)


_LEADING_PRONOUN = patterns.compile(r"^(?:it|they|this|that|these|those|he|she)\b", re.IGNORECASE)
