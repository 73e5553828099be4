"""Documents: generate the packet, read it in the built-in PDF viewer, print it
through the system dialog, save a copy, open its folder.

Every generated document is kept per client with its date and rules version
(``ClientService.add_document``); printing and saving are written to the
client's history.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRect, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

PathRole = Qt.ItemDataRole.UserRole + 1


class DocumentsPane(QWidget):
    generateRequested = Signal()
    printRequested = Signal()
    saveRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.generate_button = QPushButton(self.tr("&Generate packet"))
        self.generate_button.setToolTip(self.tr("Fill the petitions for every eligible case (Ctrl+G)"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.folder_button = QPushButton(self.tr("Open &folder"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Making the packet"))
        self.generate_button.clicked.connect(self.generateRequested)
        self.print_button.clicked.connect(self.printRequested)
        self.save_button.clicked.connect(self.saveRequested)
        self.folder_button.clicked.connect(self.open_folder)
        buttons = QHBoxLayout()
        for b in (self.generate_button, self.print_button, self.save_button, self.folder_button):
            buttons.addWidget(b)
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(0)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Documents made for this client"))
        self.list.currentItemChanged.connect(self._current_changed)
        list_label = QLabel(self.tr("&Documents:"))
        list_label.setBuddy(self.list)
        self.blanks_label = QLabel()
        self.blanks_label.setWordWrap(True)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(list_label)
        ll.addWidget(self.list, 1)
        ll.addWidget(self.blanks_label)

        self.pdf = QPdfDocument(self)
        self.viewer = QPdfView()
        self.viewer.setDocument(self.pdf)
        self.viewer.setPageMode(QPdfView.PageMode.MultiPage)
        self.viewer.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.viewer.setAccessibleName(self.tr("Document preview"))
        self.empty_label = QLabel(self.tr("No document yet. Press “Generate packet” (Ctrl+G)."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.empty_label)
        rl.addWidget(self.viewer, 1)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([300, 740])
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        self.setTabOrder(self.generate_button, self.print_button)
        self.setTabOrder(self.print_button, self.save_button)
        self.setTabOrder(self.save_button, self.folder_button)
        self.setTabOrder(self.folder_button, self.list)
        self.setTabOrder(self.list, self.viewer)
        self._update()

    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.generate_button.setEnabled(not busy)

    def set_documents(self, entries: list[object], select: Path | None = None) -> None:
        """``entries`` are DocumentEntry rows (newest first is best)."""
        self.list.blockSignals(True)
        self.list.clear()
        chosen = None
        for e in entries:
            path = Path(str(getattr(e, "path", "")))
            at = str(getattr(e, "at", ""))[:16].replace("T", " ")
            kind = str(getattr(e, "kind", ""))
            version = str(getattr(e, "rules_version", "") or "")
            title = {
                "packet": self.tr("Packet to file: %1"),
                "letter": self.tr("Letter to the client: %1"),
            }.get(kind, self.tr("Form: %1")).replace("%1", path.stem)
            item = QListWidgetItem(f"{title}\n    {at} · {version}")
            item.setData(PathRole, str(path))
            item.setToolTip(str(path))
            if not path.exists():
                item.setText(item.text() + " · " + self.tr("(file missing)"))
            self.list.addItem(item)
            if select is not None and path == select:
                chosen = item
        self.list.blockSignals(False)
        if chosen is None and self.list.count():
            chosen = self.list.item(0)
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        self._current_changed(self.list.currentItem(), None)

    def current_path(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(PathRole)) if item is not None else None

    def _current_changed(self, current: QListWidgetItem | None, previous: object) -> None:
        self.pdf.close()
        path = Path(current.data(PathRole)) if current is not None else None
        if path is not None and path.exists():
            self.pdf.load(str(path))
        self._update()

    def _update(self) -> None:
        loaded = self.pdf.status() == QPdfDocument.Status.Ready and self.pdf.pageCount() > 0
        self.viewer.setVisible(loaded)
        self.empty_label.setVisible(not loaded)
        for b in (self.print_button, self.save_button, self.folder_button):
            b.setEnabled(loaded)

    def open_folder(self) -> None:
        path = self.current_path()
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    # -- printing
    def print_current(self, printer: QPrinter | None = None, ask: bool = True) -> bool:
        """Print the shown PDF; ``ask`` shows the system print dialog first."""
        if self.pdf.status() != QPdfDocument.Status.Ready:
            return False
        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        if ask:
            dialog = QPrintDialog(printer, self)
            dialog.setWindowTitle(self.tr("Print the packet"))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        return render_pdf_to_printer(self.pdf, printer)


def render_pdf_to_printer(pdf: QPdfDocument, printer: QPrinter) -> bool:
    """Draw every page of ``pdf`` onto ``printer`` at the printer's resolution."""
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        pages = pdf.pageCount()
        first, last = 0, pages - 1
        if printer.fromPage() > 0:
            first = printer.fromPage() - 1
            last = min(printer.toPage() - 1, pages - 1)
        for n in range(first, last + 1):
            if n > first:
                printer.newPage()
            rect: QRect = painter.viewport()
            size_pt = pdf.pagePointSize(n)
            scale = min(rect.width() / size_pt.width(), rect.height() / size_pt.height())
            target = QSize(int(size_pt.width() * scale), int(size_pt.height() * scale))
            image = pdf.render(n, target)
            painter.drawImage(QPointF(0, 0), image)
    finally:
        painter.end()
    return True
