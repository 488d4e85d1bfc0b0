"""The errors a user can cause, and how an operating-system error reads in one line.

Every stage raises :class:`InputError` for bad input; the CLI prints its
message as is and the reader shows it as a notice, never a traceback.
"""

from __future__ import annotations


class InputError(Exception):
    """Bad input: the message is one line, fit to show the user as is."""


class NoArticles(InputError):
    """A folder (or a list of paths) holding no article at all: ``briefing check`` reports it as missing articles."""


class FileError(InputError):
    """One bad input file. ``reason`` says why without naming the file, for
    the one-line notice when a folder's file is skipped."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        return FileError, (str(self), self.reason)  # crosses from worker processes intact


def os_reason(err: OSError) -> str:
    """Why an operating-system call failed, lower-cased, without the file name ("permission denied")."""
    return (err.strerror or type(err).__name__).lower()
