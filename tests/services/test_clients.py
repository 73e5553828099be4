"""ClientService: the API the GUI and CLI use, on real database files."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reliefdesk import paths
from reliefdesk.model import Record, UserError, record_from_json
from reliefdesk.services import clients
from reliefdesk.services.clients import ClientService, PassphraseRequired, WrongPassphrase

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"


@pytest.fixture
def records() -> list[Record]:
    return [record_from_json(p.read_text(encoding="utf-8")) for p in sorted(DEMO.glob("*.record.json"))]


def test_errors_are_user_errors() -> None:
    for cls in (clients.PassphraseRequired, clients.WrongPassphrase, clients.DatabaseLocked):
        assert issubclass(cls, UserError)


def test_default_path_is_in_the_data_folder(data_home: Path) -> None:
    with ClientService() as service:
        assert service.db_path == paths.db_path() == data_home / "reliefdesk.sqlite"
        assert service.count_clients() == 0
    assert not ClientService.is_encrypted(None)


def test_create_false_refuses_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="db init"):
        ClientService(tmp_path / "none.sqlite", create=False)


def test_the_whole_service_flow(tmp_path: Path, records: list[Record]) -> None:
    db = tmp_path / "clinic.sqlite"
    with ClientService(db) as service:
        ids = [service.add_client(r, source_text="text", actor="Ana") for r in records]
        assert service.count_clients() == 3
        first = service.list_clients("kowalski")[0]
        record = service.get_record(first.id)
        new = replace(record, person=replace(record.person, address="1 Main St"))
        service.save_record(first.id, new, actor="Ana")
        assert service.edited_fields(first.id) == {"person.address": (None, "1 Main St")}
        assert service.get_original_record(first.id).person.address is None
        service.record_event(first.id, "printed", "client letter")
        assert [h.action for h in service.history(first.id)] == ["import", "edit", "printed"]
        service.set_settings({"lock_minutes": "3", "volunteer_name": "Ana"})
        assert service.lock_minutes() == 3
        service.delete_client(ids[2])
        assert service.count_clients() == 2
        service.set_passphrase("secret")
    assert ClientService.is_encrypted(db)
    with pytest.raises(PassphraseRequired):
        ClientService(db)
    with pytest.raises(WrongPassphrase):
        ClientService(db, "nope")
    with ClientService(db, "secret") as service:
        assert service.verify_passphrase("secret") and not service.verify_passphrase("nope")
        assert service.get_settings()["volunteer_name"] == "Ana"


def test_automatic_purge_runs_on_open(tmp_path: Path, records: list[Record]) -> None:
    db = tmp_path / "clinic.sqlite"
    with ClientService(db) as service:
        service.add_client(records[0])
        service.set_settings({"auto_purge_days": "30"})
        assert service.run_automatic_purge() == 0
        assert service.run_automatic_purge(now=datetime.now(UTC) + timedelta(days=31)) == 1
        assert service.count_clients() == 0


def test_import_file_stores_a_rap_sheet(tmp_path: Path) -> None:
    db = tmp_path / "clinic.sqlite"
    pid = clients.import_file(db, DEMO / "kowalski.record.json", fmt="record-json")
    with ClientService(db) as service:
        assert service.get_record(pid).person.name == "KOWALSKI, PETER J"
        assert service.source_text(pid) and "KOWALSKI" in (service.source_text(pid) or "")


def test_import_file_into_an_encrypted_database_without_a_terminal(tmp_path: Path) -> None:
    db = tmp_path / "clinic.sqlite"
    ClientService(db, "pw").close()
    with pytest.raises(PassphraseRequired, match="RELIEFDESK_PASSPHRASE"):
        clients.import_file(db, DEMO / "kowalski.record.json")
    assert clients.import_file(db, DEMO / "kowalski.record.json", passphrase="pw") == 1


def test_search_finds_one_among_thousands(tmp_path: Path, records: list[Record]) -> None:
    """Not a timing test (see benchmarks/bench_store.py): checks search finds the right one among many."""
    with ClientService(tmp_path / "big.sqlite") as service:
        many = [replace(records[i % 3], person=replace(records[i % 3].person, name=f"PERSON, NUMBER {i}")) for i in range(2000)]
        service.add_clients(many)
        hits = service.list_clients("number 1234")
        assert [h.name for h in hits] == ["PERSON, NUMBER 1234"]


def test_deleting_a_client_deletes_the_documents_made_for_them(tmp_path: Path) -> None:
    from reliefdesk.model import record_from_json
    from reliefdesk.services.clients import ClientService

    demo = Path(__file__).resolve().parents[2] / "resources" / "demo"
    service = ClientService(tmp_path / "db.sqlite")
    try:
        keep = service.add_client(record_from_json((demo / "kowalski.record.json").read_text()))
        gone = service.add_client(record_from_json((demo / "washington.record.json").read_text()))
        folders = {cid: tmp_path / "packets" / f"client-{cid}" / "2026-12-01" for cid in (keep, gone)}
        for cid, folder in folders.items():
            folder.mkdir(parents=True)
            pdf = folder / "packet.pdf"
            pdf.write_bytes(f"%PDF-1.4 client {cid}".encode())
            service.add_document(cid, pdf, "packet", "IL-2026-06")
        service.delete_client(gone)
        assert not (tmp_path / "packets" / f"client-{gone}").exists()
        assert (folders[keep] / "packet.pdf").exists()
    finally:
        service.close()


def test_purge_deletes_the_documents_of_purged_clients(tmp_path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    from reliefdesk.model import record_from_json
    from reliefdesk.services.clients import ClientService

    demo = Path(__file__).resolve().parents[2] / "resources" / "demo"
    service = ClientService(tmp_path / "db.sqlite")
    try:
        cid = service.add_client(record_from_json((demo / "hernandez.record.json").read_text()))
        pdf = tmp_path / "packets" / f"client-{cid}" / "x" / "letter.pdf"
        pdf.parent.mkdir(parents=True)
        pdf.write_bytes(b"%PDF-1.4")
        service.add_document(cid, pdf, "letter", None)
        assert service.purge_untouched(30, now=datetime.now(UTC) + timedelta(days=31)) == 1
        assert not pdf.exists()
        assert service.count_clients() == 0
    finally:
        service.close()
