"""Consistent copies of a live database through the SQLite backup API.

Never a file copy: copying the file of a database in use can catch it
half-written, and misses what is still in the WAL. The copy is written
beside its destination and renamed into place, so a crash leaves either the
old file or the whole new one. An encrypted database is backed up encrypted,
with the same passphrase.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from reliefdesk.store.connection import Connection, DatabaseError, raw_connect
from reliefdesk.store.errors import StoreError, translate


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (no-op where directories cannot be opened)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_database_files(path: Path) -> None:
    """Remove a database file with its -wal and -shm companions."""
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            p.unlink()


def backup_connection(conn: Connection, out: Path, passphrase: str | None) -> Path:
    """Write a consistent copy of the open database ``conn`` to ``out``."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    part = out.with_name(out.name + ".part")
    remove_database_files(part)
    target = raw_connect(part, passphrase)
    try:
        conn.backup(target)
        target.execute("PRAGMA journal_mode = DELETE").fetchone()
    except DatabaseError as exc:
        target.close()
        remove_database_files(part)
        new = translate(exc, out)
        raise (new if new is not exc else StoreError(f"the backup to {out} failed: {exc}")) from None
    target.close()
    fsync_file(part)
    os.replace(part, out)
    remove_database_files(part)
    fsync_dir(out.parent)
    return out
