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
