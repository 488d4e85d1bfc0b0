"""Figures: numbers read with what they count, and differences between outlets for the same thing."""

from __future__ import annotations

from briefing.derive.figures import figure_contradictions, figures_in, outlet_names
from briefing.derive.similar import shared_index
from briefing.derive.syndication import syndication_outlets
from briefing.ingest.sources import source_from_text


def _src(sid: str, outlet: str, body: str):
    return source_from_text(f"Headline {sid}\n\n{body}\n\nFor the latest news, visit: {outlet}\n", sid)


def _contradictions(*sources):
    sources = list(sources)
    outlet = syndication_outlets(sources)
    return [f.claim for f in figure_contradictions(sources, outlet, shared_index(sources))]


def test_figures_parse_digits_words_scales_percentages_compounds_and_durations() -> None:
    got = figures_in("About 2.5 million people fled; a 30% duty applies, and a 42-day truce starts within two months.")
    assert [(f.unit, f.value, f.approximate) for f in got] == [
        ("people", 2_500_000.0, True),
        ("percent", 30.0, False),
        ("days", 42.0, False),
        ("days", 60.0, False),
    ]
    assert figures_in("The 1994 treaty was signed in May 2024.") == []


def test_different_numbers_for_the_same_thing_are_cited_side_by_side() -> None:
    a = _src("a", "Coast Daily", "Aid agencies say 120,000 people were displaced by the flooding near the delta.")
    b = _src("b", "Horn Wire", "About 150,000 people were displaced by the flooding, the delta authorities said.")
    (claim,) = _contradictions(a, b)
    assert claim.citations == [a.body[0].id, b.body[0].id] and claim.outlets == 2
    assert "“120,000 people were displaced” (Coast Daily)" in claim.text
    assert "(Horn Wire)" in claim.text and claim.about.startswith("Number of people")


def test_same_number_or_unrelated_sentences_are_no_discrepancy() -> None:
    a = _src(
        "a", "Coast Daily", "The talks will last two days in Nairobi. Some 40 trucks crossed the border on Friday."
    )
    b = _src("b", "Horn Wire", "The talks will last two days in Nairobi. About 300 people marched in Kismayo.")
    assert _contradictions(a, b) == []


def test_outlets_are_named_as_readers_know_them() -> None:
    a = _src("a", "Coast Daily", "Text.")
    assert outlet_names([a], {"a": "coast daily"}) == {"coast daily": "Coast Daily"}


def _pairwise_things(group: list, index, telling: bool) -> list[list[int]]:
    """The things as the definition gives them, pair by pair (what the fast linking in figure_things.py must keep)."""
    from briefing.derive.figure_things import ASKED_GAP, MAX_RATIO, SAME_THING, _likeness, _ratio
    from briefing.derive.figures import _same_figure

    masses = [index.weight(f.context) for f, _, _ in group]
    pairs = []
    for i, (a, out_a, _) in enumerate(group):
        for j in range(i + 1, len(group)):
            b, out_b, _ = group[j]
            if _ratio(a.value, b.value) > MAX_RATIO:
                continue
            twin = telling and out_a == out_b and a.value == b.value
            like = (1.0 if twin else _likeness(a.context, b.context, index, masses[i], masses[j])) - ASKED_GAP * (
                a.asked != b.asked
            )
            if like >= SAME_THING:
                pairs.append((like, i, j))
    parent = list(range(len(group)))

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        ri, rj = root(i), root(j)
        a = [k for k in range(len(group)) if root(k) == ri]
        b = [k for k in range(len(group)) if root(k) == rj]
        if ri == rj or any(
            group[x][1] == group[y][1] and not _same_figure(group[x][0], group[y][0]) for x in a for y in b
        ):
            return
        values = [group[k][0].value for k in a + b]
        if _ratio(min(values), max(values)) <= MAX_RATIO:
            parent[rj] = ri

    for _, i, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        join(i, j)
    if telling:
        roots = sorted(
            {root(i) for i in range(len(group))}, key=lambda r: (-sum(root(k) == r for k in range(len(group))), r)
        )
        for r in roots[1:]:
            join(roots[0], r)
    things: dict[int, list[int]] = {}
    for i in range(len(group)):
        things.setdefault(root(i), []).append(i)
    return [m for m in things.values() if len(m) > 1]


def test_figures_are_linked_as_the_pairwise_definition_links_them() -> None:
    """Stock phrases, outlets repeating a value, asked-for figures, near and far values: the same things."""
    import random

    from briefing.derive.figure_things import Figure, things_of
    from briefing.derive.similar import ClaimIndex

    rng = random.Random(7)
    words = [f"w{k}" for k in range(24)]
    index = ClaimIndex({}, {})
    index.idf = {w: 0.2 + 6 * (k / 24) ** 2 for k, w in enumerate(words)}  # a few rare words, many common ones
    stock = [rng.sample(words, 4) for _ in range(4)]
    for trial in range(60):
        group = []
        for n in range(rng.randint(2, 40)):
            drawn = rng.choice(stock) if rng.random() < 0.6 else rng.sample(words, rng.randint(0, 5))
            context = frozenset(rng.sample(drawn, len(drawn)))  # the same words, built in another order
            value = float(rng.choice([2, 3, 5, 8, 12, 40, 100, 105, 150, 1000]))
            figure = Figure(f"s{n}", "u", value, rng.random() < 0.3, "", context, "", rng.random() < 0.2)
            group.append((figure, rng.choice("abcd"), (trial, n)))
        ids = {id(item): k for k, item in enumerate(group)}
        for unit, telling in (("percent", False), ("hostage", True)):
            fast = [[ids[id(item)] for item in members] for _, members in things_of(unit, group, index)]
            assert fast == _pairwise_things(group, index, telling), (trial, unit)
