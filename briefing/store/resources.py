"""Where the bundled seeds and styles are, installed or in a checkout.

A wheel carries them inside the package (``briefing/_seeds``,
``briefing/_styles``); a checkout or editable install has them at the top
of the repository.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def _bundled(name: str) -> Path:
    inside = _PACKAGE / f"_{name}"
    return inside if inside.is_dir() else _PACKAGE.parent / name


def seeds_dir() -> Path:
    return _bundled("seeds")


def styles_dir() -> Path:
    return _bundled("styles")


def seed_paths() -> list[Path]:
    return sorted(p for p in seeds_dir().glob("*.txt"))
