"""The briefing written as an editable Markdown file (``briefing derive --format md``).

The file reads as plain text and parses back (:mod:`briefing.formats.markdown_read`)
into the same briefing; every text is escaped so that it does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from briefing.formats.anchoring import Anchor, quote_of
from briefing.formats.markdown_syntax import (
    DELEGATIONS,
    DEMANDS,
    DISCREPANCIES,
    ENTITIES,
    HEADER,
    OUTCOMES,
    PARTIES,
    PEOPLE,
    PLACES,
    SEP,
    SOURCES,
    STATUS_LABELS,
    SUMMARY,
    format_citation,
    stance_label,
    unattributed_heading,
)
from briefing.model import Briefing, Claim, Member, Party, Person, Place, Source

# --------------------------------------------------------------------------- render


def render(b: Briefing) -> str:
    """The briefing as Markdown; ``parse(render(b), b.sources)`` gives it back."""
    blocks = [f"# {_escape(b.title)}", HEADER]
    blocks += _section(SOURCES, [[_source_line(s) for s in b.sources]])
    blocks += _section(SUMMARY, [[_claim_line(b, c) for c in b.summary]])
    blocks += _section(OUTCOMES, [[_claim_line(b, c, STATUS_LABELS.get(c.status or "")) for c in b.outcomes]])
    people = b.person_index
    blocks += _section(
        DELEGATIONS,
        [(f"### {_escape(d.party)}", [_member_line(b, m, people) for m in d.members]) for d in b.delegations],
    )
    blocks += _section(DEMANDS, [(f"### {_escape(p)}", lines) for p, lines in _demands_by_party(b)])
    blocks += _section(
        ENTITIES,
        [
            (f"### {PARTIES}", [_party_line(p) for p in b.parties]),
            (f"### {PEOPLE}", [_person_line(p) for p in b.people]),
            (f"### {PLACES}", [_place_line(p) for p in b.places]),
        ],
    )
    blocks += _section(DISCREPANCIES, [[_claim_line(b, c, c.about) for c in b.discrepancies]])
    return "\n\n".join(blocks) + "\n"


def _section(title: str, parts: Sequence[list[str] | tuple[str, list[str]]]) -> list[str]:
    """A ``##`` heading, then bullet lists, each optionally under a ``###`` heading."""
    blocks = [f"## {title}"]
    for part in parts:
        heading, lines = part if isinstance(part, tuple) else (None, part)
        if heading:
            blocks.append(heading)
        if lines:
            blocks.append("\n".join(lines))
    return blocks


def _demands_by_party(b: Briefing) -> list[tuple[str, list[str]]]:
    groups: dict[str, list[str]] = {}
    unattributed = unattributed_heading({p.name for p in b.parties} | {c.party for c in b.demands if c.party})
    for c in b.demands:
        label = stance_label(c.stance, c.reported)
        groups.setdefault(c.party or unattributed, []).append(_claim_line(b, c, label))
    return list(groups.items())


def _source_line(s: Source) -> str:
    line = f"- `{s.id}` {_escape(s.title)}"
    where = ", ".join(x for x in (s.outlet, s.when, f"by {s.byline}" if s.byline else None, s.url) if x)
    if where:
        line += f" — {_escape(where)}"
    if s.path:
        name = Path(s.path).name
        target = f"<{name}>" if re.search(r"[\s()<>]", name) else name
        line += f"{SEP}[{_escape(name)}]({target})"
    return line


def _claim_line(b: Briefing, c: Claim, label: str | None = None) -> str:
    head = f"**{_escape(label)}:** " if label else ""
    return _bullet(head + _escape(c.text), [citation_of(b, sid) for sid in c.citations] + c.unresolved)


def _member_line(b: Briefing, m: Member, people: dict[str, Person]) -> str:
    name = people[m.person].name if m.person in people else m.person
    return _entity(name, m.role, ["lead"] if m.lead else [], [citation_of(b, s) for s in m.citations] + m.unresolved)


def _party_line(p: Party) -> str:
    return _entity(p.name, p.role, _also(p.aliases), [])


def _person_line(p: Person) -> str:
    fields = [f"party: {_escape(p.party)}"] if p.party else []
    fields += _also([v for v in p.variants if v != p.name])
    if p.kind != "official":
        fields.append(f"kind: {_escape(p.kind)}")
    return _entity(p.name, "; ".join(p.roles), fields, _mentions(p.mentions))


def _place_line(p: Place) -> str:
    return _entity(p.name, p.kind, _also([v for v in p.variants if v != p.name]), _mentions(p.mentions))


def _also(names: list[str]) -> list[str]:
    return [f"also: {', '.join(_escape(n) for n in names)}"] if names else []


def _entity(name: str, description: str | None, fields: list[str], citations: list[str]) -> str:
    text = f"**{_escape(name)}**"
    if description:
        text += f" — {_escape(description)}"
    return _bullet(text + "".join(SEP + f for f in fields), citations)


def _bullet(text: str, citations: list[str]) -> str:
    return "- " + " ".join([text, *citations]) if citations else f"- {text}"


def citation_of(b: Briefing, sentence_id: str) -> str:
    """A sentence's citation as written in a Markdown briefing: its id and its first words."""
    sent = b.sentence(sentence_id)
    return format_citation(Anchor(ref=sentence_id, quote=quote_of(sent.text) if sent else None))


def _mentions(ids: list[str]) -> list[str]:
    """Mention lists, compact: one ``[^source:hash,hash,...]`` per run of one source."""
    groups: list[tuple[str, list[str]]] = []
    for sid in ids:
        src, _, digest = sid.partition(":")
        if groups and groups[-1][0] == src:
            groups[-1][1].append(digest)
        else:
            groups.append((src, [digest]))
    return [f"[^{src}:{','.join(hashes)}]" for src, hashes in groups]


_ALWAYS = set("\\`*_[]<")
_LINE_START = set("#>+-=|~")


def _escape(text: str) -> str:
    """Plain text as Markdown that parses back to the same text, on one line."""
    text = " ".join(text.split())
    out = []
    for i, ch in enumerate(text):
        if ch in _ALWAYS and not (ch == "_" and _intraword(text, i)):
            out.append("\\" + ch)
        elif ch == "&" and re.match(r"&(#\w+|\w+);", text[i:]):
            out.append("\\&")
        else:
            out.append(ch)
    if text.endswith("#"):
        out[-1] = "\\#"
    escaped = "".join(out)
    if escaped[:1] in _LINE_START:
        return "\\" + escaped
    return re.sub(r"^(\d+)([.)])", r"\1\\\2", escaped)


def _intraword(text: str, i: int) -> bool:
    """An underscore between letters or digits never starts emphasis, so it needs no escape."""
    return 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()
