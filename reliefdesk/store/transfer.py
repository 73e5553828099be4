"""Moving clients between laptops: one export file, imported without duplicates.

The file is JSON (``reliefdesk.export/1``): per client the record as first
parsed and as edited, the source text, the whole history, the analyses and
the documents list. With a passphrase the JSON is sealed with AES-256-GCM
under a key derived with scrypt (``reliefdesk.export-encrypted/1``); the
header is authenticated too, so a changed byte anywhere is refused.

Each client carries the random ``uid`` it got when first stored; importing
skips a client whose uid (or whose identical original record) is already
here, so importing the same file twice adds nobody twice.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from reliefdesk.model import record_from_dict
from reliefdesk.store.errors import StoreError, UnknownClient, WrongPassphrase
from reliefdesk.store.repository import Store, dumps
from reliefdesk.store.schema import now_iso

EXPORT_SCHEMA = "reliefdesk.export/1"
SEALED_SCHEMA = "reliefdesk.export-encrypted/1"
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1


class ExportError(StoreError):
    """An export file that cannot be read."""


@dataclass(frozen=True)
class ImportSummary:
    imported: tuple[int, ...]
    skipped: tuple[int, ...]  # ids of the clients already here


def export_clients(store: Store, ids: Iterable[int]) -> dict[str, Any]:
    clients = []
    for client_id in ids:
        rows = store._query(
            "SELECT p.uid, p.created_at, p.updated_at, r.original_json,"
            " coalesce(r.current_json, r.original_json), r.source_text"
            " FROM people p JOIN records r ON r.person_id = p.id WHERE p.id = ?",
            (client_id,),
        )
        if not rows:
            raise UnknownClient(f"there is no client {client_id} in {store.path.name}")
        uid, created, updated, original, current, source_text = rows[0]
        history = [
            {"at": r[0], "action": r[1], "detail": r[2], "before": r[3], "after": r[4], "actor": r[5]}
            for r in store._query(
                "SELECT at, action, detail, before, after, actor FROM history WHERE person_id = ? ORDER BY id",
                (client_id,),
            )
        ]
        analyses = [
            {"at": r[0], "as_of": r[1], "filing_date": r[2], "jurisdiction": r[3], "rules_version": r[4],
             "analysis": json.loads(r[5])}
            for r in store._query(
                "SELECT at, as_of, filing_date, jurisdiction, rules_version, analysis_json FROM analyses"
                " WHERE person_id = ? ORDER BY id",
                (client_id,),
            )
        ]  # fmt: skip
        documents = [
            {"at": r[0], "kind": r[1], "path": r[2], "rules_version": r[3]}
            for r in store._query(
                "SELECT at, kind, path, rules_version FROM documents WHERE person_id = ? ORDER BY id",
                (client_id,),
            )
        ]
        clients.append(
            {
                "uid": uid,
                "created_at": created,
                "updated_at": updated,
                "original": json.loads(original),
                "current": json.loads(current),
                "source_text": source_text,
                "history": history,
                "analyses": analyses,
                "documents": documents,
            }
        )
    return {"schema": EXPORT_SCHEMA, "exported_at": now_iso(), "clients": clients}


def _find_existing(store: Store, client: Mapping[str, Any]) -> int | None:
    rows = store._query("SELECT id FROM people WHERE uid = ?", (client["uid"],))
    if rows:
        return int(rows[0][0])
    person = client["original"].get("person") or {}
    for (pid,) in store._query(
        "SELECT p.id FROM people p JOIN records r ON r.person_id = p.id"
        " WHERE p.name IS ? AND p.dob IS ? AND r.original_json = ?",
        (person.get("name"), person.get("dob"), dumps(client["original"])),
    ):
        return int(pid)
    return None


def _check(data: Any) -> list[dict[str, Any]]:
    if not isinstance(data, dict) or data.get("schema") != EXPORT_SCHEMA:
        raise ExportError("this is not a reliefdesk export file (reliefdesk db export writes them)")
    clients = data.get("clients")
    if not isinstance(clients, list) or not all(
        isinstance(c, dict) and isinstance(c.get("uid"), str) and isinstance(c.get("original"), dict)
        and isinstance(c.get("current"), dict)
        for c in clients
    ):  # fmt: skip
        raise ExportError("the export file is incomplete or damaged: export the clients again")
    return clients


def import_clients(store: Store, data: Any, actor: str | None = None) -> ImportSummary:
    """Add the clients of an export (one transaction); skip those already here."""
    clients = _check(data)
    for c in clients:  # refuse a bad record before anything is written
        record_from_dict(c["original"])
        record_from_dict(c["current"])
    imported: list[int] = []
    skipped: list[int] = []
    with store.tx() as conn:
        for c in clients:
            existing = _find_existing(store, c)
            if existing is not None:
                skipped.append(existing)
                continue
            pid = store.insert_person(
                conn, c["original"], c["current"], c.get("source_text"),
                uid=c["uid"], created_at=c.get("created_at"), updated_at=c.get("updated_at"),
            )  # fmt: skip
            for h in c.get("history") or ():
                store.append_history(
                    conn, pid, str(h.get("action") or "event"), str(h.get("detail") or ""),
                    h.get("before"), h.get("after"), h.get("actor"), h.get("at"), c["uid"],
                )  # fmt: skip
            for a in c.get("analyses") or ():
                conn.execute(
                    "INSERT INTO analyses(person_id, at, as_of, filing_date, jurisdiction, rules_version,"
                    " analysis_json) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (pid, a["at"], a["as_of"], a.get("filing_date"), a.get("jurisdiction"),
                     a["rules_version"], dumps(a["analysis"])),
                )  # fmt: skip
            for d in c.get("documents") or ():
                conn.execute(
                    "INSERT INTO documents(person_id, at, kind, path, rules_version) VALUES (?, ?, ?, ?, ?)",
                    (pid, d["at"], d["kind"], d["path"], d.get("rules_version")),
                )
            store.append_history(conn, pid, "transfer", "imported from an export file", actor=actor,
                                 person_uid=c["uid"])  # fmt: skip
            imported.append(pid)
    return ImportSummary(tuple(imported), tuple(skipped))


# ---------------------------------------------------------------------- sealing


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def seal(payload: bytes, passphrase: str) -> bytes:
    if not passphrase:
        raise StoreError("an encrypted export needs a passphrase")
    salt, nonce = os.urandom(16), os.urandom(12)
    header = {"schema": SEALED_SCHEMA, "kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
              "salt": _b64(salt), "nonce": _b64(nonce), "cipher": "AES-256-GCM"}  # fmt: skip
    aad = json.dumps(header, sort_keys=True).encode("utf-8")
    ciphertext = AESGCM(_key(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)).encrypt(nonce, payload, aad)
    return json.dumps({**header, "ciphertext": _b64(ciphertext)}).encode("utf-8")


def is_sealed(blob: bytes) -> bool:
    return blob.lstrip()[:1] == b"{" and SEALED_SCHEMA.encode() in blob[:400]


def unseal(blob: bytes, passphrase: str) -> bytes:
    try:
        outer = json.loads(blob)
        header = {k: v for k, v in outer.items() if k != "ciphertext"}
        if header.get("schema") != SEALED_SCHEMA or header.get("kdf") != "scrypt":
            raise ValueError("not sealed")
        salt = base64.b64decode(header["salt"])
        nonce = base64.b64decode(header["nonce"])
        ciphertext = base64.b64decode(outer["ciphertext"])
        n, r, p = int(header["n"]), int(header["r"]), int(header["p"])
        if not (2**10 <= n <= 2**20 and 1 <= r <= 32 and 1 <= p <= 16):
            raise ValueError("bad scrypt parameters")
    except (ValueError, KeyError, TypeError, AttributeError):
        raise ExportError("the encrypted export file is damaged: export the clients again") from None
    aad = json.dumps(header, sort_keys=True).encode("utf-8")
    try:
        plain: bytes = AESGCM(_key(passphrase, salt, n, r, p)).decrypt(nonce, ciphertext, aad)
    except InvalidTag:
        raise WrongPassphrase(
            "wrong passphrase for the export file (or the file was changed): try again"
        ) from None
    return plain


def encode_export(data: Mapping[str, Any], passphrase: str | None) -> bytes:
    payload = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    return seal(payload, passphrase) if passphrase else payload


def decode_export(blob: bytes, passphrase: str | None) -> Any:
    if is_sealed(blob):
        if not passphrase:
            raise WrongPassphrase("the export file is encrypted: give its passphrase")
        blob = unseal(blob, passphrase)
    try:
        return json.loads(blob.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ExportError("this is not a reliefdesk export file (reliefdesk db export writes them)") from None
