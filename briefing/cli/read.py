"""``briefing [PATH...]``: open the reader (on the bundled seeds when no path is given)."""

from __future__ import annotations

import argparse

from briefing import __version__
from briefing.cli.notices import PROG
from briefing.errors import InputError

EPILOG = """\
commands:
  briefing [PATH...]                      open the reader (the bundled seeds when no path)
  briefing derive PATH... [--format json|md] [-o FILE]
                                          derive the briefing and print or write it
  briefing search QUERY [PATH...] [--kind K] [--limit N] [--format text|json]
                                          fuzzy search people, places, claims, sentences
  briefing check BRIEFING.md [PATH...] [--format text|json]
                                          list unresolved or re-anchored citations, missing articles
  briefing paths                          where the config file, cache and reader state live

PATH is an article file (.txt, .md, .html) or a folder of them; for derive, search
and check, - is standard input. --no-cache may come before the command too.
Run 'briefing COMMAND --help' for a command's options and exit status.
"""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=PROG,
        description="A terminal reader for negotiation briefings derived from news articles.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="articles or folders (default: the bundled seeds)")
    p.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    return p


def run(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    from briefing.ingest.reading import discover
    from briefing.store.resources import seeds_dir

    if "-" in args.paths:
        raise InputError("the reader takes its keys from the terminal, not articles from standard input: name a file")
    paths = args.paths or [str(seeds_dir())]
    discover(paths)  # bad paths fail here, before the screen is taken over
    from briefing.app import run_reader

    return run_reader(paths, use_cache=not args.no_cache)
