"""Reading any input is bounded (issue 16): in size, in shape and in time; over a bound, one notice.

A file found in a folder that is too large, too long once decoded, not
prose (a megabyte of one-letter lines costs a hundred times its size once
segmented) or too slow to read is skipped with one notice and the others
are read; named on its own it is an error. Nothing blocks: a FIFO or a
symlink to ``/dev/zero`` among the articles is refused by its type.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from test_bad_input import ARTICLE, Derive

import briefing.ingest.segment
from briefing.ingest import reading


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "input"
    root.mkdir()
    (root / "good.txt").write_text(ARTICLE, encoding="utf-8")
    return root


@pytest.fixture
def derive(capsys: pytest.CaptureFixture[str]) -> Derive:
    return Derive(capsys)


def test_text_over_the_character_limit_is_one_notice(folder: Path, derive: Derive) -> None:
    long = folder / "book.txt"
    sentence = "The delegations met again in the capital and agreed to continue the talks next week. "
    long.write_text(sentence * (reading.MAX_TEXT_CHARS // len(sentence) + 10), encoding="utf-8")
    code, out, err = derive(folder, str(folder), "--format", "md")
    assert code == 0 and "Vienna" in out
    assert len(err) == 1 and err[0].startswith(f"briefing: skipped {long}: text too long (")
    code, out, err = derive(folder, str(long), "--format", "md")
    assert code == 2 and err[0].startswith("briefing: error: text too long (")


@pytest.mark.parametrize("line", ["a\n", "x.\n", "12 | 34\n"], ids=["letters", "stops", "table"])
def test_text_that_is_not_prose_is_one_notice(folder: Path, derive: Derive, line: str) -> None:
    dump = folder / "dump.txt"
    dump.write_text(line * (200_000 // len(line)), encoding="utf-8")
    code, out, err = derive(folder, str(folder), "--format", "md")
    assert code == 0 and "Vienna" in out
    assert len(err) == 1 and err[0].startswith(f"briefing: skipped {dump}: not an article (")


def test_long_prose_is_read(folder: Path, derive: Derive) -> None:
    """The shape check spares real text: 300 KB of pasted articles is read."""
    paragraph = ARTICLE.split("\n\n", 2)[2]
    (folder / "pasted.txt").write_text("Pasted pages\n\n" + paragraph * (300_000 // len(paragraph)), encoding="utf-8")
    code, _, err = derive(folder, str(folder), "--format", "md")
    assert code == 0 and err == []


def test_a_file_that_takes_too_long_is_one_notice(
    folder: Path, derive: Derive, monkeypatch: pytest.MonkeyPatch
) -> None:
    (folder / "slow.txt").write_text("Slow talks resumed in Oslo on Monday.\n", encoding="utf-8")
    real = briefing.ingest.segment.segment

    def slow(source_id: str, *args: object, **kwargs: object) -> object:
        if source_id == "slow":
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:  # a parser gone quadratic, in Python
                pass
        return real(source_id, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(briefing.ingest.segment, "segment", slow)
    monkeypatch.setattr(reading, "PARSE_SECONDS", 0.5)
    start = time.monotonic()
    code, out, err = derive(folder, str(folder), "--format", "md", "--no-cache")
    assert time.monotonic() - start < 20
    assert code == 0 and "Vienna" in out
    assert err == [f"briefing: skipped {folder / 'slow.txt'}: took longer than 0.5 s to read"]


def test_the_time_limit_puts_back_a_running_timer() -> None:
    import signal

    fired: list[int] = []
    previous = signal.signal(signal.SIGPROF, lambda *_: fired.append(1))
    try:
        signal.setitimer(signal.ITIMER_PROF, 0.3)
        with reading.time_limit("x", 5):
            pass
        start = time.process_time()
        while not fired and time.process_time() - start < 5:  # the CPU time the timer counts
            pass
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
    assert fired == [1]


def test_the_time_limit_counts_cpu_not_the_clock(folder: Path, derive: Derive, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file read while the machine is busy (here: the reading waits, using no CPU) is not cut off."""
    (folder / "waits.txt").write_text("Talks resumed in Oslo on Monday, officials said.\n", encoding="utf-8")
    real = briefing.ingest.segment.segment

    def waits(source_id: str, *args: object, **kwargs: object) -> object:
        if source_id == "waits":
            time.sleep(1.0)  # what another process's load does to the clock
        return real(source_id, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(briefing.ingest.segment, "segment", waits)
    monkeypatch.setattr(reading, "PARSE_SECONDS", 0.5)
    code, out, err = derive(folder, str(folder), "--format", "md", "--no-cache")
    assert code == 0 and err == [] and "Oslo" in out


@pytest.mark.parametrize("kind", ["fifo", "/dev/zero"])
def test_articles_that_would_block_or_never_end(folder: Path, derive: Derive, kind: str) -> None:
    odd = folder / "odd.txt"
    if kind == "fifo":
        os.mkfifo(odd)
    else:
        odd.symlink_to("/dev/zero")
    start = time.monotonic()
    code, out, err = derive(folder, str(folder), "--format", "md")
    assert time.monotonic() - start < 30
    assert code == 0 and "Vienna" in out and err == [f"briefing: skipped {odd}: not a regular file"]


def test_a_growing_file_is_read_no_further_than_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "grows.txt"
    path.write_bytes(b"x" * 100)
    with pytest.raises(briefing.errors.InputError, match="too large"):
        reading.read_bytes(path, limit=50)
    assert reading.read_bytes(path, limit=100) == b"x" * 100


# -- shapes that made a pattern or a parser run away (see tests/pathological.py, bench_hostile_inputs.py)


def test_sentencex_is_fed_bounded_pieces_that_split_prose_as_before() -> None:
    """Long lines go to sentencex in pieces cut at sentence ends: the same sentences as one call gives."""
    from sentencex import get_sentence_boundaries

    from briefing.ingest.segment import SPLIT_CHUNK_CHARS, _boundaries, _merge_abbreviations

    line = " ".join(f"Envoy {i} met Gen. Haddad in Oslo on Dec. {i % 28 + 1}, and talks went on." for i in range(400))
    assert len(line) > 10 * SPLIT_CHUNK_CHARS
    whole = [(b["start_index"], b["end_index"]) for b in get_sentence_boundaries("en", line)]
    pieces = _merge_abbreviations(line, _boundaries(line))
    assert [line[a:b].strip() for a, b in pieces] == [line[a:b].strip() for a, b in _merge_abbreviations(line, whole)]
    stops = "".join(".,;:!?-'\"()[]"[i * 7 % 13] for i in range(50_000))
    assert all(b - a <= SPLIT_CHUNK_CHARS for a, b in _boundaries(stops))  # never one call over the bound


@pytest.mark.parametrize("name", ["punctuation-mixed.txt", "quotes.txt"])
def test_runs_of_punctuation_end_quickly(folder: Path, derive: Derive, name: str) -> None:
    """300 KB of mixed stops and quotes never ended (sentencex on one line); now read, or one notice."""
    from pathological import shapes

    (folder / name).write_text(shapes()[name], encoding="utf-8")
    start = time.monotonic()
    code, out, err = derive(folder, str(folder), "--format", "md", "--no-cache")
    assert time.monotonic() - start < 60  # a hang guard: before, over 300 s
    assert code == 0 and "Vienna" in out
    assert err == [] or (len(err) == 1 and err[0].startswith(f"briefing: skipped {folder / name}: not an article ("))


def test_text_that_splits_into_too_many_sentences_is_one_notice(folder: Path, derive: Derive) -> None:
    """Stops with no space between ("?!?!") pass the line count but split into sentences of a few characters."""
    dump = folder / "dump.txt"
    dump.write_text("Talks resumed. " + "Why?Now!" * 20_000, encoding="utf-8")
    code, out, err = derive(folder, str(folder), "--format", "md", "--no-cache")
    assert code == 0 and "Vienna" in out
    assert (
        len(err) == 1 and err[0].startswith(f"briefing: skipped {dump}: not an article (") and "sentences of" in err[0]
    )


def test_a_page_whose_text_is_not_prose_is_one_notice(folder: Path, derive: Derive) -> None:
    """A saved page is held to the same bounds once its text is extracted (it had none)."""
    page = folder / "page.html"
    page.write_text("<html><body><article>" + "<p>Why?Now!</p>" * 20_000 + "</article></body></html>")
    code, out, err = derive(folder, str(folder), "--format", "md", "--no-cache")
    assert code == 0 and "Vienna" in out
    assert len(err) == 1 and err[0].startswith(f"briefing: skipped {page}: not an article (")


def test_ten_thousand_character_tokens_derive_quickly(folder: Path, derive: Derive) -> None:
    """Tokens where a name pattern may start at every letter: 37-44 s a 300 KB file before (leads, places)."""
    from pathological import shapes

    for name in ("token-caps.txt", "token-initials.txt", "token-apostrophes.txt", "token-hyphens.txt"):
        (folder / name).write_text(shapes(150_000)[name], encoding="utf-8")
    start = time.monotonic()
    code, out, err = derive(folder, str(folder), "--format", "md", "--no-cache")
    assert time.monotonic() - start < 60  # a hang guard: before, about 65 s on an idle machine
    assert code == 0 and err == [] and "Vienna" in out


@pytest.mark.parametrize("name", ["deep.html", "huge-attribute.html", "many-attributes.html", "open-comment.html"])
def test_pathological_html_is_read_or_one_notice(folder: Path, derive: Derive, name: str) -> None:
    from pathological import shapes

    (folder / name).write_text(shapes()[name], encoding="utf-8")
    code, out, err = derive(folder, str(folder), "--format", "md", "--no-cache")
    assert code == 0 and "Vienna" in out
    assert len(err) <= 1 and all(line.startswith(f"briefing: skipped {folder / name}: ") for line in err)


def test_a_curated_briefing_that_takes_too_long_is_one_error(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """400 KB of "[^" kept markdown-it busy 25 s (a quadratic link-label scan); the time limit holds it too."""
    from briefing.cli import main

    (folder / "briefing.md").write_text("# T\n\n## Summary\n\n- " + "[^" * 200_000 + "\n", encoding="utf-8")
    monkeypatch.setattr(reading, "PARSE_SECONDS", 0.5)
    start = time.monotonic()
    assert main(["check", str(folder)]) == 2
    assert time.monotonic() - start < 20
    err = capsys.readouterr().err.splitlines()
    assert err == [f"briefing: error: took longer than 0.5 s to read: {folder / 'briefing.md'}"]
