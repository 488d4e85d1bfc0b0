"""People: mentions (:mod:`briefing.derive.mentions`) merged across outlets into one person each.

Spellings are merged by :mod:`briefing.derive.names`; a bare surname joins
the one person with that surname. The byline's author is a journalist.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from briefing.derive.mentions import (
    CREDIT_LINE,
    CREDIT_NAMES,
    JOURNALIST_ROLE,
    Mention,
    lowercase_vocabulary,
    sentence_mentions,
)
from briefing.derive.names import cluster_names, name_tokens, surname_key
from briefing.model import Person, Source


def find_people(sources: list[Source]) -> list[Person]:
    """Every person named in the body text, spellings merged, plus each byline's author."""
    lower_words = lowercase_vocabulary(sources)
    mentions: list[Mention] = []
    for src in sources:
        outlet = src.outlet_key
        for sent in src.body:
            mentions.extend(sentence_mentions(sent, outlet, lower_words))
    people = _assemble(mentions)
    people.extend(_journalists(sources, people))
    for i, person in enumerate(people, start=1):
        person.id = f"p{i}"
    return people


@dataclass(slots=True)
class _Group:
    """Mentions of one person being assembled."""

    surfaces: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


def _assemble(mentions: list[Mention]) -> list[Person]:
    """Merge mentions into people: full names by key, bare surnames when unambiguous."""
    by_surface: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_surface[m.surface].append(m)
    full = sorted(s for s in by_surface if len(name_tokens(s)) >= 2)
    groups: list[_Group] = []
    for cluster in cluster_names(full):
        group = _Group(list(cluster), [m for s in cluster for m in by_surface[s]])
        if any(m.cue for m in group.mentions):
            groups.append(group)
    groups = _attach_double_surnames(groups)
    by_surname: dict[str, list[_Group]] = defaultdict(list)
    for group in groups:
        for key in sorted({surname_key(s) for s in group.surfaces}):
            by_surname[key].append(group)
    by_given: dict[str, list[_Group]] = defaultdict(list)
    for group in groups:
        for key in sorted({name_tokens(s)[0] for s in group.surfaces if len(name_tokens(s)) >= 2}):
            by_given[key].append(group)
    for surface in sorted(s for s in by_surface if len(name_tokens(s)) == 1):
        owners = by_surname.get(surname_key(surface), [])
        if not owners and any(m.cue for m in by_surface[surface]):
            owners = by_given.get(surname_key(surface), [])  # "Abiy said": a name used without a surname
        if len(owners) == 1:
            owners[0].surfaces.append(surface)
            owners[0].mentions.extend(by_surface[surface])
        elif not owners and any(m.strong for m in by_surface[surface]):
            groups.append(_Group([surface], list(by_surface[surface])))
    people = [_person(g) for g in groups]
    order = {id(p): _first_position(g) for p, g in zip(people, groups, strict=True)}
    people.sort(key=lambda p: order[id(p)])
    return people


def _attach_double_surnames(groups: list[_Group]) -> list[_Group]:
    """ "Rojas Salazar replied": two names without a title, ending one person's longer name, are that person.

    Only bare references qualify: with a title ("President Hafez al-Assad") two names are a full name.
    """
    suffixes: dict[tuple[str, ...], list[_Group]] = defaultdict(list)
    for group in groups:
        for key in sorted({tuple(name_tokens(s)[-2:]) for s in group.surfaces if len(name_tokens(s)) >= 3}):
            suffixes[key].append(group)
    kept: list[_Group] = []
    for group in groups:
        keys = {tuple(name_tokens(s)) for s in group.surfaces}
        owners = suffixes.get(next(iter(keys)), []) if len(keys) == 1 else []
        bare = len(next(iter(keys))) == 2 and not any(m.strong for m in group.mentions)
        if bare and len(owners) == 1 and owners[0] is not group:
            owners[0].surfaces.extend(group.surfaces)
            owners[0].mentions.extend(group.mentions)
        else:
            kept.append(group)
    return kept


def _first_position(group: _Group) -> tuple[str, int, int]:
    first = min(group.mentions, key=lambda m: (m.sentence.source_id, m.sentence.start + m.start))
    return (first.sentence.source_id, first.sentence.start, first.start)


def _person(group: _Group) -> Person:
    ordered = sorted(group.mentions, key=lambda m: (m.sentence.source_id, m.sentence.start, m.start))
    counts: dict[str, int] = defaultdict(int)
    for m in ordered:
        counts[m.surface] += 1
    full = [s for s in counts if len(name_tokens(s)) >= 2] or list(counts)
    name = max(full, key=lambda s: (counts[s], len(s), -full.index(s)))
    variants = sorted(counts, key=lambda s: (-len(name_tokens(s)), s))
    roles: list[str] = []
    seen: set[str] = set()
    for m in ordered:
        for role in m.roles:
            if role.casefold() not in seen:
                seen.add(role.casefold())
                roles.append(role)
    sentence_ids = list(dict.fromkeys(m.sentence.id for m in ordered))
    kind = "journalist" if any(JOURNALIST_ROLE.search(r) for r in roles) else "official"
    return Person(id="", name=name, variants=variants, roles=roles, mentions=sentence_ids, kind=kind)


def _journalists(sources: list[Source], people: list[Person]) -> list[Person]:
    """Bylines and wire credit lines ("Reporting by A; Editing by B") name the press: people of no party."""
    known = {p.name for p in people}
    found: dict[str, Person] = {}
    for src in sources:
        names = re.split(r"\s*(?:,|\band\b|&)\s*", src.byline) if src.byline else []
        credit_lines = [b.text for b in src.boilerplate if b.kind == "credits"]
        for line in [*credit_lines, *(s.text for s in src.body)]:
            if CREDIT_LINE.match(line):
                for credit in CREDIT_NAMES.finditer(line):
                    names += re.split(r"\s*(?:,|\band\b|&|\bin\s+[A-Z]\w+)\s*", credit.group(1))
        for name in names:
            name = name.strip()
            if len(name_tokens(name)) < 2 or name in known:
                continue
            person = found.setdefault(name, Person(id="", name=name, variants=[name], kind="journalist"))
            if "journalist" not in person.roles:
                person.roles.append("journalist")
    return [found[n] for n in sorted(found)]
