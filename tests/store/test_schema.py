"""The schema: STRICT tables, foreign keys, durability settings, migrations, newer files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reliefdesk.store import connection
from reliefdesk.store.errors import DamagedDatabase, NewerVersion
from reliefdesk.store.repository import Store
from reliefdesk.store.schema import MIGRATIONS, SCHEMA_VERSION, migrate
from tests.store.conftest import demo_records


def test_a_new_database_has_the_current_schema_and_durable_settings(db_file: Path) -> None:
    with Store(db_file) as store:
        conn = store.conn
        assert store.schema_version() == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
        names = [r[0] for r in conn.execute("SELECT name FROM migrations ORDER BY version")]
        assert names == [m.name for m in MIGRATIONS]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"people", "aliases", "cases", "charges", "records", "analyses", "documents", "settings",
                "history", "migrations"} <= tables  # fmt: skip
        for table in tables - {"sqlite_sequence"}:  # AUTOINCREMENT's own table: ids are never reused
            strict = conn.execute("SELECT strict FROM pragma_table_list WHERE name = ?", (table,)).fetchone()[0]
            assert strict == 1, f"{table} is not STRICT"


def test_strict_tables_refuse_wrong_types(db_file: Path) -> None:
    with Store(db_file) as store, pytest.raises(connection.DatabaseError):
        store.conn.execute(
            "INSERT INTO people(uid, jurisdiction, created_at, updated_at) VALUES ('x', 'IL', x'00ff', 'now')"
        )


def test_foreign_keys_cascade_from_a_person(db_file: Path) -> None:
    with Store(db_file) as store:
        pid = store.add_client(demo_records()[0])
        with pytest.raises(connection.DatabaseError):  # a case for nobody
            store.conn.execute("INSERT INTO cases(person_id, position) VALUES (9999, 0)")
        store.delete_client(pid)
        for table in ("cases", "charges", "aliases", "records"):
            assert store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0


def test_history_is_append_only(db_file: Path) -> None:
    with Store(db_file) as store:
        pid = store.add_client(demo_records()[0])
        with pytest.raises(connection.DatabaseError, match="append-only"):
            store.conn.execute("DELETE FROM history")
        with pytest.raises(connection.DatabaseError, match="append-only"):
            store.conn.execute("UPDATE history SET action = 'forged'")
        assert [h.action for h in store.history(pid)] == ["import"]


def _fill_at(conn: connection.Connection, version: int) -> None:
    """Data a user of schema ``version`` would have had (written with that version's SQL)."""
    conn.execute(
        "INSERT INTO people(id, uid, jurisdiction, name, dob, created_at, updated_at)"
        " VALUES (1, 'u-1', 'IL', 'WASHINGTON, DENISE', '1990-01-02', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')"
    )
    record = demo_records()[0]
    from reliefdesk.model import record_to_json

    text = record_to_json(record, indent=None)
    conn.execute("INSERT INTO records(person_id, original_json, current_json) VALUES (1, ?, ?)", (text, text))
    conn.execute("INSERT INTO aliases(person_id, position, name) VALUES (1, 0, 'WASHINGTON, DEE')")
    conn.execute("INSERT INTO cases(id, person_id, position, case_number) VALUES (1, 1, 0, '09 CR-1234')")
    conn.execute(
        "INSERT INTO charges(case_id, position, statute, disposition) VALUES (1, 0, '720 ILCS 5/16-1', 'dismissed')"
    )
    conn.execute(
        "INSERT INTO history(person_id, person_uid, at, action) VALUES (1, 'u-1', '2025-01-01T00:00:00Z', 'import')"
    )
    if version >= 2:
        conn.execute(
            "INSERT INTO analyses(person_id, at, as_of, rules_version, analysis_json)"
            " VALUES (1, '2025-01-02T00:00:00Z', '2025-01-02', 'IL-x', '{\"schema\": \"reliefdesk.analysis/1\"}')"
        )


@pytest.mark.parametrize("version", [m.version for m in MIGRATIONS[:-1]])
def test_migrates_from_every_earlier_version(tmp_path: Path, version: int) -> None:
    db_file = tmp_path / "old.sqlite"
    conn, _ = connection.connect(db_file, None)
    migrate(conn, db_file, None, False, target=version)
    with connection.transaction(conn, db_file):
        _fill_at(conn, version)
    conn.close()

    with Store(db_file) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.migrations_applied == [m.name for m in MIGRATIONS if m.version > version]
        assert store.count_clients() == 1
        assert store.get_record(1).person.name == demo_records()[0].person.name
        assert [c.id for c in store.list_clients("washington dee")] == [1]  # alias, via the search columns
        assert [c.id for c in store.list_clients("09cr1234")] == [1]
        assert [h.action for h in store.history(1)] == ["import"]
        assert store.integrity_problems() == []
        if version >= 2:
            assert store.latest_analysis(1) == {"schema": "reliefdesk.analysis/1"}
    backups = sorted((tmp_path / "backups").glob("old-before-*.sqlite"))
    assert len(backups) == SCHEMA_VERSION - version  # one backup before each migration
    first = sqlite3.connect(backups[0])
    assert first.execute("PRAGMA user_version").fetchone()[0] == version
    assert first.execute("SELECT name FROM people").fetchall() == [("WASHINGTON, DENISE",)]
    first.close()


def test_a_file_from_a_newer_version_is_refused_and_left_alone(db_file: Path) -> None:
    with Store(db_file) as store:
        store.add_client(demo_records()[0])
        store.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        store.checkpoint()
    before = db_file.read_bytes()
    with pytest.raises(NewerVersion, match="newer reliefdesk") as info:
        Store(db_file)
    assert "\n" not in str(info.value)
    assert db_file.read_bytes() == before


def test_an_sqlite_file_of_another_program_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE songs(title TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(DamagedDatabase, match="not a reliefdesk database"):
        Store(other)


def test_a_text_file_is_not_a_database(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("shopping list\n")
    with pytest.raises(DamagedDatabase):
        Store(bogus)
