"""The command line: open the reader, or derive, search and check for scripts.

One module per command (:mod:`.read`, :mod:`.derive`, :mod:`.search`,
:mod:`.check`, :mod:`.paths`), each with a ``run(argv)``; what they print beside their
output lives in :mod:`.notices`. Every error a user can cause ends as one
line on stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from briefing.cli.notices import say
from briefing.errors import InputError

COMMANDS = ("derive", "search", "check", "paths")
#: Options every command takes, so they may come before the command too, as in git: ``briefing --no-cache derive``.
GLOBAL_OPTIONS = ("--no-cache",)


def _command(name: str):  # type: ignore[no-untyped-def]
    """The ``run`` of a command, imported only when it is the one asked for (start-up stays light)."""
    from importlib import import_module

    return import_module(f"briefing.cli.{name}").run


def route(argv: Sequence[str]) -> tuple[str, list[str]]:
    """The command asked for and its arguments; global options before it move after it."""
    lead = 0
    while lead < len(argv) and argv[lead] in GLOBAL_OPTIONS:
        lead += 1
    if lead < len(argv) and argv[lead] in COMMANDS:
        return argv[lead], [*argv[:lead], *argv[lead + 1 :]]
    return "read", list(argv)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from briefing.store import pattern_cache

    pattern_cache.enable()
    try:
        command, args = route(argv)
        return _command(command)(args)
    except InputError as err:
        say(f"error: {err}")
        return 2
    except KeyboardInterrupt:
        say("interrupted")
        return 130
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    finally:
        pattern_cache.finish()


def entry() -> None:
    """The ``briefing`` command: :func:`main`, then, for a command that only writes output, leave at once.

    Tearing the interpreter down frees a derivation's objects one at a time: 0.3 s of a 4.4 s ``derive``
    of 1,000 articles, after the output is written. Once a command other than the reader has returned, its
    output is written, its files closed (atomically replaced) and its children reaped, and nothing here
    registers exit handlers, so the process flushes its two streams and ends (``os._exit``). The reader
    ends as usual: Textual restores the terminal.
    """
    argv = sys.argv[1:]
    code = main(argv)
    if route(argv)[0] not in COMMANDS:  # the reader
        raise SystemExit(code)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: what could be written was
            code = code or 1
    os._exit(code)
