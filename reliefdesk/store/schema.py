"""The schema and its named migrations.

``PRAGMA user_version`` holds the schema version: the number of the last
migration applied. Opening a file runs the migrations it lacks, each in its
own transaction, after taking a backup (SQLite backup API) of a file that
already holds data. A file with a higher version than :data:`SCHEMA_VERSION`
was written by a newer reliefdesk and is refused, untouched.

Every table is STRICT (types are checked); foreign keys cascade from a
person to everything about them. ``history`` is append-only: triggers refuse
deletes and any update except the redaction that deleting a client does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3

from reliefdesk.store.backup import backup_connection
from reliefdesk.store.connection import APPLICATION_ID, Connection, transaction
from reliefdesk.store.errors import DamagedDatabase, NewerVersion
from reliefdesk.store.normalize import normalize_case_number, search_name


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[Connection], None]


def _script(conn: Connection, sql: str) -> None:
    """Run each statement of ``sql`` in the current transaction (executescript would commit)."""
    pending = ""
    for line in (sql.strip() + ";").splitlines(keepends=True):
        pending += line
        if sqlcipher3.complete_statement(pending):
            conn.execute(pending)
            pending = ""
    if pending.strip(" ;\n"):
        raise ValueError(f"incomplete SQL in a migration: {pending!r}")


_V1 = """
CREATE TABLE migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL,
    backup TEXT
) STRICT;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE people (
    id INTEGER PRIMARY KEY AUTOINCREMENT,  -- a deleted client's id is never given to another
    uid TEXT NOT NULL UNIQUE,
    jurisdiction TEXT NOT NULL,
    name TEXT,
    dob TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE TABLE records (
    person_id INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
    original_json TEXT NOT NULL,
    current_json TEXT,  -- NULL until the first edit: the current record is the original
    source_text TEXT
) STRICT;
CREATE TABLE aliases (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL
) STRICT;
CREATE INDEX aliases_person ON aliases(person_id);
CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    case_number TEXT,
    county TEXT,
    court TEXT,
    arrest_date TEXT,
    agency TEXT
) STRICT;
CREATE INDEX cases_person ON cases(person_id, position);
CREATE TABLE charges (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    statute TEXT,
    description TEXT,
    level TEXT,
    offense_class TEXT,
    offense_date TEXT,
    disposition TEXT NOT NULL,
    disposition_date TEXT
) STRICT;
CREATE INDEX charges_case ON charges(case_id, position);
CREATE TABLE history (
    id INTEGER PRIMARY KEY,
    person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    person_uid TEXT,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    before TEXT,
    after TEXT,
    actor TEXT,
    redacted INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX history_person ON history(person_id, id);
CREATE TRIGGER history_append_only_delete BEFORE DELETE ON history
BEGIN
    SELECT RAISE(ABORT, 'history is append-only');
END;
CREATE TRIGGER history_append_only_update BEFORE UPDATE ON history
WHEN NOT (
    OLD.redacted = 0 AND NEW.redacted = 1 AND NEW.id = OLD.id AND NEW.at = OLD.at
    AND NEW.action = OLD.action AND NEW.person_id IS NULL AND NEW.detail = ''
    AND NEW.before IS NULL AND NEW.after IS NULL
)
BEGIN
    SELECT RAISE(ABORT, 'history is append-only');
END
"""

_V2 = """
CREATE TABLE analyses (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    as_of TEXT NOT NULL,
    filing_date TEXT,
    jurisdiction TEXT,
    rules_version TEXT NOT NULL,
    analysis_json TEXT NOT NULL
) STRICT;
CREATE INDEX analyses_person ON analyses(person_id, id);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    path TEXT NOT NULL,
    rules_version TEXT
) STRICT;
CREATE INDEX documents_person ON documents(person_id, id)
"""

_V3 = """
ALTER TABLE people ADD COLUMN search_name TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN case_number_norm TEXT NOT NULL DEFAULT '';
CREATE INDEX people_search ON people(search_name);
CREATE INDEX people_dob ON people(dob);
CREATE INDEX people_updated ON people(updated_at);
CREATE INDEX cases_number ON cases(case_number_norm, person_id)
"""


def _v1(conn: Connection) -> None:
    _script(conn, _V1)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def _v2(conn: Connection) -> None:
    _script(conn, _V2)


def _v3(conn: Connection) -> None:
    _script(conn, _V3)
    # Fill the search columns of the people already stored.
    people = conn.execute("SELECT id, name FROM people").fetchall()
    aliases: dict[int, list[str]] = {}
    for person_id, alias in conn.execute("SELECT person_id, name FROM aliases ORDER BY person_id, position"):
        aliases.setdefault(person_id, []).append(alias)
    conn.executemany(
        "UPDATE people SET search_name = ? WHERE id = ?",
        [(search_name(name, aliases.get(pid, ())), pid) for pid, name in people],
    )
    conn.executemany(
        "UPDATE cases SET case_number_norm = ? WHERE id = ?",
        [
            (normalize_case_number(number), cid)
            for cid, number in conn.execute("SELECT id, case_number FROM cases").fetchall()
        ],
    )


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "0001_people_cases_charges_history", _v1),
    Migration(2, "0002_analyses_documents", _v2),
    Migration(3, "0003_search_columns", _v3),
)
SCHEMA_VERSION = MIGRATIONS[-1].version


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def backup_folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


def migrate(
    conn: Connection,
    db_path: Path,
    passphrase: str | None,
    encrypted: bool,
    target: int = SCHEMA_VERSION,
) -> list[str]:
    """Bring the open database up to ``target``; returns the names applied."""
    version = schema_version(conn)
    if version > SCHEMA_VERSION:
        raise NewerVersion(
            f"{db_path.name} was written by a newer reliefdesk (schema version {version}; this one "
            f"knows up to {SCHEMA_VERSION}): install the newer reliefdesk to open it"
        )
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if (version == 0 and tables) or (version > 0 and app_id != APPLICATION_ID):
        raise DamagedDatabase(f"{db_path} is an SQLite file but not a reliefdesk database: choose another file")
    applied: list[str] = []
    existing = version > 0  # a file made just now has nothing to back up
    for m in MIGRATIONS:
        if m.version <= version or m.version > target:
            continue
        backup: Path | None = None
        if existing:
            stamp = now_iso().replace(":", "")
            backup = backup_folder(db_path) / f"{db_path.stem}-before-{m.name}-{stamp}.sqlite"
            backup_connection(conn, backup, passphrase if encrypted else None)
        with transaction(conn, db_path, encrypted):
            m.apply(conn)
            conn.execute(f"PRAGMA user_version = {m.version}")
            conn.execute(
                "INSERT INTO migrations(version, name, applied_at, backup) VALUES (?, ?, ?, ?)",
                (m.version, m.name, now_iso(), str(backup) if backup else None),
            )
        version = m.version
        applied.append(m.name)
    return applied
