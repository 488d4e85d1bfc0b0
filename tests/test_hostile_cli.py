"""The commands on hostile input and around files the user owns (issues 16 and 17).

``derive -o`` never silently replaces a curated ``briefing.md``, keeps a
symlink a symlink and a file's mode; names that are not UTF-8 neither crash
``derive -o`` nor make standard output invalid UTF-8; what ``derive``,
``search`` and ``check`` print carries no raw control character.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from hostile import curated, leaks, make_folder
from test_bad_input import ARTICLE

from briefing.cli import main

BRIEFING = Path(sys.executable).parent / "briefing"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "talks"
    root.mkdir()
    (root / "vienna.txt").write_text(ARTICLE, encoding="utf-8")
    return root


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# ---------------------------------------------------------------- -o and what the user owns


def test_o_refuses_to_replace_a_curated_briefing_without_force(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mine = folder / "briefing.md"
    mine.write_text('# My curated briefing\n\n## Summary\n\n- Hand-written. [^"third round of talks"]\n')
    before = mine.read_bytes()
    assert main(["derive", str(folder), "--format", "md", "-o", str(mine)]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"briefing: error: refusing to replace the curated briefing {mine} (add --force to replace it)"
    ]
    assert mine.read_bytes() == before
    assert main(["derive", str(folder), "--format", "md", "-o", str(mine), "--force"]) == 0
    assert mine.read_text().startswith("# ") and mine.read_bytes() != before


def test_o_writes_through_a_symlink_and_keeps_the_mode(folder: Path, tmp_path: Path) -> None:
    real = tmp_path / "kept" / "briefing.json"
    real.parent.mkdir()
    real.write_text("{}")
    os.chmod(real, 0o640)
    link = tmp_path / "out.json"
    link.symlink_to(real)
    assert main(["derive", str(folder), "-o", str(link)]) == 0
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert json.loads(real.read_text())["sources"] and _mode(real) == 0o640


def test_o_gives_a_new_file_the_umask_mode(folder: Path, tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        assert main(["derive", str(folder), "-o", str(tmp_path / "new.json")]) == 0
    finally:
        os.umask(old)
    assert _mode(tmp_path / "new.json") == 0o644  # not the 0600 of a temporary file


# ---------------------------------------------------------------- names that are not UTF-8


def test_names_that_are_not_utf8(tmp_path: Path) -> None:
    """derive -o crashed on them (surrogates), and JSON on stdout was not valid UTF-8."""
    folder = make_folder(tmp_path / "hostile")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    out = subprocess.run([BRIEFING, "derive", folder], capture_output=True, env=env, check=False)
    assert out.returncode == 0, out.stderr.decode("utf-8", "replace")[-500:]
    doc = json.loads(out.stdout.decode("utf-8"))  # strict: raises on an invalid byte
    assert any("\ufffd" in (s["path"] or "") for s in doc["sources"])
    for fmt, name in (("md", "out.md"), ("json", "out.json")):
        done = subprocess.run([BRIEFING, "derive", folder, "--format", fmt, "-o", tmp_path / name], env=env)
        assert done.returncode == 0
        (tmp_path / name).read_bytes().decode("utf-8")
    assert not leaks(out.stderr.decode("utf-8"))


# ---------------------------------------------------------------- what is printed


def test_derive_md_on_a_terminal_prints_no_control_character(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = make_folder(tmp_path / "hostile", undecodable_name=False)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert main(["derive", str(folder), "--format", "md"]) == 0
    out = capsys.readouterr().out
    assert not leaks(out) and "␛]0;PWNED-TITLE␇" in out


def test_piped_markdown_keeps_the_text_as_it_is(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Into a file or a pipe the Markdown is data: the article's characters stay (a terminal alone is guarded)."""
    folder = make_folder(tmp_path / "hostile", undecodable_name=False)
    assert main(["derive", str(folder), "--format", "md"]) == 0
    assert "\x1b]0;PWNED-TITLE" in capsys.readouterr().out


def test_json_escapes_what_a_terminal_would_act_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = make_folder(tmp_path / "hostile", undecodable_name=False)
    assert main(["derive", str(folder)]) == 0
    out = capsys.readouterr().out
    assert not leaks(out)
    sources = json.loads(out)["sources"]  # the same values, escaped
    assert any(s["title"].startswith("\x1b]0;PWNED-TITLE\x07") for s in sources)
    assert any("\u202eesrever" in t["text"] and "\x9b2J" in t["text"] for s in sources for t in s["sentences"])


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_search_prints_no_control_character(tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    folder = make_folder(tmp_path / "hostile", undecodable_name=False)
    assert main(["search", "talks", str(folder), "--format", fmt]) == 0
    captured = capsys.readouterr()
    assert captured.out and not leaks(captured.out) and not leaks(captured.err)


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_check_prints_no_control_character(tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    folder = curated(tmp_path / "hostile")
    main(["check", str(folder), "-v", "--format", fmt])
    captured = capsys.readouterr()
    assert captured.out and not leaks(captured.out) and not leaks(captured.err)
