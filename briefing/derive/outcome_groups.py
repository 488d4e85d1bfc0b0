"""Outcome items merged across outlets: one outcome per thing agreed, not agreed or deferred, however worded.

Split out of :mod:`briefing.derive.outcomes` (which reads the items from each article): items from different
outlets that say the same thing (same status, shared rare words) become one outcome citing all of them, and
each outcome is worded as most outlets tell it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.derive.by_article import Step
from briefing.derive.figures import figures_in
from briefing.derive.similar import ClaimIndex
from briefing.model import OUTCOME_STATUSES, Claim, Sentence, Source

#: Likeness (IDF-weighted cosine of their telling words) at which two items say the same thing.
SAME_OUTCOME = 0.3
#: Likeness of two groups' words, taken together, at which they are one outcome worded differently.
SAME_GROUP = 0.35
#: An item joins every group at least this share as like as its best.
NEARLY = 0.8
#: How much more attested (see :func:`_most_attested`) another wording must be to replace the founder's.
CLEARLY_BETTER = 2


@dataclass(slots=True)
class Item:
    """One outcome as one sentence (or clause, or bullet) tells it."""

    sentence: Sentence
    text: str
    status: str
    outlet: str
    order: tuple[int, int]
    bullet: bool
    #: A bullet of a list announced as the result: one outcome by construction.
    announced: bool = False
    words: frozenset[str] = field(default_factory=frozenset)


#: An item as kept between derivations: its sentence by position in the article, then the fields read
#: from the article (``words`` are worked out again, from the text).
_Kept = tuple[int, str, str, str, tuple[int, int], bool, bool]


def _kept(src: Source, items: list[Item]) -> list[_Kept]:
    at = {id(s): i for i, s in enumerate(src.sentences)}
    return [(at[id(i.sentence)], i.text, i.status, i.outlet, i.order, i.bullet, i.announced) for i in items]


def _items(src: Source, kept: list[_Kept]) -> list[Item]:
    if any(k[0] < 0 for k in kept):
        raise IndexError("a sentence before the article's first")
    return [Item(src.sentences[k[0]], *k[1:]) for k in kept]


#: An article's outcome items, kept between derivations (:mod:`briefing.derive.by_article`).
ITEMS: Step[list[Item]] = Step("outcomes", list[_Kept], _kept, _items)


def grouped(items: list[Item], index: ClaimIndex) -> list[list[Item]]:
    """The items of every article grouped into outcomes: items saying one thing, then groups telling one thing."""
    return _merged(_group(items, index), index)


def _group(items: list[Item], index: ClaimIndex) -> list[list[Item]]:
    """Items saying the same thing, one group each, founded by the item that tells one thing best.

    The bullets of an announced result list found a group each, or join the
    like bullet of another outlet's list (a list names each commitment once);
    then items are taken one-thing-first (bullets, then
    short items) and join the group they are most like, and any other nearly as
    like, so a sentence that tells two outcomes ("Peru will open a copper
    quota, and Chile one for grapes") cites both and founds neither.
    """
    groups: list[list[Item]] = []
    for item in sorted((i for i in items if i.announced), key=lambda i: i.order):
        source = item.sentence.source_id
        likes = [
            (_likeness(g[0].words, item.words, index), n)
            for n, g in enumerate(groups)
            if _same_status(g[0].status, item.status) and all(x.sentence.source_id != source for x in g)
        ]
        like, n = max(likes, default=(0.0, -1))
        if like >= SAME_OUTCOME:
            groups[n].append(item)
        else:
            groups.append([item])
    for item in sorted((i for i in items if not i.announced), key=lambda i: (not i.bullet, len(i.words), i.order)):
        likes = [
            (_likeness(g[0].words, item.words, index), n)
            for n, g in enumerate(groups)
            if _same_status(g[0].status, item.status)
        ]
        best = max((like for like, _ in likes), default=0.0)
        if best < SAME_OUTCOME:
            groups.append([item])
            continue
        for like, n in likes:
            if like >= max(SAME_OUTCOME, NEARLY * best) and all(x.sentence.id != item.sentence.id for x in groups[n]):
                groups[n].append(item)
    return groups


def _merged(groups: list[list[Item]], index: ClaimIndex) -> list[list[Item]]:
    """Groups of one status whose words, taken together, tell one thing: outlets word one outcome differently.

    Never two groups that share a sentence (a sentence telling two outcomes is
    in both) or hold bullets of one list (a list names each commitment once).
    A group's words are those of its items that tell one thing: the words of a
    sentence listing three outcomes would make its group like all three.
    """
    shared = _shared_sentences(groups)
    merged: list[list[Item]] = []
    for group in sorted(groups, key=lambda g: (-len({i.outlet for i in g}), min(i.order for i in g))):
        words = _own_words(group, shared)
        best, target = 0.0, None
        for other in merged:
            if not _same_status(other[0].status, group[0].status) or _apart(group, other):
                continue
            like = _likeness(words, _own_words(other, shared), index)
            if like > best:
                best, target = like, other
        if target is not None and best >= SAME_GROUP:
            target.extend(group)
        else:
            merged.append(list(group))
    return merged


def _own_words(group: list[Item], shared: set[str]) -> frozenset[str]:
    """The words of a group's items that tell only its outcome (all its items' words if none does)."""
    own = [i for i in group if i.sentence.id not in shared] or group
    return frozenset().union(*(i.words for i in own))


def _same_status(a: str, b: str) -> bool:
    """Statuses one item can have in two outlets: what was not agreed is often said to be left for later."""
    return a == b or {a, b} == {"not agreed", "deferred"}


def _apart(a: list[Item], b: list[Item]) -> bool:
    if {i.sentence.id for i in a} & {i.sentence.id for i in b}:
        return True
    listed = {i.sentence.source_id for i in a if i.announced}
    return any(i.announced and i.sentence.source_id in listed for i in b)


def _likeness(a: frozenset[str], b: frozenset[str], index: ClaimIndex) -> float:
    """IDF-weighted cosine of two sets of telling words.

    A word no sentence writes as such (a concept such as "the next round", read from other words by
    :func:`briefing.derive.outcome_words.outcome_words`) weighs as the rarest word.
    """
    rarest = max(index.idf.values(), default=1.0)

    def weight(words: frozenset[str]) -> float:
        return sum(index.idf.get(w, rarest) for w in words)

    shared = weight(a & b)
    norm = (weight(a) * weight(b)) ** 0.5
    return shared / norm if norm else 0.0


def claims(groups: list[list[Item]]) -> list[Claim]:
    """One claim per outcome, agreed first, then best attested, then first told; worded as most outlets tell it."""

    def rank(group: list[Item]) -> tuple[int, int, tuple[int, int]]:
        return (OUTCOME_STATUSES.index(group[0].status), -len({i.outlet for i in group}), min(i.order for i in group))

    shared = _shared_sentences(groups)
    claims = []
    for n, group in enumerate(sorted(groups, key=rank), 1):
        cites = [i.sentence.id for i in sorted(group, key=lambda i: i.order)]
        outlets = len({i.outlet for i in group})
        text = _most_attested(group, shared).text
        claims.append(Claim(f"o{n}", text, list(dict.fromkeys(cites)), outlets, status=group[0].status))
    return claims


def _shared_sentences(groups: list[list[Item]]) -> set[str]:
    """Sentences cited by more than one outcome: they tell two things, so never word one of them."""
    seen: dict[str, int] = {}
    for n, group in enumerate(groups):
        for item in group:
            seen.setdefault(item.sentence.id, n)
            if seen[item.sentence.id] != n:
                seen[item.sentence.id] = -1
    return {sid for sid, n in seen.items() if n == -1}


def _most_attested(group: list[Item], shared: set[str]) -> Item:
    """The item whose facts most other outlets give: an outcome is worded as most outlets tell it.

    The group's founder tells one thing best, but may be the one outlet with another figure ("60 days"
    where four say 30) or another place for the next round. Each item earns one for every other
    outlet's item it shares a fact with (a figure, a name), and loses one for every item giving the
    same unit another figure ("14 fishermen" against "12 fishermen"); the founder keeps the wording
    unless others contradict it more than they bear it out, or another item earns clearly more.
    """
    facts = {id(i): _facts(i.text) for i in group}

    def score(item: Item) -> int:
        return sum(_agreement(facts[id(item)], facts[id(o)]) for o in group if o.outlet != item.outlet)

    alone = [i for i in group if i.sentence.id not in shared] or group
    best = max(alone, key=score)  # the first of the best on a tie
    founder = score(group[0])
    return best if founder < 0 or score(best) - founder >= CLEARLY_BETTER else group[0]


def _agreement(mine: frozenset[str], theirs: frozenset[str]) -> int:
    """-1 when two wordings give one unit different figures, 1 when they share a fact, else 0."""
    units = {f.split(":")[0] for f in mine if ":" in f} & {f.split(":")[0] for f in theirs if ":" in f}
    for unit in units:
        if not {f for f in mine if f.startswith(unit + ":")} & theirs:
            return -1
    return 1 if mine & theirs else 0


def _facts(text: str) -> frozenset[str]:
    """The figures (as values), months and capitalised names after its first word that a wording commits to.

    Figures and months are facts of a unit ("fisherman:14", "month:may"): two wordings giving one unit
    different values disagree (:func:`_agreement`).
    """
    values = {f"{f.unit}:{f.value:.1f}" for f in figures_in(text)}
    names = {w for w in re.findall(r"(?<=\s)[A-Z][\w’'-]+", text)}
    months = {f"month:{w.lower()}" for w in names if w.lower() in _MONTH_NAMES}
    return frozenset(values | months | {w for w in names if w.lower() not in _MONTH_NAMES})


_MONTH_NAMES = frozenset(
    "january february march april may june july august september october november december".split()
)
