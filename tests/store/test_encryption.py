"""Encryption at rest: the file reveals nothing, a wrong passphrase changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from reliefdesk.model import Record
from reliefdesk.store import connection
from reliefdesk.store.errors import PassphraseRequired, WrongPassphrase
from reliefdesk.store.repository import Store

PASS = "correct horse battery staple"


def _all_bytes(db: Path) -> bytes:
    data = db.read_bytes()
    for companion in ("-wal", "-shm"):
        p = db.with_name(db.name + companion)
        if p.exists():
            data += p.read_bytes()
    return data


def test_an_encrypted_file_shows_no_header_and_no_name(db_file: Path, records: list[Record]) -> None:
    with Store(db_file, PASS) as store:
        for r in records:
            store.add_client(r)
        assert store.encrypted
        wal_bytes = _all_bytes(db_file)  # while open: main file plus the live WAL
        store.checkpoint()
    data = db_file.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    for r in records:
        assert r.person.name
        for blob in (data, wal_bytes):
            assert r.person.name.encode() not in blob
            assert r.person.name.split(",")[0].encode() not in blob
    assert Store.__name__ and connection.is_encrypted(db_file)


def test_the_same_data_unencrypted_is_readable_bytes(db_file: Path, records: list[Record]) -> None:
    """The control for the test above: without a passphrase the name is in the file."""
    with Store(db_file) as store:
        store.add_client(records[0])
        store.checkpoint()
    assert db_file.read_bytes().startswith(b"SQLite format 3")
    assert records[0].person.name and records[0].person.name.encode() in db_file.read_bytes()


def test_a_wrong_passphrase_gives_a_clear_message_and_changes_nothing(db_file: Path, records: list[Record]) -> None:
    with Store(db_file, PASS) as store:
        store.add_client(records[0])
    before = db_file.read_bytes()
    with pytest.raises(WrongPassphrase) as info:
        Store(db_file, "wrong")
    assert "wrong passphrase" in str(info.value) and "\n" not in str(info.value)
    with pytest.raises(PassphraseRequired, match="encrypted"):
        Store(db_file)
    assert db_file.read_bytes() == before
    assert not db_file.with_name(db_file.name + "-wal").exists()
    with Store(db_file, PASS) as store:
        assert store.count_clients() == 1


def test_verify_passphrase(db_file: Path) -> None:
    with Store(db_file, PASS) as store:
        assert store.verify_passphrase(PASS)
        assert not store.verify_passphrase(PASS + " ")
        assert not store.verify_passphrase("")


def test_set_change_and_remove_the_passphrase(db_file: Path, records: list[Record]) -> None:
    with Store(db_file) as store:
        ids = [store.add_client(r) for r in records]
        store.set_passphrase("first")
        assert store.encrypted and store.verify_passphrase("first")
        assert [store.get_record(i) for i in ids] == records  # still open and usable
    assert connection.is_encrypted(db_file)
    for r in records:
        assert r.person.name and r.person.name.encode() not in db_file.read_bytes()
    with Store(db_file, "first") as store:
        store.set_passphrase("second")
    with pytest.raises(WrongPassphrase):
        Store(db_file, "first")
    with Store(db_file, "second") as store:
        assert store.count_clients() == len(records)
        assert store.integrity_problems() == []
        store.set_passphrase(None)
        assert not store.encrypted
    assert db_file.read_bytes().startswith(b"SQLite format 3")
    with Store(db_file) as store:
        assert store.count_clients() == len(records)
        assert store.schema_version() > 0
    assert not db_file.with_name(db_file.name + ".rekey").exists()


def test_a_passphrase_with_quotes_works(db_file: Path) -> None:
    tricky = "it's \"quoted\"; DROP TABLE people; --"
    with Store(db_file, tricky) as store:
        store.set_settings({"clinic_name": "X"})
    with Store(db_file, tricky) as store:
        assert store.get_settings()["clinic_name"] == "X"
