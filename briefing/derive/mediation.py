"""Who sits at the table as a third party: mediators, facilitators, guarantors, observers, chairs.

News English names them through a person as often as through a state: "mediated by Margarethe X,
the EU's special representative", "under the facilitation of H.E. Y, Minister of Foreign Affairs of
Togo", "the mediator, Z, said", "the EU's Z chaired", "with Japanese ambassador K sitting in as an
observer"; or as states acting in a role: "with Chile, Norway and Brazil acting as guarantor
countries", "the guarantor countries — Chile, Norway and Brazil —", "the Malaysian facilitator",
"Malaysian-facilitated talks". The person's side is then a mediator. A host who only opens the talks,
welcomes the teams or gives a dinner is named by none of these and stays out.
"""

from __future__ import annotations

import re
from collections import Counter

from briefing import patterns
from briefing.derive.locator import PersonLocator
from briefing.model import Person, Source

#: Roles a third party plays at the table (singular or plural).
_THIRD = r"(?:co-)?(?:mediators?|facilitators?|guarantors?|observers?|co-chairs?)"
#: Before a person: the cue, then perhaps a title ("facilitated by Togo's Foreign Minister").
_BEFORE_PERSON = patterns.compile(
    r"(?:\b(?:mediated|brokered|moderated|facilitated|chaired|co-chaired)\s+(?:jointly\s+)?by"
    r"|\bunder\s+the\s+(?:\w+\s+)?(?:auspices|aegis|mediation|facilitation|chairmanship)\s+of"
    r"|\b[Tt]he\s+(?:\w+\s+)?(?:mediator|facilitator)(?:\s+was|\s+is|,)?)"
    r"\s+(?P<gap>[^;:.()]{0,60})$"
)
#: After a person: "X mediated", "X chaired.", "X, ..., sitting in as an observer".
_AFTER_PERSON = patterns.compile(
    r"(?:,[^,;]{0,60},)?\s+(?:(?:mediated|facilitated|chaired|moderated|co-chaired)\b(?!\s+by)"
    rf"|(?:sitting\s+in\s+|acting\s+|serving\s+|sat\s+in\s+|attending\s+|present\s+)?as\s+(?:the\s+|an?\s+)?{_THIRD}\b)"
)
#: After a state or organisation: "Norwegian and Swiss mediators", "acting as guarantor countries",
#: "the Malaysian facilitator", "Japan's ambassador as observer".
NOUN_AFTER_ACTOR = patterns.compile(
    r"\s*(?:co-)?mediat(?:or|ors|ing\s+(?:states|countries|powers))\b"
    r"|\s+(?:facilitators?|guarantors?)\b(?!\s+(?:of|for)\b)"
    r"|(?:['’]s\s+(?:[\w-]+\s+){1,2})?(?:,\s*)?\s*(?:acting\s+|serving\s+|sitting\s+in\s+|attending\s+|present\s+)?"
    r"as\s+(?:the\s+|an?\s+)?"
    r"(?:guarantor\s+(?:countries|states|nations|powers)|" + _THIRD + r")\b"
)
#: Before a list of states: "the guarantor countries Chile, Norway and Brazil", "guarantors: A and B".
GUARANTORS_BEFORE = patterns.compile(
    r"\bguarantors?(?:\s+(?:countries|states|nations|powers))?\s*[,:—–-]?\s*(?:were\s+|are\s+|being\s+)?",
    re.IGNORECASE,
)
#: Words in the clause before a delegation cue that make its members third parties, not a side:
#: "The guarantor countries ... were represented by A, B and C".
THIRD_PARTY_SUBJECT = patterns.compile(rf"\b{_THIRD}\b|\bguarantor\s+(?:countries|states)\b", re.IGNORECASE)
#: What joins a second mediator to the first: "A and B", "A together with B, the UN's envoy".
_JOINED = patterns.compile(
    r"(?:,[^,;]{0,80},)?\s*(?:,\s*)?(?:and|together\s+with|alongside|with)\s+(?:[\w.’'-]+\s+){0,6}"
)
#: Cheap test before the regexes.
_HINTS = ("mediat", "facilitat", "chair", "observer", "guarantor", "auspices", "aegis", "broker", "moderat")


def person_mediation(sources: list[Source], people: list[Person]) -> Counter[str]:
    """For each side, how many times one of its people is named as mediating, facilitating, chairing
    or observing."""
    locator = PersonLocator.shared(sources, people)
    out: Counter[str] = Counter()
    hinted: dict[str, bool] = {}  # whether a text holds a hint, read once for its copies
    for src in sources:
        for sent in src.body:
            text = sent.text
            hint = hinted.get(text)
            if hint is None:
                low = text.lower()
                hint = hinted[text] = any(h in low for h in _HINTS)
            if not hint:
                continue
            floor, previous = 0, False
            for mention, person in locator.find(sent):
                before = text[max(floor, mention.start - 120) : mention.start]
                cued = bool(_BEFORE_PERSON.search(before) or _AFTER_PERSON.match(text, mention.end))
                cued = cued or (previous and bool(_JOINED.fullmatch(before)))  # "chaired by A together with B"
                if cued and person.party and not mention.possessive:
                    out[person.party] += 1
                floor, previous = mention.end, cued
    return out
