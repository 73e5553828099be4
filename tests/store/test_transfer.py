"""Export to one file, import on another laptop, without duplicates."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from reliefdesk.model import Analysis, Record
from reliefdesk.store import transfer
from reliefdesk.store.errors import WrongPassphrase
from reliefdesk.store.repository import Store


def _filled(path: Path, records: list[Record]) -> tuple[Store, list[int]]:
    store = Store(path)
    ids = [store.add_client(r, source_text=f"text {i}") for i, r in enumerate(records)]
    from dataclasses import replace

    store.save_record(ids[0], replace(records[0], cases=records[0].cases[1:]), actor="vol")
    store.save_analysis(ids[0], Analysis("IL", date(2026, 1, 1), date(2026, 2, 1), "IL-test"))
    store.add_document(ids[0], "/tmp/p.pdf", "petition", "IL-test")
    return store, ids


@pytest.mark.parametrize("passphrase", [None, "export secret"])
def test_round_trip_keeps_everything_and_makes_no_duplicates(
    tmp_path: Path, records: list[Record], passphrase: str | None
) -> None:
    a, ids = _filled(tmp_path / "a.sqlite", records)
    blob = transfer.encode_export(transfer.export_clients(a, ids[:2]), passphrase)
    if passphrase:
        assert transfer.is_sealed(blob)
        for r in records:
            assert r.person.name and r.person.name.encode() not in blob
    b = Store(tmp_path / "b.sqlite")
    b.add_client(records[2])
    summary = transfer.import_clients(b, transfer.decode_export(blob, passphrase))
    assert len(summary.imported) == 2 and summary.skipped == ()
    for src, dst in zip(ids[:2], summary.imported, strict=True):
        assert b.get_record(dst) == a.get_record(src)
        assert b.get_original_record(dst) == a.get_original_record(src)
        assert b.source_text(dst) == a.source_text(src)
        assert [h.action for h in b.history(dst)] == [h.action for h in a.history(src)] + ["transfer"]
    assert b.latest_analysis(summary.imported[0]) == a.latest_analysis(ids[0])
    assert [d.kind for d in b.list_documents(summary.imported[0])] == ["petition"]
    again = transfer.import_clients(b, transfer.decode_export(blob, passphrase))
    assert again.imported == () and again.skipped == summary.imported
    assert b.count_clients() == 3
    # The same rap sheet stored separately on both laptops is not duplicated either.
    c = transfer.import_clients(b, transfer.decode_export(transfer.encode_export(transfer.export_clients(a, ids[2:]), None), None))
    assert c.imported == () and len(c.skipped) == 1
    a.close()
    b.close()


def test_a_wrong_export_passphrase_is_refused(tmp_path: Path, records: list[Record]) -> None:
    a, ids = _filled(tmp_path / "a.sqlite", records)
    blob = transfer.encode_export(transfer.export_clients(a, ids), "right")
    with pytest.raises(WrongPassphrase, match="wrong passphrase"):
        transfer.decode_export(blob, "wrong")
    with pytest.raises(WrongPassphrase, match="encrypted"):
        transfer.decode_export(blob, None)
    tampered = json.loads(blob)
    tampered["n"] = 2**14
    with pytest.raises(WrongPassphrase):
        transfer.decode_export(json.dumps(tampered).encode(), "right")
    a.close()


def test_a_file_that_is_not_an_export_is_refused(tmp_path: Path) -> None:
    with Store(tmp_path / "b.sqlite") as b:
        with pytest.raises(transfer.ExportError, match="not a reliefdesk export"):
            transfer.import_clients(b, transfer.decode_export(b'{"schema": "something else"}', None))
        with pytest.raises(transfer.ExportError):
            transfer.decode_export(b"\x00\x01binary", None)
        assert b.count_clients() == 0
