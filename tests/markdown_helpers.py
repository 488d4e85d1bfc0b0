"""Shared by the Markdown briefing tests: a hand-made briefing over any sources, and comparisons.

Also a copy of our own articles, the hand-made briefing written beside them as their curated briefing.md,
and the one checked way the tests edit a file.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from briefing.formats.markdown_write import render
from briefing.ingest.sources import load_sources
from briefing.model import Briefing, Claim, Delegation, Member, Party, Person, Place, Source

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
OWN = ROOT / "tests" / "articles_md"


def sample_briefing(sources: list[Source], sides: tuple[str, str] = ("Israel", "Syria")) -> Briefing:
    """A briefing with every kind of entry, citing real sentences by position (the derivation may be stubs)."""
    a, b = sources[0], sources[-1]
    sa = [s.id for s in a.body]
    sb = [s.id for s in b.body]
    one, two = sides
    return Briefing(
        title="Talks between " + " and ".join(sides),
        sources=sources,
        summary=[
            Claim("s1", f"Officials of {one} and {two} met for another round of talks.", [sa[0], sb[0]]),
            Claim("s2", "Little progress is expected before the winter.", [sa[-1]]),
        ],
        parties=[Party(one, [one, f"{one}'s"], "party"), Party(two, [two], "party"), Party("Mediator", [], "mediator")],
        people=[
            Person("p1", "Jane Doe", ["Jane Doe", "J. Doe"], ["chief negotiator"], one, [sa[1], sb[1]]),
            Person("p2", "John Roe", ["John Roe"], [], two, [sa[1]], kind="journalist"),
        ],
        delegations=[Delegation(one, [Member("p1", "chief negotiator", True, [sa[1]])]), Delegation(two, [])],
        demands=[
            Claim("d1", f"{one} wants a binding cap first.", [sa[2]], party=one, stance="demand"),
            Claim("d2", f"{two} rejects the cap.", [sb[2]], party=two, stance="reject"),
            Claim("d3", "An unattributed position.", [sb[-1]], stance="position"),
        ],
        places=[Place("pl1", "Capital City", ["Capital City", "the capital"], [sa[0]], "city")],
        discrepancies=[Claim("x1", "The outlets differ on the round.", [sa[0], sb[0]], about="round")],
        outcomes=[
            Claim("o1", "A joint technical committee is set up.", [sb[1]], status="agreed"),
            Claim("o2", "No agreement on the cap.", [sb[2]], status="not agreed"),
            Claim("o3", "The cap goes to the next round.", [sb[-1]], status="deferred"),
        ],
    )


def own_copy(tmp_path: Path) -> Path:
    """A copy of our own articles in ``tmp_path/talks``, for a test that edits them or writes beside them."""
    dest = tmp_path / "talks"
    shutil.copytree(OWN, dest)
    return dest


def write_curated(folder: Path) -> Path:
    """Give ``folder`` a curated briefing.md: the sample briefing over its articles, sides Norway and Iceland."""
    b = sample_briefing(load_sources([folder])[0], ("Norway", "Iceland"))
    (folder / "briefing.md").write_text(render(b), encoding="utf-8")
    return folder


def replace_once(path: Path, old: str, new: str) -> None:
    """Replace the first ``old`` in the file with ``new``; fail if it is not there, so an edit never silently misses."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def claims_view(b: Briefing) -> list[tuple]:
    """What must survive a round trip, claim by claim (ids are positional in Markdown)."""
    return [
        (" ".join(c.text.split()), c.citations, c.party, c.stance, c.about, c.status, c.reported) for c in b.claims()
    ]


def entities_view(b: Briefing) -> tuple:
    people = {p.id: p.name for p in b.people}
    return (
        [(p.name, p.aliases, p.role) for p in b.parties],
        [(p.name, set(p.variants), p.roles, p.party, p.mentions, p.kind) for p in b.people],
        [
            (d.party, [(people.get(m.person, m.person), m.role, m.lead, m.citations) for m in d.members])
            for d in b.delegations
        ],
        [(p.name, set(p.variants), p.mentions, p.kind) for p in b.places],
    )
