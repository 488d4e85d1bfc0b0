"""The command line: open the reader, or derive, search and check for scripts.

Every error a user can cause ends as one line on stderr and a non-zero
exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from briefing import __version__
from briefing.ingest.reading import InputError
from briefing.store.atomic import write_atomic

if TYPE_CHECKING:
    from briefing.pipeline import Loaded

PROG = "briefing"
COMMANDS = ("derive", "search", "check")
EPILOG = """\
commands:
  briefing [PATH...]                      open the reader (the bundled seeds when no path)
  briefing derive PATH... [--format json|md] [-o FILE]
                                          derive the briefing and print or write it
  briefing search QUERY [PATH...] [--kind K] [--limit N] [--format text|json]
                                          fuzzy search people, places, claims, sentences
  briefing check BRIEFING.md [PATH...]    list unresolved or re-anchored citations

PATH is an article file (.txt, .md, .html) or a folder of them.
Run 'briefing COMMAND --help' for a command's options.
"""


class UsageError(Exception):
    """A bad command line, reported like an input error."""


def _reader_parser() -> argparse.ArgumentParser:
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


def _derive_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=f"{PROG} derive", description="Derive a briefing from articles.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--format", choices=("json", "md"), default="json")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    return p


def write_output(text: str, output: str | None, inputs: Sequence[Path] = ()) -> None:
    """Print, or write a file atomically; never over one of the inputs."""
    if output is None or output == "-":
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    target = Path(output)
    resolved = target.resolve()
    if any(resolved == Path(p).resolve() for p in inputs):
        raise InputError(f"refusing to overwrite an input file: {output}")
    if target.is_dir():
        raise InputError(f"output is a folder: {output}")
    try:
        if target.exists() and not target.is_file():
            with target.open("w", encoding="utf-8") as fh:  # /dev/null, a pipe: never renamed over
                fh.write(text)
        else:
            write_atomic(target, text)
    except OSError as err:
        raise InputError(f"cannot write {output}: {(err.strerror or str(err)).lower()}") from None


def load_with_progress(paths: Sequence[str], **options: bool) -> Loaded:
    """Load a briefing with a progress bar on a terminal's stderr, then print its notices there."""
    from briefing.pipeline import load_briefing
    from briefing.progress import TerminalProgress

    bar = TerminalProgress()
    try:
        loaded = load_briefing(paths, progress=bar, **options)
    finally:
        bar.close()
    print_notices(loaded)
    return loaded


def print_notices(loaded: Loaded) -> None:
    """One line on stderr per skipped file and per warning (stdout stays the output)."""
    for skip in loaded.skipped:
        print(f"{PROG}: skipped {printable(str(skip.path))}: {printable(skip.reason)}", file=sys.stderr)
    for warning in loaded.warnings:
        print(f"{PROG}: warning: {printable(warning)}", file=sys.stderr)


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` with control characters shown as escapes: a file name must not drive the terminal."""
    text = text.replace("\n", " ").replace("\t", " ")
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def _derive(argv: list[str]) -> int:
    args = _derive_parser().parse_args(argv)

    loaded = load_with_progress(args.paths, strict=True, use_cache=not args.no_cache, curated=False)
    if args.format == "json":
        from briefing.formats.jsonio import dumps

        text = dumps(loaded.briefing)
    else:
        from briefing.formats.markdown import render

        text = render(loaded.briefing)
    read = [Path(src.path) for src in loaded.briefing.sources if src.path] + [s.path for s in loaded.skipped]
    write_output(text, args.output, [*read, *(Path(p) for p in args.paths if Path(p).is_file())])
    return 0


def _search(argv: list[str]) -> int:
    from briefing.cli.search import run

    return run(argv)


def _check(argv: list[str]) -> int:
    from briefing.formats.check import run

    return run(argv)


def _reader(argv: list[str]) -> int:
    args = _reader_parser().parse_args(argv)
    from briefing.ingest.reading import discover
    from briefing.store.resources import seeds_dir

    paths = args.paths or [str(seeds_dir())]
    discover(paths)  # bad paths fail here, before the screen is taken over
    from briefing.app import run_reader

    return run_reader(paths, use_cache=not args.no_cache)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    handlers = {"derive": _derive, "search": _search, "check": _check}
    try:
        if argv and argv[0] in handlers:
            return handlers[argv[0]](argv[1:])
        return _reader(argv)
    except (InputError, UsageError) as err:
        print(f"{PROG}: error: {printable(str(err))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
