"""Whole-file operations: verify and restore.

Neither writes to the file it checks: verification opens the file, runs
``PRAGMA integrity_check`` (and SQLCipher's page check when encrypted) and
reports; restoring checks the backup the same way before the current file is
backed up and replaced.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from reliefdesk.store import connection as _conn
from reliefdesk.store.backup import backup_connection, fsync_dir, fsync_file, remove_database_files
from reliefdesk.store.errors import (
    DamagedDatabase,
    NewerVersion,
    NoDatabase,
    PassphraseRequired,
    StoreError,
    translate,
)
from reliefdesk.store.schema import SCHEMA_VERSION, backup_folder, now_iso


@dataclass(frozen=True)
class Inspection:
    path: Path
    encrypted: bool
    schema_version: int
    clients: int
    problems: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.problems


def inspect(path: Path | str, passphrase: str | None) -> Inspection:
    """Check a database file without changing it; raises a StoreError when it cannot be read."""
    p = Path(path)
    if _conn.file_is_new(p):
        raise NoDatabase(f"there is no database at {p}: create it with `reliefdesk db init`")
    encrypted = _conn.is_encrypted(p)
    if encrypted and p.stat().st_size % 512:
        raise DamagedDatabase(f"{p} is not a reliefdesk database or it is damaged: restore a backup")
    if encrypted and not passphrase:
        raise PassphraseRequired(
            f"{p.name} is encrypted: give its passphrase (set RELIEFDESK_PASSPHRASE or run in a terminal)"
        )
    conn = _conn.raw_connect(p, passphrase if encrypted else None)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        if app_id != _conn.APPLICATION_ID:
            raise DamagedDatabase(f"{p} is an SQLite file but not a reliefdesk database: choose another file")
        if version > SCHEMA_VERSION:
            raise NewerVersion(
                f"{p.name} was written by a newer reliefdesk (schema version {version}; this one "
                f"knows up to {SCHEMA_VERSION}): install the newer reliefdesk to open it"
            )
        problems = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall() if str(r[0]) != "ok"]
        if encrypted:
            problems += [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        problems += [f"foreign key: {tuple(r)}" for r in conn.execute("PRAGMA foreign_key_check").fetchall()]
        clients = int(conn.execute("SELECT count(*) FROM people").fetchone()[0]) if not problems else 0
    except _conn.DatabaseError as exc:
        new = translate(exc, p, encrypted)
        if new is exc:
            new = DamagedDatabase(f"{p} is damaged ({exc}): restore a backup")
        raise new from None
    finally:
        conn.close()
    return Inspection(p, encrypted, version, clients, tuple(problems))


def restore(db_path: Path | str, source: Path | str, passphrase: str | None) -> Path | None:
    """Replace the database with the backup ``source``; returns where the old file was backed up.

    The backup is checked first (a damaged or foreign file is refused and
    nothing changes); the current database, if any, is backed up through the
    backup API into the ``backups`` folder beside it.
    """
    db = Path(db_path)
    src = Path(source)
    if not src.exists():
        raise StoreError(f"{src} does not exist: check the file name")
    if src.resolve() == db.resolve():
        raise StoreError("restore needs a backup file, not the database itself")
    checked = inspect(src, passphrase)
    if not checked.ok:
        raise DamagedDatabase(f"{src} is damaged ({checked.problems[0]}): choose another backup")
    saved: Path | None = None
    if not _conn.file_is_new(db):
        current, current_encrypted = _conn.connect(db, passphrase, create=False)
        try:
            stamp = now_iso().replace(":", "")
            saved = backup_connection(
                current,
                backup_folder(db) / f"{db.stem}-before-restore-{stamp}.sqlite",
                passphrase if current_encrypted else None,
            )
        finally:
            current.close()
    part = db.with_name(db.name + ".restore")
    remove_database_files(part)
    src_conn = _conn.raw_connect(src, passphrase if checked.encrypted else None)
    try:
        backup_connection(src_conn, part, passphrase if checked.encrypted else None)
    finally:
        src_conn.close()
    fsync_file(part)
    for companion in ("-wal", "-shm"):
        p = db.with_name(db.name + companion)
        if p.exists():
            p.unlink()
    db.parent.mkdir(parents=True, exist_ok=True)
    os.replace(part, db)
    remove_database_files(part)
    fsync_dir(db.parent)
    return saved
