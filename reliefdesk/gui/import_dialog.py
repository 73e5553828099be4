"""Import: choose rap sheets (several at once, or drop them), read them in a
worker with a progress bar and Cancel, then review each one beside its source
text, with the lines the reader could not place highlighted. Every field can
be corrected before saving; nothing is saved until the volunteer accepts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from reliefdesk.gui.errors import describe, is_user_error, show_error
from reliefdesk.gui.record_editor import RecordEditor
from reliefdesk.gui.recorddoc import RecordDocument
from reliefdesk.gui.workers import Task
from reliefdesk.model import Record

UNREAD_COLOR = QColor("#ffd6d6")
UNSURE_COLOR = QColor("#ffe9b3")
SPREADSHEET_SUFFIXES = (".csv", ".xlsx", ".tsv")
FILE_FILTER = "Rap sheets (*.txt *.pdf *.json *.csv *.xlsx *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"


@dataclass
class ReadOutcome:
    path: Path
    result: Any = None  # ReadResult
    error: str | None = None
    merged: list[Path] = field(default_factory=list)  # the files merged into this one record

    def label(self) -> str:
        return " + ".join(p.name for p in self.merged) if self.merged else self.path.name


def read_files(
    paths: list[Path],
    reader: Callable[[Path], Any],
    report: Callable[[int, int, str], None],
    cancelled: Callable[[], bool],
) -> list[ReadOutcome]:
    """Worker body: read each file; a user error is kept as that file's message."""
    out: list[ReadOutcome] = []
    for i, path in enumerate(paths):
        if cancelled():
            break
        report(i, len(paths), path.name)
        try:
            out.append(ReadOutcome(path, reader(path)))
        except Exception as exc:
            if not is_user_error(exc):
                raise
            out.append(ReadOutcome(path, error=describe(exc)))
        report(i + 1, len(paths), path.name)
    return out


def merge_files(
    paths: list[Path],
    merger: Callable[[list[Path]], Any],
    report: Callable[[int, int, str], None],
    cancelled: Callable[[], bool],
) -> Any:
    """Worker body: read the files again as one person's record (``services.analysis.read_records``)."""
    report(0, 1, "")
    return merger(paths)


class ImportDialog(QDialog):
    """Emits ``accepted_records`` with [(parsed record, corrected record, source text, file)]."""

    accepted_records = Signal(list)

    def __init__(
        self,
        reader: Callable[[Path], Any],
        parent: QWidget | None = None,
        statutes: list[str] | None = None,
        merger: Callable[[list[Path]], Any] | None = None,
        same_person: Callable[[list[Record]], bool] | None = None,
        mapper: Callable[[Path], Any] | None = None,
        save_mapping: Callable[[Any], Any] | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import rap sheets"))
        self.setAcceptDrops(True)
        self.resize(1200, 760)
        self._reader = reader
        self._statutes = statutes or []
        self._merger = merger
        self._same_person = same_person
        self._mapper = mapper
        self._save_mapping = save_mapping
        self.task: Task | None = None
        self.merge_task: Task | None = None
        self.outcomes: list[ReadOutcome] = []
        self.documents: list[RecordDocument | None] = []
        self.editors: list[RecordEditor | None] = []
        self.stack = QStackedWidget()
        self.stack.addWidget(self._choose_page())
        self.stack.addWidget(self._review_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.add_button.setFocus()

    # ------------------------------------------------------------------ choose
    def _choose_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr("Add the rap sheets to read: text, PDF, scanned images or record files. "
                    "You can drop files here. Nothing is saved until you accept the review.")
        )
        intro.setWordWrap(True)
        self.file_list = QListWidget()
        self.file_list.setAccessibleName(self.tr("Files to read"))
        files_label = QLabel(self.tr("&Files:"))
        files_label.setBuddy(self.file_list)
        self.add_button = QPushButton(self.tr("&Add files…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.read_button = QPushButton(self.tr("R&ead"))
        self.read_button.setDefault(True)
        self.cancel_read_button = QPushButton(self.tr("Cancel"))
        self.close_button = QPushButton(self.tr("Close"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Reading progress"))
        self.progress.setVisible(False)
        self.progress_label = QLabel()
        self.add_button.clicked.connect(self.browse)
        self.remove_button.clicked.connect(self._remove_selected)
        self.read_button.clicked.connect(self.start_reading)
        self.cancel_read_button.clicked.connect(self.cancel_reading)
        self.close_button.clicked.connect(self.reject)
        self.cancel_read_button.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.read_button)
        row.addWidget(self.close_button)
        prow = QHBoxLayout()
        prow.addWidget(self.progress, 1)
        prow.addWidget(self.cancel_read_button)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(files_label)
        layout.addWidget(self.file_list, 1)
        layout.addWidget(self.progress_label)
        layout.addLayout(prow)
        layout.addLayout(row)
        self._update_choose()
        open_shortcut = QShortcut(QKeySequence("Ctrl+O"), page)
        open_shortcut.activated.connect(self.browse)
        return page

    def add_files(self, paths: list[Path]) -> None:
        have = {self.file_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.file_list.count())}
        for p in paths:
            if str(p) in have:
                continue
            item = QListWidgetItem(p.name)
            item.setToolTip(str(p))
            item.setData(Qt.ItemDataRole.UserRole, str(p))
            self.file_list.addItem(item)
        self._update_choose()
        if self.file_list.count():
            self.read_button.setFocus()

    def files(self) -> list[Path]:
        return [Path(self.file_list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.file_list.count())]

    def browse(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose rap sheets"), "", self.tr(FILE_FILTER))
        self.add_files([Path(n) for n in names])

    def _remove_selected(self) -> None:
        for item in self.file_list.selectedItems():
            self.file_list.takeItem(self.file_list.row(item))
        self._update_choose()

    def _update_choose(self) -> None:
        reading = self.task is not None
        self.read_button.setEnabled(self.file_list.count() > 0 and not reading)
        self.add_button.setEnabled(not reading)
        self.remove_button.setEnabled(self.file_list.count() > 0 and not reading)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.stack.currentIndex() == 0:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        self.add_files([p for p in paths if p.is_file()])
        event.acceptProposedAction()

    # ----------------------------------------------------------------- reading
    def start_reading(self) -> None:
        paths = self.files()
        if not paths or self.task is not None:
            return
        for path in paths:
            if not self.confirm_columns(path):
                self.progress_label.setText(
                    self.tr("Not read: confirm the columns of %1 to read it.").replace("%1", path.name)
                )
                return
        self.progress.setRange(0, len(paths))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel_read_button.setVisible(True)
        self.cancel_read_button.setFocus()
        task = Task(read_files, paths, self._reader)
        task.progress.connect(self._progress)
        task.done.connect(self._read_done)
        task.failed.connect(self._read_failed)
        self.task = task
        self._update_choose()
        task.start()

    def confirm_columns(self, path: Path) -> bool:
        """A spreadsheet without a saved column mapping: the volunteer confirms the guess first.

        False when they cancel. A file whose columns cannot be found is left to the reader,
        which says why it cannot be read.
        """
        if self._mapper is None or path.suffix.lower() not in SPREADSHEET_SUFFIXES:
            return True
        try:
            mapping = self._mapper(path)
        except Exception as exc:
            if not is_user_error(exc):
                raise
            return True
        if not mapping.guessed:
            return True
        from reliefdesk.gui.mapping_dialog import ask_columns

        return ask_columns(self, path, mapping, self._save_mapping)

    def _progress(self, done: int, total: int, name: str) -> None:
        self.progress.setValue(done)
        self.progress_label.setText(self.tr("Reading %1 (%2 of %3)…").replace("%1", name)
                                    .replace("%2", str(min(done + 1, total))).replace("%3", str(total)))

    def cancel_reading(self) -> None:
        """Stop at once: the worker finishes its current file in the background and is ignored."""
        task = self.task
        if task is None:
            return
        task.cancel()
        for sig, slot in ((task.progress, self._progress), (task.done, self._read_done),
                          (task.failed, self._read_failed)):
            sig.disconnect(slot)
        self._reading_over(self.tr("Reading cancelled. Nothing was saved."))

    def _reading_over(self, message: str = "") -> None:
        self.task = None
        self.read_button.setDefault(True)
        self.progress.setVisible(False)
        self.cancel_read_button.setVisible(False)
        self.progress_label.setText(message)
        self._update_choose()

    def _read_failed(self, exc: BaseException) -> None:
        self._reading_over()
        raise exc  # a bug in a reader: loud, not a dialog

    def _read_done(self, outcomes: list[ReadOutcome]) -> None:
        self._reading_over()
        self.show_review(outcomes)

    # ------------------------------------------------------------------ review
    def _review_page(self) -> QWidget:
        page = QWidget()
        self.review_list = QListWidget()
        self.review_list.setAccessibleName(self.tr("Files read"))
        self.review_list.setMaximumWidth(240)
        self.review_list.currentRowChanged.connect(self._show_outcome)
        review_label = QLabel(self.tr("Files &read:"))
        review_label.setBuddy(self.review_list)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(review_label)
        ll.addWidget(self.review_list, 1)

        self.editor_stack = QStackedWidget()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.editor_stack.addWidget(self.error_label)

        self.source = QPlainTextEdit()
        self.source.setReadOnly(True)
        self.source.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.source.setAccessibleName(self.tr("Source text"))
        font = self.source.font()
        font.setFamily("DejaVu Sans Mono")
        font.setStyleHint(font.StyleHint.Monospace)
        self.source.setFont(font)
        source_label = QLabel(self.tr("Source &text (red: not read; amber: unsure):"))
        source_label.setBuddy(self.source)
        self.warnings = QListWidget()
        self.warnings.setAccessibleName(self.tr("Things to check"))
        self.warnings.setMaximumHeight(150)
        self.warnings.itemActivated.connect(self._jump_to_warning)
        self.warnings.itemClicked.connect(self._jump_to_warning)
        warn_label = QLabel(self.tr("Things to &check:"))
        warn_label.setBuddy(self.warnings)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(source_label)
        rl.addWidget(self.source, 1)
        rl.addWidget(warn_label)
        rl.addWidget(self.warnings)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.editor_stack)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 2)
        split.setSizes([180, 680, 380])

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.merge_hint = QLabel()
        self.merge_hint.setWordWrap(True)
        self.merge_hint.setVisible(False)
        self.merge_button = QPushButton(self.tr("These files are the same person: &merge"))
        self.merge_button.setAccessibleName(self.tr("Merge the files into one client"))
        self.merge_button.setToolTip(
            self.tr("Read the files again as one person's record: cases with the same case number "
                    "become one case, and every difference is listed under Things to check.")
        )
        self.merge_button.setVisible(False)
        self.merge_button.clicked.connect(self.merge_outcomes)
        self.back_button = QPushButton(self.tr("&Back"))
        self.accept_button = QPushButton(self.tr("&Save clients"))
        self.accept_button.setDefault(True)
        self.discard_button = QPushButton(self.tr("&Discard"))
        self.back_button.clicked.connect(self.back_to_files)
        self.accept_button.clicked.connect(self.accept_review)
        self.discard_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.merge_button)
        row.addWidget(self.back_button)
        row.addWidget(self.discard_button)
        row.addWidget(self.accept_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.merge_hint)
        layout.addWidget(split, 1)
        layout.addLayout(row)
        # Shortcuts and buttons call methods, never lambdas capturing the dialog: a lambda held by a
        # child that points back at the dialog made deleting the dialog crash (issue 7).
        save_shortcut = QShortcut(QKeySequence("Ctrl+Return"), page)
        save_shortcut.activated.connect(self.accept_review)
        return page

    def back_to_files(self) -> None:
        self.stack.setCurrentIndex(0)

    def show_review(self, outcomes: list[ReadOutcome]) -> None:
        self.outcomes = outcomes
        self.documents = []
        self.editors = []
        while self.editor_stack.count() > 1:
            w = self.editor_stack.widget(1)
            if w is None:
                break
            self.editor_stack.removeWidget(w)
            w.deleteLater()
        self.review_list.clear()
        good = 0
        for o in outcomes:
            if o.result is None:
                self.documents.append(None)
                self.editors.append(None)
                item = QListWidgetItem("✗ " + o.label())
                item.setToolTip(o.error or "")
            else:
                good += 1
                record: Record = o.result.record
                doc = RecordDocument(record, original=record, parent=self)
                editor = RecordEditor(doc, statutes=self._statutes)
                self.editor_stack.addWidget(editor)
                self.documents.append(doc)
                self.editors.append(editor)
                n_unread = len([ln for ln in o.result.report.unplaced if ln.text.strip()])
                mark = "⚠ " if n_unread or o.result.report.unsure else "✓ "
                item = QListWidgetItem(mark + o.label() + "\n" + (record.person.name or ""))
                item.setToolTip("\n".join(str(p) for p in (o.merged or [o.path])))
            self.review_list.addItem(item)
        merged = any(o.merged for o in outcomes)
        if merged:
            n_files = sum(len(o.merged) for o in outcomes)
            self.summary.setText(
                self.tr("%1 files merged into one client. Check the differences under Things to check, then save.")
                .replace("%1", str(n_files))
            )
        else:
            self.summary.setText(
                self.tr("%1 of %2 files read. Check each one, correct what is wrong, then save.")
                .replace("%1", str(good)).replace("%2", str(len(outcomes)))
            )
        self._update_merge(good)
        self.accept_button.setEnabled(good > 0)
        self.stack.setCurrentIndex(1)
        if outcomes:
            self.review_list.setCurrentRow(0)
        # Keyboard: Ctrl+Enter saves; Tab walks the person, the cases and the charges.
        self.review_list.setFocus()

    # ------------------------------------------------------------------- merge
    def good_outcomes(self) -> list[ReadOutcome]:
        return [o for o in self.outcomes if o.result is not None]

    def _update_merge(self, good: int) -> None:
        can_merge = self._merger is not None and good >= 2 and self.merge_task is None
        self.merge_button.setVisible(can_merge)
        self.merge_button.setEnabled(can_merge)
        records = [o.result.record for o in self.good_outcomes()]
        suggest = can_merge and self._same_person is not None and self._same_person(records)
        self.merge_hint.setVisible(bool(suggest))
        if suggest:
            self.merge_hint.setText(
                self.tr("These %1 files have the same name and date of birth: if they are the same person, "
                        "merge them into one client.").replace("%1", str(good))
            )
            self.merge_button.setDefault(True)
        else:
            self.accept_button.setDefault(True)

    def merge_outcomes(self) -> None:
        """Read the files read well again as one record (in a worker); unreadable files stay listed."""
        if self._merger is None or self.merge_task is not None:
            return
        good = self.good_outcomes()
        if len(good) < 2:
            return
        edited = any(doc is not None and doc.edited() for doc in self.documents)
        if edited and self.isVisible():
            answer = QMessageBox.question(
                self,
                self.tr("Merge the files?"),
                self.tr("Merging reads the files again: the corrections made so far are dropped. Merge?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        paths = [p for o in good for p in (o.merged or [o.path])]
        self.merge_button.setEnabled(False)
        self.accept_button.setEnabled(False)
        self.summary.setText(self.tr("Merging %1 files…").replace("%1", str(len(paths))))
        task = Task(merge_files, paths, self._merger)
        task.done.connect(self._merge_done)
        task.failed.connect(self._merge_failed)
        self.merge_task = task
        self._merge_paths = paths
        task.start()

    def _merge_done(self, result: Any) -> None:
        self.merge_task = None
        paths = self._merge_paths
        bad = [o for o in self.outcomes if o.result is None]
        self.show_review([ReadOutcome(paths[0], result, merged=paths), *bad])

    def _merge_failed(self, exc: BaseException) -> None:
        self.merge_task = None
        if not is_user_error(exc):
            raise exc  # a bug in a reader: loud, not a dialog
        show_error(self, self.tr("The files could not be merged"), exc)
        self.show_review(self.outcomes)

    def current_editor(self) -> RecordEditor | None:
        row = self.review_list.currentRow()
        return self.editors[row] if 0 <= row < len(self.editors) else None

    def _show_outcome(self, row: int) -> None:
        if not (0 <= row < len(self.outcomes)):
            return
        o = self.outcomes[row]
        editor = self.editors[row]
        self.warnings.clear()
        if editor is None:
            self.error_label.setText(
                self.tr("%1 could not be read:\n\n%2").replace("%1", o.path.name).replace("%2", o.error or "")
            )
            self.editor_stack.setCurrentWidget(self.error_label)
            self.source.setPlainText("")
            return
        self.editor_stack.setCurrentWidget(editor)
        result = o.result
        self.source.setPlainText(result.text or "")
        selections = []
        unread = [ln for ln in result.report.unplaced if ln.text.strip()]
        unsure_lines = [u.line for u in result.report.unsure if u.line]
        for number, color in [(ln.number, UNREAD_COLOR) for ln in unread] + [(n, UNSURE_COLOR) for n in unsure_lines]:
            block = self.source.document().findBlockByNumber(number - 1)
            if not block.isValid():
                continue
            sel = QTextEdit.ExtraSelection()
            sel.format.setBackground(color)
            sel.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            sel.cursor = QTextCursor(block)
            selections.append(sel)
        self.source.setExtraSelections(selections)
        for ln in unread:
            item = QListWidgetItem(self.tr("Line %1 not read: %2").replace("%1", str(ln.number))
                                   .replace("%2", ln.text.strip()))
            item.setData(Qt.ItemDataRole.UserRole, ln.number)
            self.warnings.addItem(item)
        for u in result.report.unsure:
            item = QListWidgetItem(self.tr("Unsure of %1 (%2): %3").replace("%1", u.value)
                                   .replace("%2", u.where).replace("%3", u.why))
            item.setData(Qt.ItemDataRole.UserRole, u.line or 0)
            self.warnings.addItem(item)
        for text in result.report.conflicts:
            if o.merged:
                text = self.tr("The files differ: %1").replace("%1", text)
            self.warnings.addItem(QListWidgetItem(text))
        for text in result.report.notes:
            self.warnings.addItem(QListWidgetItem(text))
        if self.warnings.count() == 0:
            self.warnings.addItem(QListWidgetItem(self.tr("Every line was read.")))

    def _jump_to_warning(self, item: QListWidgetItem) -> None:
        number = item.data(Qt.ItemDataRole.UserRole)
        if not number:
            return
        block = self.source.document().findBlockByNumber(int(number) - 1)
        if block.isValid():
            cursor = QTextCursor(block)
            self.source.setTextCursor(cursor)
            self.source.centerCursor()

    def unread_line_numbers(self) -> list[int]:
        return [s.cursor.blockNumber() + 1 for s in self.source.extraSelections()]

    def accept_review(self) -> None:
        if self.stack.currentIndex() != 1:
            return
        out = []
        for o, doc, editor in zip(self.outcomes, self.documents, self.editors, strict=True):
            if doc is None or editor is None:
                continue
            editor.commit_pending()
            out.append((o.result.record, doc.record, o.result.text or "", o.path))
        if not out:
            return
        self.accepted_records.emit(out)
        self.accept()

    def reject(self) -> None:
        if self.task is not None:
            self.cancel_reading()
        if self.merge_task is not None:
            task, self.merge_task = self.merge_task, None
            task.cancel()
            task.done.disconnect(self._merge_done)
            task.failed.disconnect(self._merge_failed)
        edited = any(doc is not None and doc.edited() for doc in self.documents)
        if self.stack.currentIndex() == 1 and edited and self.isVisible():
            answer = QMessageBox.question(
                self,
                self.tr("Discard the review?"),
                self.tr("You corrected some values. Discard them and close without saving?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
