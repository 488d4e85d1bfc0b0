"""``briefing check BRIEFING.md [PATH...]``: which citations of a curated briefing moved or are lost.

Prints one ``file:line: status ...`` line per citation that was re-anchored
or is unresolved, then a one-line tally on stderr. Exits 1 when any
citation is unresolved, 0 otherwise, 2 on bad input (the CLI reports it).
"""

from __future__ import annotations

import argparse
import sys

from briefing.cli.notices import PROG
from briefing.formats.anchoring import UNRESOLVED
from briefing.formats.check import briefing_file, check_briefing
from briefing.sanitize import one_line


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=f"{PROG} check",
        description="List unresolved or re-anchored citations of a Markdown briefing.",
    )
    p.add_argument("briefing", metavar="BRIEFING.md", help="the briefing, or a folder holding briefing.md")
    p.add_argument("paths", nargs="*", metavar="PATH", help="articles or folders (default: the briefing's folder)")
    p.add_argument("-v", "--verbose", action="store_true", help="also list bare quotes and what they resolved to")
    return p


def run(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    result = check_briefing(briefing_file(args.briefing), args.paths, verbose=args.verbose)
    for line in result.lines:
        print(line)
    print(f"{one_line(str(result.path))}: {result.tally}", file=sys.stderr)
    return 1 if result.counts[UNRESOLVED] else 0
