"""The people a clinic works with: store, find, edit, analyze, delete.

:class:`ClientService` is what the GUI and the CLI use; it wraps the store
(:mod:`reliefdesk.store`), adds the clinic's policies (automatic purge) and
keeps personal data out of any log. Every method that writes is one
transaction: it all lands or nothing does, even if the laptop dies mid-save.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from reliefdesk import paths
from reliefdesk.model import Analysis, Record
from reliefdesk.model.errors import UserError
from reliefdesk.store import connection as _connection
from reliefdesk.store import transfer
from reliefdesk.store.errors import (
    DamagedDatabase,
    DatabaseLocked,
    DiskFull,
    NewerVersion,
    NoDatabase,
    PassphraseRequired,
    StoreError,
    UnknownClient,
    WrongPassphrase,
)
from reliefdesk.store.repository import (
    DEFAULT_SETTINGS,
    ClientSummary,
    DocumentEntry,
    HistoryEntry,
    Store,
)
from reliefdesk.store.schema import MIGRATIONS, SCHEMA_VERSION

__all__ = [
    "DEFAULT_SETTINGS",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "ClientService",
    "ClientSummary",
    "DamagedDatabase",
    "DatabaseLocked",
    "DiskFull",
    "DocumentEntry",
    "HistoryEntry",
    "NewerVersion",
    "NoDatabase",
    "PassphraseRequired",
    "StoreError",
    "UnknownClient",
    "UserError",
    "WrongPassphrase",
    "import_file",
]

PASSPHRASE_ENV = "RELIEFDESK_PASSPHRASE"


class ClientService:
    """One open client database (``db_path=None``: the default one in the data folder)."""

    def __init__(
        self, db_path: Path | str | None = None, passphrase: str | None = None, create: bool = True
    ) -> None:
        self.db_path: Path = paths.db_path(db_path)
        self._store = Store(self.db_path, passphrase, create)
        try:
            self.run_automatic_purge()
        except BaseException:
            self._store.close()
            raise

    @staticmethod
    def is_encrypted(db_path: Path | str | None) -> bool:
        return _connection.is_encrypted(paths.db_path(db_path))

    @property
    def encrypted(self) -> bool:
        return self._store.encrypted

    @property
    def store(self) -> Store:
        return self._store

    def schema_version(self) -> int:
        return self._store.schema_version()

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> ClientService:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ people

    def list_clients(self, query: str = "", limit: int = 500) -> list[ClientSummary]:
        return self._store.list_clients(query, limit)

    def count_clients(self) -> int:
        return self._store.count_clients()

    def add_client(self, record: Record, source_text: str | None = None, actor: str | None = None) -> int:
        return self._store.add_client(record, source_text, actor)

    def add_clients(
        self, records: Iterable[Record], actor: str | None = None, source_texts: Iterable[str | None] | None = None
    ) -> list[int]:
        """Many people in one transaction (bulk import)."""
        return self._store.add_clients(records, actor, source_texts)

    def get_record(self, client_id: int) -> Record:
        return self._store.get_record(client_id)

    def get_original_record(self, client_id: int) -> Record:
        return self._store.get_original_record(client_id)

    def source_text(self, client_id: int) -> str | None:
        return self._store.source_text(client_id)

    def edited_fields(self, client_id: int) -> dict[str, tuple[str | None, str | None]]:
        return self._store.edited_fields(client_id)

    def save_record(self, client_id: int, record: Record, actor: str | None = None) -> None:
        self._store.save_record(client_id, record, actor)

    def delete_client(self, client_id: int, actor: str | None = None) -> None:
        """Delete a client for good: the rows (secure delete) and the documents made for them."""
        files = self._document_files([client_id])
        self._store.delete_client(client_id, actor)
        _remove_files(path for _, path in files)

    def purge_untouched(self, days: int, now: datetime | None = None, actor: str | None = None) -> int:
        """Delete every client untouched for more than ``days`` days, with their documents."""
        ids = self._store.untouched_since(days, now) if days >= 1 else []
        files = self._document_files(ids)
        count = self._store.purge_untouched(days, now, actor=actor)
        _remove_files(path for _, path in files)
        return count

    def _document_files(self, ids: Iterable[int]) -> list[tuple[int, Path]]:
        return [(cid, Path(d.path)) for cid in ids for d in self._store.list_documents(cid)]

    def untouched_since(self, days: int, now: datetime | None = None) -> list[int]:
        return self._store.untouched_since(days, now)

    def run_automatic_purge(self, now: datetime | None = None) -> int:
        """Apply the clinic's ``auto_purge_days`` setting (off when empty)."""
        value = self._store.get_settings().get("auto_purge_days", "").strip()
        if not value:
            return 0
        try:
            days = int(value)
        except ValueError:
            return 0
        return self.purge_untouched(days, now, actor="automatic purge") if days > 0 else 0

    def history(self, client_id: int) -> list[HistoryEntry]:
        return self._store.history(client_id)

    # ------------------------------------------------------------------ analyses, documents, events

    def save_analysis(self, client_id: int, analysis: Analysis) -> int:
        return self._store.save_analysis(client_id, analysis)

    def latest_analysis(self, client_id: int) -> dict[str, Any] | None:
        return self._store.latest_analysis(client_id)

    def add_document(self, client_id: int, path: Path | str, kind: str, rules_version: str | None) -> int:
        return self._store.add_document(client_id, path, kind, rules_version)

    def list_documents(self, client_id: int) -> list[DocumentEntry]:
        return self._store.list_documents(client_id)

    def record_event(self, client_id: int, action: str, detail: str) -> None:
        self._store.record_event(client_id, action, detail)

    # ------------------------------------------------------------------ settings and passphrase

    def get_settings(self) -> dict[str, str]:
        return self._store.get_settings()

    def set_settings(self, values: Mapping[str, str]) -> None:
        self._store.set_settings(values)

    def lock_minutes(self) -> int | None:
        """Minutes of idle time before the app locks (None: never)."""
        try:
            minutes = int(self.get_settings().get("lock_minutes", "") or 0)
        except ValueError:
            return None
        return minutes if minutes > 0 else None

    def set_passphrase(self, new: str | None) -> None:
        self._store.set_passphrase(new)

    def verify_passphrase(self, passphrase: str) -> bool:
        return self._store.verify_passphrase(passphrase)

    # ------------------------------------------------------------------ whole file

    def backup(self, out: Path | str) -> Path:
        return self._store.backup(out)

    def integrity_problems(self) -> list[str]:
        return self._store.integrity_problems()

    def export_clients(self, ids: Iterable[int], out: Path | str, passphrase: str | None = None) -> Path:
        """Write the clients to one file (encrypted when ``passphrase`` is given)."""
        data = transfer.export_clients(self._store, list(ids))
        target = Path(out)
        part = target.with_name(target.name + ".part")
        part.write_bytes(transfer.encode_export(data, passphrase))
        os.replace(part, target)
        return target

    def import_export(self, file: Path | str, passphrase: str | None = None) -> transfer.ImportSummary:
        p = Path(file)
        if not p.is_file():
            raise StoreError(f"{p} does not exist: check the file name")
        return transfer.import_clients(self._store, transfer.decode_export(p.read_bytes(), passphrase))


def ask_passphrase(prompt: str = "Passphrase: ", confirm: bool = False) -> str:
    """Ask on the terminal (never echoed); without a terminal, say how to give it."""
    if not sys.stdin or not sys.stdin.isatty():
        raise PassphraseRequired(f"a passphrase is needed: set {PASSPHRASE_ENV} (no terminal to ask on)")
    import getpass

    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again, to confirm: ") != first:
        raise UserError("the two passphrases differ: nothing was changed, try again")
    return first


def passphrase_for(db_path: Path, given: str | None) -> str | None:
    """The passphrase to open ``db_path``: the one given, else a prompt if the file is encrypted."""
    if given:
        return given
    if _connection.is_encrypted(db_path):
        return ask_passphrase(f"Passphrase for {db_path.name}: ")
    return None


def import_file(db: str | Path | None, file: str | Path, fmt: str = "auto", passphrase: str | None = None) -> int:
    """Read a rap sheet (or record JSON) and store the person; returns the new id."""
    from reliefdesk.services.analysis import read_record

    result = read_record(file, fmt)
    path = paths.db_path(db)
    with ClientService(path, passphrase_for(path, passphrase)) as service:
        return service.add_client(result.record, source_text=result.text)


def _remove_files(files: Iterable[Path]) -> None:
    """Remove the PDFs reliefdesk wrote for deleted clients, and the folders left empty.

    Only files reliefdesk recorded itself are touched; a copy the volunteer saved
    elsewhere with "Save as PDF" is theirs to delete (the confirmation says so).
    """
    folders: set[Path] = set()
    for path in files:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            continue  # in use or read-only: the database rows are gone all the same
        folders.add(path.parent)
    for folder in sorted(folders, key=lambda p: len(p.parts), reverse=True):
        for candidate in (folder, folder.parent):
            if candidate == folder or candidate.name.startswith("client-"):
                try:
                    candidate.rmdir()  # succeeds only when empty
                except OSError:
                    break
