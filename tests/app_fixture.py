"""A hand-made briefing over the real seed sources, for the reader's tests and snapshots.

The sources are the seeds as read; the claims, demands, delegation and
people are written here and cite sentences found by their text, so the
reader's tests do not change as derivation improves.
"""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.sources import load_sources
from briefing.model import Briefing, Claim, Delegation, Member, Party, Person, Place, Source

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def find(sources: list[Source], source_index: int, fragment: str) -> str:
    """The id of the sentence of ``sources[source_index]`` containing ``fragment``."""
    for sent in sources[source_index].sentences:
        if fragment in sent.text:
            return sent.id
    raise LookupError(fragment)


def fixture_briefing() -> Briefing:
    sources, _ = load_sources(SEEDS)
    a, b = (lambda frag: find(sources, 0, frag)), (lambda frag: find(sources, 1, frag))
    talks = [a("resumed high-level security talks in Paris"), b("poised to reconvene in Paris")]
    pressure = [a("direct pressure from US President Donald Trump"), b("personally pressed Prime Minister")]
    leiter = [a("headed by its ambassador to the United States"), b("led by Ambassador to the United States")]
    shibani = [a("Foreign Minister Asaad al-Shibani"), b("Asaad al-Shaibani")]
    people = [
        Person("yechiel-leiter", "Yechiel Leiter", ["Yechiel Leiter", "Leiter"], ["ambassador"], "Israel", leiter),
        Person("roman-gofman", "Roman Gofman", ["Roman Gofman"], ["military secretary"], "Israel", leiter[:1]),
        Person(
            "asaad-al-shibani",
            "Asaad al-Shibani",
            ["Asaad al-Shibani", "Asaad al-Shaibani"],
            ["foreign minister"],
            "Syria",
            shibani,
        ),
        Person("tom-barrack", "Tom Barrack", ["Tom Barrack"], ["special envoy"], "United States", [a("Tom Barrack")]),
    ]
    return Briefing(
        title="Israel–Syria security talks (fixture)",
        sources=sources,
        summary=[
            Claim("c1", "Israeli and Syrian officials resume security talks in Paris.", talks, 2),
            Claim("c2", "The talks restarted after pressure from President Trump on Netanyahu.", pressure, 2),
            Claim("c3", "Israel's delegation is led by Ambassador Yechiel Leiter.", leiter, 2),
        ],
        parties=[
            Party("Israel", ["Israeli"], "party"),
            Party("Syria", ["Syrian", "Damascus"], "party"),
            Party("United States", ["US", "Washington"], "mediator"),
        ],
        people=people,
        delegations=[
            Delegation("Israel", [Member("yechiel-leiter", "ambassador to the US", True, leiter)]),
            Delegation("Syria", [Member("asaad-al-shibani", "foreign minister", True, shibani)]),
            Delegation("United States", [Member("tom-barrack", "special envoy", True, [a("Tom Barrack")])]),
        ],
        demands=[
            Claim(
                "d1",
                "Any agreement must respect Israel's security red lines.",
                [a("security red lines"), b("core security imperatives")],
                2,
                party="Israel",
                stance="demand",
            ),
            Claim(
                "d2",
                "The deployments amount to an illegal occupation.",
                [a("illegal occupation")],
                1,
                party="Syria",
                stance="position",
            ),
            Claim(
                "d3",
                "A humanitarian corridor into Sweida.",
                [a("Syria rejected the proposal")],
                1,
                "Syria",
                stance="reject",
            ),
            Claim(
                "d4",
                "No pullback before the south is disarmed.",
                [b("no withdrawal absent")],
                1,
                party="Israel",
                stance="condition",
                reported=True,
            ),
        ],
        places=[Place("paris", "Paris", ["Paris"], talks, "city")],
        outcomes=[
            Claim(
                "o1",
                "The Paris session is to settle security guarantees.",
                [b("Paris discussions are designed")],
                1,
                status="agreed",
            ),
            Claim(
                "o2",
                "Withdrawal sequencing was left open.",
                [b("structural disagreements")],
                1,
                status="not agreed",
            ),
        ],
        discrepancies=[
            Claim(
                "x1",
                "Outlets spell the Syrian foreign minister's name differently.",
                shibani,
                2,
                about="Asaad al-Shibani",
            )
        ],
    )


def posted(app) -> list:  # type: ignore[no-untyped-def]
    """Every notification ``app`` has posted, expired or not (kept by conftest's ``notices_kept``)."""
    return list(app._notifications.__dict__.get("posted", []))


async def wait_until(pilot, check, limit: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    """Let the app run until ``check()`` holds: generous on a busy machine, quick on an idle one."""
    import time

    deadline = time.monotonic() + limit
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"not so after {limit:.0f} s: {check}")
        await pilot.pause(0.05)


def run_reader(briefing: Briefing, size: tuple[int, int], body) -> None:  # type: ignore[no-untyped-def]
    """Run ``body(app, pilot)`` in the reader over the seeds and ``briefing``, once its first frame holds
    the source pane too (the summary paints first)."""
    import asyncio

    from briefing.app.app import BriefingApp

    async def go() -> None:
        app = BriefingApp(paths=SEEDS, briefing=briefing, remember=False)
        async with app.run_test(size=size) as pilot:
            await wait_until(pilot, lambda: app.source_view.painted)
            await body(app, pilot)

    asyncio.run(go())


async def card_then_first_mention(app, pilot, person: str) -> str:  # type: ignore[no-untyped-def]
    """Enter on the highlighted search hit, check the card is ``person``'s, Enter on its first mention.

    The search screen on its own and the search inside the reader open a card the same way; each test then
    checks where the jump to the returned mention (a sentence id) landed.
    """
    from briefing.app.screens.person_card import PersonCard

    await pilot.press("enter")
    await pilot.pause()
    card = app.screen
    assert isinstance(card, PersonCard) and card.entity.id == person
    mention = card.entity.mentions[0]
    await pilot.press("enter")
    await pilot.pause()
    return mention
