"""``briefing paths``: where the config file, the cache, the reader's state and the bundled seeds live.

Like posting's ``locate``: the folders follow the platform's conventions
(XDG on Linux, so ``XDG_CONFIG_HOME``, ``XDG_CACHE_HOME`` and
``XDG_STATE_HOME`` move them); nothing is created by asking.
"""

from __future__ import annotations

import argparse
import json
import sys

from briefing.cli.notices import PROG
from briefing.sanitize import one_line


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=f"{PROG} paths",
        description="Show where briefing keeps its config file, cache and reader state, and its bundled seeds.",
    )
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    p.add_argument("--no-cache", action="store_true", help=argparse.SUPPRESS)  # a global option: no use here
    return p


def locations() -> dict[str, str]:
    """Name -> path, in the order they are shown."""
    from briefing.store.cache import default_dir
    from briefing.store.config import config_path
    from briefing.store.resources import seeds_dir
    from briefing.store.state import state_dir

    return {
        "config": str(config_path()),
        "cache": str(default_dir()),
        "state": str(state_dir()),
        "seeds": str(seeds_dir()),
    }


def run(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    where = {name: one_line(path) for name, path in locations().items()}
    if args.format == "json":
        sys.stdout.write(json.dumps(where, indent=2) + "\n")
    else:
        sys.stdout.write("".join(f"{name:<7} {path}\n" for name, path in where.items()))
    return 0
