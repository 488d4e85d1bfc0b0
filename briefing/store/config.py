"""The user's settings: a TOML file in the platformdirs config dir, read when the reader opens.

    # ~/.config/briefing/config.toml (Linux; platformdirs elsewhere)
    [keys]
    quit = "ctrl+q"
    "section.demands" = "d,3"

``[keys]`` maps a binding id (the help screen lists them) to the keys that
trigger it, comma-separated, in Textual's key names. A missing file means
the defaults; an unreadable or broken one is ignored with one warning,
never a crash. The file is only read.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

APP_NAME = "briefing"
CONFIG_FILE = "config.toml"


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
    path = path or config_path()
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        return Settings(path=path)
    except (OSError, UnicodeDecodeError) as err:
        reason = err.strerror if isinstance(err, OSError) and err.strerror else "not UTF-8 text"
        return Settings(warnings=[f"settings ignored: cannot read {path}: {reason.lower()}"], path=path)
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        return Settings(warnings=[f"settings ignored: {path} is not valid TOML ({err})"], path=path)
    keys = doc.get("keys", {})
    if not isinstance(keys, dict):
        return Settings(warnings=[f'settings: [keys] in {path} must be a table of id = "keys"'], path=path)
    good = {str(k): v.strip() for k, v in keys.items() if isinstance(v, str) and v.strip()}
    bad = sorted(str(k) for k in keys if k not in good)
    warnings = [f'settings: keys.{k} in {path} must be a key string such as "ctrl+q"' for k in bad]
    return Settings(good, warnings, path)
