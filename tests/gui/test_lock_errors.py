"""The idle lock, the passphrase, settings remembered, and errors the user can cause."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from reliefdesk.gui.dialogs import SettingsDialog
from reliefdesk.gui.main_window import MainWindow
from reliefdesk.gui.workers import running_tasks
from reliefdesk.model import Disposition, record_from_json

pytestmark = pytest.mark.gui

HOLD_LOCK = """
import sqlite3, sys
c = sqlite3.connect(sys.argv[1], timeout=0, isolation_level=None)
c.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.read()
c.execute("ROLLBACK")
"""


def test_idle_lock_hides_the_client_and_wants_the_passphrase(qtbot: Any, tmp_path: Path) -> None:
    from reliefdesk.services.clients import ClientService

    db = tmp_path / "secret.sqlite"
    service = ClientService(db, passphrase="correct horse")
    try:
        assert ClientService.is_encrypted(db)
        window = MainWindow(service)
        qtbot.addWidget(window)
        window.show()
        window.create_client("DOE, JANE", None, "IL")
        assert "encrypted" in window.lock_state_label.text()
        window.idle.set_minutes(0.002)  # about 120 ms
        qtbot.waitUntil(lambda: window.locked, timeout=5000)
        assert window.central.currentWidget() is window.lock_page
        assert not window.new_action.isEnabled() and not window.import_action.isEnabled()
        assert "LOCKED" in window.lock_state_label.text()
        assert not window.unlock("wrong")
        assert window.locked
        assert window.unlock("correct horse")
        assert not window.locked and window.central.currentIndex() == 0
        window.close()
    finally:
        service.close()


def test_settings_are_remembered_between_runs(qtbot: Any, window: MainWindow, service: Any, db_path: Path) -> None:
    from reliefdesk.services.clients import ClientService

    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    dialog.clinic_name.setText("Eastside Legal Clinic")
    dialog.volunteer_name.setText("Sam Volunteer")
    dialog.default_county.setText("Cook")
    dialog.idle_minutes.setValue(5)
    dialog.accept()
    assert window.settings["clinic_name"] == "Eastside Legal Clinic"
    assert window.idle.msecs == 5 * 60_000
    service.close()
    again = ClientService(db_path)
    try:
        values = again.get_settings()
        assert values["clinic_name"] == "Eastside Legal Clinic"
        assert values["volunteer_name"] == "Sam Volunteer"
        assert values["lock_minutes"] == "5"
    finally:
        again.close()


def test_database_locked_by_another_copy_loses_nothing(
    qtbot: Any, window: MainWindow, service: Any, db_path: Path, demo_dir: Path, error_dialogs: list[Any]
) -> None:
    record = record_from_json((demo_dir / "kowalski.record.json").read_text(encoding="utf-8"))
    cid = service.add_client(record)
    window.refresh_clients()
    window.open_client(cid)
    charges = window.record_editor.charge_model
    window.record_editor.select_case(1)
    # Another copy of the program (another process: SQLite locks are per process).
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(db_path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    try:
        assert charges.setData(charges.index(0, charges.column_index("disposition")), "supervision")
        assert error_dialogs and "another copy" in error_dialogs[-1][1]
        assert "still on screen" in error_dialogs[-1][1]
        assert window.unsaved
        # What was typed is still there.
        assert window.document.record.cases[1].charges[0].disposition is Disposition.SUPERVISION
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(10)
    # The next edit saves both.
    assert charges.setData(charges.index(0, charges.column_index("description")), "POSS CANNABIS")
    saved = service.get_record(cid)
    assert saved.cases[1].charges[0].disposition is Disposition.SUPERVISION
    assert saved.cases[1].charges[0].description == "POSS CANNABIS"
    assert not window.unsaved


def test_an_unreadable_packet_folder_is_a_dialog_not_a_crash(
    qtbot: Any, window: MainWindow, service: Any, demo_dir: Path, tmp_path: Path, error_dialogs: list[Any]
) -> None:
    record = record_from_json((demo_dir / "washington.record.json").read_text(encoding="utf-8"))
    cid = service.add_client(record)
    window.refresh_clients()
    window.open_client(cid)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    window.settings["data_folder"] = str(blocker)
    with qtbot.waitSignal(window.packet_task.failed if window.generate_packet() else None, timeout=60000):
        pass
    qtbot.waitUntil(lambda: window.packet_task is None, timeout=10000)
    assert error_dialogs and error_dialogs[-1][0] == "The packet could not be made"
    assert service.list_documents(cid) == []
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=10000)
