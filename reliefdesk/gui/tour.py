"""The screenshot tour: drive the real window through every screen on a demo
client, save a PNG of each, and return (``reliefdesk gui --screenshots DIR``)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QWidget

from reliefdesk import paths
from reliefdesk.model.errors import UserError


def wait_until(condition: Callable[[], bool], timeout: float = 60.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if condition():
            return True
        time.sleep(0.01)
    return condition()


def settle(rounds: int = 5) -> None:
    for _ in range(rounds):
        QCoreApplication.processEvents()
        time.sleep(0.01)


def shoot(widget: QWidget, path: Path) -> Path:
    settle()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def _demo_client(window: Any) -> int | None:
    rows = window.service.list_clients("", limit=500)
    if not rows:
        return None
    # The client with the most cases shows the most.
    best = max(rows, key=lambda r: (len(r.case_numbers or ()), -r.id))
    return int(best.id)


def run_tour(window: Any, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    window.resize(1280, 800)
    window.show()
    settle()
    client_id = _demo_client(window)
    if client_id is None:
        raise UserError(
            f"{window.service.db_path} has no clients to show: give a new file to --db (the demo is built there)"
        )
    window.open_client(client_id)
    written.append(shoot(window, out / "01-client-list.png"))

    samples = sorted(paths.demo_dir().glob("*.txt"))
    if samples:
        # A copy of a sample with a line no reader knows, to show how unread lines look.
        sample = out / f"{samples[0].stem}-with-a-note.txt"
        text = samples[0].read_text(encoding="utf-8").splitlines()
        text.insert(min(6, len(text)), "HANDWRITTEN NOTE: SEE ATTACHED PAGE 3 (ILLEGIBLE)")
        sample.write_text("\n".join(text) + "\n", encoding="utf-8")
        dialog = window.open_import([sample])
        dialog.resize(1280, 800)
        dialog.start_reading()
        wait_until(lambda: dialog.task is None, 60)
        editor = dialog.current_editor()
        if editor is not None and editor.charge_model.rowCount():
            # Show what a correction looks like: the first charge's disposition, changed by hand.
            model = editor.charge_model
            index = model.index(0, model.column_index("disposition"))
            current = index.data(Qt.ItemDataRole.EditRole)
            model.setData(index, "dismissed" if current != "dismissed" else "acquitted")
            editor.charge_view.clearSelection()
            editor.charge_view.scrollTo(model.index(0, 0))
        written.append(shoot(dialog, out / "02-import-review.png"))
        dialog.done(0)
        dialog.deleteLater()
        settle()
        # Two files of one person (the sample and its annotated copy): the merge is suggested, then done.
        dialog = window.open_import([samples[0], sample])
        dialog.resize(1280, 800)
        dialog.start_reading()
        wait_until(lambda: dialog.task is None and dialog.stack.currentIndex() == 1, 60)
        written.append(shoot(dialog, out / "02b-import-merge-suggested.png"))
        dialog.merge_outcomes()
        wait_until(lambda: dialog.merge_task is None, 60)
        written.append(shoot(dialog, out / "02c-import-merged.png"))
        dialog.done(0)
        dialog.deleteLater()
        sample.unlink(missing_ok=True)
        settle()

    window.show_tab(0)
    # Show a charge the volunteer edited, when there is one.
    written.append(shoot(window, out / "03-record.png"))
    window.show_tab(1)
    window.eligibility.select_first_reason()
    written.append(shoot(window, out / "04-eligibility.png"))

    window.show_tab(2)
    task = window.generate_packet()
    if task is not None:
        wait_until(lambda: window.packet_task is None, 120)
    wait_until(lambda: window.documents.viewer.isVisible(), 5)
    settle(20)
    written.append(shoot(window, out / "05-documents.png"))
    window.show_tab(3)
    written.append(shoot(window, out / "06-history.png"))

    settings = window.open_settings()
    written.append(shoot(settings, out / "07-settings.png"))
    settings.reject()

    window.lock()
    written.append(shoot(window, out / "08-locked.png"))
    window.locked = False
    window.central.setCurrentIndex(0)
    QApplication.processEvents()

    written.extend(_batch_screen(window, out))
    return written


def _batch_screen(window: Any, out: Path) -> list[Path]:
    """The Batch window after a review of a generated DOJ bulk file (2,000 people), summary chart shown."""
    import shutil
    import tempfile
    from datetime import date

    from PySide6.QtCore import QDate

    from reliefdesk.services import synthetic

    batch_window = window.open_batch()
    if batch_window is None:
        return []
    work = Path(tempfile.mkdtemp(prefix="reliefdesk-tour-"))
    try:
        doj = synthetic.generate("ca-doj-bulk", 2_000, 1, work / "doj-bulk-extract.csv", bad_rows=4)
        batch_window.resize(1100, 860)
        batch_window.set_input(doj)
        as_of = date(2026, 12, 1)
        batch_window.as_of_edit.setDate(QDate(as_of.year, as_of.month, as_of.day))
        batch_window.workers_spin.setValue(1)
        batch_window.start()
        wait_until(lambda: batch_window.task is None, 120)
        settle(10)
        shot = shoot(batch_window, out / "09-batch.png")
    finally:
        batch_window.close()
        batch_window.deleteLater()
        settle()
        shutil.rmtree(work, ignore_errors=True)
    return [shot]
