"""Start-up of the reader: time until the summary's first claim is on screen, against a bare Textual app.

    .venv/bin/python tests/benchmarks/bench_startup.py [--runs 7] [--size 120x40] [--cold] [PATH...]

Derives the briefing of the seeds (or PATHs) first to know the text of the
first summary claim, then runs ../shared/tools/ttfp.py, which starts the
reader and the baseline app (header, tabs, a Markdown pane, footer) in turn
in tmux and prints each one's median and the median ratio reader/baseline.
Target: ratio <= 1.2, derivation included. ``--cold`` runs the reader with
``--no-cache`` so every run derives from scratch.

The package is byte-compiled first, as ``pip install .`` does: an
editable install under ``PYTHONDONTWRITEBYTECODE`` would otherwise
compile every module from source at each start and time that instead.
"""

from __future__ import annotations

import argparse
import compileall
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from briefing.pipeline import load_briefing  # noqa: E402
from briefing.store.resources import seed_paths  # noqa: E402

TOOLS = Path(os.environ.get("BRIEFING_TOOLS", ROOT.parent / "shared" / "tools"))


def first_words(text: str, limit: int = 24) -> str:
    """The start of a claim short enough never to be split by wrapping."""
    out = ""
    for word in text.split():
        if len(out) + len(word) + 1 > limit:
            break
        out = f"{out} {word}" if out else word
    return out or text[:limit]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--size", default="120x40")
    ap.add_argument("--cold", action="store_true", help="open the reader with --no-cache")
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args()
    compileall.compile_dir(ROOT / "briefing", quiet=1)
    paths = args.paths or [str(p) for p in seed_paths()]
    summary = load_briefing(paths, strict=False).briefing.summary
    if not summary:
        print("no summary claim derived: nothing to wait for", file=sys.stderr)
        return 1
    expect = first_words(summary[0].text)
    python = Path(sys.executable)
    reader = " ".join([str(python.parent / "briefing"), *(["--no-cache"] if args.cold else []), *paths])
    baseline = f"{python} {TOOLS / 'baseline_app.py'}"
    print(f"waiting for {expect!r} ({'cold' if args.cold else 'warm cache'}, {len(paths)} paths)", flush=True)
    cmd = [
        "python3",
        str(TOOLS / "ttfp.py"),
        "--runs",
        str(args.runs),
        "--size",
        args.size,
        "--vs",
        baseline,
        "--vs-expect",
        "baseline ready",
        "--",
        reader,
        expect,
    ]
    return subprocess.run(cmd, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
