"""``briefing check`` and opening a folder's curated briefing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from markdown_helpers import own_copy, replace_once, write_curated

from briefing.cli import main
from briefing.pipeline import curated_path, load_briefing


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return write_curated(own_copy(tmp_path))


RELAXED = ("Officials on both sides said a deal", "Officials on both sides said that a deal")
ADDED = '- Added. [^"offered to host a technical session"]\n'


def test_clean_briefing_checks_clean(folder: Path, capsys) -> None:
    assert main(["check", str(folder / "briefing.md")]) == 0
    assert capsys.readouterr().out == ""
    assert main(["check", str(folder)]) == 0  # a folder stands for its briefing.md
    assert capsys.readouterr().err.endswith("0 unresolved, 0 re-anchored, 0 resolved, 0 warnings\n")


def test_unresolved_and_re_anchored_listed_with_file_and_line(folder: Path, capsys) -> None:
    article = folder / "harbour-gazette.txt"
    replace_once(article, "Norway wants a binding cap on the total catch before any new quota shares are agreed.\n", "")
    replace_once(article, *RELAXED)
    assert main(["check", str(folder / "briefing.md")]) == 1
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2
    lines = (folder / "briefing.md").read_text(encoding="utf-8").splitlines()
    expected = [("re-anchored", "Little progress"), ("unresolved", "binding cap")]
    for entry, (status, words) in zip(out, expected, strict=True):
        m = re.match(rf"^(.+briefing\.md):(\d+): {status} ", entry)
        assert m, entry
        assert m.group(1) == str(folder / "briefing.md")
        assert words in lines[int(m.group(2)) - 1]


def test_only_re_anchored_exits_zero(folder: Path, capsys) -> None:
    replace_once(folder / "harbour-gazette.txt", *RELAXED)
    assert main(["check", str(folder / "briefing.md")]) == 0
    assert "re-anchored" in capsys.readouterr().out


def test_articles_named_explicitly(folder: Path, capsys) -> None:
    only = folder / "north-atlantic-wire.txt"
    assert main(["check", str(folder / "briefing.md"), str(only)]) == 1
    out = capsys.readouterr().out
    assert "missing article harbour-gazette (harbour-gazette.txt): not found among the articles read" in out
    assert re.search(r"unresolved \[\^harbour-gazette:", out)


def test_bare_quotes_listed_only_with_verbose(folder: Path, capsys) -> None:
    replace_once(folder / "briefing.md", "\n## Outcomes", ADDED + "\n## Outcomes")
    assert main(["check", str(folder / "briefing.md")]) == 0
    assert capsys.readouterr().out == ""
    assert main(["check", "-v", str(folder / "briefing.md")]) == 0
    assert ": resolved " in capsys.readouterr().out


@pytest.mark.parametrize("content", ["no title here\n", "# T\n\n## Nonsense\n"])
def test_bad_briefing_exits_two(folder: Path, content: str, capsys) -> None:
    (folder / "briefing.md").write_text(content, encoding="utf-8")
    assert main(["check", str(folder / "briefing.md")]) == 2
    err = capsys.readouterr().err
    assert re.search(r"briefing\.md:\d+: ", err)


def test_missing_briefing_exits_two(tmp_path: Path, capsys) -> None:
    assert main(["check", str(tmp_path / "nope.md")]) == 2
    assert "no such briefing" in capsys.readouterr().err


def test_folder_with_briefing_opens_curated(folder: Path) -> None:
    assert curated_path([folder]) == folder / "briefing.md"
    loaded = load_briefing([str(folder)], strict=False)
    assert loaded.briefing.origin == "curated"
    assert loaded.briefing.title == "Talks between Norway and Iceland"
    assert {s.id for s in loaded.briefing.sources} == {"harbour-gazette", "north-atlantic-wire"}
    assert loaded.warnings == []


def test_curated_warnings_carry_file_and_line(folder: Path) -> None:
    replace_once(
        folder / "harbour-gazette.txt", "Norway wants a binding cap on the total catch", "Norway wants nothing"
    )
    loaded = load_briefing([str(folder)], strict=False)
    assert any(re.match(r".+briefing\.md:\d+: unresolved ", w) for w in loaded.warnings)


def test_derive_command_derives_even_beside_a_curated_briefing(folder: Path, capsys) -> None:
    (folder / "briefing.md").write_text("# Hand-written\n", encoding="utf-8")
    assert main(["derive", str(folder), "--format", "md"]) == 0
    assert not capsys.readouterr().out.startswith("# Hand-written")


def test_files_or_several_paths_derive(folder: Path) -> None:
    assert curated_path([folder / "harbour-gazette.txt"]) is None
    assert curated_path([folder, folder]) is None
    assert load_briefing([str(folder / "harbour-gazette.txt")]).briefing.origin == "derived"


def test_check_parses_articles_through_the_cache_the_reader_fills(folder: Path, capsys, monkeypatch) -> None:
    """A folder the reader opened is not parsed again by ``check`` (1,000 articles: seconds), nor the reverse."""
    import briefing.ingest.sources as sources_module

    load_briefing([folder])  # the reader's open: every article's parse is cached
    real = sources_module.parse_article
    parsed: list[Path] = []
    monkeypatch.setattr(sources_module, "parse_article", lambda a: parsed.append(a.path) or real(a))
    assert main(["check", str(folder)]) == 0
    assert parsed == []  # each article from the cache
    (folder / "late.txt").write_text("Envoys met again in Tromso on Friday.\n", encoding="utf-8")
    assert main(["check", str(folder)]) == 0
    assert parsed == [folder / "late.txt"]  # only the new one, and the briefing itself never
    assert main(["--no-cache", "check", str(folder)]) == 0
    assert len(parsed) == 1 + len(list(folder.glob("*.txt")))  # --no-cache parses every article again
    capsys.readouterr()
