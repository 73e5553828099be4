"""Errors the storage layer raises: each is a :class:`UserError` with one line.

Low-level SQLite exceptions never reach the user: :func:`translate` turns the
ones a user can cause (a locked or full disk, a damaged file, a wrong
passphrase) into these, and leaves programming errors alone.
"""

from __future__ import annotations

from pathlib import Path

from reliefdesk.model.errors import UserError


class StoreError(UserError):
    """A problem with the database file that the user can act on."""


class PassphraseRequired(StoreError):
    """The file is encrypted and no passphrase was given."""


class WrongPassphrase(StoreError):
    """The passphrase does not open the file."""


class DatabaseLocked(StoreError):
    """Another copy of the program holds the write lock."""


class NewerVersion(StoreError):
    """The file was written by a newer reliefdesk."""


class DamagedDatabase(StoreError):
    """The file is not a reliefdesk database, or it is damaged."""


class DiskFull(StoreError):
    """There is no room left to save."""


class NoDatabase(StoreError):
    """There is no database at the path and creating one was not asked for."""


class UnknownClient(StoreError):
    """No client with that id."""


def translate(exc: Exception, path: Path, encrypted: bool = False) -> Exception:
    """The :class:`StoreError` for a low-level SQLite error, or ``exc`` itself."""
    message = str(exc).lower()
    if "locked" in message or "busy" in message:
        return DatabaseLocked(
            f"{path.name} is in use by another copy of reliefdesk: wait a moment or close the other copy"
        )
    if "disk is full" in message or "database or disk is full" in message:
        return DiskFull(f"the disk is full: free some space, then save again ({path.name} is unchanged)")
    if "file is not a database" in message or "not a database" in message:
        if encrypted:
            return WrongPassphrase(f"wrong passphrase for {path.name} (or the file is damaged): try again")
        return DamagedDatabase(f"{path} is not a reliefdesk database or it is damaged: restore a backup")
    if "malformed" in message or "corrupt" in message:
        return DamagedDatabase(f"{path} is damaged: restore a backup (reliefdesk db restore FILE)")
    if "readonly" in message or "read-only" in message:
        return StoreError(f"{path} cannot be written (read-only): check the file's permissions")
    if "unable to open" in message or "disk i/o error" in message:
        return StoreError(f"{path} cannot be opened or written: check that the folder exists and is writable")
    return exc
