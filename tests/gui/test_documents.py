"""Documents: the packet in the viewer, printed (to a PDF printer), kept per client."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from reliefdesk.gui.main_window import DOCUMENTS_TAB, MainWindow
from reliefdesk.model import record_from_json

pytestmark = pytest.mark.gui


def test_print_renders_every_page_and_is_in_the_history(
    qtbot: Any, window: MainWindow, service: Any, demo_dir: Path, tmp_path: Path
) -> None:
    record = record_from_json((demo_dir / "washington.record.json").read_text(encoding="utf-8"))
    cid = service.add_client(record)
    window.refresh_clients()
    window.open_client(cid)
    with qtbot.waitSignal(window.packetReady, timeout=60000):
        window.generate_packet()
    assert window.tabs.currentIndex() == DOCUMENTS_TAB
    docs = service.list_documents(cid)
    kinds = {d.kind for d in docs}
    assert "packet" in kinds and all(d.rules_version for d in docs)
    assert window.documents.list.count() == len(docs)
    qtbot.waitUntil(lambda: window.documents.pdf.status() == QPdfDocument.Status.Ready, timeout=10000)
    pages = window.documents.pdf.pageCount()
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert window.print_packet(printer=printer, ask=False)
    printed = QPdfDocument()
    printed.load(str(out))
    assert printed.pageCount() == pages
    assert any(h.action == "printed" for h in service.history(cid))
    # Choosing another document shows it.
    window.documents.list.setCurrentRow(window.documents.list.count() - 1)
    last = window.documents.current_path()
    assert last is not None and last.name == Path(sorted(docs, key=lambda d: d.id)[-1].path).name
    qtbot.waitUntil(lambda: window.documents.pdf.status() == QPdfDocument.Status.Ready, timeout=10000)
