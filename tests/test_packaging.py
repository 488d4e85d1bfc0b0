"""The wheel carries the seeds and styles, and an installed copy finds them from any folder."""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import tomllib
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


# -- what a distribution carries (issue 17: LICENSE, classifiers, py.typed, the dev group, CI's Pythons) --


def _classifiers(metadata: str) -> list[str]:
    return [line.split(": ", 1)[1] for line in metadata.splitlines() if line.startswith("Classifier: ")]


def _supported() -> list[str]:
    """The Python versions the classifiers name ("3.11" ...), oldest first."""
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    tag = "Programming Language :: Python :: "
    found = [c[len(tag) :] for c in meta["classifiers"] if c.startswith(tag + "3.")]
    return sorted(found, key=lambda v: tuple(map(int, v.split("."))))


def test_the_wheel_carries_the_licence_the_typing_marker_and_classifiers(wheel: Path) -> None:
    archive = zipfile.ZipFile(wheel)
    names = archive.namelist()
    assert "briefing/py.typed" in names
    licence = next(n for n in names if n.endswith(".dist-info/licenses/LICENSE"))
    assert archive.read(licence).decode().startswith("MIT License")
    metadata = archive.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert "License-Expression: MIT" in metadata.splitlines()
    classifiers = _classifiers(metadata)
    assert "Typing :: Typed" in classifiers and "Programming Language :: Python :: 3 :: Only" in classifiers
    assert _supported()[0] == "3.11"  # the oldest named is the oldest allowed
    assert "Requires-Python: >=3.11" in metadata.splitlines()


def test_the_sdist_carries_the_licence_and_ci(tmp_path: Path) -> None:
    """Built by hatchling itself (what pip would fetch to build it), put in a folder of its own."""
    backend = tmp_path / "backend"
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--target", str(backend), "hatchling>=1.27"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if proc.returncode != 0:
        pytest.skip(f"cannot install hatchling here: {proc.stderr.strip().splitlines()[-1:]}")
    env = {**os.environ, "PYTHONPATH": str(backend)}
    out = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "sdist", "-d", str(out)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        timeout=300,
    )
    with tarfile.open(next(out.glob("briefing-*.tar.gz"))) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
        assert {"LICENSE", "README.md", "pyproject.toml", ".ci/run", "briefing/py.typed"} <= names
        info = sdist.extractfile(next(n for n in sdist.getnames() if n.endswith("/PKG-INFO")))
        assert info is not None
        assert "Typing :: Typed" in _classifiers(info.read().decode())


def test_contributors_get_textual_dev_and_are_told_how_to_run_it() -> None:
    groups = tomllib.loads((ROOT / "pyproject.toml").read_text())["dependency-groups"]
    assert any(str(req).startswith("textual-dev") for req in groups["dev"])
    readme = (ROOT / "README.md").read_text()
    assert "textual run --dev" in readme and "textual console" in readme and "--group dev" in readme


def test_ci_runs_the_readmes_test_command_on_the_oldest_and_newest_python() -> None:
    readme = (ROOT / "README.md").read_text()
    command = readme.split("## Install and run the tests", 1)[1].split("```sh\n", 1)[1].split("\n", 1)[0]
    assert command.endswith(".venv/bin/python -m pytest")
    script = (ROOT / ".ci" / "run").read_text()
    assert f'bash -c "{command}"' in script  # verbatim, with `python3` the interpreter under test
    supported = _supported()
    dry = subprocess.run(
        ["bash", str(ROOT / ".ci" / "run")],
        env={**os.environ, "CI_DRY_RUN": "1"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    wanted = [supported[0], supported[-1]]
    said = [line.split()[2] for line in dry.stdout.splitlines() if line.startswith("ci: Python ")]
    assert said == wanted, dry.stdout + dry.stderr  # each either found and run, or said to be missing
