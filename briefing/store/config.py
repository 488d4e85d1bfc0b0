"""The user's settings: a TOML file in the platformdirs config dir, read when the reader opens.

    # ~/.config/briefing/config.toml (Linux; platformdirs elsewhere)
    [keys]
    quit = "ctrl+q"
    "section.demands" = "d,3"

``[keys]`` maps a binding id (the help screen lists them) to the keys that
trigger it, comma-separated, in Textual's key names. A missing file means
the defaults; an unreadable or broken one is ignored with one warning,
never a crash (nor a hang: a FIFO or ``/dev/zero`` in its place is refused
before anything is read, and the file is read up to 256 KB). The file is
only read. Key names are Textual's (``ctrl+q``, ``right_square_bracket``,
``f1``) or one printable character: nothing else reaches the footer.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from briefing.store.files import UnsafeFile, read_bounded

APP_NAME = "briefing"
CONFIG_FILE = "config.toml"
#: A config file is a few lines; past this it is not one.
CONFIG_LIMIT = 256 * 1024
#: Comma-separated key names: words of letters, digits and "_" joined by "+", or single printable characters.
_KEY = r"(?:[A-Za-z0-9_]+(?:\+[A-Za-z0-9_]+)*|[!-~])"
_KEYS = re.compile(rf"{_KEY}(?:\s*,\s*{_KEY})*")


@dataclass(slots=True)
class Settings:
    """What the config file asks for, and what was wrong with it (one line each)."""

    keys: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    path: Path | None = None


def config_path() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False)) / CONFIG_FILE


def load_settings(path: Path | None = None) -> Settings:
    """The settings in ``path`` (the user's config file by default); whatever is wrong with it is a warning."""
    path = path or config_path()
    try:
        text = read_bounded(path, CONFIG_LIMIT, group_may_write=True).decode("utf-8")
    except FileNotFoundError:
        return Settings(path=path)
    except (OSError, UnicodeDecodeError, UnsafeFile) as err:
        return Settings(warnings=[f"settings ignored: cannot read {path}: {_reason(err)}"], path=path)
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        return Settings(warnings=[f"settings ignored: {path} is not valid TOML ({err})"], path=path)
    except RecursionError:  # tomllib recurses once per level of nested arrays or tables
        return Settings(warnings=[f"settings ignored: {path} is nested too deeply"], path=path)
    keys = doc.get("keys", {})
    if not isinstance(keys, dict):
        return Settings(warnings=[f'settings: [keys] in {path} must be a table of id = "keys"'], path=path)
    good = {str(k): v.strip() for k, v in keys.items() if isinstance(v, str) and _KEYS.fullmatch(v.strip())}
    bad = sorted(str(k) for k in keys if k not in good)
    warnings = [f'settings: keys.{k} in {path} must be a key string such as "ctrl+q"' for k in bad]
    return Settings(good, warnings, path)


def _reason(err: Exception) -> str:
    if isinstance(err, UnicodeDecodeError):
        return "not UTF-8 text"
    if isinstance(err, OSError):
        return (err.strerror or type(err).__name__).lower()
    return str(err)
