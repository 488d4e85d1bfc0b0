"""Which figures of one unit are about one thing: alike in the words around them, no outlet contradicting itself.

Split out of :mod:`briefing.derive.figures` (which reads figures from sentences) because linking them is a job of
its own, and the one whose cost grows with the corpus: a stock phrase repeated over a folder of articles puts
thousands of figures of one unit in one group. The links are defined pair by pair (see :data:`_DEFINITION`);
the code reaches the same things without going through the pairs.
A :class:`Figure` (a number read from a sentence) is defined here, where both modules can use it.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass

from briefing.derive import lexicon
from briefing.derive.similar import ClaimIndex, telling_words


@dataclass(frozen=True, slots=True)
class Figure:
    """A number in a sentence, with the unit it counts and what it is said of."""

    sentence: str
    unit: str  # singular unit ("tonne", "percent", "days", "fisherman")
    value: float
    approximate: bool
    shown: str  # as written, with a few words after it
    context: frozenset[str]  # telling words of its clause, as matching keys
    clause: str  # the clause itself, for naming what the figure is about
    asked: bool = False  # a side asks for it: less like a figure nobody asks for


#: Two figures of a unit are about one thing when the words around them are this alike (IDF-weighted cosine).
SAME_THING = 0.25
#: Relative difference under which an approximate or round figure is the same figure.
ROUNDING = 0.05
#: Values of one thing are within this ratio of each other; beyond it they are different things.
MAX_RATIO = 4.0
#: How much less alike a figure a side asks for is to one that is not asked for ("demands the release of
#: 42" and "will release 12" are a demand and a result).
ASKED_GAP = 0.2
#: Units of measure and broad nouns that many different things are counted in: only their words tell them apart.
_BROAD_UNITS = frozenset(
    "percent days date tonne kilometre mile metre megawatt people member official man woman child round session "
    "meeting batch group stage phase article clause item country delegation hour minute time".split()
)
#: A thing's figures in a bucket are kept sorted; a few more are inserted one by one, more are merged.
_INSERT = 8


def things_of(unit: str, group: list, index: ClaimIndex) -> list[tuple[str, list]]:
    """The figures of one unit linked into the things they are about.

    Figures join when the words around them are alike, most alike first, and never so that one outlet
    would give two different values of one thing: an outlet that gives 50 % for cars and 24 % for
    avocados reports two tariffs, so the avocado figures of other outlets stay with its 24 %. Of a
    telling unit (hostages, crew, trawlers; not tonnes, percent or people), an outlet's equal figures
    are one thing, and things no outlet tells apart are one thing too.
    """
    telling = _telling(unit)
    things = _Things(group, telling, index)
    for like, classes in things.levels():
        things.level(like, classes)
    if telling:
        things.join_all()
    return [(_label(unit, members, index), members) for members in things.groups() if len(members) > 1]


def _telling(unit: str) -> bool:
    """A unit few things are counted in: not a measure, a broad noun or a nationality ("nine Israelis")."""
    return unit not in _BROAD_UNITS and lexicon.lookup(unit.capitalize()) is None


#: How figures are linked, in full: every pair (i < j) of values within MAX_RATIO whose likeness is at least
#: SAME_THING (1 for an outlet's equal figures of a telling unit; ASKED_GAP less between a figure asked for
#: and one not) is joined, most alike first, then by i, then by j. The code below gives exactly those joins
#: without going through every pair, which on 1,000 generated articles were 16 million:
#:
#: * figures of one kind (the very same clause words, asked for or not: a stock phrase, syndicated copies)
#:   are alike to another kind by one likeness, computed once;
#: * of the pairs (i, j) of one likeness, those after the first that meets a given thing of j change nothing
#:   (joined already, or refused again: a refused join stays refused as things grow), so each of i's
#:   partners' things is tried once (a *sweep* of i), in the order of its first j; the partners are filed in
#:   buckets (one kind and one value; for a telling unit also one outlet's equal figures, asked for or not),
#:   each keeping every thing's figures in it in order, so i's first partner in a thing is found by bisection;
#: * figures of one *class* (one kind and value; of a telling unit, and one outlet) have the same partners,
#:   so once one of them has swept, a later one in the same thing (or in a thing that grew from it) changes
#:   nothing at that likeness: every thing its partners are in was joined or refused. At each likeness only
#:   the first figure of each class and thing sweeps;
#: * and once every thing with figures of a kind is i's or refused by it, i's thing has nothing left to try
#:   in that kind until one of those things is joined into another (the kind's ``version``).
_DEFINITION = None


class _Kinds:
    """Figures of one unit by kind: the same clause words (in the same order, so weights sum the same) and ask."""

    def __init__(self, group: list, telling: bool, index: ClaimIndex) -> None:
        self.group = group
        self.of: list[int] = []
        self.members: list[list[int]] = []
        keys: dict[tuple, int] = {}
        for i, (f, _, _) in enumerate(group):
            k = keys.setdefault((tuple(f.context), f.asked), len(keys))
            if k == len(self.members):
                self.members.append([])
            self.members[k].append(i)
            self.of.append(k)
        #: Kind -> likeness -> the kinds that alike to it (itself included, when it has two figures).
        self.levels = self._alike(index)

    def _second(self, k: int) -> Figure | None:
        """Another figure of kind ``k`` than its first, if it has one (a pair within the kind)."""
        members = self.members[k]
        return self.group[members[1]][0] if len(members) > 1 else None

    def _alike(self, index: ClaimIndex) -> dict[int, dict[float, list[int]]]:
        first = [self.group[m[0]][0] for m in self.members]
        masses = [index.weight(f.context) for f in first]
        sharing: dict[str, list[int]] = defaultdict(list)
        for k, f in enumerate(first):
            for w in f.context:
                sharing[w].append(k)
        out: dict[int, dict[float, list[int]]] = {}
        for k, a in enumerate(first):
            by_like: dict[float, list[int]] = defaultdict(list)
            for m in sorted({m for w in a.context for m in sharing[w]}):
                # Oriented as the pairs are (a's figure first), and never a set with itself (a & a is a copy,
                # which may sum in another order): the same likeness as the pair's, to the last bit.
                b = first[m] if m != k else self._second(k)
                if b is None:
                    continue
                like = _likeness(a.context, b.context, index, masses[k], masses[m]) - ASKED_GAP * (a.asked != b.asked)
                if like >= SAME_THING:
                    by_like[like].append(m)
            out[k] = dict(by_like)
        return out


def _twin_like(asked: bool, other: bool) -> float:
    """The likeness of an outlet's two equal figures of a telling unit, whatever their words."""
    return 1.0 - ASKED_GAP * (asked != other)


class _Things:
    """Figures joined into things, where no thing holds two different values from one outlet.

    A thing is kept as its members, its range of values and each outlet's values (with whether they are
    approximate), so a join is checked without going through its figures; its ``name`` is the figure the
    pairwise definition would make its root (the first figure's thing absorbs the second's), which orders
    :meth:`join_all`. Internally the smaller thing's figures are relabelled. Each bucket and class (see
    :data:`_DEFINITION`) maps the things with figures in it to those figures, in order.
    """

    def __init__(self, group: list, telling: bool, index: ClaimIndex) -> None:
        self.group, self.telling = group, telling
        self.kinds = kinds = _Kinds(group, telling, index)
        n = len(group)
        self.comp = list(range(n))
        self.held = {i: [i] for i in range(n)}
        self.name = list(range(n))
        self.span = {i: (f.value, f.value) for i, (f, _, _) in enumerate(group)}
        self.said = {i: {out: {(f.value, f.approximate)}} for i, (f, out, _) in enumerate(group)}
        #: Thing -> the things it can never be one with (a thing joined into another hands its on).
        self.refused: dict[int, set[int]] = {i: set() for i in range(n)}
        self.swept: dict[int, set[int]] = {}
        #: (thing, kind) -> the kind's version when every thing of it was that thing or refused by it; the
        #: version of a kind changes whenever a thing with figures of it is joined into another.
        self.settled: dict[tuple[int, int], int] = {}
        self.version = [0] * len(kinds.members)
        values = sorted({f.value for f, _, _ in group})
        ids = {v: n for n, v in enumerate(values)}
        self.vid = [ids[f.value] for f, _, _ in group]
        self.within = [[_ratio(a, b) <= MAX_RATIO for b in values] for a in values]
        self.outlet = [out for _, out, _ in group]
        #: Bucket or class -> thing -> its figures there, in order; thing -> its buckets and classes.
        self.at: list[dict[int, list[int]]] = []
        self.kind_of: list[int] = []  # bucket -> its kind (-1: a bucket of twins or a class of a telling unit)
        self.where: dict[int, set[int]] = {i: set() for i in range(n)}
        bucket: dict[tuple, int] = {}
        #: Kind -> (value id, bucket) of its figures, and its classes.
        self.by_kind: list[list[tuple[int, int]]] = [[] for _ in kinds.members]
        self.classes_of: list[list[int]] = [[] for _ in kinds.members]
        self.cls: list[int] = []  # figure -> its class
        for i, (f, out, _) in enumerate(group):
            k, v = kinds.of[i], self.vid[i]
            keys = [("kind", k, v)] + ([("twin", out, f.value, f.asked), ("class", k, v, out)] if telling else [])
            for key in keys:
                b = bucket.get(key)
                if b is None:
                    b = bucket[key] = len(self.at)
                    self.at.append({})
                    self.kind_of.append(k if key[0] == "kind" else -1)
                    if key[0] == "kind":
                        self.by_kind[k].append((v, b))
                    if key[0] == ("class" if telling else "kind"):
                        self.classes_of[k].append(b)
                self.at[b][i] = [i]
                self.where[i].add(b)
            self.cls.append(bucket[("class", k, v, out) if telling else ("kind", k, v)])
        #: Figure -> the buckets of its twins asked for as it is, and not (a telling unit's).
        self.twin_buckets: list[tuple[int | None, int | None]] = [
            (bucket.get(("twin", out, f.value, f.asked)), bucket.get(("twin", out, f.value, not f.asked)))
            for f, out, _ in group
        ]

    def levels(self) -> list[tuple[float, list[int]]]:
        """Each likeness some figures' partners are at, most alike first, with the classes of those figures."""
        out: dict[float, set[int]] = defaultdict(set)
        for k, levels in self.kinds.levels.items():
            for like in levels:
                out[like].update(self.classes_of[k])
        if self.telling:  # an outlet's equal figures, alike whatever their words
            for i, (f, _, _) in enumerate(self.group):
                for b, asked in zip(self.twin_buckets[i], (f.asked, not f.asked), strict=True):
                    if b is not None and (b != self.twin_buckets[i][0] or len(self.at[b]) > 1):
                        out[_twin_like(f.asked, asked)].add(self.cls[i])
        return sorted(((like, sorted(classes)) for like, classes in out.items()), key=lambda p: -p[0])

    def level(self, like: float, classes: list[int]) -> None:
        """Every sweep at likeness ``like`` that can join anything, in order of the figure sweeping."""
        comp, at, of, levels = self.comp, self.at, self.kinds.of, self.kinds.levels
        settled, version = self.settled, self.version
        twins = self.telling and like in (_twin_like(False, False), _twin_like(False, True))
        self.swept = swept = {c: set() for c in classes}  # class -> the things one of its figures swept
        # Each thing's first figure in each class, in order: a list taken before any sweep and sorted once
        # (a figure is of one class, so no two entries tie).
        for i, c in sorted([(js[0], k) for k in classes for js in at[k].values()]):
            thing = comp[i]
            done = swept[c]
            if thing in done:
                continue
            if twins:
                self.sweep(i, like)
            else:
                for m in levels[of[i]].get(like, ()):
                    if settled.get((thing, m)) != version[m]:
                        self.sweep(i, like)  # else a sweep would find every thing of its partners' kinds tried
                        break
            done.add(comp[i])

    def sweep(self, i: int, like: float) -> None:
        """Join i's thing with each thing of its partners of likeness ``like`` after it, in order of first partner."""
        comp, at, me = self.comp, self.at, self.comp[i]
        mine, ok = self.vid[i], self.within[self.vid[i]]
        outlet, telling = self.outlet[i], self.telling
        first: dict[int, int] = {}  # thing -> its first partner after i
        settled: list[int] = []  # partner kinds whose every thing is i's or refused by it
        refused, mine_refused, compatible = self.refused, self.refused[me], self._compatible
        for m in self.kinds.levels[self.kinds.of[i]].get(like, ()):
            if self.settled.get((me, m)) == self.version[m]:
                continue  # nothing of kind m is left to try (see _DEFINITION)
            done = True
            for v, b in self.by_kind[m]:
                if not ok[v]:
                    continue  # each thing of it refused: its values and i's range too far apart
                twins = telling and v == mine  # an outlet's equal figures: alike by _twin_like, whatever their kind
                for thing, js in at[b].items():
                    if thing == me or thing in mine_refused:
                        continue
                    if not compatible(me, thing):  # _refuses, inlined: no join happens during the loop
                        mine_refused.add(thing)
                        refused[thing].add(me)
                        continue
                    if js[-1] > i:
                        p = bisect.bisect_right(js, i)
                        if twins:
                            while p < len(js) and self.outlet[js[p]] == outlet:
                                p += 1
                        if p < len(js):
                            if js[p] < first.get(thing, len(comp)):
                                first[thing] = js[p]
                            continue
                    done = False  # a thing i may join, but not at this likeness
            if done:
                settled.append(m)
        if telling:
            asked = self.group[i][0].asked
            for b, kin in zip(self.twin_buckets[i], (asked, not asked), strict=True):
                if b is None or _twin_like(asked, kin) != like:
                    continue
                for thing, js in at[b].items():
                    if thing == me or js[-1] <= i:
                        continue
                    j = js[bisect.bisect_right(js, i)]
                    if j < first.get(thing, len(comp)):
                        first[thing] = j
        for j in sorted(first.values()):
            self.join(comp[i], comp[j])
        for m in settled:  # each thing tried was joined or refused: none is left to try
            self.settled[(comp[i], m)] = self.version[m]

    def _refuses(self, a: int, b: int) -> bool:
        """Whether things ``a`` and ``b`` can never be one (remembered: things only grow)."""
        if b in self.refused[a]:
            return True
        if self._compatible(a, b):
            return False
        self.refused[a].add(b)
        self.refused[b].add(a)
        return True

    def join(self, a: int, b: int) -> None:
        """Join thing ``b`` into thing ``a`` unless an outlet would then contradict itself (or the values range)."""
        if a == b or self._refuses(a, b):
            return  # for good: things only grow, and a grown thing contradicts at least as much
        keep, gone = (a, b) if len(self.held[a]) >= len(self.held[b]) else (b, a)
        for x in self.held[gone]:
            self.comp[x] = keep
        self.held[keep] += self.held.pop(gone)
        refused = self.refused.pop(gone)
        for x in refused:
            self.refused[x].discard(gone)
            self.refused[x].add(keep)
        self.refused[keep] |= refused
        self.name[keep] = self.name[a]
        (lo_a, hi_a), (lo_b, hi_b) = self.span[keep], self.span.pop(gone)
        self.span[keep] = (min(lo_a, lo_b), max(hi_a, hi_b))
        said = self.said[keep]
        for out, values in self.said.pop(gone).items():
            said.setdefault(out, set()).update(values)
        where, swept = self.where[keep], self.swept
        for b in self.where.pop(gone):
            if self.kind_of[b] >= 0:
                self.version[self.kind_of[b]] += 1
            if gone in swept.get(b, ()):
                swept[b].add(keep)  # a thing holding one that swept: its sweeps would change nothing
            there = self.at[b]
            theirs, ours = there.pop(gone), there.get(keep)
            if ours is None:
                there[keep] = theirs
                where.add(b)
            elif len(theirs) <= _INSERT:
                for x in theirs:
                    bisect.insort(ours, x)
            else:
                there[keep] = sorted(ours + theirs)

    def _compatible(self, a: int, b: int) -> bool:
        """Whether the two things' values range within MAX_RATIO and no outlet gives them differently.

        (Said in full rather than through :func:`_ratio`, and the outlets of the thing that has fewer
        looked up in the other's, because this runs for most pairs of things tried: the same answer.)
        """
        (lo_a, hi_a), (lo_b, hi_b) = self.span[a], self.span[b]
        lo, hi = min(lo_a, lo_b), max(hi_a, hi_b)
        if lo <= 0 or hi / lo > MAX_RATIO:
            return False
        said_a, said_b = self.said[a], self.said[b]
        if len(said_a) > len(said_b):  # same_value is symmetric: either side may be looked up
            said_a, said_b = said_b, said_a
        for out, values in said_a.items():
            other = said_b.get(out)
            if other and any(x[0] != y[0] and not same_value(*x, *y) for x in values for y in other):
                return False
        return True

    def join_all(self) -> None:
        """Join the things no outlet tells apart, largest first (ties: by name, as the pairwise roots)."""
        things = sorted(self.held, key=lambda t: (-len(self.held[t]), self.name[t]))
        first = self.held[things[0]][0] if things else 0
        for thing in things[1:]:
            self.join(self.comp[first], thing)

    def groups(self) -> list[list]:
        out: dict[int, list] = defaultdict(list)
        for i, item in enumerate(self.group):
            out[self.comp[i]].append(item)
        return list(out.values())


def _ratio(a: float, b: float) -> float:
    lo, hi = sorted((a, b))
    return hi / lo if lo > 0 else float("inf")


def _likeness(a: frozenset[str], b: frozenset[str], index: ClaimIndex, mass_a: float, mass_b: float) -> float:
    """IDF-weighted cosine of two figures' surrounding words (``mass_*``: each one's own weight)."""
    norm = (mass_a * mass_b) ** 0.5
    return index.weight(a & b) / norm if norm else 0.0


def _label(unit: str, members: list, index: ClaimIndex) -> str:
    """The thing's name in a claim: its unit and the clause words its figures share most."""
    counts: dict[str, int] = defaultdict(int)
    for f, _, _ in members:
        for w in f.context:
            counts[w] += 1
    common = sorted((w for w, c in counts.items() if c > 1), key=lambda w: (-counts[w], -index.idf.get(w, 0), w))
    words = [_surface(w, members) for w in common[:2]]
    what = {"percent": "Percentage", "days": "Duration in days", "date": "Date"}.get(unit, f"Number of {_plural(unit)}")
    return f"{what} ({', '.join(words)})" if words else what


def _surface(key: str, members: list) -> str:
    """A matching key as one of the figures' clauses writes it."""
    for f, _, _ in members:
        for word in re.findall(r"[\w’'-]+", f.clause.lower()):
            if telling_words(word) == [key]:  # "freed" for the key of "release": words of one meaning are one
                return word
    return key


def _plural(unit: str) -> str:
    if unit in ("people", "days", "crew", "staff", "personnel") or unit.endswith("s"):
        return unit
    if unit.endswith("man"):
        return unit[:-3] + "men"
    return unit[:-1] + "ies" if unit.endswith("y") and unit[-2:-1] not in "aeiou" else unit + "s"


def same_value(a: float, approx_a: bool, b: float, approx_b: bool) -> bool:
    if a == b:
        return True
    close = abs(a - b) <= ROUNDING * max(a, b)
    return bool(close and (approx_a or approx_b or _round(a) or _round(b)))


def _round(value: float) -> bool:
    return value >= 100 and value % 50 == 0
