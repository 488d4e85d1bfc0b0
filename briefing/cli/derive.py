"""``briefing derive PATH... [--format json|md] [-o FILE]``: the briefing as JSON or Markdown, for scripts."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.cli.notices import PROG, load_with_progress
from briefing.cli.output import write_output

if TYPE_CHECKING:
    from briefing.model import Briefing

EPILOG = """\
examples:
  briefing derive talks/ -o briefing.json
  briefing derive talks/*.txt --format md -o talks/briefing.md   # a briefing to curate (--force to replace one)
  curl -s URL | briefing derive -                                 # one article on standard input
"""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=f"{PROG} derive",
        description="Derive a briefing (summary, delegations, demands, people and places, discrepancies) "
        "from news articles, every claim citing its source sentences.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="an article (.txt, .md, .html) or a folder of them, read recursively; - reads one from standard input",
    )
    p.add_argument(
        "--format",
        choices=("json", "md"),
        default="json",
        help="json: the briefing/1 schema (default); md: the Markdown briefing to edit and keep beside the articles",
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write here (atomically, keeping its mode; a symlink's target) instead of standard output",
    )
    p.add_argument("--force", action="store_true", help="let -o replace an existing briefing.md (a curated briefing)")
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    return p


def run(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    loaded = load_with_progress(args.paths, strict=True, use_cache=not args.no_cache, curated=False)
    text: str | bytes
    if args.format == "json":
        text = _json(loaded.briefing)
    else:
        from briefing.formats.markdown_write import render

        text = render(loaded.briefing)
    read = [Path(src.path) for src in loaded.briefing.sources if src.path] + [s.path for s in loaded.skipped]
    write_output(text, args.output, [*read, *(Path(p) for p in args.paths if Path(p).is_file())], args.force)
    return 0


def _json(briefing: Briefing) -> str | bytes:
    """The JSON, valid UTF-8 with nothing a terminal would act on; as bytes unless a file name is not UTF-8."""
    from briefing.formats.jsonio import dumps, encode
    from briefing.sanitize import json_safe, json_safe_utf8

    try:
        return json_safe_utf8(encode(briefing))
    except UnicodeEncodeError:
        return json_safe(dumps(briefing))
