"""Where the reader was, remembered per set of articles.

Plain Python (no Textual) so it is tested on its own. One small JSON file
per input set, in the platformdirs state dir, named by a hash of the
resolved input paths, written atomically, 0600 in a 0700 folder. A file
that cannot be read back — not JSON, not UTF-8, nested past reason, too
large, a FIFO or a device, someone else's — is reported as a warning and
ignored: losing a reading position must never stop (or hang) the reader.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from briefing.history import Location
from briefing.store.atomic import write_atomic
from briefing.store.files import UnsafeFile, private_dir, read_bounded

APP_NAME = "briefing"
STATE_VERSION = 1
#: A state file is a few hundred bytes; anything far larger is not ours.
STATE_LIMIT = 64 * 1024


@dataclass(frozen=True, slots=True)
class ReaderState:
    """What is restored on reopening: the focused pane and item, the source sentence, the theme,
    and the briefing pane's section and item (what the left pane showed while the source had focus)."""

    pane: str = "summary"
    item: str | None = None
    sentence: str | None = None
    theme: str | None = None
    section: str | None = None
    section_item: str | None = None

    @property
    def location(self) -> Location:
        return Location(self.pane, self.item)


class StateError(Exception):
    """A state file exists but is not usable; the message says why in one line."""


def state_dir() -> Path:
    from platformdirs import user_state_dir

    return Path(user_state_dir(APP_NAME))


def state_key(paths: Iterable[str | os.PathLike[str]]) -> str:
    """A stable key for a set of inputs: order and spelling of the paths do not matter."""
    resolved = sorted({str(Path(p).resolve()) for p in paths})
    return hashlib.sha256("\n".join(resolved).encode("utf-8", "surrogateescape")).hexdigest()[:24]


def state_path(key: str) -> Path:
    return state_dir() / f"reader-{key}.json"


def load_state(key: str) -> ReaderState | None:
    """The remembered state, ``None`` when there is none; :class:`StateError` when unusable."""
    path = state_path(key)
    try:
        raw = read_bounded(path, STATE_LIMIT).decode("utf-8")
    except FileNotFoundError:
        return None
    except UnsafeFile as err:
        raise StateError(f"ignoring reader state {path.name}: {err}") from None
    except UnicodeDecodeError:
        raise StateError(f"ignoring unreadable reader state {path.name}: not UTF-8 text") from None
    except OSError as err:
        raise StateError(f"cannot read {path}: {err.strerror or err}") from None
    try:
        data = json.loads(raw)
        if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
            raise ValueError("unknown format")
        fields = {k: data.get(k) for k in ("pane", "item", "sentence", "theme", "section", "section_item")}
        if not isinstance(fields["pane"], str) or not all(v is None or isinstance(v, str) for v in fields.values()):
            raise ValueError("bad field types")
        return ReaderState(**fields)
    except (ValueError, TypeError) as err:
        raise StateError(f"ignoring unreadable reader state {path.name}: {err}") from None
    except RecursionError:
        raise StateError(f"ignoring unreadable reader state {path.name}: nested too deeply") from None


def save_state(key: str, state: ReaderState) -> None:
    """Write the state atomically; ``OSError`` is the caller's to report (or ignore)."""
    path = state_path(key)
    private_dir(path.parent)
    write_atomic(path, json.dumps({"version": STATE_VERSION, **asdict(state)}, indent=1), private=True)
