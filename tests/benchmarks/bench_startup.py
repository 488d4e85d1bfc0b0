"""Start-up of the reader: time until the first summary claim is on screen, against a bare Textual app.

    .venv/bin/python tests/benchmarks/bench_startup.py [--runs 7] [--sizes 120x40 80x24]
        [--cases readme seeds curated1000] [--temps warm cold] [--loads idle busy] [PATH...]

Each measurement is one run of ../shared/tools/ttfp.py, which starts the
reader and the baseline app (header, tabs, a Markdown pane, footer) in turn
in tmux, A B A B ..., and prints both medians and the median of the pairs'
ratios reader/baseline; this script prints that ratio for every case and a
table at the end. Target: ratio <= 1.2 (issue 18), and for the curated
1,000-article folder warm <= 1.5 and cold <= 3 s (issue 19).

Cases:

- ``readme``: ``briefing`` with no arguments, as the README starts it: the
  bundled seeds folder with its curated ``briefing.md``;
- ``seeds``: the two seed ``.txt`` files named (derived, not curated);
- ``curated1000``: 1,000 generated articles (tests/benchmarks/corpus.py)
  with the ``briefing.md`` that ``derive --format md`` writes;
- ``PATH...`` given: those paths instead of every case.

Temperatures: ``warm`` reopens with the cache filled; ``cold`` runs the
reader with ``--no-cache`` (readme, seeds, paths), or, for the curated
folder, edits its ``briefing.md`` just before every run (a new comment
line), so the briefing is read again against articles whose parse is
cached: the analyst's case. Loads: ``idle``, or ``busy`` with one
CPU-bound process running beside both apps. A private cache, state and
config dir is used throughout, so the user's are untouched.

The package is byte-compiled first, as ``pip install .`` does: an
editable install under ``PYTHONDONTWRITEBYTECODE`` would otherwise
compile every module from source at each start and time that instead.
Quote ``uptime`` with the figures: the machine may be shared.
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))


def _tools() -> Path:
    """../shared/tools beside the checkout (or beside the folder of worktrees), or $BRIEFING_TOOLS."""
    if "BRIEFING_TOOLS" in os.environ:
        return Path(os.environ["BRIEFING_TOOLS"])
    for up in ROOT.parents:
        if (up / "shared" / "tools" / "ttfp.py").is_file():
            return up / "shared" / "tools"
    return ROOT.parent / "shared" / "tools"


TOOLS = _tools()
RATIO = re.compile(r"ratio A/B \(median of pairs\): ([\d.]+)")
MEDIAN = re.compile(r"^([AB]): median (\d+) ms", re.M)


def first_words(text: str, limit: int = 24) -> str:
    """The start of a claim short enough never to be split by wrapping."""
    out = ""
    for word in text.split():
        if len(out) + len(word) + 1 > limit:
            break
        out = f"{out} {word}" if out else word
    return out or text[:limit]


def expected(paths: list[str]) -> str:
    from briefing.pipeline import load_briefing

    summary = load_briefing(paths, strict=False).briefing.summary  # also fills the cache: the warm runs hit it
    if not summary:
        raise SystemExit(f"no summary claim in the briefing of {paths}: nothing to wait for")
    return first_words(summary[0].text)


def curated_folder(work: Path, name: str, n: int = 1000) -> Path:
    from corpus import generate

    from briefing.formats.markdown_write import render
    from briefing.pipeline import load_briefing

    folder = work / name
    generate(n, folder)
    loaded = load_briefing([str(folder)], strict=False, curated=False)
    (folder / "briefing.md").write_text(render(loaded.briefing), encoding="utf-8")
    return folder


def reader_command(paths: list[str], temp: str, curated_md: Path | None) -> str:
    briefing = str(Path(sys.executable).parent / "briefing")
    if temp == "cold" and curated_md is not None:  # edited just before the run: read again, sources cached
        edit = f'printf "<!-- edited %s -->\\n" "$(date +%s%N)" >> {shlex.quote(str(curated_md))}'
        return f"sh -c {shlex.quote(edit + '; exec ' + shlex.join([briefing, *paths]))}"
    return shlex.join([briefing, *(["--no-cache"] if temp == "cold" else []), *paths])


def ttfp(reader: str, expect: str, size: str, runs: int) -> tuple[float, int, int, str]:
    baseline = f"{shlex.quote(sys.executable)} {shlex.quote(str(TOOLS / 'baseline_app.py'))}"
    cmd = ["python3", str(TOOLS / "ttfp.py"), "--runs", str(runs), "--size", size, "--timeout", "60"]
    cmd += ["--vs", baseline, "--vs-expect", "baseline ready", "--", reader, expect]
    out = subprocess.run(cmd, capture_output=True, text=True, check=False)
    m = RATIO.search(out.stdout)
    if not m:
        raise SystemExit(f"ttfp failed:\n{out.stdout}\n{out.stderr}")
    medians = dict(MEDIAN.findall(out.stdout))
    return float(m.group(1)), int(medians["A"]), int(medians["B"]), out.stdout


def busy() -> subprocess.Popen[bytes]:
    """One CPU-bound process beside the apps (as a build or another user's job would be)."""
    return subprocess.Popen([sys.executable, "-c", "while True: pass"])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--sizes", nargs="+", default=["120x40", "80x24"])
    ap.add_argument("--cases", nargs="+", default=["readme", "seeds", "curated1000"])
    ap.add_argument("--temps", nargs="+", default=["warm", "cold"], choices=["warm", "cold"])
    ap.add_argument("--loads", nargs="+", default=["idle", "busy"], choices=["idle", "busy"])
    ap.add_argument("--curated", type=Path, help="a folder with a briefing.md to copy instead of generating one")
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args()
    compileall.compile_dir(ROOT / "briefing", quiet=1)
    work = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    for var in ("XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME"):
        os.environ[var] = str(work / var.lower())  # inherited by ttfp's tmux server, so by both apps
    rows: list[tuple[str, ...]] = []
    try:
        cases = _cases(args, work)
        for name, (paths, curated_md) in cases.items():
            for temp in args.temps:
                for load in args.loads:
                    for size in args.sizes:
                        rows.append(_measure(name, paths, curated_md, temp, load, size, args.runs))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("\ncase          temp  load  size    reader   baseline  ratio")
    for row in rows:
        print("  ".join(row))
    return 0


def _cases(args: argparse.Namespace, work: Path) -> dict[str, tuple[list[str], Path | None]]:
    from briefing.store.resources import seed_paths, seeds_dir

    if args.paths:
        return {"paths": (list(args.paths), None)}
    cases: dict[str, tuple[list[str], Path | None]] = {}
    for name in args.cases:
        if name == "readme":
            cases[name] = ([], seeds_dir() / "briefing.md")
        elif name == "seeds":
            cases[name] = ([str(p) for p in seed_paths()], None)
        elif name == "curated1000" and args.curated:
            folder = work / "curated"
            shutil.copytree(args.curated, folder)
            cases[name] = ([str(folder)], folder / "briefing.md")
        elif name == "curated1000":
            folder = curated_folder(work, "curated1000")
            cases[name] = ([str(folder)], folder / "briefing.md")
        else:
            raise SystemExit(f"unknown case {name}")
    return cases


def _measure(
    name: str, paths: list[str], curated_md: Path | None, temp: str, load: str, size: str, runs: int
) -> tuple[str, ...]:
    from briefing.store.resources import seeds_dir

    expect = expected(paths or [str(seeds_dir())])
    editable = curated_md if name != "readme" else None  # the bundled seeds are never edited: cold is --no-cache
    reader = reader_command(paths, temp, editable)
    neighbour = busy() if load == "busy" else None
    try:
        ratio, a, b, _ = ttfp(reader, expect, size, runs)
    finally:
        if neighbour is not None:
            neighbour.kill()
            neighbour.wait()
    row = (f"{name:12}", f"{temp:4}", f"{load:4}", f"{size:6}", f"{a:5} ms", f"{b:5} ms", f"{ratio:5.2f}")
    print("  ".join(row), flush=True)
    return row


if __name__ == "__main__":
    sys.exit(main())
