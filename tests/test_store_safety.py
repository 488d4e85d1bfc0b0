"""The store as an attacker finds it (issue 16): planted cache entries, loose modes, FIFOs, /dev/zero, odd bytes.

Another local user who can write the cache (a shared ``XDG_CACHE_HOME``, or
folders made under umask 000) must not be able to run code, nor have an
entry of theirs trusted; a state or config file that is a FIFO, a symlink
to ``/dev/zero``, not UTF-8 or nested without end is one warning, at once.
"""

from __future__ import annotations

import os
import pickle
import shutil
import stat
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing.pipeline import load_briefing
from briefing.store import cache as cache_mod
from briefing.store.atomic import write_atomic
from briefing.store.cache import BRIEFINGS, HEADS, SOURCES, Cache
from briefing.store.config import load_settings
from briefing.store.state import ReaderState, StateError, load_state, save_state, state_path

ARTICLES = Path(__file__).resolve().parent / "articles" / "nile-dam-talks"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    dest = tmp_path / "articles"
    dest.mkdir()
    for src in sorted(ARTICLES.glob("*.txt"))[:2]:
        shutil.copy(src, dest / src.name)
    return dest


@pytest.fixture
def umask_000() -> Iterator[None]:
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _root() -> Path:
    root = Cache.open().root
    assert root is not None
    return root


class _Planted:
    """A pickle that runs a shell command when loaded: what the attack put in the cache."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return os.system, (f"touch {self.marker}",)


# ---------------------------------------------------------------- the cache runs no code


@pytest.mark.parametrize("header", [b"briefing-cache/1\n", cache_mod.MAGIC, b""])
def test_planted_pickle_never_runs(folder: Path, tmp_path: Path, header: bytes) -> None:
    expected = load_briefing([folder]).briefing.title
    marker = tmp_path / "pwned"
    for kind in (SOURCES, BRIEFINGS, HEADS):
        for entry in (_root() / kind).iterdir():
            entry.write_bytes(header + pickle.dumps(_Planted(marker)))
    loaded = load_briefing([folder])
    assert not marker.exists(), "a cache entry ran code"
    assert loaded.briefing.title == expected
    assert len(loaded.warnings) <= 1  # an old layout is a quiet miss; damage is one warning


def test_a_cache_entry_decodes_only_to_its_own_kind(folder: Path) -> None:
    load_briefing([folder])
    (head,) = list((_root() / HEADS).iterdir())
    (entry,) = list((_root() / BRIEFINGS).iterdir())
    entry.write_bytes(head.read_bytes())  # a valid entry of another kind in its place
    loaded = load_briefing([folder])
    assert loaded.briefing.sources and "corrupt" in loaded.warnings[0]


# ---------------------------------------------------------------- modes and owners


def test_cache_and_state_are_private_even_under_umask_000(folder: Path, umask_000: None) -> None:
    load_briefing([folder])
    save_state("k", ReaderState())
    root = _root()
    for path in [root, *(root / kind for kind in (SOURCES, BRIEFINGS, HEADS)), state_path("k").parent]:
        assert _mode(path) == 0o700, path
    for kind in (SOURCES, BRIEFINGS, HEADS):
        assert {_mode(p) for p in (root / kind).iterdir()} == {0o600}
    assert _mode(state_path("k")) == 0o600


def test_a_loose_cache_folder_of_ones_own_is_tightened(folder: Path, umask_000: None) -> None:
    root = _root()
    (root / SOURCES).mkdir(parents=True, mode=0o777)
    os.chmod(root, 0o777)
    load_briefing([folder])
    assert _mode(root) == 0o700 and _mode(root / SOURCES) == 0o700


def test_an_entry_others_may_write_is_refused_and_rebuilt(folder: Path) -> None:
    load_briefing([folder])
    (entry,) = list((_root() / BRIEFINGS).iterdir())
    os.chmod(entry, 0o666)
    loaded = load_briefing([folder])
    assert loaded.warnings == [f"cache entry refused (writable by other users), rebuilding: {entry}"]
    assert _mode(entry) == 0o600 and load_briefing([folder]).warnings == []


@pytest.mark.skipif(not IS_ROOT, reason="giving a file to another user needs root")
def test_an_entry_of_another_user_is_refused(folder: Path) -> None:
    load_briefing([folder])
    (entry,) = list((_root() / BRIEFINGS).iterdir())
    os.chown(entry, 4242, 4242)
    loaded = load_briefing([folder])
    assert loaded.warnings == [f"cache entry refused (owned by another user), rebuilding: {entry}"]


def test_a_cache_folder_of_another_user_disables_the_cache(folder: Path, tmp_path: Path) -> None:
    if not IS_ROOT:
        pytest.skip("giving a folder to another user needs root")
    root = _root()
    root.mkdir(parents=True)
    os.chown(root, 4242, 4242)
    loaded = load_briefing([folder])
    assert loaded.briefing.sources
    assert loaded.warnings == [
        f"cache disabled, running without it: cannot write {root / SOURCES}: owned by another user"
    ]


@pytest.mark.parametrize("kind", ["symlink to /dev/zero", "fifo", "symlink to an entry"])
def test_an_entry_that_is_not_a_regular_file_is_refused_at_once(folder: Path, kind: str) -> None:
    load_briefing([folder])
    (entry,) = list((_root() / BRIEFINGS).iterdir())
    good = entry.read_bytes()
    entry.unlink()
    if kind == "fifo":
        os.mkfifo(entry, 0o600)
    elif kind == "symlink to an entry":
        (entry.parent / "elsewhere").write_bytes(good)
        entry.symlink_to(entry.parent / "elsewhere")
    else:
        entry.symlink_to("/dev/zero")
    start = time.monotonic()
    loaded = load_briefing([folder])
    assert time.monotonic() - start < 30  # a blocked open or a read of /dev/zero never returns
    reason = "not a regular file" if kind == "fifo" else "a symlink"
    assert loaded.warnings == [f"cache entry refused ({reason}), rebuilding: {entry}"]


def _planted_link(link: Path, victim: Path) -> None:
    """``link`` made a symlink to ``victim`` (a folder of the user's), owned by another user: a shared cache home."""
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(victim, target_is_directory=True)
    os.lchown(link, 4242, 4242)


@pytest.mark.skipif(not IS_ROOT, reason="giving a symlink to another user needs root")
def test_a_cache_folder_planted_as_another_users_symlink_is_not_used(folder: Path, tmp_path: Path) -> None:
    """The cache never writes into (nor trims, nor tightens) a folder of the user's that someone else pointed it at."""
    victim = tmp_path / "documents"
    (victim / SOURCES).mkdir(parents=True)
    (victim / SOURCES / "thesis.odt").write_bytes(b"years of work")
    os.chmod(victim, 0o755)
    root = _root()
    _planted_link(root, victim)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BRIEFING_CACHE_MAX_MB", "0")  # a trim would empty every folder it writes
        loaded = load_briefing([folder])
    assert loaded.briefing.sources
    assert loaded.warnings == [
        f"cache disabled, running without it: cannot write {root / SOURCES}: a symlink owned by another user"
    ]
    assert sorted(p.name for p in victim.rglob("*")) == [SOURCES, "thesis.odt"] and _mode(victim) == 0o755


@pytest.mark.skipif(not IS_ROOT, reason="giving a symlink to another user needs root")
def test_a_state_folder_planted_as_another_users_symlink_is_not_used(tmp_path: Path) -> None:
    victim = tmp_path / "documents"
    victim.mkdir()
    os.chmod(victim, 0o755)
    _planted_link(state_path("odd").parent, victim)
    with pytest.raises(OSError, match="symlink owned by another user"):
        save_state("odd", ReaderState())
    assert list(victim.iterdir()) == [] and _mode(victim) == 0o755


def test_a_cache_folder_that_is_ones_own_symlink_is_used(folder: Path, tmp_path: Path) -> None:
    """A user who keeps the cache elsewhere through a symlink of their own keeps it."""
    elsewhere = tmp_path / "big-disk"
    elsewhere.mkdir()
    root = _root()
    root.parent.mkdir(parents=True, exist_ok=True)
    root.symlink_to(elsewhere, target_is_directory=True)
    assert load_briefing([folder]).warnings == []
    assert (elsewhere / SOURCES).is_dir() and load_briefing([folder]).warnings == []


# ---------------------------------------------------------------- state and config files


def _state_file(content: bytes | None = None) -> Path:
    path = state_path("odd")
    path.parent.mkdir(parents=True, exist_ok=True)
    if content is not None:
        path.write_bytes(content)
    return path


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b'{"version": 1, "pane": "\xff\xfe"}', "not UTF-8"),
        (b"[" * 30_000 + b"]" * 30_000, "nested too deeply"),
        (b'{"version": 1, "pane": "' + b"x" * 200_000 + b'"}', "file too large"),
    ],
    ids=["not-utf8", "nested", "large"],
)
def test_an_odd_state_file_is_one_line(content: bytes, says: str) -> None:
    _state_file(content)
    with pytest.raises(StateError, match=says) as err:
        load_state("odd")
    assert "\n" not in str(err.value)


@pytest.mark.parametrize("kind", ["fifo", "/dev/zero"])
def test_a_state_or_config_file_that_would_block_or_fill_memory(kind: str, tmp_path: Path) -> None:
    state, config = _state_file(), tmp_path / "config.toml"
    for path in (state, config):
        if kind == "fifo":
            os.mkfifo(path)
        else:
            path.symlink_to("/dev/zero")
    start = time.monotonic()
    with pytest.raises(StateError, match="not a regular file"):
        load_state("odd")
    assert load_settings(config).warnings == [f"settings ignored: cannot read {config}: not a regular file"]
    assert time.monotonic() - start < 10


def test_a_deeply_nested_config_is_one_warning_at_once(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("a = " + "[" * 50_000 + "]" * 50_000 + "\n")
    start = time.monotonic()
    settings = load_settings(config)
    assert time.monotonic() - start < 5
    assert settings.warnings == [f"settings ignored: {config} is nested too deeply"]


def test_a_config_others_may_write_is_ignored(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[keys]\nquit = "ctrl+q"\n')
    os.chmod(config, 0o666)
    assert load_settings(config).warnings == [f"settings ignored: cannot read {config}: writable by other users"]
    os.chmod(config, 0o664)  # a user-private group: fine
    assert load_settings(config).keys == {"quit": "ctrl+q"}


def test_config_keys_that_are_markup_or_escapes_are_refused(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[keys]\nquit = "[@click=app.quit]"\nhelp = "\\u001b]0;x\\u0007"\nback = "ctrl+b, left"\n')
    settings = load_settings(config)
    assert settings.keys == {"back": "ctrl+b, left"}
    assert len(settings.warnings) == 2 and all("must be a key string" in w for w in settings.warnings)


# ---------------------------------------------------------------- atomic writes


def test_write_atomic_keeps_the_mode_of_the_file_it_replaces(tmp_path: Path) -> None:
    target = tmp_path / "briefing.md"
    target.write_text("old")
    os.chmod(target, 0o644)
    write_atomic(target, "new")
    assert target.read_text() == "new" and _mode(target) == 0o644
    os.chmod(target, 0o640)
    write_atomic(target, "newer")
    assert _mode(target) == 0o640


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_new_file_gets_the_umask_mode(tmp_path: Path, umask: int, mode: int) -> None:
    old = os.umask(umask)
    try:
        write_atomic(tmp_path / "out.md", "text")
    finally:
        os.umask(old)
    assert _mode(tmp_path / "out.md") == mode


def test_write_atomic_syncs_before_the_rename(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(os, "fsync", lambda fd: (calls.append("fsync"), real_fsync(fd))[1])
    monkeypatch.setattr(os, "replace", lambda a, b: (calls.append("replace"), real_replace(a, b))[1])
    write_atomic(tmp_path / "state.json", "{}")
    assert calls[:2] == ["fsync", "replace"]  # the data, then the rename (then the folder)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["state.json"]


def test_write_atomic_never_follows_a_planted_temporary_symlink(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_text("keep")
    for n in range(3):
        (tmp_path / f".out.md.{n}.tmp").symlink_to(victim)
    write_atomic(tmp_path / "out.md", "new")
    assert victim.read_text() == "keep" and (tmp_path / "out.md").read_text() == "new"
