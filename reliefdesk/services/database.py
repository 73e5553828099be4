"""``reliefdesk db ...``: create, back up, restore, verify, export, import, purge, re-key, delete.

Passphrases come from ``RELIEFDESK_PASSPHRASE`` (the database),
``RELIEFDESK_NEW_PASSPHRASE`` (``db passphrase``) and
``RELIEFDESK_EXPORT_PASSPHRASE`` (export files), or from a prompt when stdin
is a terminal; without one, a clear message says which variable to set.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from reliefdesk import paths
from reliefdesk.model.errors import UserError
from reliefdesk.services.clients import (
    PASSPHRASE_ENV,
    ClientService,
    PassphraseRequired,
    ask_passphrase,
    passphrase_for,
)
from reliefdesk.store import maintenance
from reliefdesk.store.connection import file_is_new, is_encrypted
from reliefdesk.store.schema import SCHEMA_VERSION

NEW_PASSPHRASE_ENV = "RELIEFDESK_NEW_PASSPHRASE"
EXPORT_PASSPHRASE_ENV = "RELIEFDESK_EXPORT_PASSPHRASE"

Out = Callable[[str], None]


def _env(name: str) -> str | None:
    return os.environ.get(name) or None


def _tty() -> bool:
    return bool(sys.stdin) and sys.stdin.isatty()


def _db_passphrase(path: Path) -> str | None:
    return passphrase_for(path, _env(PASSPHRASE_ENV))


def _open(path: Path) -> ClientService:
    return ClientService(path, _db_passphrase(path), create=False)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def cmd_init(path: Path, args: argparse.Namespace, out: Out) -> int:
    if not file_is_new(path):
        raise UserError(f"{path} already exists: check it with `reliefdesk db verify`")
    passphrase = _env(PASSPHRASE_ENV)
    if passphrase is None and not getattr(args, "no_passphrase", False) and _tty():
        passphrase = ask_passphrase("Passphrase to encrypt the database (empty: no encryption): ", confirm=True)
    with ClientService(path, passphrase or None, create=True) as service:
        kind = "encrypted" if service.encrypted else "not encrypted"
    out(f"created {path} (schema version {SCHEMA_VERSION}, {kind})")
    if not passphrase:
        out(f"to encrypt it, set a passphrase: {NEW_PASSPHRASE_ENV}=... reliefdesk db passphrase")
    return 0


def cmd_backup(path: Path, args: argparse.Namespace, out: Out) -> int:
    with _open(path) as service:
        target = service.backup(args.out)
        n = service.count_clients()
        kind = " (encrypted with the database's passphrase)" if service.encrypted else ""
    out(f"backed up {_plural(n, 'client')} to {target}{kind}")
    return 0


def cmd_restore(path: Path, args: argparse.Namespace, out: Out) -> int:
    source = Path(args.input)
    passphrase = _env(PASSPHRASE_ENV)
    if passphrase is None and (is_encrypted(source) or is_encrypted(path)):
        passphrase = ask_passphrase("Passphrase of the backup: ")
    saved = maintenance.restore(path, source, passphrase)
    with ClientService(path, passphrase, create=False) as service:
        n = service.count_clients()
    out(f"restored {_plural(n, 'client')} from {source}")
    if saved:
        out(f"the database it replaced is saved as {saved}")
    return 0


def cmd_verify(path: Path, args: argparse.Namespace, out: Out) -> int:
    result = maintenance.inspect(path, _db_passphrase(path))
    if not result.ok:
        raise UserError(f"{path} is damaged ({result.problems[0]}): restore a backup (reliefdesk db restore FILE)")
    kind = "encrypted" if result.encrypted else "not encrypted"
    note = "" if result.schema_version == SCHEMA_VERSION else " (will be upgraded when opened)"
    out(f"ok: {path}: {_plural(result.clients, 'client')}, schema version {result.schema_version}{note}, {kind}")
    return 0


def cmd_export(path: Path, args: argparse.Namespace, out: Out) -> int:
    export_passphrase: str | None = None
    if getattr(args, "encrypt", False):
        export_passphrase = _env(EXPORT_PASSPHRASE_ENV)
        if export_passphrase is None:
            if not _tty():
                raise PassphraseRequired(
                    f"an encrypted export needs a passphrase: set {EXPORT_PASSPHRASE_ENV} (no terminal to ask on)"
                )
            export_passphrase = ask_passphrase("Passphrase for the export file: ", confirm=True)
        if not export_passphrase:
            raise UserError("an encrypted export needs a passphrase that is not empty")
    with _open(path) as service:
        target = service.export_clients(args.ids, args.out, export_passphrase)
    kind = " (encrypted)" if export_passphrase else " (NOT encrypted: keep it safe or use --encrypt)"
    out(f"exported {_plural(len(args.ids), 'client')} to {target}{kind}")
    return 0


def cmd_import(path: Path, args: argparse.Namespace, out: Out) -> int:
    from reliefdesk.store.transfer import is_sealed

    source = Path(args.input)
    if not source.is_file():
        raise UserError(f"{source} does not exist: check the file name")
    export_passphrase: str | None = None
    if is_sealed(source.read_bytes()[:400]):
        export_passphrase = _env(EXPORT_PASSPHRASE_ENV)
        if export_passphrase is None:
            if not _tty():
                raise PassphraseRequired(
                    f"{source.name} is encrypted: set {EXPORT_PASSPHRASE_ENV} (no terminal to ask on)"
                )
            export_passphrase = ask_passphrase(f"Passphrase of {source.name}: ")
    with ClientService(path, _db_passphrase(path), create=True) as service:
        summary = service.import_export(source, export_passphrase)
    out(f"imported {_plural(len(summary.imported), 'client')}: {' '.join(map(str, summary.imported)) or '-'}")
    if summary.skipped:
        out(f"skipped {_plural(len(summary.skipped), 'client')} already here: {' '.join(map(str, summary.skipped))}")
    return 0


def cmd_purge(path: Path, args: argparse.Namespace, out: Out) -> int:
    days: int = args.older_than
    if days < 1:
        raise UserError("--older-than must be at least 1 day")
    with _open(path) as service:
        ids = service.untouched_since(days)
        if not ids:
            out(f"no client is untouched for more than {days} days")
            return 0
        if not getattr(args, "yes", False):
            if not _tty():
                raise UserError(f"this deletes {_plural(len(ids), 'client')} for good: add --yes to confirm")
            answer = input(f"Delete {_plural(len(ids), 'client')} untouched for more than {days} days? [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                out("nothing deleted")
                return 0
        n = service.purge_untouched(days)
    out(f"deleted {_plural(n, 'client')} untouched for more than {days} days")
    return 0


def cmd_passphrase(path: Path, args: argparse.Namespace, out: Out) -> int:
    with _open(path) as service:
        if getattr(args, "remove", False):
            service.set_passphrase(None)
            out(f"{path} is no longer encrypted")
            return 0
        new = _env(NEW_PASSPHRASE_ENV)
        if new is None:
            if not _tty():
                raise PassphraseRequired(f"a new passphrase is needed: set {NEW_PASSPHRASE_ENV} (no terminal to ask on)")
            new = ask_passphrase("New passphrase: ", confirm=True)
        if not new:
            raise UserError("the new passphrase is empty: use --remove to remove encryption")
        service.set_passphrase(new)
    out(f"{path} is encrypted with the new passphrase")
    return 0


def cmd_delete(path: Path, args: argparse.Namespace, out: Out) -> int:
    with _open(path) as service:
        for client_id in args.ids:
            service.delete_client(client_id)
            out(f"deleted client {client_id}")
    return 0


COMMANDS: dict[str, Callable[[Path, argparse.Namespace, Out], int]] = {
    "init": cmd_init,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "verify": cmd_verify,
    "export": cmd_export,
    "import": cmd_import,
    "purge": cmd_purge,
    "passphrase": cmd_passphrase,
    "delete": cmd_delete,
}


def run_db_command(args: argparse.Namespace, out: Out = print) -> int:
    action = getattr(args, "db_command", None)
    if action not in COMMANDS:
        raise UserError(f"unknown db action {action!r}: use one of {', '.join(COMMANDS)}")
    path = paths.db_path(getattr(args, "db", None))
    return COMMANDS[action](path, args, out)
