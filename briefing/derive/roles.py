"""Role phrases compared: the head nouns of titles, and whether two people's titles are one title.

Used to tell people with one surname apart ("Minister Jeon" is the minister,
not the ambassador Jeon) and to recognise one person under a garbled given
name ("Help Carvajal", "Secretary of Energy", is "Socorro Carvajal
Mena", "Secretary of Energy").
"""

from __future__ import annotations

import re

from briefing import patterns
from briefing.derive.memo import per_run
from briefing.derive.title_vocabulary import HEAD_NOUNS

#: Words that make a title somebody else's now: "former foreign minister", "the late president".
_ANOTHER = patterns.compile(r"\b(?:former|late|ex-|then-|father|predecessor)\b", re.IGNORECASE)
_WORD = patterns.compile(r"[a-z][a-z-]*")
_DETERMINER = patterns.compile(r"^(?:the|a|an|his|her|its|their)\s+")
#: Head nouns too general to tell two people apart.
_VAGUE = frozenset({"official", "member", "head", "chief", "leader", "deputy", "officer", "representative"})


def role_heads(roles: list[str]) -> set[str]:
    """The head nouns in a person's titles; vague ones ("official", "head") left out."""
    heads: set[str] = set()
    for role in roles:
        heads |= _heads(role)
    return heads


@per_run()  # a person's roles are compared with every namesake's: each phrase is read once
def _heads(role: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(role.lower()) if w in HEAD_NOUNS and w not in _VAGUE)


@per_run()
def _normalised(role: str) -> str:
    return _DETERMINER.sub("", " ".join(_WORD.findall(role.lower())))


def shares_role(a: list[str], b: list[str]) -> bool:
    """Whether two people hold one title, word for word ("Secretary of Economy" twice), now."""
    return bool(held_titles(a)[0] & held_titles(b)[1])


def held_titles(roles: list[str]) -> tuple[set[str], set[str]]:
    """What :func:`shares_role` compares of one person's titles, held now: those with a head noun, and all.

    Two people share a role when the first set of one meets the second of the other; a caller comparing
    one person with many reads each person's titles once."""
    now = {r for r in roles if not marks_another(r)}
    return {_normalised(r) for r in now if _has_head(r)}, {_normalised(r) for r in now}


def _has_head(role: str) -> bool:
    return bool(_heads(role))


@per_run()
def marks_another(role: str) -> bool:
    """ "former foreign minister": a title that someone held before, not one they hold now."""
    return bool(_ANOTHER.search(role))
