"""``briefing [PATH...]``: open the reader (on the bundled seeds when no path is given)."""

from __future__ import annotations

from typing import TYPE_CHECKING

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


if TYPE_CHECKING:
    import argparse


def _parser() -> argparse.ArgumentParser:
    import argparse

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


def _simple(argv: list[str]) -> tuple[list[str], bool] | None:
    """Paths and ``--no-cache``, the usual start, read without argparse (whose import delays the first frame)."""
    if any(arg.startswith("-") and arg != "--no-cache" for arg in argv):
        return None
    return [arg for arg in argv if arg != "--no-cache"], "--no-cache" in argv


def run(argv: list[str]) -> int:
    simple = _simple(argv)
    if simple is None:
        args = _parser().parse_args(argv)
        simple = args.paths, args.no_cache
    given, no_cache = simple
    from briefing.ingest.reading import discover
    from briefing.store.resources import seeds_dir

    if "-" in given:
        raise InputError("the reader takes its keys from the terminal, not articles from standard input: name a file")
    paths = given or [str(seeds_dir())]
    from briefing.app import run_reader

    # bad paths fail before the screen is taken over; the folders are walked beside the loading process
    return run_reader(paths, use_cache=not no_cache, check=lambda: discover(paths))
