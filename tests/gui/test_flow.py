"""The whole flow through the real window, as a volunteer would drive it:
new client, import a sample, correct a disposition, answer a question,
generate and save the packet, find the client again after a restart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from reliefdesk.gui.dialogs import NewClientDialog
from reliefdesk.gui.import_dialog import ImportDialog
from reliefdesk.gui.main_window import ELIGIBILITY_TAB, MainWindow
from reliefdesk.model import Disposition

pytestmark = pytest.mark.gui


def _active(qtbot: Any, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=3000)


def test_new_client_by_keyboard_then_typed_record(qtbot: Any, window: MainWindow, service: Any) -> None:
    _active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(NewClientDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.name, "DOE, JANE A")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: service.count_clients() == 1)
    cid = window.client_id
    assert cid is not None
    assert service.get_record(cid).person.name == "DOE, JANE A"
    # A whole record typed by hand: a case and a charge.
    editor = window.record_editor
    editor.add_case()
    cell = QApplication.focusWidget()
    assert cell is not None and cell.parentWidget() is editor.case_view.viewport()
    qtbot.keyClicks(cell, "12CR0045601")
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.case_view.state() != editor.case_view.State.EditingState)
    charges = editor.charge_model
    assert charges.setData(charges.index(0, charges.column_index("statute")), "720 ILCS 550/4(c)")
    assert charges.setData(charges.index(0, charges.column_index("disposition")), "dismissed")
    saved = service.get_record(cid)
    assert saved.cases[0].case_number == "12CR0045601"
    assert saved.cases[0].charges[0].disposition is Disposition.DISMISSED
    # Ctrl+F goes to the search box and finds her by case number.
    _active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "12CR00456")
    assert [r.id for r in window.client_model.rows()] == [cid]


def test_whole_flow_and_restart(
    qtbot: Any, window: MainWindow, service: Any, db_path: Path, demo_dir: Path, tmp_path: Path
) -> None:
    from reliefdesk.services.clients import ClientService

    window.create_client("FIRST, CLIENT", None, "IL")
    assert service.count_clients() == 1

    # Import a sample: read in a worker, reviewed, nothing saved until accepted.
    dialog = window.open_import([demo_dir / "cpd_rapsheet_kowalski.txt"])
    assert isinstance(dialog, ImportDialog)
    dialog.start_reading()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=30000)
    assert service.count_clients() == 1
    assert "KOWALSKI" in dialog.source.toPlainText()
    editor = dialog.current_editor()
    assert editor is not None
    assert editor.name_edit.text() == "KOWALSKI, PETER J"
    # Correct a value in the review.
    editor.select_case(0)
    review_charges = editor.charge_model
    assert review_charges.setData(review_charges.index(0, review_charges.column_index("description")), "POSS CANNABIS")
    dialog.accept_review()
    assert service.count_clients() == 2
    cid = window.client_id
    assert cid is not None and window.document.record.person.name == "KOWALSKI, PETER J"
    assert service.get_original_record(cid).cases[0].charges[0].description == "POSS CANNABIS 2.5-10 GRAMS"
    assert service.get_record(cid).cases[0].charges[0].description == "POSS CANNABIS"

    # Correct a disposition on the Record tab: saved at once, with before and after in the history.
    rec = window.record_editor
    rec.select_case(1)
    charges = rec.charge_model
    index = charges.index(0, charges.column_index("disposition"))
    assert charges.setData(index, "supervision")
    assert service.get_record(cid).cases[1].charges[0].disposition is Disposition.SUPERVISION
    assert "cases[1].charges[0].disposition" in service.edited_fields(cid)
    assert index.data(Qt.ItemDataRole.ToolTipRole).startswith("Edited")
    edits = [h for h in service.history(cid) if h.action == "edit" and h.detail.endswith("disposition")]
    assert edits and edits[-1].before == "convicted" and edits[-1].after == "supervision"
    window._load_history()
    assert window.history_model.rowCount() >= 3

    # Answer a question: the analysis runs again at once.
    window.show_tab(ELIGIBILITY_TAB)
    pane = window.eligibility
    assert pane.analysis is not None
    questions = {q.id: q for q in pane.analysis.questions()}
    assert questions, "the Kowalski record asks questions"
    qid = "registration" if "registration" in questions else next(iter(questions))
    combo = pane.question_combo(qid)
    assert combo is not None
    before = pane.analysis
    combo.setCurrentIndex(combo.findData(questions[qid].choices[0]))
    assert pane.answers[qid] == questions[qid].choices[0]
    assert pane.analysis is not before
    assert qid not in {q.id for q in pane.analysis.questions()} or pane.question_combo(qid) is not None
    assert service.get_record(cid).extra.get("answers") == {qid: questions[qid].choices[0]}
    # What if we file later? The filing date re-runs the analysis too.
    a = pane.analysis
    pane.filing_edit.setDate(pane.filing_edit.date().addMonths(3))
    assert pane.analysis is not a and pane.analysis.filing_date > a.filing_date

    # Generate the packet, see it in the viewer, save it as a PDF.
    with qtbot.waitSignal(window.packetReady, timeout=60000):
        window.generate_packet()
    assert not window.error_dialogs if hasattr(window, "error_dialogs") else True
    docs = service.list_documents(cid)
    assert docs and all(Path(d.path).exists() for d in docs)
    qtbot.waitUntil(lambda: window.documents.pdf.status() == QPdfDocument.Status.Ready, timeout=10000)
    assert window.documents.pdf.pageCount() >= 1
    assert window.print_action.isEnabled()
    out = window.save_packet_as(str(tmp_path / "kowalski-packet"))
    assert out is not None and out.read_bytes().startswith(b"%PDF")
    assert any(h.action == "saved_pdf" for h in service.history(cid))

    # Restart on the same database: find the client again; the edit and the answer are still there.
    window.close()
    service.close()
    service2 = ClientService(db_path)
    try:
        w2 = MainWindow(service2)
        qtbot.addWidget(w2)
        w2.show()
        w2.search.setText("kowalski")
        rows = w2.client_model.rows()
        assert [r.id for r in rows] == [cid]
        w2._search_enter()
        assert w2.client_id == cid
        assert w2.document.record.cases[1].charges[0].disposition is Disposition.SUPERVISION
        assert w2.eligibility.answers == {qid: questions[qid].choices[0]}
        assert w2.documents.list.count() == len(docs)
        w2.close()
    finally:
        service2.close()


def test_keyboard_only_from_rap_sheet_to_packet(qtbot: Any, window: MainWindow, service: Any, demo_dir: Path) -> None:
    """Ctrl+I, Enter to read, Ctrl+Enter to save, Ctrl+2 to see eligibility, Ctrl+G for the packet."""
    _active(qtbot, window)
    dialog = window.open_import([demo_dir / "isp_transcript_washington.txt"])
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=30000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: service.count_clients() == 1)
    _active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == ELIGIBILITY_TAB
    assert window.eligibility.analysis is not None and window.eligibility.analysis.charges
    with qtbot.waitSignal(window.packetReady, timeout=60000):
        qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert window.client_id is not None and service.list_documents(window.client_id)


def _answer_delete(qtbot: Any, window: MainWindow, click_delete: bool, seen: list[str]) -> None:
    """Answer the confirmation when it opens (it is modal: exec() returns once a button is clicked)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    def answer() -> None:
        box = window.findChild(QMessageBox, "confirm_delete_client")
        if box is None or not box.isVisible():
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        yes = box.button(QMessageBox.StandardButton.Yes)
        seen.append(yes.text())
        assert box.defaultButton() is not yes  # Enter does not delete
        (yes if click_delete else box.button(QMessageBox.StandardButton.Cancel)).click()

    QTimer.singleShot(0, answer)


def test_delete_client_from_the_menu_names_the_person_and_asks_first(
    qtbot: Any, window: MainWindow, service: Any, demo_dir: Path
) -> None:
    from reliefdesk.model import record_from_json

    keep = service.add_client(record_from_json((demo_dir / "kowalski.record.json").read_text(encoding="utf-8")))
    gone = service.add_client(record_from_json((demo_dir / "washington.record.json").read_text(encoding="utf-8")))
    window.refresh_clients(select=int(gone))
    window.open_client(int(gone))
    action = window.delete_action
    from PySide6.QtWidgets import QMenu

    menus = [m.title() for m in window.menuBar().findChildren(QMenu) if action in m.actions()]
    assert menus == ["&Client"] and action.text() == "&Delete client…" and action.isEnabled()
    # Cancel keeps the client.
    seen: list[str] = []
    _answer_delete(qtbot, window, False, seen)
    action.trigger()
    assert seen and "WASHINGTON, DENISE M" in seen[0] and "cannot be undone" in seen[0]
    assert service.count_clients() == 2 and window.client_id == int(gone)
    # Delete removes exactly that client, and the window forgets it.
    seen.clear()
    _answer_delete(qtbot, window, True, seen)
    action.trigger()
    assert "WASHINGTON" in seen[1]  # the button names the person too
    assert service.count_clients() == 1
    assert [r.id for r in service.list_clients("")] == [keep]
    assert window.client_id is None and not window.delete_action.isEnabled()
    assert window.client_model.rowCount() == 1
