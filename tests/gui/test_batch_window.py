"""The Batch window, driven offscreen with real widgets and a real batch run."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import QDate

from reliefdesk.gui import errors
from reliefdesk.gui.batch_window import BatchWindow
from reliefdesk.services import batch, synthetic

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    w = BatchWindow()
    qtbot.addWidget(w)
    w.workers_spin.setValue(1)
    w.as_of_edit.setDate(QDate(2026, 12, 1))
    return w


def test_runs_shows_summary_chart_and_enables_open(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    doj = synthetic.generate("ca-doj-bulk", 150, 4, tmp_path / "doj.csv", bad_rows=3)
    window.set_input(doj)
    assert window.out_edit.text().endswith("doj-review")
    window.out_edit.setText(str(tmp_path / "out"))
    window.chunk_people = 25
    reports: list[tuple[int, int, str]] = []
    window.show()
    window.start_button.click()
    assert not window.start_button.isEnabled() and window.stop_button.isEnabled()
    window.task.progress.connect(lambda *a: reports.append(a))
    qtbot.waitUntil(lambda: window.task is None, timeout=60000)
    assert window.batch_result is not None and window.batch_result.people == 150
    assert "150 people" in window.status.text() and "3 rows not used" in window.status.text()
    people = window.batch_result.summary["people_by_result"]
    assert f"{people.get('eligible', 0):,} can get relief now" in window.status.text()
    assert window.chart.pixmap() is not None and not window.chart.pixmap().isNull()
    assert window.chart.pixmap().width() > 500
    assert window.open_button.isEnabled()
    assert window.output_url().toLocalFile() == str(tmp_path / "out")
    assert (tmp_path / "out" / batch.SUMMARY_PDF).exists()
    assert reports and reports[-1][0] <= reports[-1][1]


def test_stop_leaves_resumable_output(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    doj = synthetic.generate("ca-doj-bulk", 1500, 4, tmp_path / "doj.csv")
    window.set_input(doj)
    window.out_edit.setText(str(tmp_path / "out"))
    window.chunk_people = 10
    window.start_button.click()
    qtbot.waitUntil(lambda: "people reviewed" in window.status.text() or window.task is None, timeout=30000)
    window.stop_button.click()
    qtbot.waitUntil(lambda: window.task is None, timeout=60000)
    checkpoint = json.loads((tmp_path / "out" / batch.CHECKPOINT).read_text())
    if checkpoint["complete"]:
        pytest.skip("the run finished before Stop took effect on this machine")
    assert "Stopped" in window.status.text()
    assert window.resume_check.isChecked()
    assert window.open_button.isEnabled()
    # The folder the window left is resumable (the window's Continue box sets exactly this flag).
    config = window.config()
    assert config.resume
    result = batch.run(config)
    assert result.complete and result.people == 1500


def test_missing_input_is_a_message_not_a_crash(window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(errors, "SHOWN", shown)
    window.start_button.click()
    assert shown and "choose the bulk file" in shown[0][1].lower()
    window.input_edit.setText(str(tmp_path / "nope.csv"))
    window.out_edit.setText(str(tmp_path / "out"))
    window.start_button.click()
    assert "does not exist" in shown[-1][1]
    assert window.task is None and window.start_button.isEnabled()


def test_worker_processes_from_the_window(window, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """With Qt loaded the workers are spawned, not forked: the same files as one process writes."""
    import multiprocessing

    monkeypatch.setattr(batch, "SMALL_FILE", 0)  # worker processes even for this small file
    doj = synthetic.generate("ca-doj-bulk", 300, 5, tmp_path / "doj.csv", bad_rows=2)
    batch.run(batch.BatchConfig(input=doj, out=tmp_path / "one", as_of=date(2026, 12, 1), workers=1))
    assert batch._mp_context().get_start_method() == "spawn"
    window.set_input(doj)
    window.out_edit.setText(str(tmp_path / "two"))
    window.workers_spin.setValue(2)
    window.chunk_people = 40
    window.start_button.click()
    qtbot.waitUntil(lambda: window.task is None, timeout=120000)
    assert window.batch_result is not None and window.batch_result.people == 300
    for name in (batch.RESULTS, batch.PEOPLE, batch.ERRORS):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name
    assert not [p for p in multiprocessing.active_children() if p.name.startswith("reliefdesk-batch")]


def _answer_columns(window: BatchWindow, answer: Any, seen: list[Any]) -> list[bool]:
    """Answer the column dialog when it opens (it is modal); set the returned flag to stop looking."""
    import shiboken6
    from PySide6.QtCore import QTimer

    from reliefdesk.gui.mapping_dialog import MappingDialog

    tries = [0]
    stop = [False]

    def poll() -> None:
        if stop[0] or not shiboken6.isValid(window):
            return
        box = window.findChild(MappingDialog)
        if box is None or not box.isVisible():
            tries[0] += 1
            if tries[0] < 50:
                QTimer.singleShot(20, poll)
            return
        stop[0] = True
        seen.append(box)
        answer(box)

    QTimer.singleShot(0, poll)
    return stop


def test_a_spreadsheet_asks_for_its_columns_before_the_run(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """As the import does: a guessed column mapping is shown to confirm, saved, and not asked again."""
    sheet = synthetic.generate("il-csv", 30, 3, tmp_path / "intake.csv")
    doj = synthetic.generate("ca-doj-bulk", 20, 3, tmp_path / "doj.csv")
    window.set_input(doj)
    assert not window.columns_button.isEnabled()  # a DOJ file has no column mapping
    window.set_input(sheet)
    assert window.columns_button.isEnabled()
    window.out_edit.setText(str(tmp_path / "out"))
    seen: list[Any] = []
    # Cancelled: the run does not start.
    _answer_columns(window, lambda box: box.reject(), seen)
    window.start()
    assert seen and window.task is None and "Confirm the columns of intake.csv" in window.status.text()
    # Confirmed (the guess filled in): saved, and the run goes on.
    seen.clear()

    def confirm(box: Any) -> None:
        assert box.combos["case_number"].currentData()  # the guess is filled in
        box.buttons.button(box.buttons.StandardButton.Ok).click()

    _answer_columns(window, confirm, seen)
    window.start()
    assert len(seen) == 1
    qtbot.waitUntil(lambda: window.task is None, timeout=60000)
    assert window.batch_result is not None and window.batch_result.people == 30
    # The same headers again: read with the saved mapping, no question.
    seen.clear()
    window.out_edit.setText(str(tmp_path / "again"))
    looking = _answer_columns(window, lambda box: box.reject(), seen)
    window.start()
    qtbot.waitUntil(lambda: window.task is None, timeout=60000)
    looking[0] = True
    assert not seen and window.batch_result is not None and window.batch_result.people == 30
    # Columns… shows the saved mapping whenever asked.
    _answer_columns(window, lambda box: box.reject(), seen)
    assert window.edit_columns() is False and len(seen) == 1


def test_filing_date_and_packets(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The filing date follows As of until it is changed, and chooses the rules; packets on request."""
    window.as_of_edit.setDate(QDate(2026, 3, 2))
    assert window.filing_edit.date() == QDate(2026, 3, 2)
    window.filing_edit.setDate(QDate(2026, 7, 1))  # after the Clean Slate switch-over
    window.as_of_edit.setDate(QDate(2026, 3, 3))
    assert window.filing_edit.date() == QDate(2026, 7, 1)  # changed by hand: no longer follows
    doj = synthetic.generate("ca-doj-bulk", 20, 3, tmp_path / "doj.csv")
    window.set_input(doj)
    window.out_edit.setText(str(tmp_path / "out"))
    config = window.config()
    assert (config.as_of, config.filing) == (date(2026, 3, 3), date(2026, 7, 1)) and not config.packets

    sheet = synthetic.generate("il-csv", 12, 8, tmp_path / "intake.csv")
    from reliefdesk.readers import spreadsheet
    from reliefdesk.services.analysis import spreadsheet_mapping

    spreadsheet.save_mapping(spreadsheet_mapping(sheet))  # confirmed before (see the column dialog test)
    window.input_edit.setText(str(sheet))
    window.out_edit.setText(str(tmp_path / "il"))
    window.packets_check.setChecked(True)
    window.start()
    qtbot.waitUntil(lambda: window.task is None, timeout=120000)
    result = window.batch_result
    assert result is not None and result.summary["rules_version"].startswith("IL-2026-06")
    folders = [p for p in (tmp_path / "il" / "packets").iterdir() if p.is_dir()]
    assert len(folders) == result.summary["packets"] > 0 and all(list(f.glob("*.pdf")) for f in folders)
    assert f"{result.summary['packets']} petition packets" in window.status.text()


def _answer_question(button: Any, seen: list[str]) -> None:
    """Click ``button`` of the question box when it opens (it is modal)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    tries = [0]

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            tries[0] += 1
            if tries[0] < 50:
                QTimer.singleShot(20, poll)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, poll)


def test_an_earlier_review_in_the_folder_is_replaced_only_when_confirmed(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    doj = synthetic.generate("ca-doj-bulk", 40, 3, tmp_path / "doj.csv")
    out = tmp_path / "out"
    batch.run(batch.BatchConfig(input=doj, out=out, as_of=date(2026, 12, 1), workers=1))
    (out / batch.PACKETS_DIR / "someone").mkdir(parents=True)  # as an earlier --packets run left it
    window.set_input(doj)
    window.out_edit.setText(str(out))
    seen: list[str] = []
    _answer_question(QMessageBox.StandardButton.No, seen)
    window.start()
    assert seen and "holds an earlier review" in seen[0] and window.task is None
    assert (out / batch.PACKETS_DIR / "someone").exists()  # nothing removed
    seen.clear()
    _answer_question(QMessageBox.StandardButton.Yes, seen)
    window.start()
    assert seen
    qtbot.waitUntil(lambda: window.task is None, timeout=60000)
    assert window.batch_result is not None and window.batch_result.people == 40
    assert not (out / batch.PACKETS_DIR).exists()
