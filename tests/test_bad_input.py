"""Every bad input of issue 7 through ``briefing derive``: message, exit code, nothing written.

Files found in a folder are skipped with one notice line each on stderr;
a bad file named on the command line is an error (one line, exit 2).
Each test compares a listing of the input folder (names, sizes, mtimes)
before and after, so nothing is ever written beside the articles.
Permission errors are simulated where the suite runs as root (root reads
everything); the real chmod variants run for other users.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing.cli import main

ARTICLE = (
    "Envoys resume border talks in Vienna\n\n"
    "By Ana Lima\n\n"
    "Negotiators from both countries met in Vienna on Monday for a third round of talks. "
    "Foreign Minister Karim Haddad said the ceasefire line must be settled first.\n\n"
    "The mediator, Ambassador Ingrid Dahl, said both sides had agreed to meet again in May.\n"
)
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def listing(folder: Path) -> dict[str, tuple[int, int]]:
    """Every entry under ``folder`` (links not followed) with its size and mtime."""
    out: dict[str, tuple[int, int]] = {}
    for root, dirs, names in os.walk(folder, followlinks=False):
        for name in dirs + names:
            path = Path(root, name)
            try:
                info = path.lstat()
            except OSError:
                continue
            out[str(path.relative_to(folder))] = (info.st_size, info.st_mtime_ns)
    return out


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    """An input folder with one good article; asserts afterwards that nothing in it changed."""
    root = tmp_path / "input"
    root.mkdir()
    (root / "good.txt").write_text(ARTICLE, encoding="utf-8")
    yield root


class Derive:
    """Runs ``briefing derive`` in-process and checks that the input folder was only read."""

    def __init__(self, capsys: pytest.CaptureFixture[str]) -> None:
        self.capsys = capsys

    def __call__(self, folder: Path, *args: str) -> tuple[int, str, list[str]]:
        before = listing(folder)
        code = main(["derive", *args])
        out, err = self.capsys.readouterr()
        assert listing(folder) == before, "the input folder changed"
        assert "Traceback" not in err
        return code, out, err.splitlines()


@pytest.fixture
def derive(capsys: pytest.CaptureFixture[str]) -> Derive:
    return Derive(capsys)


def _sentences(out: str) -> list[str]:
    return [s["text"] for src in json.loads(out)["sources"] for s in src["sentences"]]


# ---------------------------------------------------------------- empty and binary files


def test_empty_file_in_folder_is_skipped(folder: Path, derive: Derive) -> None:
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.md").write_text(" \n\n \n")
    code, out, err = derive(folder, str(folder))
    assert code == 0 and _sentences(out)
    assert err == [
        f"briefing: skipped {folder / 'blank.md'}: no sentences found",
        f"briefing: skipped {folder / 'empty.txt'}: no sentences found",
    ]


def test_empty_file_named_is_an_error(folder: Path, derive: Derive) -> None:
    (folder / "empty.txt").write_bytes(b"")
    code, out, err = derive(folder, str(folder / "empty.txt"))
    assert code == 2 and out == ""
    assert err == [f"briefing: error: no sentences found in {folder / 'empty.txt'}"]


def test_binary_files_in_folder_are_skipped_with_their_kind(folder: Path, derive: Derive) -> None:
    (folder / "report.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    (folder / "chart.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")  # an image misnamed .txt
    (folder / "noise.html").write_bytes(bytes(range(256)) * 40)
    code, out, err = derive(folder, str(folder))
    assert code == 0 and _sentences(out)
    assert sorted(err) == sorted(
        [
            f"briefing: skipped {folder / 'photo.jpg'}: binary file (JPEG image)",
            f"briefing: skipped {folder / 'report.pdf'}: binary file (PDF)",
            f"briefing: skipped {folder / 'chart.txt'}: binary file (PNG image)",
            f"briefing: skipped {folder / 'noise.html'}: binary file",
        ]
    )


def test_binary_file_named_is_an_error(folder: Path, derive: Derive) -> None:
    (folder / "report.pdf").write_bytes(b"%PDF-1.7\n")
    code, out, err = derive(folder, str(folder / "good.txt"), str(folder / "report.pdf"))
    assert code == 2 and out == ""
    assert err == [f"briefing: error: binary file (PDF), not an article: {folder / 'report.pdf'}"]


# ---------------------------------------------------------------- size and shape


def test_single_50_mb_file_is_refused_unread(folder: Path, derive: Derive) -> None:
    """50 MB in one file is past the size limit (issue 16): an error named, one notice in a folder, never read."""
    big = folder / "dump.txt"
    paragraph = ARTICLE.split("\n\n", 2)[2]
    with big.open("w", encoding="utf-8") as fh:
        fh.write("A very large dump of pasted pages\n\n")
        for i in range(50 * 1024 * 1024 // len(paragraph) + 1000):
            fh.write(paragraph if i % 1000 else f"Section {i} opens with a new sentence here.\n\n")
    assert big.stat().st_size >= 50 * 1024 * 1024
    code, out, err = derive(folder, str(big), "--format", "md")
    assert code == 2 and out == ""
    assert err == [f"briefing: error: file too large (over 8 MB): {big}"]
    code, out, err = derive(folder, str(folder), "--format", "md")
    assert code == 0 and "Vienna" in out
    assert err == [f"briefing: skipped {big}: file too large (over 8 MB)"]


def test_invalid_utf8_is_decoded_not_refused(folder: Path, derive: Derive) -> None:
    mostly = "Talks in Zürich resumed. Ministers met in Genève.\n".encode() + b"A stray \xff\xfe byte here.\n"
    (folder / "mostly-utf8.txt").write_bytes(mostly)
    (folder / "legacy.txt").write_bytes("Talks in Zürich resumed. The café was closed.\n".encode("cp1252"))
    code, out, err = derive(folder, str(folder))
    assert code == 0 and err == []
    sentences = _sentences(out)
    assert "Ministers met in Genève." in sentences  # valid UTF-8 kept, the bad bytes replaced
    assert "A stray \ufffd\ufffd byte here." in sentences
    assert "The café was closed." in sentences  # a legacy file read as Windows-1252


def test_no_sentence_punctuation(folder: Path, derive: Derive) -> None:
    lines = [f"negotiators from the two sides met again in round {i} of the talks" for i in range(40)]
    (folder / "flat.txt").write_text("\n".join(lines) + "\n")
    code, out, err = derive(folder, str(folder / "flat.txt"))
    assert code == 0 and err == []
    sentences = _sentences(out)
    assert max(map(len, sentences)) <= 1000  # a wrapped run with no full stop, cut at line ends
    assert "\n".join(sentences) == "\n".join(lines)


def test_extremely_long_lines(folder: Path, derive: Derive) -> None:
    words = " ".join(f"delegates{i % 97} discussed the border" for i in range(22_000))  # ~0.8 MB, no full stop
    (folder / "long.txt").write_text(f"Headline\n\n{words}\n\n{'x' * 150_000}\n")  # under the 1,000,000 characters
    code, out, err = derive(folder, str(folder / "long.txt"))
    assert code == 0 and err == []
    sentences = _sentences(out)
    assert len(sentences) > 800 and max(map(len, sentences)) <= 1000


def test_thousands_of_tiny_files(folder: Path, derive: Derive) -> None:
    for i in range(1500):
        (folder / f"tiny-{i:04d}.txt").write_text(f"Talks resumed on day {i}. The envoy spoke.\n")
    code, out, err = derive(folder, str(folder))
    assert code == 0 and err == []
    assert len(json.loads(out)["sources"]) == 1501


# ---------------------------------------------------------------- permissions and links


def _deny(monkeypatch: pytest.MonkeyPatch, denied: Path) -> None:
    """Make reading ``denied`` (a file, or listing a folder) fail with permission denied."""
    real_open, real_scandir = os.open, os.scandir

    def open_(path: object, flags: int, *args: object, **kwargs: object) -> int:
        if Path(os.fsdecode(path)) == denied:  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", os.fsdecode(path))  # type: ignore[arg-type]
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    def scandir(path: object = ".") -> object:
        if Path(os.fsdecode(path)) == denied:  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", os.fsdecode(path))  # type: ignore[arg-type]
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", open_)
    monkeypatch.setattr(os, "scandir", scandir)


def test_unreadable_file_and_folder_in_folder_are_skipped(
    folder: Path, derive: Derive, monkeypatch: pytest.MonkeyPatch
) -> None:
    (folder / "secret.txt").write_text(ARTICLE)
    (folder / "locked").mkdir()
    (folder / "locked" / "inside.txt").write_text(ARTICLE)
    _deny(monkeypatch, folder / "secret.txt")
    _deny(monkeypatch, folder / "locked")
    code, out, err = derive(folder, str(folder))
    assert code == 0 and len(json.loads(out)["sources"]) == 1
    assert sorted(err) == [
        f"briefing: skipped {folder / 'locked'}: cannot read folder: permission denied",
        f"briefing: skipped {folder / 'secret.txt'}: cannot read: permission denied",
    ]


def test_unreadable_folder_named_is_an_error(folder: Path, derive: Derive, monkeypatch: pytest.MonkeyPatch) -> None:
    _deny(monkeypatch, folder)
    code, out, err = derive(folder, str(folder))
    assert code == 2 and out == ""
    assert err == [f"briefing: error: cannot read folder {folder}: permission denied"]


@pytest.mark.skipif(IS_ROOT, reason="root reads everything; simulated in the tests above")
def test_unreadable_for_real(folder: Path, derive: Derive) -> None:
    (folder / "secret.txt").write_text(ARTICLE)
    (folder / "secret.txt").chmod(0)
    (folder / "locked").mkdir()
    (folder / "locked").chmod(0)
    try:
        code, _, err = derive(folder, str(folder))
    finally:
        (folder / "locked").chmod(0o700)
    assert code == 0
    assert sorted(err) == [
        f"briefing: skipped {folder / 'locked'}: cannot read folder: permission denied",
        f"briefing: skipped {folder / 'secret.txt'}: cannot read: permission denied",
    ]


def test_symlink_loops_end(folder: Path, derive: Derive) -> None:
    (folder / "sub").mkdir()
    (folder / "sub" / "again").symlink_to(folder, target_is_directory=True)  # a folder loop
    (folder / "self.txt").symlink_to("self.txt")  # a file link to itself
    (folder / "a.txt").symlink_to("b.txt")
    (folder / "b.txt").symlink_to("a.txt")
    (folder / "alias.txt").symlink_to("good.txt")  # a working link is read
    code, out, err = derive(folder, str(folder))
    assert code == 0
    assert len(json.loads(out)["sources"]) == 2
    loop = "cannot read: too many levels of symbolic links"
    assert sorted(err) == [
        f"briefing: skipped {folder / 'a.txt'}: {loop}",
        f"briefing: skipped {folder / 'b.txt'}: {loop}",
        f"briefing: skipped {folder / 'self.txt'}: {loop}",
        f"briefing: skipped {folder / 'sub' / 'again'}: symlinked folder, not followed",
    ]


def test_symlink_loop_named_is_an_error(folder: Path, derive: Derive) -> None:
    (folder / "self.txt").symlink_to("self.txt")
    code, _, err = derive(folder, str(folder / "self.txt"))
    assert code == 2 and len(err) == 1 and err[0].startswith("briefing: error:")


# ---------------------------------------------------------------- names and scripts


def test_paths_with_spaces_and_non_latin_names(folder: Path, derive: Derive) -> None:
    nested = folder / "talks in geneva" / "Переговоры в Женеве"
    nested.mkdir(parents=True)
    (nested / "مقالة أولى.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "שיחות שלום.md").write_text(ARTICLE, encoding="utf-8")
    code, out, err = derive(folder, str(folder))
    assert code == 0 and err == []
    paths = {src["path"] for src in json.loads(out)["sources"]}
    assert str(nested / "مقالة أولى.txt") in paths and str(folder / "שיחות שלום.md") in paths
    code, out, _ = derive(folder, str(nested / "مقالة أولى.txt"))
    assert code == 0 and json.loads(out)["sources"][0]["path"] == str(nested / "مقالة أولى.txt")


RTL_ARTICLE = (
    "Talks on Jerusalem resume\n\n"
    "Officials met in the city known in Arabic as القدس الشريف on Monday. "
    "Israeli officials, who call it ירושלים, said the talks were useful.\n\n"
    "The mediator said both delegations would return next week.\n"
)


def test_arabic_and_hebrew_inside_english_are_kept_and_searchable(
    folder: Path, derive: Derive, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "rtl.txt").write_text(RTL_ARTICLE, encoding="utf-8")
    code, out, err = derive(folder, str(folder / "rtl.txt"))
    assert code == 0 and err == []
    sentences = _sentences(out)
    assert "Officials met in the city known in Arabic as القدس الشريف on Monday." in sentences
    assert any("ירושלים" in s for s in sentences)
    before = listing(folder)
    for query in ("القدس", "ירושלים"):
        assert main(["search", query, str(folder / "rtl.txt"), "--kind", "sentences"]) == 0
        assert query in capsys.readouterr().out
    assert listing(folder) == before


# ---------------------------------------------------------------- escapes, controls, markup


HOSTILE = (
    "Escape talks resume\n\n"
    "The envoy said \x1b[2J\x1b[31mthe screen\x1b[0m must not clear. "
    "A bell \x07 and a backspace \x08 sit here. "
    "Markup such as [bold]bold[/bold], [/] and [link=https://x.example]a link[/link] stays text. "
    "So does $(rm -rf ~) and ]8;;https://x.example\\link]8;;\\ and a NUL-free tail.\n"
)


def test_escapes_controls_and_markup_are_kept_literally(folder: Path, derive: Derive) -> None:
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    code, out, err = derive(folder, str(folder / "hostile.txt"))
    assert code == 0 and err == []
    assert "\x1b" not in out and "\x07" not in out  # JSON escapes them: nothing reaches the terminal raw
    text = " ".join(_sentences(out))
    assert "\x1b[31mthe screen\x1b[0m" in text
    assert "[bold]bold[/bold], [/] and [link=https://x.example]a link[/link]" in text


def test_file_names_cannot_drive_the_terminal(folder: Path, derive: Derive) -> None:
    (folder / "evil\x1b[2J\x07.pdf").write_bytes(b"%PDF-1.4\n")
    code, _, err = derive(folder, str(folder))
    assert code == 0 and len(err) == 1
    assert "\x1b" not in err[0] and "\x07" not in err[0]
    assert "evil\u241b[2J\u2407.pdf" in err[0]  # the one sanitiser: visible stand-ins (briefing.sanitize)


# ---------------------------------------------------------------- cache and home


def test_unwritable_cache_dir_runs_without_cache(
    folder: Path, derive: Derive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker / "cache"))
    for _ in range(2):
        code, out, err = derive(folder, str(folder))
        assert code == 0 and _sentences(out)
        assert len(err) == 1 and err[0].startswith("briefing: warning: cache disabled, running without it")


def test_unwritable_home_runs_without_cache(
    folder: Path, derive: Derive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home-is-a-file"
    home.write_text("")
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(home))
    code, out, err = derive(folder, str(folder))
    assert code == 0 and _sentences(out)
    assert len(err) == 1 and "cache disabled" in err[0]


def test_output_onto_a_device_is_written_not_replaced(folder: Path, derive: Derive, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a reader, so the writer does not block
    try:
        code, _, err = derive(folder, str(folder), "--format", "md", "-o", str(fifo))
        assert code == 0 and err == []
        assert os.read(reader, 1 << 20).startswith(b"# ")
    finally:
        os.close(reader)
    assert not fifo.is_file() and fifo.exists()  # still the pipe, not a file renamed over it


def test_output_never_overwrites_an_article_found_in_a_folder(folder: Path, derive: Derive) -> None:
    before = (folder / "good.txt").read_bytes()
    code, _, err = derive(folder, str(folder), "-o", str(folder / "good.txt"))
    assert code == 2 and err == [f"briefing: error: refusing to overwrite an input file: {folder / 'good.txt'}"]
    assert (folder / "good.txt").read_bytes() == before


def test_search_prints_the_same_notices(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    before = listing(folder)
    assert main(["search", "Vienna", str(folder)]) == 0
    assert capsys.readouterr().err.splitlines() == [f"briefing: skipped {folder / 'scan.pdf'}: binary file (PDF)"]
    assert listing(folder) == before


def test_a_pipe_named_like_an_article_is_skipped_not_read(folder: Path, derive: Derive) -> None:
    os.mkfifo(folder / "pipe.txt")  # reading it would block for ever
    code, out, err = derive(folder, str(folder))
    assert code == 0 and _sentences(out)
    assert err == [f"briefing: skipped {folder / 'pipe.txt'}: not a regular file"]
