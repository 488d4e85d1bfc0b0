"""``briefing check BRIEFING.md [PATH...]``: which citations of a curated briefing moved or are lost.

Prints one ``file:line: status ...`` line per citation that was re-anchored
(its sentence id no longer exists; its quote found the sentence) or is
unresolved, then a one-line tally on stderr. Exits 1 when any citation is
unresolved, 0 otherwise, 2 on bad input (the CLI reports it).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from briefing.formats.anchoring import REANCHORED, RESOLVED, UNRESOLVED
from briefing.formats.markdown import WARNING, load
from briefing.ingest.reading import BRIEFING_FILE, InputError
from briefing.ingest.sources import load_sources


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="briefing check",
        description="List unresolved or re-anchored citations of a Markdown briefing.",
    )
    p.add_argument("briefing", metavar="BRIEFING.md", help="the briefing, or a folder holding briefing.md")
    p.add_argument("paths", nargs="*", metavar="PATH", help="articles or folders (default: the briefing's folder)")
    p.add_argument("-v", "--verbose", action="store_true", help="also list bare quotes and what they resolved to")
    return p


def run(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    path = Path(args.briefing)
    if path.is_dir():
        path = path / BRIEFING_FILE
    if not path.is_file():
        raise InputError(f"no such briefing file: {args.briefing}")
    paths = args.paths or [str(path.parent)]
    sources, _skipped = load_sources(paths, strict=bool(args.paths))
    parsed = load(path, sources)
    for line in parsed.report(resolved=args.verbose):
        print(line)
    counts = Counter(f.status for f in parsed.findings)
    tally = ", ".join(f"{counts[s]} {s}" for s in (UNRESOLVED, REANCHORED, RESOLVED)) + f", {counts[WARNING]} warnings"
    print(f"{path}: {tally}", file=sys.stderr)
    return 1 if counts[UNRESOLVED] else 0
