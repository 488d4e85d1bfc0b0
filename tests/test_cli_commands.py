"""The CLI as a newcomer meets it: usage lines, help that explains, global options, stdin, paths, exit codes."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from markdown_helpers import own_copy, write_curated

from briefing.cli import main, route


def _exit(argv: list[str]) -> int:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    return int(exc.value.code or 0)


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


@pytest.mark.parametrize(("command", "required"), [("search", "QUERY"), ("check", "BRIEFING.md")])
def test_usage_names_only_what_is_required(command: str, required: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert _exit([command]) == 2
    err = capsys.readouterr().err
    assert f"the following arguments are required: {required}\n" in err  # PATH is optional: not listed


def test_derive_help_describes_its_arguments_and_default_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert _exit(["derive", "--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "a folder of them" in out and "standard input" in out  # PATH is described
    assert "briefing/1 schema (default)" in out  # the default format is said
    assert "examples:" in out


def test_search_without_hits_says_so_and_exits_1(seed_paths: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "qqqzzzxxy", *map(str, seed_paths)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip().endswith("no hits for 'qqqzzzxxy'")
    assert _exit(["search", "--help"]) == 0
    assert "1 with none" in " ".join(capsys.readouterr().out.split())  # the exit status is documented


def test_global_options_may_come_before_the_command(seed_paths: list[Path], capsys) -> None:  # type: ignore[no-untyped-def]
    assert route(["--no-cache", "derive", "x.txt"]) == ("derive", ["--no-cache", "x.txt"])
    assert route(["--no-cache", "talks/"]) == ("read", ["--no-cache", "talks/"])  # the reader, on a folder
    assert route(["derive"]) == ("derive", [])
    assert main(["--no-cache", "derive", *map(str, seed_paths), "--format", "md"]) == 0
    assert capsys.readouterr().out.startswith("# ")
    assert main(["--no-cache", "search", "Leiter", *map(str, seed_paths)]) == 0
    assert main(["--no-cache", "paths"]) == 0


def test_paths_says_where_config_cache_and_state_live(isolated_dirs: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["paths"]) == 0
    lines = dict(line.split(None, 1) for line in capsys.readouterr().out.splitlines())
    assert lines["config"] == str(isolated_dirs / "config" / "briefing" / "config.toml")
    assert lines["cache"] == str(isolated_dirs / "cache" / "briefing")
    assert lines["state"] == str(isolated_dirs / "state" / "briefing")
    assert Path(lines["seeds"]).is_dir()
    assert main(["paths", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["cache"] == lines["cache"]
    assert not (isolated_dirs / "cache").exists()  # asking creates nothing


def test_dash_reads_an_article_from_stdin(seed_paths: list[Path], monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    _stdin(monkeypatch, seed_paths[0].read_bytes())
    assert main(["derive", "-", "--no-cache"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [s["id"] for s in doc["sources"]] == ["stdin"]
    _stdin(monkeypatch, seed_paths[0].read_bytes())
    assert main(["search", "Leiter", "-", "--no-cache"]) == 0
    assert "source:stdin:" in capsys.readouterr().out


def test_the_reader_refuses_stdin_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["-"]) == 2
    assert capsys.readouterr().err.count("\n") == 1


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return write_curated(own_copy(tmp_path))


def test_check_reads_the_briefing_from_stdin(folder: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    _stdin(monkeypatch, (folder / "briefing.md").read_bytes())
    monkeypatch.chdir(folder)
    assert main(["check", "-"]) == 0  # its articles: the current folder
    assert capsys.readouterr().err.startswith("-: 0 missing, 0 unresolved")


def test_check_format_json(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = folder / "harbour-gazette.txt"
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("Officials on both sides said a deal", "Officials said that a deal"), "utf-8")
    code = main(["check", str(folder), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert report["exit"] == code
    assert report["briefing"] == str(folder / "briefing.md")
    assert set(report["counts"]) == {"missing", "unresolved", "re-anchored", "resolved", "warning"}
    assert report["findings"] and all(set(f) == {"line", "status", "message"} for f in report["findings"])
    assert [f["line"] for f in report["findings"]] == sorted(f["line"] for f in report["findings"])
    assert sum(report["counts"].values()) >= len(report["findings"])


def test_a_briefing_alone_is_never_its_own_source(folder: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    alone = tmp_path / "alone"
    alone.mkdir()
    for name in ("briefing.md", "talks.md"):  # as the folder's briefing, and under another name
        shutil.copy(folder / "briefing.md", alone / name)
        assert main(["check", str(alone / name)]) == 1
        out, err = capsys.readouterr()
        assert "missing article harbour-gazette (harbour-gazette.txt)" in out
        assert "re-anchored" not in out and "-> talks:" not in out and "-> briefing:" not in out
        assert " 2 missing," in err
        (alone / name).unlink()
    assert main(["check", str(folder / "briefing.md"), str(folder / "briefing.md")]) == 1  # named as its own PATH
    assert "missing article" in capsys.readouterr().out


def test_warnings_alone_have_their_own_exit_code(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    md = folder / "briefing.md"
    person = "- **Nobody Atall** · party: Norway [^harbour-gazette:00000000]\n"  # mentions that are nowhere
    md.write_text(md.read_text(encoding="utf-8").replace("### People\n\n", "### People\n\n" + person, 1), "utf-8")
    code = main(["check", str(md)])
    out = capsys.readouterr().out
    assert "warning mentions of Nobody Atall" in out and "unresolved" not in out and "missing" not in out
    assert code == 3
    assert _exit(["check", "--help"]) == 0
    assert "3 warnings only" in " ".join(capsys.readouterr().out.split())  # documented
