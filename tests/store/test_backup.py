"""Backups through the SQLite backup API, restore, and verification of damaged files."""

from __future__ import annotations

from pathlib import Path

import pytest

from reliefdesk.model import Record
from reliefdesk.store import maintenance
from reliefdesk.store.errors import DamagedDatabase, PassphraseRequired, WrongPassphrase
from reliefdesk.store.repository import Store


@pytest.mark.parametrize("passphrase", [None, "backup pass"])
def test_backup_of_a_live_database_holds_uncheckpointed_writes(
    tmp_path: Path, records: list[Record], passphrase: str | None
) -> None:
    db, out = tmp_path / "live.sqlite", tmp_path / "copies" / "backup.sqlite"
    with Store(db, passphrase) as store:
        ids = [store.add_client(r) for r in records]
        assert db.with_name(db.name + "-wal").stat().st_size > 0  # the data is still in the WAL
        store.backup(out)
        with Store(out, passphrase) as copy:
            assert [copy.get_record(i) for i in ids] == records
            assert copy.integrity_problems() == []
    assert maintenance.inspect(out, passphrase).encrypted == bool(passphrase)
    assert not out.with_name(out.name + ".part").exists()


def test_restore_replaces_the_database_and_keeps_the_old_one(tmp_path: Path, records: list[Record]) -> None:
    db, out = tmp_path / "db.sqlite", tmp_path / "backup.sqlite"
    with Store(db) as store:
        store.add_client(records[0])
        store.backup(out)
        store.add_client(records[1])
    saved = maintenance.restore(db, out, None)
    with Store(db) as store:
        assert store.count_clients() == 1
    assert saved is not None
    with Store(saved) as old:
        assert old.count_clients() == 2


def test_restore_refuses_a_damaged_backup_and_changes_nothing(tmp_path: Path, records: list[Record]) -> None:
    db, bad = tmp_path / "db.sqlite", tmp_path / "bad.sqlite"
    with Store(db) as store:
        store.add_client(records[0])
    bad.write_bytes(b"not a database at all" * 100)
    before = db.read_bytes()
    with pytest.raises(DamagedDatabase):
        maintenance.restore(db, bad, None)
    assert db.read_bytes() == before


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    for i in range(page * 2, min(len(data), page * 6)):
        data[i] = 0x5A
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("passphrase", [None, "verify pass"])
def test_inspect_finds_a_damaged_file(tmp_path: Path, records: list[Record], passphrase: str | None) -> None:
    db = tmp_path / "db.sqlite"
    with Store(db, passphrase) as store:
        for i in range(40):
            store.add_client(records[i % 3])
        store.checkpoint()
    good = maintenance.inspect(db, passphrase)
    assert good.ok and good.clients == 40
    _damage(db)
    try:
        result = maintenance.inspect(db, passphrase)
    except DamagedDatabase as exc:
        assert "damaged" in str(exc)
    else:
        assert not result.ok


def test_inspect_on_an_encrypted_file_needs_the_right_passphrase(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    Store(db, "right").close()
    with pytest.raises(PassphraseRequired):
        maintenance.inspect(db, None)
    with pytest.raises(WrongPassphrase):
        maintenance.inspect(db, "wrong")
    assert maintenance.inspect(db, "right").ok
