"""The grammar of the Markdown briefing, shared by its writer and its reader.

Section and sub-section headings, stance labels, the field separator, and
how a citation is written (``[^source:hash "quote…"]``, ``[^"fragment"]``,
``[^source "fragment"]``, ``[^source:h1,h2]``). The format is documented in
the README ("The Markdown briefing format").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline

from briefing import patterns
from briefing.formats.anchoring import Anchor
from briefing.model import OUTCOME_STATUSES

HEADER = '<!-- briefing/1 · edit freely · citations: [^source:sentence "quote"] or [^"a fragment"] -->'
SOURCES, SUMMARY, OUTCOMES, DELEGATIONS, DEMANDS, ENTITIES, DISCREPANCIES = (
    "Sources",
    "Summary",
    "Outcomes",
    "Delegations",
    "Key demands",
    "People and places",
    "Discrepancies",
)
SECTIONS = (SOURCES, SUMMARY, OUTCOMES, DELEGATIONS, DEMANDS, ENTITIES, DISCREPANCIES)
PARTIES, PEOPLE, PLACES = "Parties", "People", "Places"
#: The heading demands without a party are listed under.
UNATTRIBUTED = "Unattributed"


def unattributed_heading(names: set[str]) -> str:
    """The heading for demands without a party: "Unattributed", or, if a party has that name, the next free one.

    A party may be called anything, "Unattributed" included; the heading of
    the party-less demands must then differ from it, or the two groups would
    merge and read back as one ("Unattributed (no party)", then "... 2", ...).
    """
    n = 0
    while _unattributed(n) in names:
        n += 1
    return _unattributed(n)


def no_party_heading(headings: Iterable[str], parties: set[str]) -> str | None:
    """Which demands heading stands for no party: the writer's latest choice among those present and not a
    declared party (a lower one is then a party's name, which the writer stepped past)."""
    found = [n for h in headings if h not in parties and (n := _unattributed_number(h)) is not None]
    return _unattributed(max(found)) if found else None


def _unattributed(n: int) -> str:
    return UNATTRIBUTED if n == 0 else f"{UNATTRIBUTED} (no party{'' if n == 1 else f' {n}'})"


def _unattributed_number(heading: str) -> int | None:
    if heading == UNATTRIBUTED:
        return 0
    m = re.fullmatch(re.escape(UNATTRIBUTED) + r" \(no party(?: ([2-9]|[1-9]\d+))?\)", heading)
    return None if m is None else int(m[1] or 1)


#: Stance labels as written before a demand, and the stance each stands for.
STANCE_LABELS = {
    "demand": "Demand",
    "reject": "Rejects",
    "condition": "Condition",
    "offer": "Offer",
    "position": "Position",
}
STANCE_OF = {
    **{label.lower(): stance for stance, label in STANCE_LABELS.items()},
    **{s: s for s in STANCE_LABELS},
    "demands": "demand",
    "rejects": "reject",
    "rejection": "reject",
    "conditions": "condition",
    "offers": "offer",
}
#: Status labels as written before an outcome, and the status each stands for.
STATUS_LABELS = {status: status.capitalize() for status in OUTCOME_STATUSES}
STATUS_OF = {label.lower(): status for status, label in STATUS_LABELS.items()}
#: After a demand's stance label when only second-hand reports carry it: ``**Demand (reported):**``.
REPORTED = "(reported)"


def stance_label(stance: str | None, reported: bool) -> str | None:
    """The label written before a demand: its stance, and whether it is only reported."""
    label = STANCE_LABELS.get(stance or "", stance)
    return f"{label or STANCE_LABELS['demand']} {REPORTED}" if reported else label


def read_stance_label(label: str | None) -> tuple[str | None, bool]:
    """(stance, reported) of a written label, stance None when the label names no stance."""
    raw = (label or "").rstrip(":").strip()
    reported = raw.lower().endswith(REPORTED)
    if reported:
        raw = raw[: -len(REPORTED)].strip()
    return STANCE_OF.get(raw.lower()), reported


SEP = " · "
WARNING = "warning"
#: The status of a finding for an article the briefing lists that is not among the articles read.
MISSING = "missing"

CITATION = patterns.compile(
    r"\[\^(?P<ref>[^\s\"“\[\]]+)?[ \t]*(?:\"(?P<q>(?:[^\"\\\n]|\\.)*)\"|“(?P<cq>[^”\n]*)”)?[ \t]*\]"
)
REF = patterns.compile(r"(?P<src>[\w.-]+)(?::(?P<hashes>[\w-]+(?:,[\w-]+)*))?")
FIELD = patterns.compile(r"(?P<key>[A-Za-z]+):\s*(?P<value>.*)")


def format_citation(anchor: Anchor) -> str:
    """The written form of a citation: ``[^ref "quote"]``, ``[^source "quote"]`` or ``[^"quote"]``."""
    ref = anchor.ref or anchor.source or ""
    quote = '"' + anchor.quote.replace("\\", "\\\\").replace('"', '\\"') + '"' if anchor.quote else ""
    return f"[^{ref}{' ' if ref and quote else ''}{quote}]"


@cache
def markdown_parser() -> MarkdownIt:
    """CommonMark plus the citation rule (``text_join`` off so escapes stay distinguishable); built once."""
    md = MarkdownIt("commonmark")
    md.inline.ruler.before("link", "citation", _citation_rule)
    md.disable("text_join")
    md.add_render_rule("citation", lambda self, tokens, idx, options, env: tokens[idx].content)
    return md


def _citation_rule(state: StateInline, silent: bool) -> bool:
    if not state.src.startswith("[^", state.pos):
        return False
    m = CITATION.match(state.src, state.pos)
    if not m or not (m["ref"] or m["q"] is not None or m["cq"] is not None):
        return False
    if not silent:
        token = state.push("citation", "", 0)
        token.content = m.group(0)
        quote = m["cq"] if m["q"] is None else re.sub(r"\\(.)", r"\1", m["q"])
        token.meta = {"ref": m["ref"], "quote": quote}
    state.pos = m.end()
    return True
