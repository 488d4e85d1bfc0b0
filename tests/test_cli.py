"""The CLI: help, version, derive, and every bad-input path of issue 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from briefing.cli import main

ROOT = Path(__file__).resolve().parent.parent
#: The shared JSON contract, beside the checkout (a worktree finds it further up).
SCHEMA = next(
    (p / "shared" / "spec" / "briefing.schema.json" for p in ROOT.parents if (p / "shared" / "spec").is_dir()),
    ROOT.parent / "shared" / "spec" / "briefing.schema.json",
)


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args], capture_output=True, text=True, cwd=cwd, timeout=120
    )


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    for word in ("derive", "search", "check", "--version", "--format"):
        assert word in out


def test_derive_json_offsets_match_file(seed_paths: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["derive", *map(str, seed_paths), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["schema"] == "briefing/1"
    for src in doc["sources"]:
        assert Path(src["path"]).name in {p.name for p in seed_paths}
        text = Path(src["path"]).read_bytes().decode("utf-8").replace("\r\n", "\n")
        assert src["sentences"]
        for s in src["sentences"]:
            assert text[s["start"] : s["end"]] == s["text"]
    ids = [s["id"] for src in doc["sources"] for s in src["sentences"]]
    assert len(ids) == len(set(ids))


#: Articles of a round that ended with outcomes (the seeds report talks about to begin).
OUTCOME_ARTICLES = ROOT / "tests" / "articles_outcomes" / "courantyne-river-talks"


@pytest.mark.skipif(not SCHEMA.exists(), reason="shared spec not beside the checkout")
@pytest.mark.parametrize("which", ["seeds", "outcomes"])
def test_derive_json_validates_against_schema(
    which: str, seed_paths: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    paths = seed_paths if which == "seeds" else sorted(OUTCOME_ARTICLES.glob("*.txt"))
    assert main(["derive", *map(str, paths)]) == 0
    doc = json.loads(capsys.readouterr().out)
    jsonschema.validate(doc, json.loads(SCHEMA.read_text()))
    if which == "outcomes":
        assert {o["status"] for o in doc["outcomes"]} == {"agreed", "not agreed", "deferred"}
    sentence_ids = {s["id"] for src in doc["sources"] for s in src["sentences"]}
    keys = ("summary", "outcomes", "demands", "discrepancies")
    cited = [c for key in keys for claim in doc[key] for c in claim["citations"]]
    cited += [c for d in doc["delegations"] for m in d["members"] for c in m["citations"]]
    assert set(cited) <= sentence_ids


def test_derive_writes_output_file(seed_paths: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "b.json"
    assert main(["derive", *map(str, seed_paths), "-o", str(out)]) == 0
    assert json.loads(out.read_text())["schema"] == "briefing/1"
    assert [p.name for p in tmp_path.iterdir()] == ["b.json"]  # no temp file left behind


def test_derive_refuses_to_overwrite_an_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Talks resume\n\nThe two sides met. They agreed.\n")
    before = article.read_bytes()
    assert main(["derive", str(article), "-o", str(article)]) == 2
    assert article.read_bytes() == before
    assert "refusing to overwrite" in capsys.readouterr().err


def _bad(tmp_path: Path, case: str) -> list[str]:
    if case == "missing":
        return [str(tmp_path / "nope.txt")]
    if case == "empty-folder":
        (tmp_path / "empty").mkdir()
        return [str(tmp_path / "empty")]
    if case == "binary":
        (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4\n\x00\x01binary")
        return [str(tmp_path / "x.pdf")]
    if case == "no-sentences":
        (tmp_path / "blank.txt").write_text("   \n\n|\n")
        return [str(tmp_path / "blank.txt")]
    if case == "unreadable":
        f = tmp_path / "secret.txt"
        f.write_text("Some text here. More.")
        f.chmod(0)
        return [str(f)]
    raise AssertionError(case)


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("missing", "no such file or folder"),
        ("empty-folder", "no articles"),
        ("binary", "binary file"),
        ("no-sentences", "no sentences"),
        ("unreadable", "cannot read"),
    ],
)
@pytest.mark.parametrize("command", ["derive", "reader"])
def test_bad_input_is_one_line_and_nonzero(tmp_path: Path, case: str, message: str, command: str) -> None:
    if case == "unreadable" and os.geteuid() == 0:
        pytest.skip("root reads everything: see test_unreadable_file_in_process")
    paths = _bad(tmp_path, case)
    if command == "reader" and case in {"no-sentences", "unreadable", "binary"}:
        pytest.skip("the reader skips bad files with a notice (issue 7)")
    args = ["derive", *paths] if command == "derive" else paths
    proc = run(*args)
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("briefing: error:")
    assert message in lines[0]
    assert "Traceback" not in proc.stderr


def test_unknown_option_is_a_usage_error() -> None:
    proc = run("derive", "--format", "pdf", "x.txt")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr


def test_unreadable_file_in_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Permission denied, simulated so that it holds when tests run as root too."""
    article = tmp_path / "secret.txt"
    article.write_text("Some text here. More.")

    real_open = os.open

    def denied(path: object, flags: int, *args: object, **kwargs: object) -> int:
        if os.fsdecode(path) == str(article):  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", denied)
    assert main(["derive", str(article)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"briefing: error: cannot read {article}: permission denied"]
