"""Shared fixtures: every test runs with its own config, cache and state dirs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
NILE = ROOT / "tests" / "articles" / "nile-dam-talks"


def nile_copy(dest: Path) -> Path:
    """The Nile dam articles at ``dest``, without the briefing.md and expected.json kept beside them.

    A test that fills the cache or changes an article needs a folder of its own, and one with no curated
    briefing, so that what it opens is derived from the articles.
    """
    shutil.copytree(NILE, dest)
    for extra in ("briefing.md", "expected.json"):
        (dest / extra).unlink(missing_ok=True)
    return dest


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point platformdirs (XDG on Linux) at a fresh folder so no test reads or writes the user's."""
    home = tmp_path_factory.mktemp("xdg")
    for var, sub in (("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state"), ("XDG_CONFIG_HOME", "config")):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.delenv("NO_COLOR", raising=False)
    return home


@pytest.fixture(autouse=True)
def notices_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every notification an app posts, in ``Notifications.posted`` (read it with ``app_fixture.posted``).

    A toast leaves the app's notifications when its timeout ends, and on a busy machine a test can take longer
    than that to reach its check: a check of what was posted must not depend on the machine's speed.
    """
    from textual.notifications import Notifications

    add = Notifications.add

    def keeping(self: Notifications, notification):  # type: ignore[no-untyped-def]
        self.__dict__.setdefault("posted", []).append(notification)
        return add(self, notification)

    monkeypatch.setattr(Notifications, "add", keeping)


@pytest.fixture
def seed_paths() -> list[Path]:
    return list(SEEDS)
