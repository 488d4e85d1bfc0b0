"""A refusal of the other side's proposal names that side's position: what it proposed or demanded.

"Zagreb rejects the Serbian proposal to use the 1991 maps" is Croatia's refusal and, second-hand,
Serbia's offer; "turned down Belgrade's call for joint patrols" is Serbia's demand. A mediator's
bridging proposal is no side's position, and a proposal without an owner names nobody.
"""

from __future__ import annotations

import re

from briefing import patterns
from briefing.derive.demands.speakers import Speakers

#: What one side refuses may be the other's proposal: "rejects the Serbian proposal to use the 1991 maps",
#: "turned down Zagreb's call for a joint patrol".
_OWNED_PROPOSAL = patterns.compile(
    r"^(?:the\s+(?P<adj>(?-i:[A-Z])[\w’'-]+)|(?P<owner>(?-i:[A-Z])[\w’'-]+)[’']s?)\s+(?:new\s+|latest\s+)?"
    r"(?P<noun>proposal|plan|offer|idea|demand|call|request|insistence)s?\s+(?P<link>to|for|that)\s+(?P<rest>.+)$",
    re.IGNORECASE | re.DOTALL,
)


def refused_proposal(stance: str, words: str, party: str, speakers: Speakers) -> list[tuple[str, str, str]]:
    """The proposal a side refuses, as its owner's position: the owner offers (a proposal, plan, offer,
    idea) or demands (a demand, call, request) what the refusal names."""
    m = _OWNED_PROPOSAL.match(words) if stance == "reject" else None
    owner = speakers.direct(m.group("adj") or m.group("owner")) if m else None
    if m is None or owner is None or owner == party or len(m.group("rest").split()) < 2:
        return []
    if speakers.role(owner) != "party":
        return []  # a mediator's bridging proposal is no side's position
    offered = m.group("noun").lower() in {"proposal", "plan", "offer", "idea"}
    rest = m.group("rest")
    said = f"to {rest}" if m.group("link").lower() == "to" else rest
    return [(owner, "offer" if offered else "demand", said)]
