"""``briefing search QUERY [PATH...]``: the reader's search, ranked the same, for scripts."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from briefing.cli.notices import PROG, say
from briefing.errors import InputError
from briefing.sanitize import json_safe, one_line

if TYPE_CHECKING:
    from briefing.search.hits import Hit

#: --kind choices and the hit kinds each one covers.
KIND_CHOICES = {
    "people": ("person",),
    "parties": ("party",),
    "places": ("place",),
    "claims": ("claim", "demand"),
    "sentences": ("sentence",),
}


EPILOG = """\
output: one hit a line, tab-separated: kind, score, match, where, pane:item, text.
exit status: 0 with hits, 1 with none (a line on stderr says so, like grep's status), 2 on bad input.
"""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=f"{PROG} search",
        description="Fuzzy search people, parties, places, claims and sentences of a briefing.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("query", metavar="QUERY", help="words, a name or a place (spellings are folded, typos forgiven)")
    p.add_argument(
        "paths", nargs="*", default=[], metavar="PATH", help="articles or folders, - for stdin (default: the seeds)"
    )
    p.add_argument("--kind", choices=sorted(KIND_CHOICES), action="append", help="only these kinds (repeatable)")
    p.add_argument("--limit", type=int, default=20, metavar="N", help="at most N hits (default 20)")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    return p


def run(argv: list[str]) -> int:
    """Search and print hits; exit 0 with hits, 1 with none (like grep)."""
    args = _parser().parse_args(argv)
    if args.limit < 1:
        raise InputError("--limit must be at least 1")
    if not args.query.strip():
        raise InputError("the query is empty")
    from briefing.cli.notices import print_notices
    from briefing.pipeline import load_index
    from briefing.store.resources import seed_paths

    paths = args.paths or [str(p) for p in seed_paths()]
    found = load_index(paths, strict=bool(args.paths), use_cache=not args.no_cache)  # cached with the briefing
    print_notices(found)
    kinds = [k for choice in args.kind for k in KIND_CHOICES[choice]] if args.kind else None
    hits = found.index.search(args.query, kinds=kinds, limit=args.limit)
    sys.stdout.write(format_json(hits) if args.format == "json" else format_text(hits))
    if not hits:
        say(f"no hits for {args.query!r}")
    return 0 if hits else 1


def format_text(hits: list[Hit]) -> str:
    """One hit a line, tab-separated: kind, score, match, where, pane:item, text ("Name (as variant)")."""
    lines = []
    for h in hits:
        text = " ".join(h.text.split())
        if h.label != h.text:
            text = f"{h.label} (as {text})"
        fields = (h.kind, f"{h.score:.1f}", h.match, h.where, f"{h.location.pane}:{h.location.item or ''}", text)
        lines.append("\t".join(one_line(f) for f in fields))  # outside text: tabs and escapes made visible
    return "".join(line + "\n" for line in lines)


def format_json(hits: list[Hit]) -> str:
    import json  # imported for --format json only: a plain search stays lighter
    from dataclasses import asdict

    rows = []
    for h in hits:
        row = asdict(h)
        row["spans"] = [list(s) for s in h.spans]
        rows.append(row)
    return json_safe(json.dumps(rows, ensure_ascii=False, indent=2)) + "\n"
