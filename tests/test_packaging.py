"""The wheel carries the seeds and styles, and an installed copy finds them from any folder."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if proc.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {proc.stderr.strip().splitlines()[-1:]}")
    return next(out.glob("briefing-*.whl"))


def test_wheel_contains_seeds_and_styles(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    seeds = sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))
    for name in seeds:
        assert f"briefing/_seeds/{name}" in names
    assert any(n.startswith("briefing/_styles/") and n.endswith(".tcss") for n in names)


def test_installed_wheel_finds_seeds_from_another_folder(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        check=True,
        timeout=300,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target)}
    code = "import briefing.store.resources as r, sys; print(r.__file__); print(*[p.name for p in r.seed_paths()])"
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=elsewhere, env=env, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out[0].startswith(str(target))
    assert out[1].split() == sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))
    derived = subprocess.run(
        [sys.executable, "-m", "briefing", "derive", *[str(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert derived.returncode == 0, derived.stderr
