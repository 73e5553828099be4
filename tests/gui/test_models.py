"""The item models: Qt's model tester, edits, edited marks."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt

from reliefdesk.gui.models import (
    CaseTableModel,
    ChargeTableModel,
    ClientListModel,
    EditedRole,
    HistoryModel,
    OriginalRole,
)
from reliefdesk.gui.recorddoc import RecordDocument, edited_paths
from reliefdesk.model import Disposition, record_from_json

pytestmark = pytest.mark.gui


@pytest.fixture
def kowalski(demo_dir: Path) -> Any:
    return record_from_json((demo_dir / "kowalski.record.json").read_text(encoding="utf-8"))


def test_case_and_charge_models_pass_the_model_tester(qtmodeltester: Any, kowalski: Any) -> None:
    doc = RecordDocument(kowalski, original=kowalski)
    cases = CaseTableModel(doc)
    qtmodeltester.check(cases)
    charges = ChargeTableModel(doc)
    charges.set_case(1)
    qtmodeltester.check(charges)
    assert charges.rowCount() == len(kowalski.cases[1].charges)


def test_editing_a_disposition_marks_it_and_keeps_the_original(qtmodeltester: Any, kowalski: Any) -> None:
    doc = RecordDocument(kowalski, original=kowalski)
    changes: list[tuple[str, object, object]] = []
    doc.changed.connect(lambda p, b, a: changes.append((p, b, a)))
    charges = ChargeTableModel(doc)
    charges.set_case(1)
    col = charges.column_index("disposition")
    index = charges.index(0, col)
    assert index.data(Qt.ItemDataRole.DisplayRole) == "Convicted"
    assert index.data(EditedRole) is False
    assert charges.setData(index, "supervision")
    qtmodeltester.check(charges)
    assert doc.record.cases[1].charges[0].disposition is Disposition.SUPERVISION
    assert index.data(EditedRole) is True
    assert index.data(OriginalRole) == "convicted"
    assert "The document said: Convicted" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert changes == [("cases[1].charges[0].disposition", "convicted", "supervision")]
    # The same value again is no edit.
    assert not charges.setData(index, "supervision")
    # A bad value is refused, and nothing changes.
    assert not charges.setData(index, "guilty-ish")
    assert doc.record.cases[1].charges[0].disposition is Disposition.SUPERVISION


def test_dates_numbers_and_checkboxes(kowalski: Any) -> None:
    doc = RecordDocument(kowalski, original=kowalski)
    charges = ChargeTableModel(doc)
    charges.set_case(0)
    d = charges.index(0, charges.column_index("disposition_date"))
    assert charges.setData(d, QDate(2004, 8, 3))
    assert doc.record.cases[0].charges[0].disposition_date == date(2004, 8, 3)
    assert charges.setData(d, None)  # unknown is an answer
    assert doc.record.cases[0].charges[0].disposition_date is None
    end = charges.index(0, charges.column_index("sentence_end"))
    assert charges.setData(end, "2005-01-01")
    assert doc.record.cases[0].charges[0].sentence is not None
    assert doc.record.cases[0].charges[0].sentence.end == date(2005, 1, 1)
    grams = charges.index(0, charges.column_index("grams"))
    assert not charges.setData(grams, "lots")
    assert charges.setData(grams, "2.5")
    assert doc.record.cases[0].charges[0].grams == 2.5
    attempt = charges.index(0, charges.column_index("attempt"))
    assert charges.flags(attempt) & Qt.ItemFlag.ItemIsUserCheckable
    assert charges.setData(attempt, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert doc.record.cases[0].charges[0].attempt is True
    paths = set(edited_paths(kowalski, doc.record))
    assert "cases[0].charges[0].grams" in paths and "cases[0].charges[0].attempt" in paths


def test_add_and_delete_cases_and_charges(qtmodeltester: Any, kowalski: Any) -> None:
    doc = RecordDocument(kowalski, original=kowalski)
    cases = CaseTableModel(doc)
    charges = ChargeTableModel(doc)
    qtmodeltester.check(cases)
    n = cases.rowCount()
    row = doc.add_case()
    assert cases.rowCount() == n + 1
    assert cases.setData(cases.index(row, 0), "26CR000001")
    # A new case is new, not edited.
    assert cases.index(row, 0).data(EditedRole) is False
    charges.set_case(row)
    assert charges.rowCount() == 1
    doc.add_charge(row)
    assert charges.rowCount() == 2
    doc.remove_charge(row, 0)
    assert charges.rowCount() == 1
    doc.remove_case(0)
    assert cases.rowCount() == n
    assert doc.record.cases[0].case_number == kowalski.cases[1].case_number
    # Edits after a deletion are still compared with the right original case.
    assert not doc.edited() or all(not p.startswith("cases[0]") for p in doc.edited())


def test_client_and_history_models(qtmodeltester: Any, service: Any, kowalski: Any) -> None:
    cid = service.add_client(kowalski, source_text="text", actor="test")
    clients = ClientListModel()
    clients.set_rows(service.list_clients(""))
    qtmodeltester.check(clients)
    assert clients.index(0, ClientListModel.NAME).data() == "KOWALSKI, PETER J"
    assert "04MC1-289911" in clients.index(0, ClientListModel.CASES).data()
    assert clients.row_of(cid) == 0
    history = HistoryModel()
    history.set_rows(service.history(cid))
    qtmodeltester.check(history)
    assert history.index(0, HistoryModel.WHAT).data() == "Imported"
