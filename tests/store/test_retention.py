"""Deleting and purging: the data is gone from the file's bytes, the history keeps no trace."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reliefdesk.model import Record
from reliefdesk.store.errors import UnknownClient
from reliefdesk.store.repository import Store
from tests.store.conftest import person

NAME = "ZYGMUNTOWICZ, PHILOMENA Q"


def _haystack(db: Path) -> bytes:
    data = db.read_bytes()
    wal = db.with_name(db.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def _needles(record: Record) -> list[bytes]:
    assert record.person.name
    out = [record.person.name.encode(), b"ZYGMUNTOWICZ", b"PHILOMENA"]
    out += [c.case_number.encode() for c in record.cases if c.case_number]
    return out


def test_delete_leaves_no_trace_in_the_file_or_the_wal(db_file: Path) -> None:
    target = person(NAME, cases=3)
    with Store(db_file) as store:
        keep = store.add_client(person("KEEPER, ALICE"))
        pid = store.add_client(target, source_text=f"RAP SHEET OF {NAME}")
        from dataclasses import replace

        edited = replace(target, person=replace(target.person, address="12 PHILOMENA STREET"))
        store.save_record(pid, edited)
        store.record_event(pid, "printed", f"letter for {NAME}")
        assert any(n in _haystack(db_file) for n in _needles(target))  # the control: it was there
        store.delete_client(pid)
        haystack = _haystack(db_file)
        for needle in _needles(target):
            assert needle not in haystack, needle
        assert store.count_clients() == 1 and store.get_record(keep).person.name == "KEEPER, ALICE"
        actions = [h.action for h in store.all_history()]
        assert actions[-1] == "delete"
        for h in store.all_history():
            assert NAME not in (h.detail or "") + (h.before or "") + (h.after or "")
        with pytest.raises(UnknownClient):
            store.get_record(pid)
    for needle in _needles(target):
        assert needle not in _haystack(db_file)


def test_purge_removes_only_clients_untouched_for_n_days(db_file: Path) -> None:
    with Store(db_file) as store:
        old = store.add_client(person(NAME))
        recent = store.add_client(person("RECENT, BOB"))
        later = datetime.now(UTC) + timedelta(days=40)
        # The recent client is touched 40 days from now; the old one is not.
        store.conn.execute(
            "UPDATE people SET updated_at = ? WHERE id = ?",
            (later.isoformat(timespec="seconds").replace("+00:00", "Z"), recent),
        )
        assert store.untouched_since(30, now=later + timedelta(days=1)) == [old]
        assert store.purge_untouched(30, now=later + timedelta(days=1)) == 1
        assert store.client_ids() == [recent]
        for needle in _needles(person(NAME)):
            assert needle not in _haystack(db_file)
        assert store.all_history()[-1].detail == "client purged (untouched for 30 days)"
        assert store.purge_untouched(30) == 0
