"""What each briefing section lists: one entry per claim, demand, member, person or place.

Pure functions from a ``Briefing`` to rows of rich ``Text`` (article text
is never markup), each knowing its location and the sentences it cites;
the section widgets only display them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from rich.text import Text

from briefing.app.text import plain
from briefing.history import Location
from briefing.model import Briefing, Claim, Delegation, Head, Member, Party, Person

#: The briefing sections, in the order of their number keys: (name, title). The title is the
#: tab's label and the name help, the footer and the palette use: one name per section everywhere.
SECTIONS: tuple[tuple[str, str], ...] = (
    ("summary", "Summary"),
    ("outcomes", "Outcomes"),
    ("delegations", "Delegations"),
    ("demands", "Demands"),
    ("people", "People"),
    ("discrepancies", "Discrepancies"),
)

#: Each section's tab label (its title), short so the tabs fit half of a 120-column terminal.
TAB_LABELS = dict(SECTIONS)

#: What each section holds, said where there is room (help, the palette).
SECTION_HINTS = {
    "summary": "the main claims, each with its citations",
    "outcomes": "what the talks produced: agreed, not agreed or deferred",
    "delegations": "who sits at the table for each party (★ leads)",
    "demands": "what each party demands, rejects or holds as a position",
    "people": "people, parties and places, with their mentions",
    "discrepancies": "where outlets disagree",
}

#: Location panes shown by a section other than their own name.
PANE_SECTION = {"places": "people"}

LEAD = "★"


@dataclass(slots=True)
class Entry:
    """One line of a section: a heading when ``location`` is None, a fold when ``more`` names its group.

    ``content`` is the line's text, or a function making it: a large briefing
    lists tens of thousands of entries but shows a few hundred (see
    :func:`folded`), and only those are ever styled.
    """

    content: Text | Callable[[], Text]
    location: Location | None = None
    citations: list[str] = field(default_factory=list)
    more: str | None = None

    @property
    def is_heading(self) -> bool:
        return self.location is None and self.more is None

    @property
    def prompt(self) -> Text:
        if not isinstance(self.content, Text):
            self.content = self.content()
        return self.content


def heading(title: str) -> Entry:
    """A group's heading row; ``title`` is often a party's name, outside text."""
    return Entry(plain(title, "bold underline"))


#: About this many entries are listed per section at first; each group keeps at least ``MIN_SHOWN``.
SHOWN_BUDGET = 300
MIN_SHOWN = 10
#: How many more entries each Enter on a fold shows.
MORE_STEP = 100


def groups_of(entries: list[Entry]) -> list[tuple[str, list[Entry]]]:
    """(heading, items) runs: a heading starts a group; items before any heading form the group ""."""
    out: list[tuple[str, list[Entry]]] = []
    for entry in entries:
        if entry.is_heading:
            out.append((entry.prompt.plain, [entry]))
        elif out:
            out[-1][1].append(entry)
        else:
            out.append(("", [entry]))
    return out


def folded(entries: list[Entry], shown: dict[str, int]) -> list[Entry]:
    """The entries with each long group cut to its share, and a fold row that shows more.

    A thousand-article briefing holds tens of thousands of demands; a list
    widget lays out every row it holds, so a pane lists what can be read
    and says how much more there is. ``shown`` maps a group to how many of
    its items the reader has unfolded.
    """
    groups = groups_of(entries)
    share = max(MIN_SHOWN, SHOWN_BUDGET // max(1, len(groups)))
    out: list[Entry] = []
    for name, group in groups:
        head = group[:1] if group[0].is_heading else []
        items = group[len(head) :]
        limit = max(share, shown.get(name, 0))
        out += head + items[:limit]
        rest = len(items) - limit
        if rest > 0:
            step = min(rest, MORE_STEP)
            label = Text(f"  … {rest:,} more", style="italic")
            label.append(f" (Enter shows {step:,})", style="dim")
            out.append(Entry(label, more=name))
    return out


#: Citation markers shown on an entry; more are counted, not listed (``]`` walks them all).
MAX_MARKERS = 5


def markers(count: int) -> str:
    shown = "".join(f"[{i}]" for i in range(1, min(count, MAX_MARKERS) + 1))
    return f"{shown} +{count - MAX_MARKERS} more" if count > MAX_MARKERS else shown


def outlet_count(n: int) -> str:
    return f"{n} outlet" if n == 1 else f"{n} outlets"


def mentions(n: int) -> str:
    return f"{n} mention" if n == 1 else f"{n} mentions"


def claim_prompt(claim: Claim) -> Text:
    text = plain(claim.text)
    text.append(f" {markers(len(claim.citations))}", style="bold")
    text.append(f" · {outlet_count(claim.outlets)}", style="dim")
    return unresolved_mark(text, len(claim.unresolved))


def unresolved_mark(text: Text, count: int) -> Text:
    """A curated briefing's citations that match no sentence any more, flagged where they are."""
    if count:
        text.append(f" ⚠ {count} unresolved", style="bold red")
    return text


def summary_entries(b: Briefing | Head) -> list[Entry]:
    return [Entry(claim_prompt(c), Location("summary", c.id), list(c.citations)) for c in b.summary]


#: Headings of the Outcomes tab, one per status, in the order they are listed.
STATUS_TITLES = {"agreed": "Agreed", "not agreed": "Not agreed", "deferred": "Deferred"}


def outcome_entries(b: Briefing) -> list[Entry]:
    """Outcomes under a heading per status (agreed, not agreed, deferred), best attested first in each."""
    groups: dict[str, list[Claim]] = {}
    for c in b.outcomes:
        groups.setdefault(STATUS_TITLES.get(c.status or "", "Other"), []).append(c)
    out: list[Entry] = []
    for title in [*STATUS_TITLES.values(), "Other"]:
        if title in groups:
            out.append(heading(title))
            for c in groups[title]:
                out.append(Entry(partial(bullet_prompt, c), Location("outcomes", c.id), list(c.citations)))
    return out


def _party_order(b: Briefing, names: list[str]) -> list[str]:
    """Parties first, mediators after, in the order the briefing lists them."""
    role = {p.name: p.role for p in b.parties}
    return sorted(dict.fromkeys(names), key=lambda n: (role.get(n) == "mediator", names.index(n)))


def _party_title(parties: dict[str, Party], name: str) -> str:
    party = parties.get(name)
    return f"{name} (mediator)" if party is not None and party.role == "mediator" else name


def delegation_entries(b: Briefing) -> list[Entry]:
    parties = {p.name: p for p in b.parties}
    by_party: dict[str, Delegation] = {d.party: d for d in b.delegations}
    out: list[Entry] = []
    for name in _party_order(b, [d.party for d in b.delegations]):
        out.append(heading(_party_title(parties, name)))
        for member in by_party[name].members:
            person = b.person_index.get(member.person)
            citations = list(member.citations) or (list(person.mentions) if person else [])
            out.append(Entry(partial(member_prompt, member, person), Location("delegations", member.person), citations))
    return out


def member_prompt(member: Member, person: Person | None) -> Text:
    text = Text(f"{LEAD} " if member.lead else "  ")
    text.append_text(plain(person.name if person else member.person, "bold" if member.lead else ""))
    if member.lead:
        text.append(" (lead)", style="bold")
    if member.role:
        text.append(" — ").append_text(plain(member.role))
    others = [v for v in person.variants if v != person.name] if person else []
    if others:
        text.append_text(plain(f"  also: {', '.join(others)}", "dim italic"))
    return unresolved_mark(text, len(member.unresolved))


def demand_entries(b: Briefing) -> list[Entry]:
    """Each party's demands under its name, the best attested first (most outlets, then most sentences)."""
    parties = {p.name: p for p in b.parties}
    groups: dict[str, list[Claim]] = {}
    for d in b.demands:
        groups.setdefault(d.party or "Unattributed", []).append(d)
    out: list[Entry] = []
    for name in _party_order(b, list(groups)):
        out.append(heading(_party_title(parties, name)))
        for d in sorted(groups[name], key=lambda d: (-d.outlets, -len(d.citations))):
            out.append(Entry(partial(demand_prompt, d), Location("demands", d.id), list(d.citations)))
    return out


#: How each stance reads before a demand, and its style (bold, so it shows without colour too).
STANCE_PREFIX = {
    "demand": ("Demand", "bold"),
    "reject": ("Rejects", "bold red"),
    "condition": ("Condition", "bold yellow"),
    "offer": ("Offer", "bold green"),
    "position": ("Position", "bold"),
}


def demand_prompt(d: Claim) -> Text:
    """ "• Rejects: any foreign monitors [1][2] · 2 outlets · reported": stance, the demand, its evidence."""
    label, style = STANCE_PREFIX.get(d.stance or "demand", ((d.stance or "").capitalize(), "bold"))
    text = Text("• ")
    text.append(f"{label}: ", style=style)
    text.append_text(claim_prompt(d))
    if d.reported:
        text.append(" · reported", style="dim italic")
    return text


def bullet_prompt(c: Claim) -> Text:
    """A claim listed under a heading that already says what it is (an outcome under "Agreed")."""
    return Text("• ").append_text(claim_prompt(c))


def people_entries(b: Briefing) -> list[Entry]:
    out: list[Entry] = []
    if b.people:
        out.append(heading("People"))
    for p in b.people:
        detail = ", ".join(x for x in (*p.roles[:2], p.party or "") if x)
        prompt = partial(named_prompt, p.name, f" — {detail}" if detail else "", p.variants, len(p.mentions))
        out.append(Entry(prompt, Location("people", p.id), list(p.mentions)))
    if b.places:
        out.append(heading("Places"))
    for place in b.places:
        kind = f" ({place.kind})" if place.kind else ""
        prompt = partial(named_prompt, place.name, kind, place.variants, len(place.mentions), "italic")
        out.append(Entry(prompt, Location("places", place.id), list(place.mentions)))
    return out


def named_prompt(name: str, detail: str, variants: list[str], count: int, detail_style: str = "") -> Text:
    """A person or a place: the name, what it is, its other spellings, how often it is mentioned."""
    text = plain(name, "bold").append_text(plain(detail, detail_style))
    others = [v for v in variants if v != name]
    if others:
        text.append_text(plain(f"  also: {', '.join(others)}", "dim italic"))
    return text.append(f" · {mentions(count)}", style="dim")


def discrepancy_entries(b: Briefing) -> list[Entry]:
    return [
        Entry(partial(discrepancy_prompt, c), Location("discrepancies", c.id), list(c.citations))
        for c in b.discrepancies
    ]


def discrepancy_prompt(c: Claim) -> Text:
    text = Text()
    if c.about:
        text.append_text(plain(f"{c.about}: ", "bold"))
    return text.append_text(claim_prompt(c))


BUILDERS = {
    "summary": summary_entries,
    "outcomes": outcome_entries,
    "delegations": delegation_entries,
    "demands": demand_entries,
    "people": people_entries,
    "discrepancies": discrepancy_entries,
}

EMPTY = {
    "summary": "No claims derived.",
    "outcomes": "No outcomes reported: nothing agreed, refused or deferred.",
    "delegations": "No delegations found.",
    "demands": "No demands found.",
    "people": "No people or places found.",
    "discrepancies": "No discrepancies between outlets.",
}
