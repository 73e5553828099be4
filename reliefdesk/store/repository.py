"""The client store: people, their records, history, analyses, documents, settings.

Each public method that writes is one transaction (one user action): it all
lands, or none of it does. Each person keeps the record JSON as first parsed
(``original_json``) beside the edited one (``current_json``), so nothing is
ever lost; the people / aliases / cases / charges rows are the normalized
copy of the current record that search reads.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlite_utils

from reliefdesk.model import Analysis, Record, record_from_dict, record_to_dict
from reliefdesk.store import connection as _conn
from reliefdesk.store.backup import backup_connection, fsync_dir, fsync_file, remove_database_files
from reliefdesk.store.diff import record_changes
from reliefdesk.store.errors import NoDatabase, StoreError, UnknownClient, translate
from reliefdesk.store.normalize import (
    normalize_case_number,
    normalize_name,
    parse_date_query,
    search_name,
)
from reliefdesk.store.schema import SCHEMA_VERSION, migrate, now_iso, schema_version

#: Settings every database has, with their defaults (the GUI's preferences).
DEFAULT_SETTINGS: dict[str, str] = {
    "clinic_name": "",
    "clinic_address": "",
    "volunteer_name": "",
    "default_county": "",
    "default_filing_date": "",
    "lock_minutes": "15",
    "auto_purge_days": "",
}


@dataclass(frozen=True)
class ClientSummary:
    id: int
    name: str | None
    dob: date | None
    case_numbers: tuple[str, ...]
    updated_at: str


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    at: str
    action: str
    detail: str
    before: str | None
    after: str | None
    actor: str | None


@dataclass(frozen=True)
class DocumentEntry:
    id: int
    at: str
    kind: str
    path: str
    rules_version: str | None


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _date_or_none(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


class Store:
    """One open database file."""

    def __init__(self, path: Path | str, passphrase: str | None = None, create: bool = True) -> None:
        self.path = Path(path)
        if not create and _conn.file_is_new(self.path):
            raise NoDatabase(f"there is no database at {self.path}: create it with `reliefdesk db init`")
        self._cleanup_leftovers()
        self._passphrase = passphrase
        self._lock = threading.RLock()
        conn, self.encrypted = _conn.connect(self.path, passphrase, create)
        self.conn: _conn.Connection = conn
        try:
            self.migrations_applied = migrate(conn, self.path, passphrase, self.encrypted)
        except BaseException:
            conn.close()
            raise
        self.db = sqlite_utils.Database(conn)
        self._closed = False

    # ------------------------------------------------------------------ basics

    def _cleanup_leftovers(self) -> None:
        """Remove what an interrupted re-key or backup left beside the file."""
        for suffix in (".rekey", ".restore"):
            with contextlib.suppress(FileNotFoundError):
                self.path.with_name(self.path.name + suffix).unlink()

    @property
    def passphrase(self) -> str | None:
        return self._passphrase if self.encrypted else None

    def close(self) -> None:
        with self._lock:
            if not self._closed:
                self._closed = True
                self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def tx(self) -> Iterator[_conn.Connection]:
        with self._lock, _conn.transaction(self.conn, self.path, self.encrypted) as c:
            yield c

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            try:
                rows: list[tuple[Any, ...]] = self.conn.execute(sql, params).fetchall()
            except _conn.DatabaseError as exc:
                new = translate(exc, self.path, self.encrypted)
                if new is exc:
                    raise
                raise new from None
            return rows

    def schema_version(self) -> int:
        with self._lock:
            return schema_version(self.conn)

    def checkpoint(self) -> None:
        with self._lock:
            _conn.checkpoint(self.conn)

    def _exists(self, client_id: int) -> None:
        if not self._query("SELECT 1 FROM people WHERE id = ?", (client_id,)):
            raise UnknownClient(f"there is no client {client_id} in {self.path.name}")

    def append_history(
        self,
        c: _conn.Connection,
        person_id: int | None,
        action: str,
        detail: str = "",
        before: str | None = None,
        after: str | None = None,
        actor: str | None = None,
        at: str | None = None,
        person_uid: str | None = None,
    ) -> None:
        if person_uid is None and person_id is not None:
            row = c.execute("SELECT uid FROM people WHERE id = ?", (person_id,)).fetchone()
            person_uid = row[0] if row else None
        c.execute(
            "INSERT INTO history(person_id, person_uid, at, action, detail, before, after, actor)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (person_id, person_uid, at or now_iso(), action, detail, before, after, actor),
        )

    def _touch(self, c: _conn.Connection, person_id: int, at: str) -> None:
        c.execute("UPDATE people SET updated_at = ? WHERE id = ?", (at, person_id))

    # ------------------------------------------------------------------ writing people

    def _write_rows(self, c: _conn.Connection, person_id: int, data: Mapping[str, Any]) -> None:
        """The normalized rows (aliases, cases, charges) of a current record."""
        person = data.get("person") or {}
        aliases = [a for a in person.get("aliases") or () if isinstance(a, str)]
        if aliases:
            c.executemany(
                "INSERT INTO aliases(person_id, position, name) VALUES (?, ?, ?)",
                [(person_id, i, a) for i, a in enumerate(aliases)],
            )
        charges: list[tuple[Any, ...]] = []
        for i, case in enumerate(data.get("cases") or ()):
            number = case.get("case_number")
            cur = c.execute(
                "INSERT INTO cases(person_id, position, case_number, case_number_norm, county, court,"
                " arrest_date, agency) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    person_id, i, number, normalize_case_number(number), case.get("county"),
                    case.get("court"), case.get("arrest_date"), case.get("agency"),
                ),
            )  # fmt: skip
            case_id = cur.lastrowid
            charges.extend(_charge_row(case_id, j, ch) for j, ch in enumerate(case.get("charges") or ()))
        if charges:
            c.executemany(_CHARGE_INSERT, charges)

    def insert_person(
        self,
        c: _conn.Connection,
        original: Mapping[str, Any],
        current: Mapping[str, Any],
        source_text: str | None,
        uid: str | None = None,
        created_at: str | None = None,
        updated_at: str | None = None,
    ) -> int:
        person = current.get("person") or {}
        at = now_iso()
        cur = c.execute(
            "INSERT INTO people(uid, jurisdiction, name, dob, search_name, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                uid or str(uuid.uuid4()),
                current.get("jurisdiction") or "IL",
                person.get("name"),
                person.get("dob"),
                search_name(person.get("name"), [a for a in person.get("aliases") or () if isinstance(a, str)]),
                created_at or at,
                updated_at or at,
            ),
        )
        person_id = int(cur.lastrowid)
        original_json = dumps(original)
        current_json = None if current is original else dumps(current)
        if current_json == original_json:
            current_json = None
        c.execute(
            "INSERT INTO records(person_id, original_json, current_json, source_text) VALUES (?, ?, ?, ?)",
            (person_id, original_json, current_json, source_text),
        )
        self._write_rows(c, person_id, current)
        return person_id

    def add_client(self, record: Record, source_text: str | None = None, actor: str | None = None) -> int:
        with self.tx() as c:
            return self._bulk_insert(c, [record], iter([source_text]), actor)[0]

    def add_clients(
        self,
        records: Iterable[Record],
        actor: str | None = None,
        source_texts: Iterable[str | None] | None = None,
    ) -> list[int]:
        """Store many people in one transaction (a bulk import is one user action)."""
        texts = iter(source_texts) if source_texts is not None else None
        with self.tx() as c:
            return self._bulk_insert(c, records, texts, actor)

    def _bulk_insert(
        self,
        c: _conn.Connection,
        records: Iterable[Record],
        texts: Iterator[str | None] | None,
        actor: str | None,
    ) -> list[int]:
        """The rows of many people, written with one executemany per table (ids assigned here,
        safe because the transaction holds the write lock)."""
        seq = c.execute("SELECT seq FROM sqlite_sequence WHERE name = 'people'").fetchone()
        top = c.execute("SELECT coalesce(max(id), 0) FROM people").fetchone()[0]
        person_id = max(int(seq[0]) if seq else 0, int(top))
        case_id = int(c.execute("SELECT coalesce(max(id), 0) FROM cases").fetchone()[0])
        at = now_iso()
        people: list[tuple[Any, ...]] = []
        recs: list[tuple[Any, ...]] = []
        aliases: list[tuple[Any, ...]] = []
        cases: list[tuple[Any, ...]] = []
        charges: list[tuple[Any, ...]] = []
        history: list[tuple[Any, ...]] = []
        ids: list[int] = []
        for record in records:
            data = record_to_dict(record)
            person_id += 1
            uid = str(uuid.uuid4())
            person = data.get("person") or {}
            names = [a for a in person.get("aliases") or () if isinstance(a, str)]
            people.append(
                (person_id, uid, data.get("jurisdiction") or "IL", person.get("name"), person.get("dob"),
                 search_name(person.get("name"), names), at, at)
            )  # fmt: skip
            recs.append((person_id, dumps(data), next(texts, None) if texts is not None else None))
            aliases.extend((person_id, i, a) for i, a in enumerate(names))
            for i, case in enumerate(data.get("cases") or ()):
                case_id += 1
                number = case.get("case_number")
                cases.append(
                    (case_id, person_id, i, number, normalize_case_number(number), case.get("county"),
                     case.get("court"), case.get("arrest_date"), case.get("agency"))
                )  # fmt: skip
                charges.extend(_charge_row(case_id, j, ch) for j, ch in enumerate(case.get("charges") or ()))
            history.append((person_id, uid, at, "import", _import_detail(data), actor))
            ids.append(person_id)
        c.executemany(
            "INSERT INTO people(id, uid, jurisdiction, name, dob, search_name, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            people,
        )
        c.executemany("INSERT INTO records(person_id, original_json, source_text) VALUES (?, ?, ?)", recs)
        c.executemany("INSERT INTO aliases(person_id, position, name) VALUES (?, ?, ?)", aliases)
        c.executemany(
            "INSERT INTO cases(id, person_id, position, case_number, case_number_norm, county, court,"
            " arrest_date, agency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            cases,
        )
        c.executemany(_CHARGE_INSERT, charges)
        c.executemany(
            "INSERT INTO history(person_id, person_uid, at, action, detail, actor) VALUES (?, ?, ?, ?, ?, ?)",
            history,
        )
        return ids

    def _json(self, client_id: int, column: str) -> dict[str, Any]:
        if column == "current_json":
            column = "coalesce(current_json, original_json)"
        rows = self._query(f"SELECT {column} FROM records WHERE person_id = ?", (client_id,))
        if not rows:
            raise UnknownClient(f"there is no client {client_id} in {self.path.name}")
        data: dict[str, Any] = json.loads(rows[0][0])
        return data

    def get_record(self, client_id: int) -> Record:
        return record_from_dict(self._json(client_id, "current_json"))

    def get_original_record(self, client_id: int) -> Record:
        return record_from_dict(self._json(client_id, "original_json"))

    def source_text(self, client_id: int) -> str | None:
        self._exists(client_id)
        rows = self._query("SELECT source_text FROM records WHERE person_id = ?", (client_id,))
        value: str | None = rows[0][0] if rows else None
        return value

    def edited_fields(self, client_id: int) -> dict[str, tuple[str | None, str | None]]:
        original = self._json(client_id, "original_json")
        current = self._json(client_id, "current_json")
        return {ch.path: (ch.before, ch.after) for ch in record_changes(original, current)}

    def save_record(self, client_id: int, record: Record, actor: str | None = None) -> None:
        new = record_to_dict(record)
        with self.tx() as c:
            row = c.execute(
                "SELECT coalesce(current_json, original_json), original_json FROM records WHERE person_id = ?",
                (client_id,),
            ).fetchone()
            if row is None:
                raise UnknownClient(f"there is no client {client_id} in {self.path.name}")
            old = json.loads(row[0])
            changes = record_changes(old, new)
            if not changes:
                return
            at = now_iso()
            person = new.get("person") or {}
            new_json = dumps(new)
            c.execute(
                "UPDATE records SET current_json = ? WHERE person_id = ?",
                (None if new_json == row[1] else new_json, client_id),
            )
            c.execute(
                "UPDATE people SET jurisdiction = ?, name = ?, dob = ?, search_name = ?, updated_at = ?"
                " WHERE id = ?",
                (
                    new.get("jurisdiction") or "IL",
                    person.get("name"),
                    person.get("dob"),
                    search_name(person.get("name"), [a for a in person.get("aliases") or () if isinstance(a, str)]),
                    at,
                    client_id,
                ),
            )
            c.execute("DELETE FROM aliases WHERE person_id = ?", (client_id,))
            c.execute("DELETE FROM cases WHERE person_id = ?", (client_id,))
            self._write_rows(c, client_id, new)
            for ch in changes:
                self.append_history(c, client_id, ch.action, ch.path, ch.before, ch.after, actor, at)

    def delete_client(self, client_id: int, actor: str | None = None, reason: str = "deleted") -> None:
        """Delete a person for good; their history rows stay, emptied of personal data."""
        with self.tx() as c:
            self._delete(c, client_id, actor, reason)
        self.checkpoint()

    def _delete(self, c: _conn.Connection, client_id: int, actor: str | None, reason: str) -> None:
        row = c.execute("SELECT uid FROM people WHERE id = ?", (client_id,)).fetchone()
        if row is None:
            raise UnknownClient(f"there is no client {client_id} in {self.path.name}")
        c.execute(
            "UPDATE history SET redacted = 1, person_id = NULL, detail = '', before = NULL, after = NULL"
            " WHERE person_id = ?",
            (client_id,),
        )
        c.execute("DELETE FROM people WHERE id = ?", (client_id,))
        self.append_history(c, None, "delete", f"client {reason}", actor=actor, person_uid=row[0])

    def untouched_since(self, days: int, now: datetime | None = None) -> list[int]:
        cutoff = ((now or datetime.now(UTC)) - timedelta(days=days)).isoformat(timespec="seconds")
        cutoff = cutoff.replace("+00:00", "Z")
        return [int(r[0]) for r in self._query("SELECT id FROM people WHERE updated_at < ? ORDER BY id", (cutoff,))]

    def purge_untouched(self, days: int, now: datetime | None = None, actor: str | None = None) -> int:
        """Delete every client untouched for more than ``days`` days; returns how many."""
        if days < 1:
            raise StoreError("the purge age must be at least 1 day")
        ids = self.untouched_since(days, now)
        if ids:
            with self.tx() as c:
                for client_id in ids:
                    self._delete(c, client_id, actor, f"purged (untouched for {days} days)")
            self.checkpoint()
        return len(ids)

    # ------------------------------------------------------------------ reading people

    def count_clients(self) -> int:
        return int(self._query("SELECT count(*) FROM people")[0][0])

    def client_ids(self) -> list[int]:
        return [int(r[0]) for r in self._query("SELECT id FROM people ORDER BY id")]

    def list_clients(self, query: str = "", limit: int = 500) -> list[ClientSummary]:
        q = query.strip()
        cols = "SELECT id, name, dob, updated_at FROM people"
        if not q:
            rows = self._query(f"{cols} ORDER BY updated_at DESC, id DESC LIMIT ?", (limit,))
        elif (day := parse_date_query(q)) is not None:
            rows = self._query(f"{cols} WHERE dob = ? ORDER BY search_name, id LIMIT ?", (day.isoformat(), limit))
        else:
            tokens = normalize_name(q).split()
            number = normalize_case_number(q)
            where: list[str] = []
            params: list[Any] = []
            if tokens:
                where.append("(" + " AND ".join("search_name LIKE ?" for _ in tokens) + ")")
                params += [f"%{t}%" for t in tokens]
            if number and any(ch.isdigit() for ch in number):
                where.append("id IN (SELECT person_id FROM cases WHERE case_number_norm LIKE ?)")
                params.append(f"%{number}%")
            if not where:
                return []
            rows = self._query(
                f"{cols} WHERE {' OR '.join(where)} ORDER BY search_name, id LIMIT ?", (*params, limit)
            )
        numbers: dict[int, list[str]] = {}
        ids = [int(r[0]) for r in rows]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for pid, number in self._query(
                f"SELECT person_id, case_number FROM cases WHERE person_id IN ({marks})"
                " AND case_number IS NOT NULL ORDER BY person_id, position",
                chunk,
            ):
                numbers.setdefault(int(pid), []).append(number)
        return [
            ClientSummary(int(r[0]), r[1], _date_or_none(r[2]), tuple(numbers.get(int(r[0]), ())), r[3])
            for r in rows
        ]

    def history(self, client_id: int) -> list[HistoryEntry]:
        self._exists(client_id)
        return [
            HistoryEntry(int(r[0]), r[1], r[2], r[3], r[4], r[5], r[6])
            for r in self._query(
                "SELECT id, at, action, detail, before, after, actor FROM history WHERE person_id = ? ORDER BY id",
                (client_id,),
            )
        ]

    def all_history(self) -> list[HistoryEntry]:
        return [
            HistoryEntry(int(r[0]), r[1], r[2], r[3], r[4], r[5], r[6])
            for r in self._query("SELECT id, at, action, detail, before, after, actor FROM history ORDER BY id")
        ]

    # ------------------------------------------------------------------ analyses, documents, events

    def save_analysis(self, client_id: int, analysis: Analysis, actor: str | None = None) -> int:
        data = analysis.to_dict()
        with self.tx() as c:
            self._exists(client_id)
            at = now_iso()
            cur = c.execute(
                "INSERT INTO analyses(person_id, at, as_of, filing_date, jurisdiction, rules_version, analysis_json)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    client_id, at, analysis.as_of.isoformat(), analysis.filing_date.isoformat(),
                    analysis.jurisdiction, analysis.rules_version, dumps(data),
                ),
            )  # fmt: skip
            self.append_history(
                c, client_id, "analysis",
                f"rules {analysis.rules_version}, as of {analysis.as_of.isoformat()}", actor=actor, at=at,
            )  # fmt: skip
            self._touch(c, client_id, at)
            return int(cur.lastrowid)

    def latest_analysis(self, client_id: int) -> dict[str, Any] | None:
        self._exists(client_id)
        rows = self._query(
            "SELECT analysis_json FROM analyses WHERE person_id = ? ORDER BY id DESC LIMIT 1", (client_id,)
        )
        if not rows:
            return None
        data: dict[str, Any] = json.loads(rows[0][0])
        return data

    def add_document(
        self, client_id: int, path: Path | str, kind: str, rules_version: str | None, actor: str | None = None
    ) -> int:
        with self.tx() as c:
            self._exists(client_id)
            at = now_iso()
            cur = c.execute(
                "INSERT INTO documents(person_id, at, kind, path, rules_version) VALUES (?, ?, ?, ?, ?)",
                (client_id, at, kind, str(path), rules_version),
            )
            self.append_history(c, client_id, "document", f"{kind}: {path}", actor=actor, at=at)
            self._touch(c, client_id, at)
            return int(cur.lastrowid)

    def list_documents(self, client_id: int) -> list[DocumentEntry]:
        self._exists(client_id)
        return [
            DocumentEntry(int(r[0]), r[1], r[2], r[3], r[4])
            for r in self._query(
                "SELECT id, at, kind, path, rules_version FROM documents WHERE person_id = ? ORDER BY id",
                (client_id,),
            )
        ]

    def record_event(self, client_id: int, action: str, detail: str, actor: str | None = None) -> None:
        with self.tx() as c:
            self._exists(client_id)
            at = now_iso()
            self.append_history(c, client_id, action, detail, actor=actor, at=at)
            self._touch(c, client_id, at)

    # ------------------------------------------------------------------ settings

    def get_settings(self) -> dict[str, str]:
        values = dict(DEFAULT_SETTINGS)
        values.update({str(k): str(v) for k, v in self._query("SELECT key, value FROM settings")})
        return values

    def set_settings(self, values: Mapping[str, str], actor: str | None = None) -> None:
        with self.tx() as c:
            for key, value in values.items():
                if not isinstance(key, str) or not isinstance(value, str):
                    raise StoreError(f"setting {key!r} must be text")
                old = c.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
                if old is not None and old[0] == value:
                    continue
                c.execute(
                    "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (key, value),
                )
                self.append_history(c, None, "settings", key, old[0] if old else None, value, actor)

    # ------------------------------------------------------------------ whole file

    def backup(self, out: Path | str) -> Path:
        out = Path(out)
        if out.resolve() == self.path.resolve():
            raise StoreError("the backup must go to another file than the database itself")
        with self._lock:
            return backup_connection(self.conn, out, self.passphrase)

    def integrity_problems(self) -> list[str]:
        """What PRAGMA integrity_check (and SQLCipher's page check) and the key check find."""
        problems: list[str] = []
        rows = self._query("PRAGMA integrity_check")
        problems += [str(r[0]) for r in rows if str(r[0]) != "ok"]
        if self.encrypted:
            problems += [str(r[0]) for r in self._query("PRAGMA cipher_integrity_check")]
        problems += [f"foreign key: {r}" for r in self._query("PRAGMA foreign_key_check")]
        if self.schema_version() != SCHEMA_VERSION:
            problems.append(f"schema version {self.schema_version()} (expected {SCHEMA_VERSION})")
        return problems

    def verify_passphrase(self, passphrase: str) -> bool:
        """Does ``passphrase`` open this file? (Always true for a file without one.)"""
        if not self.encrypted:
            return True
        return _conn.verify_key(self.path, passphrase)

    def set_passphrase(self, new: str | None) -> None:
        """Re-key the file: encrypt it, change its passphrase, or (``None``) decrypt it.

        The re-keyed copy is written beside the file (sqlcipher_export), made
        durable, then renamed over it: a crash leaves the old file or the new
        one, never half of each. Close other copies of reliefdesk first.
        """
        new = new or None
        was_encrypted = self.encrypted
        with self._lock:
            part = self.path.with_name(self.path.name + ".rekey")
            remove_database_files(part)
            version = schema_version(self.conn)
            app_id = int(self.conn.execute("PRAGMA application_id").fetchone()[0])
            try:
                _conn.checkpoint(self.conn)
                self.conn.execute("ATTACH DATABASE ? AS rekey KEY ?", (str(part), new or ""))
                try:
                    self.conn.execute("SELECT sqlcipher_export('rekey')").fetchall()
                    self.conn.execute(f"PRAGMA rekey.user_version = {version}")
                    self.conn.execute(f"PRAGMA rekey.application_id = {app_id}")
                finally:
                    self.conn.execute("DETACH DATABASE rekey")
            except _conn.DatabaseError as exc:
                remove_database_files(part)
                new_exc = translate(exc, self.path, self.encrypted)
                if new_exc is exc:
                    raise
                raise new_exc from None
            fsync_file(part)
            self.conn.close()
            self._closed = True
            for companion in ("-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    self.path.with_name(self.path.name + companion).unlink()
            os.replace(part, self.path)
            remove_database_files(part)
            fsync_dir(self.path.parent)
            self._passphrase = new
            self.conn, self.encrypted = _conn.connect(self.path, new)
            self.db = sqlite_utils.Database(self.conn)
            self._closed = False
            change = "removed" if new is None else ("changed" if was_encrypted else "set")
            with self.tx() as c:
                self.append_history(c, None, "passphrase", f"passphrase {change}")


_CHARGE_INSERT = (
    "INSERT INTO charges(case_id, position, statute, description, level, offense_class,"
    " offense_date, disposition, disposition_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _charge_row(case_id: int, position: int, ch: Mapping[str, Any]) -> tuple[Any, ...]:
    return (
        case_id, position, ch.get("statute"), ch.get("description"), ch.get("level"), ch.get("class"),
        ch.get("offense_date"), ch.get("disposition") or "unknown", ch.get("disposition_date"),
    )  # fmt: skip


def _import_detail(data: Mapping[str, Any]) -> str:
    source = data.get("source") or {}
    fmt = source.get("format") or "record"
    cases = len(data.get("cases") or ())
    return f"{fmt}, {cases} case{'s' if cases != 1 else ''}"
