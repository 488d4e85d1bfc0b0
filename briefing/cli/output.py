"""Writing a command's output: to stdout, or to a file atomically and never over an input."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from briefing.errors import InputError
from briefing.store.atomic import write_atomic


def write_output(text: str, output: str | None, inputs: Sequence[Path] = ()) -> None:
    """Print, or write a file atomically; never over one of the inputs."""
    if output is None or output == "-":
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    target = Path(output)
    resolved = target.resolve()
    if any(resolved == Path(p).resolve() for p in inputs):
        raise InputError(f"refusing to overwrite an input file: {output}")
    if target.is_dir():
        raise InputError(f"output is a folder: {output}")
    try:
        if target.exists() and not target.is_file():
            with target.open("w", encoding="utf-8") as fh:  # /dev/null, a pipe: never renamed over
                fh.write(text)
        else:
            write_atomic(target, text)
    except OSError as err:
        raise InputError(f"cannot write {output}: {(err.strerror or str(err)).lower()}") from None
