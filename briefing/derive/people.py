"""People: mentions (:mod:`briefing.derive.mentions`) merged across outlets into one person each.

Spellings are merged by :mod:`briefing.derive.name_matching`; a bare surname joins
the one person with that surname (or, when several share it, the one whose
titles the mention repeats); a bare double surname ("Sotomayor Quintana") joins
the one longer name ending in it; a given name garbled in one outlet
("Help" for "Socorro") joins the person with the same surname and the
same title. What is named only as a place, an outlet or an organisation is
no person. Bylines and credit lines name the press (:mod:`briefing.derive.press`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from briefing import patterns
from briefing.derive import lexicon
from briefing.derive.by_article import Step, active, digest_of, one_per_body_sentence, recall
from briefing.derive.memo import prime
from briefing.derive.mentions import (
    CREDIT_LINE,
    Candidate,
    Mention,
    candidates,
    leading_common,
    lowercase_vocabulary,
    mentions_in,
    parse_candidates,
)
from briefing.derive.name_matching import cluster_names
from briefing.derive.names import name_key, name_tokens, surname_key
from briefing.derive.organisations import organisation_surfaces
from briefing.derive.press import journalists, outlet_names
from briefing.derive.roles import held_titles, marks_another, role_heads
from briefing.derive.sino_readings import reading_keys, same_reading, vietnamese_readable
from briefing.derive.title_vocabulary import JOURNALIST_ROLE
from briefing.model import Person, Source


def find_people(sources: list[Source]) -> list[Person]:
    """Every person named in the body text, spellings merged, plus the press of bylines and credits."""
    lower_words = lowercase_vocabulary(sources)
    not_people = outlet_names(sources) | organisation_surfaces(sources)
    mentions: list[Mention] = []
    kept: dict[str, tuple[Candidate, ...]] = {}  # a copy of a sentence has the same candidates
    for src in sources:
        outlet = src.outlet_key
        for sent, found in zip(src.body, _article_candidates(src, lower_words), strict=True):
            if sent.text not in kept:
                kept[sent.text] = tuple(c for c in found if c.surface not in not_people)
            if kept[sent.text]:
                mentions.extend(mentions_in(sent, outlet, kept[sent.text]))
    people = _assemble(mentions)
    people.extend(journalists(sources, people))
    for i, person in enumerate(people, start=1):
        person.id = f"p{i}"
    return people


#: The candidate names of each body sentence of an article, kept between derivations.
_CANDIDATES: Step[list[tuple[Candidate, ...]]] = Step(
    "people", list[tuple[Candidate, ...]], from_plain=one_per_body_sentence
)


def _article_candidates(src: Source, lower_words: frozenset[str]) -> list[tuple[Candidate, ...]]:
    """Each body sentence's candidates. The folder's lower-case words count only as how many ordinary words
    open each sentence (:func:`~briefing.derive.mentions.candidates`): those counts are all else they read."""
    texts = [sent.text for sent in src.body]
    if not active():
        return [candidates(t, lower_words) for t in texts]
    leading = [leading_common(t, lower_words) for t in texts]
    found = recall(_CANDIDATES, src, digest_of(leading), lambda: [candidates(t, lower_words) for t in texts])
    for text, n, kept in zip(texts, leading, found, strict=True):  # the later stages' parses of these texts
        _known_candidates(text, n, kept)
    return found


def _known_candidates(text: str, leading: int, found: tuple[Candidate, ...]) -> None:
    """Take ``found`` as what :func:`candidates` gives ``text`` (``leading`` ordinary words opening it) in
    this run: the candidates the people stage kept from the last derivation. Later stages (the person
    locator) parse every sentence again, and would otherwise parse anew what was kept. A credit line's
    kept candidates are none, not its parse: it is left alone."""
    if not CREDIT_LINE.match(text):
        prime(parse_candidates, (text, leading), found)


#: A nom de guerre or nickname right after a name: 'X, alias "Y"', 'X ("Y")', 'X, known as "Y"'.
_ALIAS_AFTER = patterns.compile(
    r"\s*(?:,\s*(?:alias|known\s+as|also\s+known\s+as|a\.k\.a\.|aka|nicknamed|nom\s+de\s+guerre)\s+"
    r"|\s*\(\s*(?:alias\s+)?|,\s*)[“\"](?P<alias>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})[”\"]"
)


@dataclass(slots=True)
class _Group:
    """Mentions of one person being assembled."""

    surfaces: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)

    def take(self, surfaces: list[str], mentions: list[Mention], aliases: tuple[str, ...] = ()) -> None:
        self.surfaces.extend(surfaces)
        self.mentions.extend(mentions)
        self.aliases.extend(a for a in aliases if a not in self.aliases)

    @property
    def roles(self) -> list[str]:
        return [r for m in self.mentions for r in m.roles]


def _assemble(mentions: list[Mention]) -> list[Person]:
    """Merge mentions into people: full names by key, then bare double surnames, garbled given names
    and bare surnames."""
    by_surface: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_surface[m.surface].append(m)
    full = sorted(s for s in by_surface if len(name_tokens(s)) >= 2)
    groups: list[_Group] = []
    for cluster in cluster_names(full):
        group = _Group(list(cluster), [m for s in cluster for m in by_surface[s]])
        if any(m.cue for m in group.mentions) and not _place_only(group):
            groups.append(group)
    groups = _attach_double_surnames(groups)
    groups = _merge_garbled_given_names(groups)
    groups = _merge_readings(groups)
    groups.extend(_attach_bare_names(groups, by_surface))
    groups = _merge_aliases(groups)
    people = [_person(g) for g in groups]
    order = {id(p): _first_position(g) for p, g in zip(people, groups, strict=True)}
    people.sort(key=lambda p: order[id(p)])
    return people


def _merge_aliases(groups: list[_Group]) -> list[_Group]:
    """'Efraín Mosquera, alias "Tomás Andrade"': the alias is the person's other name; a person
    named by it alone elsewhere is the same person."""
    merged: set[int] = set()
    for group in groups:
        if id(group) in merged:
            continue
        for m in group.mentions:
            alias = _ALIAS_AFTER.match(m.sentence.text, m.end) if len(name_tokens(m.surface)) >= 2 else None
            if alias is None or alias.group("alias") in group.surfaces:
                continue
            name = alias.group("alias")
            group.aliases.append(name) if name not in group.aliases else None
            for other in groups:
                if other is not group and id(other) not in merged and name in other.surfaces:
                    group.take(other.surfaces, other.mentions, tuple(other.aliases))
                    merged.add(id(other))
    return [g for g in groups if id(g) not in merged]


def _attach_bare_names(groups: list[_Group], by_surface: dict[str, list[Mention]]) -> list[_Group]:
    """Single names join the one person they can stand for; returns new groups for strong ones left alone."""
    by_surname = _index(groups, lambda s: [surname_key(s)])
    by_given = _index(groups, lambda s: [name_tokens(s)[0]] if len(name_tokens(s)) >= 2 else [])
    new: list[_Group] = []
    for surface in sorted(s for s in by_surface if len(name_tokens(s)) == 1):
        found = by_surface[surface]
        owners = by_surname.get(surname_key(surface), [])
        if not owners and any(m.cue for m in found):
            owners = by_given.get(surname_key(surface), [])  # "Abiy said": a name used without a surname
        if len(owners) > 1:
            owners = _by_title(owners, found)
        if len(surface.strip(".")) < 2:
            continue  # an initial ("H. S. Gill" read apart) is nobody on its own
        if len(owners) == 1:
            owners[0].take([surface], found)
        elif not owners and any(m.strong for m in found) and not lexicon.is_place_name(surface):
            new.append(_Group([surface], list(found)))
    return new


def _index(groups: list[_Group], keys: Callable[[str], list[str]]) -> dict[str, list[_Group]]:
    out: dict[str, list[_Group]] = defaultdict(list)
    for group in groups:
        for key in sorted({k for s in group.surfaces for k in keys(s)}):
            out[key].append(group)
    return out


def _by_title(owners: list[_Group], found: list[Mention]) -> list[_Group]:
    """ "Minister Jeon told reporters": of the people named Jeon, the one who is a minister."""
    heads = role_heads([r for m in found for r in m.roles])
    if not heads:
        return owners
    return [g for g in owners if heads & role_heads(g.roles)]


def _place_only(group: _Group) -> bool:
    """A city or region named like a person ("Valparaíso said") and never given a title."""
    return all(lexicon.is_place_name(s) for s in group.surfaces) and not any(m.roles for m in group.mentions)


def _attach_double_surnames(groups: list[_Group]) -> list[_Group]:
    """ "Rojas Salazar replied", "Undersecretary Sotomayor Quintana": two names ending exactly one person's
    longer name are that person, unless the shorter is marked as someone else (a former office holder
    or the late father in "the late President Hafez al-Assad" / "Bashar Hafez al-Assad").
    """
    suffixes: dict[tuple[str, ...], list[_Group]] = defaultdict(list)
    for group in groups:
        for key in sorted({tuple(name_tokens(s)[-2:]) for s in group.surfaces if len(name_tokens(s)) >= 3}):
            suffixes[key].append(group)
    kept: list[_Group] = []
    for group in groups:
        keys = {tuple(name_tokens(s)) for s in group.surfaces}
        owners = suffixes.get(next(iter(keys)), []) if len(keys) == 1 else []
        bare = len(next(iter(keys))) == 2
        if bare and len(owners) == 1 and owners[0] is not group and _compatible(group, owners[0]):
            owners[0].take(group.surfaces, group.mentions)
        else:
            kept.append(group)
    return kept


def _compatible(short: _Group, long_: _Group) -> bool:
    """The shorter name is not marked as somebody else: a former office holder, the late father."""
    return not any(marks_another(r) for r in short.roles) or any(marks_another(r) for r in long_.roles)


def _merge_garbled_given_names(groups: list[_Group]) -> list[_Group]:
    """ "Help Carvajal" (a machine translation of "Socorro") is "Socorro Carvajal Mena" when
    surname and title agree; two people who only share a surname keep their own titles."""
    by_surname = _index(groups, lambda s: name_tokens(s)[1:])  # "Rojas" of "Consuelo Rojas Toro" too
    merged: set[int] = set()
    titles: dict[int, tuple[set[str], set[str]]] = {}  # each group's titles, read again only after it takes another

    def titles_of(group: _Group) -> tuple[set[str], set[str]]:
        if id(group) not in titles:
            titles[id(group)] = held_titles(group.roles)
        return titles[id(group)]

    for key in sorted(by_surname):
        owners = [g for g in by_surname[key] if id(g) not in merged]
        for i, group in enumerate(owners):
            own = titles_of(group)[0]  # shares_role(group.roles, o.roles), each side's titles read once
            partners = [o for o in owners[i + 1 :] if id(o) not in merged and own & titles_of(o)[1]] if own else []
            if len(partners) == 1 and _given_names_differ(group, partners[0]):
                group.take(partners[0].surfaces, partners[0].mentions)
                merged.add(id(partners[0]))
                titles.pop(id(group))
    return [g for g in groups if id(g) not in merged]


def _merge_readings(groups: list[_Group]) -> list[_Group]:
    """ "Ruan Mingkui, deputy foreign minister" is "Nguyễn Minh Khôi, Deputy Foreign Minister": one
    name in its Mandarin and its Vietnamese reading (:mod:`briefing.derive.sino_readings`), when the
    two also share a title's head."""
    by_key = _index(groups, lambda s: list(reading_keys(s)))
    merged: set[int] = set()
    # each group's title heads and whether a name of it can be a Vietnamese reading, read again
    # only after it takes another (not for each pair it is in)
    read: dict[int, tuple[set[str], bool]] = {}

    def read_of(group: _Group) -> tuple[set[str], bool]:
        if id(group) not in read:
            read[id(group)] = (role_heads(group.roles), any(vietnamese_readable(s) for s in group.surfaces))
        return read[id(group)]

    for key in sorted(by_key):
        owners = [g for g in by_key[key] if id(g) not in merged]
        for i, group in enumerate(owners):
            for other in owners[i + 1 :]:
                if id(other) in merged or id(group) in merged:
                    continue
                (heads, readable), (other_heads, other_readable) = read_of(group), read_of(other)
                # neither readable: no pair of their names can read alike (most namesakes: "Wang" and "Wang")
                if heads & other_heads and (readable or other_readable) and _read_alike(group, other):
                    group.take(other.surfaces, other.mentions, tuple(other.aliases))
                    merged.add(id(other))
                    read.pop(id(group))
    return [g for g in groups if id(g) not in merged]


def _read_alike(a: _Group, b: _Group) -> bool:
    return any(same_reading(x, y) for x in a.surfaces for y in b.surfaces if x != y)


def _given_names_differ(a: _Group, b: _Group) -> bool:
    """Only a given name tells the two apart: neither has a middle name the other lacks."""
    firsts_a = {name_tokens(s)[0] for s in a.surfaces if len(name_tokens(s)) >= 2}
    firsts_b = {name_tokens(s)[0] for s in b.surfaces if len(name_tokens(s)) >= 2}
    return bool(firsts_a) and bool(firsts_b) and not firsts_a & firsts_b


def _first_position(group: _Group) -> tuple[str, int, int]:
    first = min(group.mentions, key=lambda m: (m.sentence.source_id, m.sentence.start + m.start))
    return (first.sentence.source_id, first.sentence.start, first.start)


def _person(group: _Group) -> Person:
    ordered = sorted(group.mentions, key=lambda m: (m.sentence.source_id, m.sentence.start, m.start))
    counts: dict[str, int] = defaultdict(int)
    for m in ordered:
        counts[m.surface] += 1
    aliases = {name_key(a) for a in group.aliases}
    full = [s for s in counts if len(name_tokens(s)) >= 2]
    full = [s for s in full if name_key(s) not in aliases] or full or list(counts)  # a name before an alias
    name = max(full, key=lambda s: (counts[s], len(s), -full.index(s)))
    variants = sorted({*counts, *group.aliases}, key=lambda s: (-len(name_tokens(s)), s))
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
