"""Where a story was filed: the dateline that opens it ("TRIPOLI — ...", "DAEGU, South Korea, Mar 3 (Wire) — ...").

A dateline names a place even when no gazetteer knows it (whether it is where
the talks were is another matter); its capitals are turned back into a
sentence's case (:func:`dateline_case`).
"""

from __future__ import annotations

from briefing import patterns
from briefing.derive.lexicon import UPPER

#: A word in capitals; a dateline is one to four of them ("SOMEWHERE IN X — ..." too).
_UPPER = r"[^\W\d_a-z](?:[^\W\d_a-z]|['’.-])+"
_DATELINE = patterns.compile(
    rf"^(?:(?:SOMEWHERE\s+)?(?:IN|NEAR|OUTSIDE)\s+)?(?P<name>{_UPPER}(?:\s+{_UPPER}){{0,3}})"
    rf"(?:(?:\s+\([^()]{{1,40}}\))?\s*[–—-]\s+(?=[{UPPER}])|,\s+(?:[{UPPER}][a-z]+(?:\s+[{UPPER}][a-z]+)?,\s+)?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d)"
)
#: Words a page writes in capitals before a dash that name no place: "LIVE —", "BREAKING —".
_LABELS = frozenset(
    "LIVE BREAKING UPDATE UPDATED EXCLUSIVE ANALYSIS OPINION WATCH EDITORIAL COMMENT MORE ALSO PRESS RELEASE "
    "STATEMENT JOINT NEWS REPORT FEATURE INTERVIEW VIDEO PHOTOS SPECIAL URGENT FLASH ALERT".split()
)
#: Words that stay in lower case inside a name ("Lanao del Sur").
_CONNECTORS = frozenset("de del da do dos das di du la le el al of the and".split())


def dateline(text: str) -> tuple[str, str] | None:
    """The place a sentence's dateline names, as a sentence writes it and as the dateline does; None without one."""
    m = _DATELINE.match(text) if text[:1].isupper() and text[1:2].isupper() else None
    if m and not set(m.group("name").split()) & _LABELS and len(text[m.end() :].split()) >= 4:
        upper = m.group("name")  # (a masthead's "X — English edition" opens no sentence)
        return " ".join(dateline_case(w, i) for i, w in enumerate(upper.split())), upper
    return None


#: Hyphenated parts of a name that stay in lower case: "Dar-es-Salaam", "Mazar-i-Sharif", "Stratford-upon-Avon".
_HYPHEN_CONNECTORS = frozenset("es i e a al el ul ud de di du la le on upon sur sous en".split())


def dateline_case(word: str, index: int) -> str:
    """A dateline's word as a sentence writes it: "KALMAR-SUND" -> "Kalmar-Sund" (not "Kalmar-sund", which
    reads as a compound adjective), "DAR-ES-SALAAM" -> "Dar-es-Salaam", "DE" -> "de" inside a name."""
    if index and word.lower() in _CONNECTORS:
        return word.lower()
    parts = word.split("-")
    return "-".join(
        p.lower() if i and p.lower() in _HYPHEN_CONNECTORS and i < len(parts) - 1 else p.capitalize()
        for i, p in enumerate(parts)
    )
