"""What an outcome is about, in words outlets share: one thing worded differently is one thing.

Outlets name the bodies and channels talks set up in their own words, and
machine translation adds its own: "a hotline", "a direct telephone line",
"a permanent communication channel", "the red line of telephone"; "a joint
commission", "a bilateral working group", "a mixed committee", "the common
commission of observation". Read word by word they share little, so the
same commitment from two outlets would be listed twice. Phrases of general
news English are read here as one concept each before words are compared
(a channel between the sides, a joint body, its monitoring, the round fixed
for later), and the
words of one meaning are made one (:func:`briefing.derive.similar.telling_words`).
"""

from __future__ import annotations

import re

from briefing import patterns
from briefing.derive.similar import content_words, telling_words

#: Phrases for a standing line between the sides, each read as "hotline".
_CHANNEL = patterns.compile(
    r"\b(?:hot[\s-]?line|red\s+(?:tele)?phone\s+line|(?:red\s+)?line\s+of\s+(?:the\s+)?(?:tele)?phone(?:\s+direct)?"
    r"|(?:direct\s+)?(?:tele)?phone\s+(?:line|link)|direct\s+(?:communications?\s+)?(?:line|link|channel)"
    r"|(?:permanent\s+|secure\s+|round-the-clock\s+|24-hour\s+)?communications?\s+(?:line|link|channel))\b",
    re.I,
)
#: Phrases for a body the sides set up together, read as "committee" (one class with commission, council).
_BODY = patterns.compile(r"\b(?:working\s+group|group\s+of\s+work|task\s+force|joint\s+mechanism)\b", re.I)
#: A round fixed for later: whatever place and date outlets give, one outcome ("the next round").
_SCHEDULED = patterns.compile(
    r"\b(?:next|following|new|further|another|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
    r"(?:round|session|meeting)\b[^.;]{0,40}?\b(?:will\s+(?:be\s+held|take\s+place|be\s+in)|is\s+to\s+be\s+held"
    r"|is\s+(?:due|scheduled|set)\s+(?:to|for)|to\s+be\s+held)\b|\bmeet\s+again\b|\bto\s+hold\s+the\s+\w+\s+round\b",
    re.I,
)
#: Words of one meaning in what talks set up and do, beyond :data:`briefing.derive.similar.SAME_WORDS`.
_SAME = (
    "joint bilateral mixed common jointly",
    "zone area",
    "monitor monitoring verify verification observation observe observers supervise supervision",
    "release liberation",
    "withdraw retreat",
    "prisoner detainee",
    "licence license permit",
)
_CLASS = {w: content_words(cls)[0] for cls in _SAME for w in content_words(cls)}


def outcome_words(text: str) -> list[str]:
    """Telling words of an outcome, its phrases for a channel or a body read as one concept each."""
    if _SCHEDULED.search(text):
        text += " nextround"
    text = _CHANNEL.sub(" hotline ", text)
    text = _BODY.sub(" committee ", text)
    text = re.sub(r"\bpull(?:s|ed|ing)?\s+back\b|\bpull-?back\b", " withdraw ", text, flags=re.I)
    return [_CLASS.get(w, w) for w in telling_words(text)]
