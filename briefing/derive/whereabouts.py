"""Who was at the talks: outlets that place a person at the table and outlets that do not.

Read from what a sentence says of a named person, in the words after the
name (up to the next person named) and in a relative clause about them:
*absent* ("by video link from Lima", "did not travel", "followed the
round from Oslo", "took no part", "met them on the sidelines only") wins
over *present* ("attended", "arrived in", "was in the room", "joined the
mediators", "led the delegation in Seoul") in one sentence, since the
absent cue is the qualification. Two outlets contradict when one only
places the person there and the other only away.
"""

from __future__ import annotations

from briefing import patterns
from briefing.derive.contradictions import Assertion, Found, contradictions
from briefing.derive.locator import PersonLocator
from briefing.model import Person, Source

_ABSENT = patterns.compile(
    r"\bby\s+(?:video(?:\s*(?:link|conference|call))?|videoconference)\b|\bvideoconference\b"
    r"|\bremotely\b|\bdid\s+not\s+(?:travel|attend|take\s+part|participate|join)\b|\bdidn[’']t\s+(?:travel|attend)\b"
    r"|\b(?:is|was|were)\s+not\s+(?:in|at|attending|present|among)\b|\bnot\s+attending\b|\btook\s+no\s+part\b"
    r"|\b(?:followed|watched|directed|directing|following|monitored|monitoring|addressed|joined|spoke|speaking)"
    r"\s+(?:[\w’'-]+\s+){0,5}?from\s+(?:the\s+)?[A-Z]"
    r"|\bstayed\s+(?:in|at|behind|home)\b|\bon\s+the\s+sidelines\s+only\b|\bonly\s+on\s+the\s+sidelines\b",
)
_PRESENT = patterns.compile(
    r"\b(?:attended|attending|arrived\s+in|arrived\s+on|flew\s+in(?:to)?|was\s+in\s+the\s+room|in\s+the\s+room\b"
    r"|took\s+part\s+in|joined\s+the\s+(?:talks|mediators|session|sessions|negotiations|meeting|round)"
    r"|sat\s+(?:in|at)|was\s+present|presided|chaired|led\s+the\s+[\w\s’'-]{0,30}?(?:delegation|team|side)\s+in\b)"
)
#: How far after a name its predicate is read, at most.
SPAN = 220


def attendance_contradictions(
    sources: list[Source], people: list[Person], outlet: dict[str, str], names: dict[str, str]
) -> list[Found]:
    """People one outlet places at the talks and another away from them."""
    officials = [p for p in people if p.kind != "journalist"]
    locator = PersonLocator.shared(sources, officials)
    assertions = []
    for n, src in enumerate(sources):
        for sent in src.body:
            found = locator.find(sent)
            for i, (mention, person) in enumerate(found):
                end = found[i + 1][0].start if i + 1 < len(found) else len(sent.text)
                span = sent.text[mention.end : min(end, mention.end + SPAN)]
                value = _where(span)
                if value is None:
                    continue
                aspect = f"Whether {person.name} was at the talks"
                shown = " ".join([mention.surface, *span.split()[:12]]).rstrip(",;:.")
                assertions.append(
                    Assertion("attendance", aspect, value, shown, sent.id, outlet[src.id], (n, sent.index))
                )
    return contradictions(assertions, lambda a, b: a == b, names)


def _where(span: str) -> str | None:
    if _ABSENT.search(span):
        return "away"
    if _PRESENT.search(span):
        return "there"
    return None
