"""The briefing as JSON (schema ``briefing/1``) and back.

One mapping serves the CLI's ``--format json``, the cache and the tests, so
the two directions cannot drift apart.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict
from typing import Any

import msgspec

from briefing.model import (
    SCHEMA,
    Boilerplate,
    Briefing,
    Claim,
    Delegation,
    Member,
    Paragraph,
    Party,
    Person,
    Place,
    Sentence,
    Source,
)


def source_to_dict(src: Source, with_text: bool = False, plain: Callable[[Any], Any] = asdict) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": src.id,
        "path": src.path,
        "title": src.title,
        "outlet": src.outlet,
        "byline": src.byline,
        "date": src.date,
        "time": src.time,
        "url": src.url,
        "credits": list(src.credits),
        "encoding": src.encoding,
        "sentences": [
            {"id": s.id, "text": s.text, "start": s.start, "end": s.end, "paragraph": s.paragraph, "kind": s.kind}
            for s in src.sentences
        ],
        "boilerplate": [plain(b) for b in src.boilerplate],
        "paragraphs": [plain(p) for p in src.paragraphs],
    }
    if with_text:
        out["text"] = src.text
    return out


def _claim(c: Claim) -> dict[str, Any]:
    out: dict[str, Any] = {"id": c.id, "text": c.text, "citations": list(c.citations), "outlets": c.outlets}
    if c.party is not None:
        out["party"] = c.party
    if c.about is not None:
        out["about"] = c.about
    if c.stance is not None:
        out["stance"] = c.stance
    if c.status is not None:
        out["status"] = c.status
    if c.reported:
        out["reported"] = True
    return out


def to_dict(b: Briefing, with_text: bool = False, plain: Callable[[Any], Any] = asdict) -> dict[str, Any]:
    """The briefing as a JSON-ready dict; ``with_text`` keeps the full texts (for the cache).

    ``plain`` turns each party, person, member, place, paragraph and span
    into a dict; :func:`dumps` passes them through as they are, since its
    encoder writes a dataclass exactly as ``asdict`` would have it.
    """
    return {
        "schema": SCHEMA,
        "title": b.title,
        "origin": b.origin,
        "sources": [source_to_dict(s, with_text, plain) for s in b.sources],
        "summary": [_claim(c) for c in b.summary],
        "parties": [plain(p) for p in b.parties],
        "people": [plain(p) for p in b.people],
        "delegations": [{"party": d.party, "members": [plain(m) for m in d.members]} for d in b.delegations],
        "demands": [_claim(c) for c in b.demands],
        "places": [plain(p) for p in b.places],
        "discrepancies": [_claim(c) for c in b.discrepancies],
        "outcomes": [_claim(c) for c in b.outcomes],
    }


def dumps(b: Briefing, with_text: bool = False, indent: int | None = 2) -> str:
    """The briefing as JSON text: ``json.dumps(to_dict(b), ensure_ascii=False, indent=indent)``, byte for byte.

    Text that is not valid Unicode (a lone surrogate from a file name)
    cannot be UTF-8, which msgspec insists on; it, and a compact form
    (``indent=None``), go through the standard library.
    """
    if indent:
        try:
            return encode(b, with_text, indent).decode()
        except UnicodeEncodeError:
            pass
    return json.dumps(to_dict(b, with_text), ensure_ascii=False, indent=indent)


def encode(b: Briefing, with_text: bool = False, indent: int = 2) -> bytes:
    """:func:`dumps` as UTF-8 bytes, written by msgspec's encoder, in C; raises ``UnicodeEncodeError`` as it does.

    The standard library falls back to its pure-Python encoder whenever
    ``indent`` is set, which took a third of ``briefing derive``'s time on
    1,000 articles; and bytes written as they are save the copies that
    decoding and encoding again would hold (a 10,000-article briefing's
    JSON is ~200 MB).
    """
    return msgspec.json.format(msgspec.json.encode(to_dict(b, with_text, _itself)), indent=indent)


def _itself(value: Any) -> Any:
    return value


def _source_from_dict(d: dict[str, Any]) -> Source:
    sid = d["id"]
    sentences = [
        Sentence(s["id"], sid, i, s.get("paragraph", 0), s["start"], s["end"], s["text"], s.get("kind", "body"))
        for i, s in enumerate(d["sentences"])
    ]
    return Source(
        id=sid,
        path=d.get("path"),
        text=d.get("text", ""),
        title=d.get("title", ""),
        outlet=d.get("outlet"),
        byline=d.get("byline"),
        date=d.get("date"),
        encoding=d.get("encoding", "utf-8"),
        url=d.get("url"),
        time=d.get("time"),
        credits=list(d.get("credits", [])),
        paragraphs=[Paragraph(**p) for p in d.get("paragraphs", [])],
        sentences=sentences,
        boilerplate=[Boilerplate(**b) for b in d.get("boilerplate", [])],
    )


def _claim_from(d: dict[str, Any]) -> Claim:
    return Claim(
        id=d["id"],
        text=d["text"],
        citations=list(d.get("citations", [])),
        outlets=d.get("outlets", 0),
        party=d.get("party"),
        about=d.get("about"),
        stance=d.get("stance"),
        status=d.get("status"),
        reported=bool(d.get("reported", False)),
    )


def from_dict(d: dict[str, Any]) -> Briefing:
    if d.get("schema") != SCHEMA:
        raise ValueError(f"not a {SCHEMA} briefing")
    return Briefing(
        title=d["title"],
        origin=d.get("origin", "derived"),
        sources=[_source_from_dict(s) for s in d["sources"]],
        summary=[_claim_from(c) for c in d.get("summary", [])],
        parties=[Party(**p) for p in d.get("parties", [])],
        people=[Person(**p) for p in d.get("people", [])],
        delegations=[
            Delegation(x["party"], [Member(**m) for m in x.get("members", [])]) for x in d.get("delegations", [])
        ],
        demands=[_claim_from(c) for c in d.get("demands", [])],
        places=[Place(**p) for p in d.get("places", [])],
        discrepancies=[_claim_from(c) for c in d.get("discrepancies", [])],
        outcomes=[_claim_from(c) for c in d.get("outcomes", [])],
    )


def loads(text: str) -> Briefing:
    return from_dict(json.loads(text))
