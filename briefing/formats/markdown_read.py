"""A Markdown briefing read back, after any hand edits, into the model.

``parse(text, sources)`` resolves every citation against the articles with
:mod:`briefing.formats.anchoring`. Parsing goes through markdown-it-py's
token stream with one inline rule for citations; nothing is matched by
regular expressions over the file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from markdown_it.token import Token

from briefing.errors import InputError
from briefing.formats.anchoring import OK, REANCHORED, RESOLVED, UNRESOLVED, Anchor, Anchorer
from briefing.formats.markdown_syntax import (
    DELEGATIONS,
    DEMANDS,
    DISCREPANCIES,
    ENTITIES,
    FIELD,
    MISSING,
    OUTCOMES,
    PARTIES,
    PEOPLE,
    PLACES,
    REF,
    SECTIONS,
    SEP,
    SOURCES,
    STATUS_OF,
    SUMMARY,
    WARNING,
    format_citation,
    markdown_parser,
    no_party_heading,
    read_stance_label,
)
from briefing.formats.markdown_tokens import close_of, describe, plain, plain_children
from briefing.ids import slug, unique_id
from briefing.model import Briefing, Claim, Delegation, Member, Party, Person, Place, Source

# --------------------------------------------------------------------------- parse


@dataclass(slots=True)
class Finding:
    """Something ``briefing check`` reports: a citation that moved or is lost, with its line."""

    line: int
    status: str  # anchoring.RESOLVED | REANCHORED | UNRESOLVED, or WARNING
    message: str


@dataclass(slots=True)
class ParsedBriefing:
    briefing: Briefing
    findings: list[Finding] = field(default_factory=list)
    name: str = "briefing.md"

    @property
    def unresolved(self) -> list[Finding]:
        return [f for f in self.findings if f.status == UNRESOLVED]

    def report(self, resolved: bool = True) -> list[str]:
        """Findings as ``file:line: status message`` lines in file order; ``resolved`` keeps bare quotes' matches."""
        shown = [f for f in self.findings if resolved or f.status != RESOLVED]
        return [f"{self.name}:{f.line}: {f.status} {f.message}" for f in sorted(shown, key=lambda f: f.line)]


@dataclass(slots=True)
class _Cite:
    line: int
    raw: str
    anchors: list[Anchor]


@dataclass(slots=True)
class _Item:
    """One bullet, taken apart: leading bold label, plain text, code spans, links, citations."""

    line: int
    label: str | None = None
    text: str = ""
    codes: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    cites: list[_Cite] = field(default_factory=list)


def parse(text: str, sources: Sequence[Source], name: str = "briefing.md") -> ParsedBriefing:
    """Read a Markdown briefing; resolve its citations against ``sources``.

    Raises :class:`InputError` (``name:line: message``) when the file is not
    a briefing, or when reading it runs over the time limit (as an
    article's does); citations that cannot be resolved are findings, not errors.
    """
    from briefing.ingest.reading import time_limit

    reader = _Reader(name, sources)
    with time_limit(name):  # markdown-it is quadratic on some inline runs: 400 KB of "[^" took 25 s
        try:
            tokens = markdown_parser().parse(text)
        except RecursionError:
            raise InputError(f"{name}:1: the Markdown is nested too deeply to read") from None
        reader.read(tokens)
    return reader.result()


def load(path: Path, sources: Sequence[Source]) -> ParsedBriefing:
    """Parse the briefing file at ``path`` (as curated) against ``sources``."""
    from briefing.ingest.reading import read_text

    parsed = parse(read_text(path).text, sources, str(path))
    parsed.briefing.origin = "curated"
    return parsed


class _Reader:
    """Walks the block tokens once, building the briefing section by section."""

    def __init__(self, name: str, sources: Sequence[Source]) -> None:
        self.name = name
        self.sources = list(sources)
        self.anchorer = Anchorer(self.sources)
        self.findings: list[Finding] = []
        self.title: str | None = None
        self.section: str | None = None
        self.sub: str | None = None
        self.listed: list[tuple[int, str, str | None]] = []
        self.summary: list[Claim] = []
        self.outcomes: list[Claim] = []
        self.demands: list[Claim] = []
        self.discrepancies: list[Claim] = []
        self.delegations: list[Delegation] = []
        self.members: list[tuple[Member, str]] = []
        self.parties: list[Party] = []
        self.people: list[Person] = []
        self.places: list[Place] = []
        self.people_ids = _Ids()
        self.place_ids = _Ids()

    def fail(self, line: int, message: str) -> InputError:
        return InputError(f"{self.name}:{line}: {message}")

    # -- blocks

    def read(self, tokens: list[Token]) -> None:
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            line = tok.map[0] + 1 if tok.map else 1
            if tok.type == "heading_open":
                self.heading(int(tok.tag[1]), plain(tokens[i + 1]), line)
                i += 3
            elif tok.type in ("bullet_list_open", "ordered_list_open"):
                end = close_of(tokens, i)
                self.items(tokens[i + 1 : end])
                i = end + 1
            elif tok.type in ("html_block", "hr"):
                i += 1
            else:
                raise self.fail(line, f"{describe(tok)} outside a bullet list; write each entry as a '- ' bullet")
        if self.title is None:
            raise self.fail(1, "empty briefing: expected a '# Title' heading")

    def heading(self, level: int, text: str, line: int) -> None:
        if self.title is None and level != 1:
            raise self.fail(line, "a briefing starts with its '# Title' heading")
        if level == 1:
            if self.title is not None:
                raise self.fail(line, "a second '# Title' heading; sections are '## ' headings")
            self.title = text
            return
        if level == 2:
            known = {s.lower(): s for s in SECTIONS}
            if text.lower() not in known:
                raise self.fail(line, f"unknown section '{text}' (sections: {', '.join(SECTIONS)})")
            self.section, self.sub = known[text.lower()], None
            return
        if level == 3 and self.section == ENTITIES:
            kinds = {k.lower(): k for k in (PARTIES, PEOPLE, PLACES)}
            if text.lower() not in kinds:
                raise self.fail(line, f"unknown list '{text}' under {ENTITIES} (lists: Parties, People, Places)")
            self.sub = kinds[text.lower()]
            return
        if level == 3 and self.section in (DELEGATIONS, DEMANDS):
            self.sub = text
            if self.section == DELEGATIONS:
                self.delegations.append(Delegation(text))
            return
        raise self.fail(line, f"unexpected heading level {level} here")

    def items(self, tokens: list[Token]) -> None:
        """Each top-level list item of a list (tokens between the list's open and close)."""
        i = 0
        while i < len(tokens):
            if tokens[i].type != "list_item_open":
                i += 1
                continue
            end = close_of(tokens, i)
            body = tokens[i + 1 : end]
            line = tokens[i].map[0] + 1 if tokens[i].map else 1
            for tok in body:
                if tok.type not in ("paragraph_open", "paragraph_close", "inline"):
                    at = tok.map[0] + 1 if tok.map else line
                    raise self.fail(at, f"{describe(tok)} inside a bullet; a bullet is one paragraph")
            item = self.item([t for t in body if t.type == "inline"], line)
            if item.text or item.label or item.cites:
                self.entry(item)
            i = end + 1

    # -- one bullet

    def item(self, inlines: list[Token], line: int) -> _Item:
        item = _Item(line)
        texts: list[str] = []
        for n, inline in enumerate(inlines):
            at = inline.map[0] + 1 if inline.map else line
            texts.append(self.inline(inline.children or [], at, item, first=n == 0))
        item.text = " ".join(" ".join(texts).split())
        return item

    def inline(self, children: list[Token], line: int, item: _Item, first: bool) -> str:
        out: list[str] = []
        strong = 0
        link, start = False, 0
        for tok in children:
            if tok.type in ("softbreak", "hardbreak"):
                line += 1
                out.append(" ")
            elif tok.type == "citation":
                item.cites.append(self.cite(tok, line))
            elif tok.type == "strong_open" and first and item.label is None and not "".join(out).strip():
                strong = len(out) + 1
            elif tok.type == "strong_close" and strong:
                label = "".join(out[strong - 1 :]).strip()
                del out[strong - 1 :]
                item.label, strong = label, 0
            elif tok.type == "link_open":
                link, start = True, len(out)
            elif tok.type == "link_close" and link:
                item.links.append("".join(out[start:]).strip())
                link = False
            elif tok.type == "code_inline":
                item.codes.append(tok.content)
                out.append(tok.content)
            elif tok.type == "image":
                out.append(plain_children(tok.children or []))
            elif tok.type == "text" and "[^" in tok.content:
                self.findings.append(Finding(line, UNRESOLVED, f"malformed citation in {tok.content.strip()!r}"))
                out.append(tok.content)
            elif tok.type in ("text", "text_special", "html_inline"):
                out.append(tok.content)
        return "".join(out)

    def cite(self, tok: Token, line: int) -> _Cite:
        ref, quote = tok.meta["ref"], tok.meta["quote"]
        if ref is None:
            return _Cite(line, tok.content, [Anchor(quote=quote)])
        m = REF.fullmatch(ref)
        if not m:
            return _Cite(line, tok.content, [Anchor(ref=ref, quote=quote)])
        src, hashes = m["src"], m["hashes"]
        if hashes is None:
            return _Cite(line, tok.content, [Anchor(source=src, quote=quote)])
        refs = [f"{src}:{h}" for h in hashes.split(",")]
        if len(refs) == 1:
            return _Cite(line, tok.content, [Anchor(ref=refs[0], source=src, quote=quote)])
        return _Cite(line, tok.content, [Anchor(ref=r, source=src) for r in refs])

    def resolve(self, item: _Item, context: str) -> tuple[list[str], list[str]]:
        """Sentence ids for the bullet's citations, and the written form of those not found."""
        found: list[str] = []
        seen: set[str] = set()
        lost: list[str] = []
        for cite in item.cites:
            for anchor in cite.anchors:
                res = self.anchorer.resolve(anchor, context)
                written = format_citation(anchor)
                if res.sentence_id is None:
                    lost.append(written)
                    self.findings.append(Finding(cite.line, UNRESOLVED, f"{written}: {res.how}"))
                    continue
                if res.status != OK:
                    self.findings.append(Finding(cite.line, res.status, f"{written} -> {res.sentence_id} ({res.how})"))
                if res.sentence_id not in seen:
                    seen.add(res.sentence_id)
                    found.append(res.sentence_id)
        return found, lost

    # -- sections

    def entry(self, item: _Item) -> None:
        if self.section is None:
            raise self.fail(item.line, "a bullet before any '## Section' heading")
        handler = {
            SOURCES: self.source,
            SUMMARY: self.claim,
            OUTCOMES: self.claim,
            DELEGATIONS: self.member,
            DEMANDS: self.claim,
            ENTITIES: self.entity,
            DISCREPANCIES: self.claim,
        }[self.section]
        handler(item)

    def source(self, item: _Item) -> None:
        if not item.codes:
            raise self.fail(item.line, "a source entry starts with its id in backticks, e.g. - `my-article` Title")
        self.listed.append((item.line, item.codes[0], item.links[-1] if item.links else None))

    def claim(self, item: _Item) -> None:
        label, text = item.label, item.text
        stance, status, reported = None, None, False
        if self.section == DEMANDS:
            if self.sub is None:
                raise self.fail(item.line, "a demand needs a '### Party' heading above it")
            stance, reported = read_stance_label(label)
            if label and stance is None:
                text, reported = f"{label} {text}".strip(), False
        elif self.section == OUTCOMES:
            status = STATUS_OF.get(_label_key(label))
            if label and status is None:
                text = f"{label} {text}".strip()
        if not text:
            raise self.fail(item.line, "a claim needs some text besides its citations")
        citations, lost = self.resolve(item, text)
        claim = Claim("", text, citations, unresolved=lost)
        if self.section == SUMMARY:
            claim.text = f"{label} {text}".strip() if label else text
            claim.id = f"summary-{len(self.summary) + 1}"
            self.summary.append(claim)
        elif self.section == OUTCOMES:
            claim.id, claim.status = f"outcome-{len(self.outcomes) + 1}", status
            self.outcomes.append(claim)
        elif self.section == DEMANDS:
            claim.id, claim.stance, claim.reported = f"demand-{len(self.demands) + 1}", stance, reported
            claim.party = self.sub  # or none: decided once the parties are known (see result)
            self.demands.append(claim)
        else:
            claim.id = f"discrepancy-{len(self.discrepancies) + 1}"
            claim.about = label.rstrip(":").strip() if label else None
            self.discrepancies.append(claim)

    def member(self, item: _Item) -> None:
        if not self.delegations:
            raise self.fail(item.line, "a delegation member needs a '### Party' heading above it")
        name, description, fields = self.fields(item, flags=("lead",))
        citations, lost = self.resolve(item, item.text)
        member = Member(name, description, "lead" in fields, citations, lost)
        self.delegations[-1].members.append(member)
        self.members.append((member, self.delegations[-1].party))

    def entity(self, item: _Item) -> None:
        if self.sub is None:
            raise self.fail(item.line, "a bullet under People and places needs a '### Parties|People|Places' heading")
        if self.sub == PARTIES:
            name, role, fields = self.fields(item, keys=("also",))
            self.parties.append(Party(name, _names(fields.get("also")), role or "party"))
            return
        keys = ("party", "also", "kind") if self.sub == PEOPLE else ("also",)
        name, description, fields = self.fields(item, keys=keys)
        variants = list(dict.fromkeys([name, *_names(fields.get("also"))]))
        mentions = self.mentions(item, variants)
        if self.sub == PEOPLE:
            roles = [r.strip() for r in (description or "").split(";") if r.strip()]
            pid = self.people_ids.take(name)
            kind = fields.get("kind") or "official"
            self.people.append(Person(pid, name, variants, roles, fields.get("party"), mentions, kind))
        else:
            pid = self.place_ids.take(name)
            self.places.append(Place(pid, name, variants, mentions, description))

    def fields(
        self, item: _Item, keys: tuple[str, ...] = (), flags: tuple[str, ...] = ()
    ) -> tuple[str, str | None, dict[str, str]]:
        """``**Name** — description · key: value · flag``: the name, description and fields."""
        if not item.label:
            raise self.fail(item.line, "an entry starts with its name in bold, e.g. - **Jane Doe** — role")
        parts = [p.strip() for p in item.text.split(SEP.strip())]
        parts[0] = parts[0].removeprefix("—").removeprefix("-").strip()
        described: list[str] = []
        fields: dict[str, str] = {}
        for part in parts:
            m = FIELD.fullmatch(part)
            if m and m["key"].lower() in keys:
                fields[m["key"].lower()] = m["value"].strip()
            elif part.lower() in flags:
                fields[part.lower()] = part
            elif part:
                described.append(part)
        return item.label, SEP.join(described) or None, fields

    def mentions(self, item: _Item, names: list[str]) -> list[str]:
        """Mention ids as written; lost ones re-found by name in their source, else reported."""
        found: list[str] = []
        for cite in item.cites:
            lost_in: set[str] = set()
            for anchor in cite.anchors:
                res = self.anchorer.resolve(anchor, " ".join(names))
                if res.sentence_id is not None:
                    found.append(res.sentence_id)
                    if res.status != OK:
                        message = f"{format_citation(anchor)} -> {res.sentence_id} ({res.how})"
                        self.findings.append(Finding(cite.line, res.status, message))
                else:
                    lost_in.add(anchor.source or "")
            for src in sorted(lost_in):
                have = set(found)
                again = [s for s in self.anchorer.mentions_of(names, src) if s not in have]
                if again:
                    found.extend(again)
                    message = f"mentions of {names[0]} in {src} re-found by name"
                    self.findings.append(Finding(cite.line, REANCHORED, message))
                else:
                    message = f"mentions of {names[0]} in {src} no longer found"
                    self.findings.append(Finding(cite.line, WARNING, message))
        return list(dict.fromkeys(found))

    # -- the whole

    def result(self) -> ParsedBriefing:
        self.check_sources()
        # Known only now (the Parties list comes after the demands): which heading held the party-less ones.
        none = no_party_heading((c.party for c in self.demands if c.party), {p.name for p in self.parties})
        for claim in self.demands:
            if none is not None and claim.party == none:
                claim.party = None
        people = self.link_members()
        b = Briefing(
            title=self.title or "Briefing",
            sources=self.sources,
            summary=self.summary,
            parties=self.parties,
            people=people,
            delegations=self.delegations,
            demands=self.demands,
            places=self.places,
            discrepancies=self.discrepancies,
            outcomes=self.outcomes,
        )
        for claim in b.claims():
            claim.outlets = len({b.outlet_of(sid) for sid in claim.citations})
        return ParsedBriefing(b, self.findings, self.name)

    def check_sources(self) -> None:
        have = {s.id for s in self.sources}
        files = {Path(s.path).name for s in self.sources if s.path}
        for line, sid, file in self.listed:
            if sid not in have and (file is None or file not in files):
                message = f"article {sid} ({file or 'no file'}): not found among the articles read"
                self.findings.append(Finding(line, MISSING, message))

    def link_members(self) -> list[Person]:
        """Member names to person ids; a member no person entry names becomes a person."""
        people = list(self.people)
        by_name = {v.casefold(): p.id for p in people for v in [p.name, *p.variants]}
        for member, party in self.members:
            key = member.person.casefold()
            if key not in by_name:
                pid = self.people_ids.take(member.person)
                roles = [member.role] if member.role else []
                people.append(Person(pid, member.person, [member.person], roles, party, list(member.citations)))
                by_name[key] = pid
            member.person = by_name[key]
        return people


def _label_key(label: str | None) -> str:
    """A bold label as looked up: "**Not agreed:**" and "**not agreed**" are one label."""
    return (label or "").rstrip(":").strip().lower()


def _names(value: str | None) -> list[str]:
    return [n.strip() for n in (value or "").split(",") if n.strip()]


class _Ids:
    """Ids made from names, unique among those handed out (linear however many entries share a name)."""

    def __init__(self) -> None:
        self.taken: set[str] = set()
        self.counts: dict[str, int] = {}

    def take(self, name: str) -> str:
        pid = unique_id(slug(name, "entry"), self.taken, self.counts)
        self.taken.add(pid)
        return pid
