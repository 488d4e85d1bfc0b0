"""``briefing check BRIEFING.md [PATH...]``: which citations of a curated briefing moved or are lost.

Prints one ``file:line: status ...`` line per finding (or, with
``--format json``, one JSON object), then a one-line tally on stderr.
Exit codes (see :mod:`briefing.formats.check`): 0 clean (re-anchored
citations are fine), 1 on an unresolved citation or a missing article,
2 on bad input (the CLI reports it), 3 when the only findings are warnings.
"""

from __future__ import annotations

import argparse
import json
import sys

from briefing.cli.notices import PROG, say
from briefing.formats.anchoring import RESOLVED
from briefing.formats.check import STATUSES, CheckResult, briefing_file, check_briefing
from briefing.ingest.reading import STDIN, read_stdin
from briefing.pipeline import check_sources
from briefing.sanitize import json_safe, one_line

EPILOG = """\
exit status: 0 clean (re-anchored citations included), 1 an unresolved citation or a
missing article, 2 bad input (not a briefing, no such file), 3 warnings only.
BRIEFING.md may be '-' for standard input (its articles then default to the current folder).
"""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=f"{PROG} check",
        description="List unresolved or re-anchored citations, and missing articles, of a Markdown briefing.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("briefing", metavar="BRIEFING.md", help="the briefing, a folder holding briefing.md, or -")
    p.add_argument(
        "paths", nargs="*", default=[], metavar="PATH", help="articles or folders (default: the briefing's folder)"
    )
    p.add_argument("-v", "--verbose", action="store_true", help="also list bare quotes and what they resolved to")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    p.add_argument("--no-cache", action="store_true", help="parse the articles again, not from the cache")
    return p


def run(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    path = briefing_file(args.briefing)
    text = read_stdin().text if path == STDIN else None
    sources, warnings = check_sources(path, args.paths, use_cache=not args.no_cache)
    for warning in warnings:
        say(f"warning: {warning}")
    result = check_briefing(path, sources, verbose=args.verbose, text=text)
    if args.format == "json":
        sys.stdout.write(json_safe(json.dumps(as_json(result, args.verbose), ensure_ascii=False, indent=2)) + "\n")
    else:
        for line in result.lines:
            print(one_line(line))  # quotes and file names are outside text: no escape reaches the terminal
    print(f"{one_line(str(result.path))}: {result.tally}", file=sys.stderr)
    return result.exit_code


def as_json(result: CheckResult, verbose: bool) -> dict[str, object]:
    """The check for scripts: the briefing, a count per status, the exit code, and the findings in file order."""
    findings = [
        {"line": f.line, "status": f.status, "message": one_line(f.message)}
        for f in sorted(result.findings, key=lambda f: f.line)
        if verbose or f.status != RESOLVED
    ]
    return {
        "briefing": one_line(str(result.path)),
        "counts": {status: result.counts[status] for status in STATUSES},
        "exit": result.exit_code,
        "findings": findings,
    }
