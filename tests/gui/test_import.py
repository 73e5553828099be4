"""Import: several files, unreadable ones, unread lines highlighted, cancel,
drag and drop, and nothing saved before the volunteer accepts."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from reliefdesk.gui.import_dialog import ImportDialog
from reliefdesk.gui.main_window import MainWindow
from reliefdesk.services.analysis import read_record

pytestmark = pytest.mark.gui


def _read_all(qtbot: Any, dialog: ImportDialog) -> None:
    dialog.start_reading()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=30000)


def test_several_files_with_a_bad_one_and_unread_lines(
    qtbot: Any, window: MainWindow, service: Any, demo_dir: Path, tmp_path: Path
) -> None:
    odd = tmp_path / "washington_with_noise.txt"
    text = (demo_dir / "isp_transcript_washington.txt").read_text(encoding="utf-8")
    odd.write_text(text + "\nQWERTY ZXCV 123 SOMETHING THE READER CANNOT PLACE\n", encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    dialog = window.open_import([demo_dir / "cook_case_summary_hernandez.txt", odd, broken])
    assert dialog is not None
    _read_all(qtbot, dialog)
    assert dialog.review_list.count() == 3
    assert service.count_clients() == 0  # nothing saved yet
    # The unreadable file says why, and cannot be saved.
    dialog.review_list.setCurrentRow(2)
    assert "could not be read" in dialog.error_label.text()
    assert dialog.editors[2] is None
    # The noisy file: the line the reader could not place is highlighted and listed.
    dialog.review_list.setCurrentRow(1)
    outcome = dialog.outcomes[1]
    unread = [ln.number for ln in outcome.result.report.unplaced if ln.text.strip()]
    assert unread, "the reader reports the nonsense line as not read"
    assert set(unread) <= set(dialog.unread_line_numbers())
    assert any("QWERTY" in dialog.warnings.item(i).text() for i in range(dialog.warnings.count()))
    # Accept: the two good files become two clients, with their source text.
    dialog.accept_review()
    assert service.count_clients() == 2
    names = sorted(r.name for r in service.list_clients(""))
    assert names == ["HERNANDEZ, LUIS A", "WASHINGTON, DENISE M"]


def test_discarding_the_review_saves_nothing(qtbot: Any, window: MainWindow, service: Any, demo_dir: Path) -> None:
    dialog = window.open_import([demo_dir / "cpd_rapsheet_kowalski.txt"])
    assert dialog is not None
    _read_all(qtbot, dialog)
    dialog.done(0)
    assert service.count_clients() == 0


def test_cancel_stops_at_once_and_keeps_the_files(qtbot: Any, window: MainWindow, demo_dir: Path) -> None:
    gate = threading.Event()

    def slow_reader(path: Path) -> Any:
        gate.wait(10)
        return read_record(path)

    dialog = ImportDialog(slow_reader, window)
    qtbot.addWidget(dialog)
    dialog.add_files([demo_dir / "cpd_rapsheet_kowalski.txt", demo_dir / "isp_transcript_washington.txt"])
    dialog.show()
    dialog.start_reading()
    assert dialog.progress.isVisible() and dialog.cancel_read_button.isVisible()
    assert not dialog.read_button.isEnabled()
    task = dialog.task
    assert task is not None
    qtbot.mouseClick(dialog.cancel_read_button, Qt.MouseButton.LeftButton)
    assert dialog.task is None and dialog.stack.currentIndex() == 0
    assert "cancelled" in dialog.progress_label.text()
    assert len(dialog.files()) == 2 and dialog.read_button.isEnabled()
    gate.set()
    assert task.wait(10000)
    QApplication.processEvents()
    assert dialog.stack.currentIndex() == 0  # the late result is ignored


def test_files_dropped_on_the_window_open_the_import(qtbot: Any, window: MainWindow, demo_dir: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(demo_dir / "cpd_rapsheet_kowalski.txt"))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)
    dialog = window.findChild(ImportDialog)
    assert dialog is not None and dialog.files() == [demo_dir / "cpd_rapsheet_kowalski.txt"]
    dialog.done(0)


COOK_SUMMARY_WASHINGTON = """\
IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS
CRIMINAL DIVISION                                   CASE SUMMARY
Printed: 09/30/2026

Case Number: 2013-1-778812          Filing Date: 09/11/2013
Defendant: WASHINGTON, DENISE M     Date of Birth: 03/14/1986
Arresting Agency: CHICAGO POLICE DEPARTMENT        Arrest Date: 09/10/2013

Charge 1   720 ILCS 5/16-25(a)(1)    RETAIL THEFT - $300 OR LESS     Class A Misdemeanor
    Disposition  11/05/2013  Supervision - 12 Months
    Disposition  11/04/2014  Supervision Terminated Satisfactorily
------------------------------------------------------------------------
Case Number: 2019-MC1-330120        Filing Date: 06/03/2019
Defendant: WASHINGTON, DENISE M     Date of Birth: 03/14/1986
Arresting Agency: CHICAGO POLICE DEPARTMENT        Arrest Date: 06/02/2019

Charge 1   720 ILCS 5/21-3(a)(2)    CRIMINAL TRESPASS TO LAND     Class B Misdemeanor
    Disposition  08/20/2019  Nolle Prosequi
END OF CASE SUMMARY
"""


def _warning_texts(dialog: ImportDialog) -> list[str]:
    return [dialog.warnings.item(i).text() for i in range(dialog.warnings.count())]


def test_two_files_of_one_person_are_merged_into_one_client(
    qtbot: Any, window: MainWindow, service: Any, demo_dir: Path, tmp_path: Path
) -> None:
    """ISP transcript + a Cook case summary for WASHINGTON: one client, the shared case merged."""
    cook = tmp_path / "cook_case_summary_washington.txt"
    cook.write_text(COOK_SUMMARY_WASHINGTON, encoding="utf-8")
    dialog = window.open_import([demo_dir / "isp_transcript_washington.txt", cook])
    assert dialog is not None
    _read_all(qtbot, dialog)
    assert dialog.review_list.count() == 2
    # Same name and date of birth: the merge is suggested.
    assert dialog.merge_button.isVisible() and dialog.merge_button.isEnabled()
    assert dialog.merge_hint.isVisible() and "same name and date of birth" in dialog.merge_hint.text()
    assert dialog.merge_button.accessibleName()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.merge_task is None and dialog.review_list.count() == 1, timeout=30000)
    assert "isp_transcript_washington.txt + cook_case_summary_washington.txt" in dialog.review_list.item(0).text()
    assert not dialog.merge_button.isVisible() and not dialog.merge_hint.isVisible()
    assert "2 files merged" in dialog.summary.text()
    # The conflict between the two documents (11/04 vs 11/05/2013) is a thing to check.
    texts = _warning_texts(dialog)
    assert any(t.startswith("The files differ:") and "13-1-778812" in t and "2013-11-05" in t for t in texts), texts
    # The source pane shows both files' text.
    assert "ILLINOIS STATE POLICE" in dialog.source.toPlainText()
    assert "CASE SUMMARY" in dialog.source.toPlainText()
    assert service.count_clients() == 0
    dialog.accept_review()
    assert service.count_clients() == 1
    (row,) = service.list_clients("")
    assert row.name == "WASHINGTON, DENISE M"
    record = service.get_record(row.id)
    # 4 cases on the transcript, 2 in the summary, 1 of them shared.
    assert len(record.cases) == 5
    assert sum(1 for c in record.cases if c.case_number and "778812" in c.case_number) == 1


def test_different_people_are_not_suggested_for_merging(
    qtbot: Any, window: MainWindow, service: Any, demo_dir: Path
) -> None:
    dialog = window.open_import([demo_dir / "isp_transcript_washington.txt",
                                 demo_dir / "cook_case_summary_hernandez.txt"])  # fmt: skip
    assert dialog is not None
    _read_all(qtbot, dialog)
    assert dialog.merge_button.isVisible()  # the volunteer may still decide they are one person
    assert not dialog.merge_hint.isVisible()
    assert dialog.accept_button.isDefault()
    dialog.accept_review()
    assert service.count_clients() == 2


SHEET = (
    "Name,DOB,Case Number,Statute,Charge Description,Disposition,Disposition Date,Police\n"
    "\"WASHINGTON, DENISE M\",03/14/1986,13-1-778812,720 ILCS 5/16-25(a)(1),RETAIL THEFT,Nolle Prosequi,"
    "11/04/2013,EVANSTON POLICE DEPARTMENT\n"
)


def _answer_mapping(qtbot: Any, dialog: ImportDialog, answer: Any, seen: list[Any]) -> None:
    """Answer the column dialog when it opens (it is modal)."""
    import shiboken6
    from PySide6.QtCore import QTimer

    from reliefdesk.gui.mapping_dialog import MappingDialog

    tries = [0]

    def poll() -> None:
        if not shiboken6.isValid(dialog):
            return
        box = dialog.findChild(MappingDialog)
        if box is None or not box.isVisible():
            tries[0] += 1
            if tries[0] < 25:  # the dialog opens at once or not at all
                QTimer.singleShot(20, poll)
            return
        seen.append(box)
        answer(box)

    QTimer.singleShot(0, poll)


def test_a_spreadsheet_asks_for_its_columns_once_and_reads_with_them(
    qtbot: Any, window: MainWindow, service: Any, tmp_path: Path
) -> None:
    from reliefdesk.gui.mapping_dialog import MappingDialog

    sheet = tmp_path / "intake.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    # Cancel: nothing is read, the file stays in the list.
    dialog = window.open_import([sheet])
    assert dialog is not None
    seen: list[MappingDialog] = []
    _answer_mapping(qtbot, dialog, lambda box: box.reject(), seen)
    dialog.start_reading()
    assert seen and dialog.task is None and dialog.stack.currentIndex() == 0
    assert "confirm the columns of intake.csv" in dialog.progress_label.text()

    # The guess is filled in; the volunteer names the police column the guess missed.
    def choose_agency(box: MappingDialog) -> None:
        assert box.combos["case_number"].currentText() == "Case Number"
        assert box.combos["disposition"].currentText() == "Disposition"
        assert box.combos["agency"].currentData() == ""
        assert box.unused.text() == "Columns not read: Police"
        assert all(c.accessibleName() for c in box.combos.values())
        # One column for two fields is refused.
        box.combos["court"].setCurrentIndex(box.combos["court"].findData("Statute"))
        assert "Statute" in box.problem.text() and not box.buttons.button(box.buttons.StandardButton.Ok).isEnabled()
        box.combos["court"].setCurrentIndex(0)
        box.combos["agency"].setCurrentIndex(box.combos["agency"].findData("Police"))
        assert box.problem.text() == "" and box.unused.text() == ""
        box.buttons.button(box.buttons.StandardButton.Ok).click()

    seen.clear()
    _answer_mapping(qtbot, dialog, choose_agency, seen)
    _read_all(qtbot, dialog)
    assert len(seen) == 1
    record = dialog.outcomes[0].result.record
    assert record.person.name == "WASHINGTON, DENISE M"
    assert [c.agency for c in record.cases] == ["EVANSTON POLICE DEPARTMENT"]
    dialog.done(0)

    # Same headers again: read with the saved mapping, no question.
    again = tmp_path / "intake-2.csv"
    again.write_text(SHEET, encoding="utf-8")
    dialog = window.open_import([again])
    assert dialog is not None
    seen.clear()
    _answer_mapping(qtbot, dialog, lambda box: box.reject(), seen)
    _read_all(qtbot, dialog)
    assert not seen
    assert [c.agency for c in dialog.outcomes[0].result.record.cases] == ["EVANSTON POLICE DEPARTMENT"]
    dialog.done(0)
