"""The ``briefing`` command leaves at once after a command that only writes output: nothing it wrote is lost."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import NILE, ROOT


def _briefing(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "briefing", *args], capture_output=True, cwd=ROOT, timeout=300)


def test_piped_output_is_whole_and_the_same_as_in_process(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    from briefing.cli import main

    done = _briefing("derive", str(NILE), "--format", "json", "--no-cache")
    assert done.returncode == 0, done.stderr
    assert main(["derive", str(NILE), "--format", "json", "--no-cache"]) == 0
    assert done.stdout == capsysbinary.readouterr().out
    assert json.loads(done.stdout)["summary"]


def test_a_file_written_with_o_is_whole(tmp_path: Path) -> None:
    out = tmp_path / "b.md"
    done = _briefing("derive", str(NILE), "--format", "md", "--no-cache", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size > 1000
    assert _briefing("derive", str(NILE), "--format", "md", "--no-cache").stdout == out.read_bytes()


def test_errors_keep_their_exit_code_and_one_line(tmp_path: Path) -> None:
    done = _briefing("derive", str(tmp_path / "missing"), "--no-cache")
    assert done.returncode == 2
    assert done.stderr.decode().count("\n") == 1 and done.stderr.startswith(b"briefing: error:")
    assert _briefing("derive", "--help").returncode == 0  # argparse's own exit, as before
    assert _briefing("search", "nile", str(NILE)).returncode == 0


def test_a_reader_closed_pipe_is_not_a_traceback() -> None:
    big = subprocess.Popen(
        [sys.executable, "-m", "briefing", "derive", str(NILE), "--format", "json", "--no-cache"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert big.stdout is not None and big.stderr is not None
    big.stdout.read(10)
    big.stdout.close()  # like `| head -c 10`
    err = big.stderr.read()
    assert big.wait(timeout=300) in (0, 1)
    assert b"Traceback" not in err
