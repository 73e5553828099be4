"""``reliefdesk demo ...``: the demo database, and synthetic data when available.

``demo db`` builds a database from ``resources/demo/*.record.json`` (the
three Illinois samples as a volunteer would type them), each with its rap
sheet text and, when the rules give one, an analysis.
"""

from __future__ import annotations

import argparse
import importlib
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from reliefdesk import paths
from reliefdesk.model import record_from_json
from reliefdesk.model.errors import NotAvailableYet, UserError
from reliefdesk.services.clients import PASSPHRASE_ENV, ClientService
from reliefdesk.store.backup import remove_database_files
from reliefdesk.store.connection import file_is_new

Out = Callable[[str], None]


def _today() -> date:
    override = os.environ.get("RELIEFDESK_TODAY")
    return date.fromisoformat(override) if override else date.today()


def build_demo_database(db: Path | str, force: bool = False, as_of: date | None = None) -> list[int]:
    """Create the demo database at ``db``; returns the ids of the people stored."""
    from reliefdesk.services.analysis import analyze_record

    path = Path(db)
    if not file_is_new(path):
        if not force:
            raise UserError(f"{path} already exists: add --force to replace it")
        remove_database_files(path)
    folder = paths.demo_dir()
    files = sorted(folder.glob("*.record.json"))
    if not files:
        raise UserError(f"no demo records in {folder}: reinstall reliefdesk")
    day = as_of or _today()
    ids: list[int] = []
    with ClientService(path, os.environ.get(PASSPHRASE_ENV) or None) as service:
        for f in files:
            record = record_from_json(f.read_text(encoding="utf-8"))
            text_file = folder / record.source.file if record.source.file else None
            text = text_file.read_text(encoding="utf-8") if text_file and text_file.is_file() else None
            client_id = service.add_client(record, source_text=text, actor="demo")
            ids.append(client_id)
            try:
                analysis = analyze_record(record, day, day, {})
            except UserError:
                continue
            service.save_analysis(client_id, analysis)
    return ids


def run_demo_command(args: argparse.Namespace, out: Out = print) -> int:
    action = getattr(args, "demo_command", None)
    if action == "db":
        path = paths.db_path(getattr(args, "db", None))
        ids = build_demo_database(path, force=bool(getattr(args, "force", False)))
        out(f"built the demo database {path} with {len(ids)} people: {' '.join(map(str, ids))}")
        return 0
    if action == "generate":
        try:
            synthetic = importlib.import_module("reliefdesk.services.synthetic")
        except ModuleNotFoundError as exc:
            if exc.name == "reliefdesk.services.synthetic":
                raise NotAvailableYet("synthetic data is not available in this version yet") from None
            raise
        written = synthetic.generate(args.kind, args.people, args.seed, Path(args.out))
        out(f"wrote {written}")
        return 0
    raise UserError(f"unknown demo action {action!r}: use db or generate")
