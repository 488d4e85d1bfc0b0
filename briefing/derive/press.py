"""The press: journalists and photographers named in bylines and credits, and the outlets' own names.

Ingestion marks bylines (``Source.byline``, "byline" boilerplate) and
credit lines ("credits": "Reporting by A; Editing by B", "(AP Photo/C)");
a photo credit glued to a paragraph by a careless paste is recognised here
too. Everyone named there reports on the talks: a person of no party, never
a delegate. An outlet's name ("Monterrey Económico") is no person either.
"""

from __future__ import annotations

import re

from briefing import patterns
from briefing.derive.mentions import CREDIT_LINE, CREDIT_NAMES
from briefing.derive.names import name_key, name_tokens
from briefing.derive.quick_re import quick_compile
from briefing.derive.title_vocabulary import ORGANISATION_WORDS
from briefing.model import Person, Source

#: "(AP Photo/Nasser al-Ghafri)", "( Photos: A, B / AFP )", "Photo: Biniam Tekle/Reuters".
PHOTO_CREDIT = patterns.compile(
    r"\(\s*(?:[A-Z]{2,}\s+)?Photos?\s*/\s*(?P<a>[^)]+?)\s*\)"
    r"|\b(?:Photos?|Pictures?|Images?|Foto|Fotoğraf|Credit)\s*:\s*(?P<b>[^/()|\n]+?)\s*/\s*[A-Z][\w.]*"
)
#: The words a photo credit needs, as plain text: a line holding none is not scanned for :data:`PHOTO_CREDIT`.
_PHOTO_WORD = patterns.compile("Photo|Picture|Image|Foto|Credit")
#: A byline's date glued to the name: "Njeri KamauThursday, 9 April 2026".
_GLUED_DATE = patterns.compile(
    r"(?<=[a-zà-ÿ])(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|\d)"
)
#: One part of a credit line naming the work after the names: "Priya Nair and Tom Reed reporting",
#: "Ana Ruiz reporting from Lima"; the whole line is such parts joined by semicolons.
_CREDIT_PART = patterns.compile(
    r"^(?P<names>[A-Z][\w'’.-]*(?:,?\s+(?:[A-Z][\w'’.-]*|and|&|de|van|von|al|el|da|di|du|bin))*)\s+"
    r"(?:reporting|writing|editing|reported|wrote|edited|contributed)"
    r"(?:\s+(?:from|in)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\.?$"
)
#: A byline the page glued to its date or set before a dateline: "Mariama Sow23 October 2026, 07:40",
#: "Garba Ibrahim, ABUJA | 23 October 2026", "Chen Xiaoyu2026-06-09 20:31".
_HEAD_BYLINE = patterns.compile(
    r"^(?P<name>[A-Z][^\W\d_'’-]*(?:['’-][^\W\d_]+)*(?:\s+[A-Z][^\W\d_'’-]*(?:['’-][^\W\d_]+)*){1,3}?)(?:,\s+[A-Z]{3,}(?:\s+[A-Z]{3,})?\s*[|·•–—-]\s*)?"
    r"(?=\d{1,4}(?:[-/.\s]\d{1,2}[-/.\s]|\s+[A-Z][a-z]+\s+\d{4}))"
)
#: How many lines from the top a page's byline may stand.
HEAD_LINES = 12
_SEPARATORS = patterns.compile(r"\s*(?:,|;|\band\b|&|\bin\s+[A-Z]\w+)\s*")
_BY = patterns.compile(r"^\s*(?:by|from)\s*:?\s+", re.IGNORECASE)
#: Words that make a byline a desk, not a person ("TB247 Desk", "Monterrey Económico staff").
_DESK = quick_compile(r"\b(?:staff|desk|newsdesk|admin|editorial|office|team|agencies|wires?)\b", re.IGNORECASE)


def outlet_names(sources: list[Source]) -> set[str]:
    """The outlets' names as the text may write them ("The Mombasa Tribune", "Mombasa Tribune")."""
    names: set[str] = set()
    for src in sources:
        if src.outlet:
            names.add(src.outlet)
            names.add(re.sub(r"^The\s+", "", src.outlet))
    return names


def journalists(sources: list[Source], people: list[Person]) -> list[Person]:
    """People named in bylines and credit lines: journalists, or photographers for photo credits.

    A name already found in the body (a correspondent quoted there) is marked as the press instead.
    """
    found: dict[str, Person] = {}
    by_key = {name_key(v): p for p in people for v in [p.name, *p.variants]}
    for name, role in sorted(set(_credited(sources))):
        known = by_key.get(name_key(name))
        person = known or found.setdefault(name, Person(id="", name=name, variants=[name]))
        person.kind = "journalist"
        person.party = None
        if role not in person.roles:
            person.roles.append(role)
    return [found[n] for n in sorted(found)]


def _credited(sources: list[Source]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for src in sources:
        bylines = [src.byline] if src.byline else [b.text for b in src.boilerplate if b.kind == "byline"]
        bylines = bylines or _head_bylines(src.text)
        for line in bylines:
            out.extend((n, "journalist") for n in _names(_GLUED_DATE.split(_BY.sub("", line))[0]))
        credit_lines = [b.text for b in src.boilerplate if b.kind in ("credits", "caption")]
        for line in [*credit_lines, *(s.text for s in src.body)]:
            if CREDIT_LINE.match(line):
                for credit in CREDIT_NAMES.finditer(line):
                    out.extend((n, "journalist") for n in _names(credit.group(1)))
            else:
                out.extend((n, "journalist") for n in _credit_after(line))
            for credit in PHOTO_CREDIT.finditer(line) if _PHOTO_WORD.search(line) else ():
                out.extend((n, "photographer") for n in _names(credit.group("a") or credit.group("b")))
    return out


def _head_bylines(text: str) -> list[str]:
    """A byline ingestion left unmarked in the page's head: a name glued to the date ("Mariama
    Sow23 October 2026") or before a dateline ("Garba Ibrahim, ABUJA | 23 October 2026")."""
    out: list[str] = []
    for line in text.splitlines()[:HEAD_LINES]:
        m = _HEAD_BYLINE.match(line.strip())
        if m and len(line) < 90:
            out.append(m.group("name"))
    return out[:1]


def _credit_after(line: str) -> list[str]:
    """The names of a credit line that names the work after them, when every part of it does so."""
    if len(line) > 200 or not line.strip().rstrip(".").endswith(("ing", "ed", "wrote", ")")):
        return []
    parts = [_CREDIT_PART.match(part.strip()) for part in line.strip(" ().").split(";")]
    if not parts or not all(parts):
        return []
    return [n for m in parts if m for n in _names(m.group("names"))]


def _names(text: str) -> list[str]:
    """The person names in a credit's list: two words or more, capitalised, no desk or organisation."""
    out: list[str] = []
    for part in _SEPARATORS.split(text.strip()):
        part = part.strip(" .:|")
        words = part.split()
        if len(name_tokens(part)) < 2 or len(words) > 4 or _DESK.search(part):
            continue
        if any(ch.isdigit() for ch in part) or any(w in ORGANISATION_WORDS for w in words):
            continue
        if all(w[:1].isupper() or w.lower() in ("al", "el", "bin", "de", "van", "von") for w in words):
            out.append(part)
    return out
