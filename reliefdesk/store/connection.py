"""Opening the database file: encryption, durability settings, transactions.

Every connection goes through SQLCipher (``sqlcipher3``), which is plain
SQLite when no key is given. The settings that make a save survive a crash
are applied here, once: WAL journal, ``synchronous=FULL``, foreign keys on,
``secure_delete`` on (deleted data is overwritten, not just unlinked).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from reliefdesk.store.errors import (
    DamagedDatabase,
    PassphraseRequired,
    StoreError,
    WrongPassphrase,
    translate,
)

SQLITE_HEADER = b"SQLite format 3\x00"
#: ``PRAGMA application_id`` of a reliefdesk database ("RDSK").
APPLICATION_ID = 0x5244534B
BUSY_TIMEOUT_MS = 5000

DatabaseError = sqlcipher3.DatabaseError
Connection = Any  # sqlcipher3.Connection (the package ships no type information)


def is_encrypted(path: str | os.PathLike[str]) -> bool:
    """True when the file exists, is not empty, and is not a plain SQLite file."""
    p = Path(path)
    try:
        with p.open("rb") as f:
            head = f.read(len(SQLITE_HEADER))
    except (FileNotFoundError, IsADirectoryError):
        return False
    return bool(head) and head != SQLITE_HEADER


def file_is_new(path: Path) -> bool:
    return not path.exists() or path.stat().st_size == 0


def _quote(text: str) -> str:
    if "\x00" in text:
        raise StoreError("a passphrase cannot contain a NUL character")
    return "'" + text.replace("'", "''") + "'"


def key_pragma(passphrase: str | None, schema: str = "main") -> str | None:
    if not passphrase:
        return None
    return f"PRAGMA {schema}.key = {_quote(passphrase)}"


def raw_connect(path: Path, passphrase: str | None) -> Connection:
    """A connection with the key applied (nothing read yet)."""
    conn = sqlcipher3.connect(
        str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
    )
    conn.execute("PRAGMA cipher_log_level = NONE")  # SQLCipher would print to stderr otherwise
    pragma = key_pragma(passphrase)
    if pragma:
        conn.execute(pragma)
    return conn


def connect(path: Path, passphrase: str | None, create: bool = True) -> tuple[Connection, bool]:
    """Open ``path`` and apply the durability settings; returns (connection, encrypted).

    A passphrase given for a file that is not encrypted is ignored (the file
    stays as it is; ``set_passphrase`` encrypts it). A new file is encrypted
    exactly when a passphrase is given.
    """
    new = file_is_new(path)
    encrypted = bool(passphrase) if new else is_encrypted(path)
    if not new:
        size = path.stat().st_size
        if encrypted and size % 512:
            raise DamagedDatabase(f"{path} is not a reliefdesk database or it is damaged: restore a backup")
        if encrypted and not passphrase:
            raise PassphraseRequired(
                f"{path.name} is encrypted: give its passphrase (set RELIEFDESK_PASSPHRASE or run in a terminal)"
            )
    elif create:
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = raw_connect(path, passphrase if encrypted else None)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise StoreError(f"{path} cannot use a write-ahead log here: move it to a local disk")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
    except DatabaseError as exc:
        conn.close()
        raise translate(exc, path, encrypted) from None
    except BaseException:
        conn.close()
        raise
    return conn, encrypted


@contextlib.contextmanager
def transaction(conn: Connection, path: Path, encrypted: bool = False) -> Iterator[Connection]:
    """One user action: ``BEGIN IMMEDIATE`` ... ``COMMIT``, or nothing at all."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except DatabaseError as exc:
        raise translate(exc, path, encrypted) from None
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, DatabaseError):
            new = translate(exc, path, encrypted)
            if new is not exc:
                raise new from exc
        raise


def checkpoint(conn: Connection) -> None:
    """Move the WAL into the main file and truncate it (no old page stays in the log)."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def verify_key(path: Path, passphrase: str) -> bool:
    """Does ``passphrase`` open the encrypted file ``path``? (Reads, never writes.)"""
    conn = raw_connect(path, passphrase)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except DatabaseError:
        return False
    finally:
        conn.close()


__all__ = [
    "APPLICATION_ID",
    "Connection",
    "DatabaseError",
    "WrongPassphrase",
    "checkpoint",
    "connect",
    "file_is_new",
    "is_encrypted",
    "key_pragma",
    "raw_connect",
    "transaction",
    "verify_key",
]
