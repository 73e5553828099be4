"""People, search, edits with history, analyses, documents, settings."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from reliefdesk.model import Analysis, Disposition, Record
from reliefdesk.store.errors import DatabaseLocked, UnknownClient
from reliefdesk.store.repository import Store
from tests.store.conftest import person


def test_a_record_comes_back_exactly(db_file: Path, records: list[Record]) -> None:
    with Store(db_file) as store:
        ids = [store.add_client(r, source_text="raw") for r in records]
    with Store(db_file) as store:
        assert [store.get_record(i) for i in ids] == records
        assert [store.get_original_record(i) for i in ids] == records
        assert store.source_text(ids[0]) == "raw"
        assert store.count_clients() == 3
        assert [h.action for h in store.history(ids[0])] == ["import"]


def test_search_by_name_alias_dob_and_case_number(db_file: Path, records: list[Record]) -> None:
    with Store(db_file) as store:
        ids = {r.person.name: store.add_client(r) for r in records}
        kowalski = ids["KOWALSKI, PETER J"]
        assert [c.id for c in store.list_clients("kowal")] == [kowalski]
        assert [c.id for c in store.list_clients("Peter Kowalski")] == [kowalski]
        assert [c.id for c in store.list_clients("1979-11-02")] == [kowalski]
        assert [c.id for c in store.list_clients("11/02/1979")] == [kowalski]
        assert [c.id for c in store.list_clients("08cr0561201")] == [kowalski]
        assert [c.id for c in store.list_clients("08 CR 05612")] == [kowalski]
        assert store.list_clients("nobody at all") == []
        assert len(store.list_clients("")) == 3
        summary = store.list_clients("kowalski")[0]
        assert summary.dob == date(1979, 11, 2) and "08CR0561201" in summary.case_numbers
        alias_owner = next(r for r in records if r.person.aliases)
        alias = alias_owner.person.aliases[0]
        assert ids[alias_owner.person.name] in [c.id for c in store.list_clients(alias)]
        assert len(store.list_clients("", limit=2)) == 2


def test_save_records_each_change_and_keeps_the_original(db_file: Path, records: list[Record]) -> None:
    record = records[0]
    with Store(db_file) as store:
        pid = store.add_client(record)
        case0 = record.cases[0]
        edited_charge = replace(case0.charges[0], disposition=Disposition.ACQUITTED)
        new = replace(record, cases=(replace(case0, charges=(edited_charge, *case0.charges[1:])), *record.cases[2:]))
        store.save_record(pid, new, actor="Ana")
        store.save_record(pid, new, actor="Ana")  # no change: no history
        assert store.get_record(pid) == new
        assert store.get_original_record(pid) == record
        entries = store.history(pid)
        assert [e.action for e in entries] == ["import", "edit", "delete_case"]
        edit = entries[1]
        assert edit.detail == "cases[0].charges[0].disposition"
        assert (edit.before, edit.after, edit.actor) == (case0.charges[0].disposition.value, "acquitted", "Ana")
        assert entries[2].detail == "cases[1]" and entries[2].after is None
        fields = store.edited_fields(pid)
        assert fields["cases[0].charges[0].disposition"] == (case0.charges[0].disposition.value, "acquitted")
        assert "cases[1]" in fields
        # The search rows follow the edit.
        gone = record.cases[1].case_number
        assert gone and store.list_clients(gone) == []


def test_adding_cases_and_charges_is_recorded(db_file: Path) -> None:
    record = person("ADDER, ANN", cases=1)
    with Store(db_file) as store:
        pid = store.add_client(record)
        more = replace(record.cases[0], case_number="99CR1", charges=record.cases[0].charges * 2)
        case0 = replace(record.cases[0], charges=record.cases[0].charges + (replace(record.cases[0].charges[0], statute="X"),))
        store.save_record(pid, replace(record, cases=(case0, more)))
        actions = [(e.action, e.detail) for e in store.history(pid)[1:]]
        assert ("add_charge", "cases[0].charges[1]") in actions
        assert ("add_case", "cases[1]") in actions


def test_analyses_documents_events_and_settings(db_file: Path, records: list[Record]) -> None:
    with Store(db_file) as store:
        pid = store.add_client(records[0])
        assert store.latest_analysis(pid) is None
        analysis = Analysis("IL", date(2026, 3, 1), date(2026, 4, 1), "IL-2026.1")
        store.save_analysis(pid, analysis)
        assert store.latest_analysis(pid) == analysis.to_dict()
        doc = store.add_document(pid, Path("/out/petition.pdf"), "petition", "IL-2026.1")
        assert [(d.id, d.kind, d.path) for d in store.list_documents(pid)] == [(doc, "petition", "/out/petition.pdf")]
        store.record_event(pid, "printed", "petition packet")
        assert [e.action for e in store.history(pid)] == ["import", "analysis", "document", "printed"]
        assert store.history(pid)[1].detail == "rules IL-2026.1, as of 2026-03-01"
        settings = store.get_settings()
        assert settings["lock_minutes"] == "15"
        store.set_settings({"clinic_name": "Northside Legal Aid", "lock_minutes": "5"})
    with Store(db_file) as store:
        assert store.get_settings()["clinic_name"] == "Northside Legal Aid"
        assert store.get_settings()["lock_minutes"] == "5"


def test_unknown_client(db_file: Path) -> None:
    with Store(db_file) as store:
        for call in (store.get_record, store.history, store.latest_analysis, store.list_documents, store.delete_client):
            with pytest.raises(UnknownClient, match="no client 42"):
                call(42)


def test_a_failed_action_leaves_nothing_half_done(db_file: Path, records: list[Record]) -> None:
    with Store(db_file) as store:
        bad = [records[0], "not a record"]
        with pytest.raises(AttributeError):
            store.add_clients(bad)  # type: ignore[list-item]
        assert store.count_clients() == 0
        assert store.all_history() == []


def test_a_second_writer_gets_database_locked(db_file: Path, records: list[Record]) -> None:
    from reliefdesk.store import connection

    with Store(db_file) as store:
        other = connection.raw_connect(db_file, None)
        other.execute("PRAGMA busy_timeout = 0")
        store.conn.execute("PRAGMA busy_timeout = 50")
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(DatabaseLocked, match="another copy"):
                store.add_client(records[0])
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert store.add_client(records[0]) == 1
