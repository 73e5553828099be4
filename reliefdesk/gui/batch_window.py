"""The Batch window: choose a bulk file, watch the progress, see the summary chart, open the folder.

All the work is ``services.batch.run`` in a :class:`~reliefdesk.gui.workers.Task`
(a QThread worker reporting with signals); this window only shows what it
reports. Stop asks the run to end after the current chunk of people: the output
folder then holds complete rows for the finished people, and *Continue* resumes.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reliefdesk.gui.errors import is_user_error, show_error
from reliefdesk.gui.workers import Task
from reliefdesk.services import batch


def run_batch_job(config: batch.BatchConfig, *, report: Any, cancelled: Any) -> tuple[batch.BatchResult | None, bytes]:
    """The worker's job: the run, then the summary page rendered to PNG (None when stopped)."""

    def progress(p: batch.Progress) -> None:
        rate = int(p.rows / p.elapsed) if p.elapsed > 0 else 0
        left = ""
        if p.total and p.done and p.elapsed > 1:
            remaining = p.elapsed * (p.total - p.done) / p.done
            left = f"{int(remaining // 60)}:{int(remaining % 60):02d}"
        report(p.done, p.total, f"{p.people:,}|{rate:,}|{left}")

    try:
        result = batch.run(config, progress=progress, stop=cancelled)
    except batch.Interrupted as exc:
        # Drop the traceback now: its frames hold the worker's report callable (a QObject), and a
        # reference cycle freed later by the garbage collector, outside its thread, crashes PySide6.
        exc.__traceback__ = None
        del exc
        return None, b""
    png = b""
    pdf = config.out / batch.SUMMARY_PDF
    if pdf.exists():
        import io

        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(str(pdf))
        try:
            image = doc[0].render(scale=1.2).to_pil()
            buf = io.BytesIO()
            image.save(buf, format="PNG")
            png = buf.getvalue()
        finally:
            doc.close()
    return result, png


class BatchWindow(QDialog):
    """Bulk review: a DOJ bulk file, an Illinois spreadsheet or a folder of rap sheets."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Batch review"))
        self.setObjectName("BatchWindow")
        self.resize(760, 820)
        self.task: Task | None = None
        self.batch_result: batch.BatchResult | None = None
        self.chunk_people = batch.CHUNK_PEOPLE

        self.input_edit = QLineEdit()
        self.input_edit.setPlaceholderText(self.tr("DOJ bulk file, Illinois spreadsheet, or folder of rap sheets"))
        self.input_edit.setAccessibleName(self.tr("Input"))
        choose_file = QPushButton(self.tr("Choose file…"))
        choose_file.clicked.connect(self.choose_file)
        choose_folder = QPushButton(self.tr("Choose folder…"))
        choose_folder.clicked.connect(self.choose_input_folder)
        # An Illinois spreadsheet is read through its column mapping: confirmed here, as the import does.
        self.columns_button = QPushButton(self.tr("Columns…"))
        self.columns_button.setToolTip(self.tr("Say which column of the spreadsheet holds what"))
        self.columns_button.setEnabled(False)
        self.columns_button.clicked.connect(self.edit_columns)
        self.input_edit.textChanged.connect(self._input_changed)
        row_in = QHBoxLayout()
        row_in.addWidget(self.input_edit, 1)
        row_in.addWidget(choose_file)
        row_in.addWidget(choose_folder)
        row_in.addWidget(self.columns_button)

        self.out_edit = QLineEdit()
        self.out_edit.setAccessibleName(self.tr("Output folder"))
        choose_out = QPushButton(self.tr("Choose…"))
        choose_out.clicked.connect(self.choose_out)
        row_out = QHBoxLayout()
        row_out.addWidget(self.out_edit, 1)
        row_out.addWidget(choose_out)

        self.options_edit = QLineEdit()
        self.options_edit.setPlaceholderText(self.tr("optional: eligibility_options.json (California)"))
        self.options_edit.setAccessibleName(self.tr("Options file"))
        choose_opts = QPushButton(self.tr("Choose…"))
        choose_opts.clicked.connect(self.choose_options)
        row_opts = QHBoxLayout()
        row_opts.addWidget(self.options_edit, 1)
        row_opts.addWidget(choose_opts)

        self.as_of_edit = QDateEdit(QDate.currentDate())
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat("yyyy-MM-dd")
        # The day the motions will be filed chooses the rules (Illinois: Clean Slate from 2026-06-01);
        # it follows As of until it is changed.
        self.filing_edit = QDateEdit(QDate.currentDate())
        self.filing_edit.setCalendarPopup(True)
        self.filing_edit.setDisplayFormat("yyyy-MM-dd")
        self.filing_edit.setToolTip(self.tr("The day the motions will be filed: it chooses the rules"))
        self._filing_follows = True
        self.as_of_edit.dateChanged.connect(self._as_of_changed)
        self.filing_edit.dateChanged.connect(self._filing_changed)
        self.packets_check = QCheckBox(self.tr("Also write the petition packet of each person with something "
                                               "to file now (slower)"))  # fmt: skip
        self.workers_spin = QSpinBox()
        self.workers_spin.setRange(1, max(1, os.cpu_count() or 1))
        self.workers_spin.setValue(max(1, os.cpu_count() or 1))
        self.resume_check = QCheckBox(self.tr("Continue the interrupted run in the output folder"))

        form = QFormLayout()
        form.addRow(self.tr("Input"), row_in)
        form.addRow(self.tr("Output folder"), row_out)
        form.addRow(self.tr("Options"), row_opts)
        form.addRow(self.tr("As of"), self.as_of_edit)
        form.addRow(self.tr("Filing date"), self.filing_edit)
        form.addRow(self.tr("Worker processes"), self.workers_spin)
        form.addRow("", self.packets_check)
        form.addRow("", self.resume_check)

        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.stop)
        self.open_button = QPushButton(self.tr("Open output folder"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_output)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel(self.tr("Choose a file and an output folder, then Start."))
        self.status.setWordWrap(True)
        self.chart = QLabel()
        self.chart.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart.setAccessibleName(self.tr("Summary chart"))
        scroll = QScrollArea()
        scroll.setWidget(self.chart)
        scroll.setWidgetResizable(True)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)

    # ------------------------------------------------------------ choosing
    @Slot()
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Bulk file"), "",
                                              self.tr("Bulk files (*.csv *.dat *.txt *.xlsx);;All files (*)"))  # fmt: skip
        if path:
            self.set_input(Path(path))

    @Slot()
    def choose_input_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder of rap sheets"))
        if path:
            self.set_input(Path(path))

    @Slot()
    def choose_out(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Output folder"))
        if path:
            self.out_edit.setText(path)

    @Slot()
    def choose_options(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Eligibility options"), "", "JSON (*.json)")
        if path:
            self.options_edit.setText(path)

    def set_input(self, path: Path) -> None:
        self.input_edit.setText(str(path))
        if not self.out_edit.text():
            base = path if path.is_dir() else path.with_suffix("")
            self.out_edit.setText(str(base.parent / f"{base.name}-review"))

    @Slot(QDate)
    def _as_of_changed(self, day: QDate) -> None:
        if self._filing_follows:
            self.filing_edit.blockSignals(True)
            self.filing_edit.setDate(day)
            self.filing_edit.blockSignals(False)

    @Slot(QDate)
    def _filing_changed(self, day: QDate) -> None:
        self._filing_follows = day == self.as_of_edit.date()

    def _spreadsheet(self) -> Path | None:
        """The input, when it is an Illinois spreadsheet (read through a column mapping)."""
        text = self.input_edit.text().strip()
        path = Path(text) if text else None
        if path is None or not path.is_file():
            return None
        try:
            kind = batch.detect_kind(path, "auto")
        except Exception as exc:
            if not is_user_error(exc):
                raise
            return None
        return path if kind == "il-spreadsheet" else None

    @Slot()
    def _input_changed(self) -> None:
        self.columns_button.setEnabled(self._spreadsheet() is not None)

    @Slot()
    def edit_columns(self) -> bool:
        """Show the spreadsheet's columns to confirm or change (saved for its headers); False when cancelled."""
        path = self._spreadsheet()
        return path is not None and self._confirm_columns(path, always=True)

    def _confirm_columns(self, path: Path, always: bool) -> bool:
        """The column dialog of the import, when the mapping is only a guess (or ``always``)."""
        from reliefdesk.gui.mapping_dialog import ask_columns
        from reliefdesk.services.analysis import save_spreadsheet_mapping, spreadsheet_mapping

        try:
            mapping = spreadsheet_mapping(path)
        except Exception as exc:
            if not is_user_error(exc):
                raise
            show_error(self, self.tr("Batch review"), exc)
            return False
        if not always and not mapping.guessed:
            return True
        return ask_columns(self, path, mapping, save_spreadsheet_mapping)

    # ------------------------------------------------------------ running
    def config(self) -> batch.BatchConfig:
        if not self.input_edit.text().strip():
            raise batch.BatchError(self.tr("choose the bulk file or folder first"))
        if not self.out_edit.text().strip():
            raise batch.BatchError(self.tr("choose the output folder first"))
        options = None
        opt_path = self.options_edit.text().strip() or None
        if opt_path:
            options = batch._load_json(opt_path, "options file")
            from reliefdesk.rules.california.options import CaOptions

            CaOptions.from_eligibility_options(options)
        q, f = self.as_of_edit.date(), self.filing_edit.date()
        as_of, filing = date(q.year(), q.month(), q.day()), date(f.year(), f.month(), f.day())
        return batch.BatchConfig(
            input=Path(self.input_edit.text().strip()),
            out=Path(self.out_edit.text().strip()),
            as_of=as_of,
            filing_date=filing if filing != as_of else None,
            options=options,
            options_file=opt_path,
            workers=self.workers_spin.value(),
            resume=self.resume_check.isChecked(),
            packets=self.packets_check.isChecked(),
            chunk_people=self.chunk_people,
        )

    @Slot()
    def start(self) -> None:
        if self.task is not None:
            return
        try:
            config = self.config()
            kind = batch.detect_kind(config.input, config.jurisdiction)
        except Exception as exc:
            show_error(self, self.tr("Batch review"), exc)
            return
        if kind == "il-spreadsheet" and not self._confirm_columns(config.input, always=False):
            self.status.setText(self.tr("Confirm the columns of %1 to start.").replace("%1", config.input.name))
            return
        if not config.resume and batch.holds_review(config.out):
            answer = QMessageBox.question(
                self, self.tr("Batch review"),
                self.tr("%1 holds an earlier review. Replace it, with its result files, summary, court documents "
                        "and packets?\n\nTo continue an interrupted review instead, tick Continue.")
                .replace("%1", str(config.out)),
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.batch_result = None
        self.chart.clear()
        self.open_button.setEnabled(False)
        self.progress.setRange(0, 0)  # busy until the first report
        self.status.setText(self.tr("Starting…"))
        self.start_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        task = Task(run_batch_job, config)
        task.progress.connect(self.on_progress)
        task.done.connect(self.on_done)
        task.failed.connect(self.on_failed)
        task.finished.connect(self.on_finished)
        self.task = task
        self._out = config.out
        task.start()

    @Slot()
    def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.stop_button.setEnabled(False)
            self.status.setText(self.tr("Stopping after the current group of people…"))

    @Slot(int, int, str)
    def on_progress(self, done: int, total: int, text: str) -> None:
        if total > 0:
            scale = max(1, total // 1_000_000)  # QProgressBar holds an int32
            self.progress.setRange(0, total // scale)
            self.progress.setValue(done // scale)
        people, rate, left = (text.split("|") + ["", "", ""])[:3]
        msg = self.tr("%1 people reviewed, %2 rows a second").replace("%1", people).replace("%2", rate)
        if left:
            msg += self.tr(", about %1 left").replace("%1", left)
        self.status.setText(msg)

    @Slot(object)
    def on_done(self, value: object) -> None:
        result: batch.BatchResult | None = value[0]  # type: ignore[index]
        png: bytes = value[1]  # type: ignore[index]
        self.open_button.setEnabled(True)
        if result is None:
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            self.status.setText(self.tr("Stopped. The output folder holds complete results for the people "
                                        "finished so far; tick Continue and Start to go on."))  # fmt: skip
            self.resume_check.setChecked(True)
            return
        self.batch_result = result
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        s = result.summary
        by_people = s.get("people_by_result", {})  # people, as the summary page's first line counts them
        self.status.setText(
            self.tr("Done: %1 people reviewed: %2 can get relief now, %3 need review; "
                    "%4 rows not used (errors.csv); %5 s.")
            .replace("%1", f"{result.people:,}")
            .replace("%2", f"{by_people.get('eligible', 0):,}")
            .replace("%3", f"{by_people.get('needs review', 0):,}")
            .replace("%4", f"{result.errors:,}")
            .replace("%5", f"{result.elapsed:.1f}")
        )
        if s.get("packets"):
            self.status.setText(self.status.text() + " " + self.tr("%1 petition packets in its packets folder.")
                                .replace("%1", f"{s['packets']:,}"))  # fmt: skip
        self.resume_check.setChecked(False)
        if png:
            pix = QPixmap()
            pix.loadFromData(png, "PNG")
            self.chart.setPixmap(pix)

    @Slot(object)
    def on_failed(self, exc: object) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText(self.tr("The batch did not run."))
        show_error(self, self.tr("Batch review"), exc)  # type: ignore[arg-type]

    @Slot()
    def on_finished(self) -> None:
        self.task = None
        self.start_button.setEnabled(True)
        self.stop_button.setEnabled(False)

    def output_url(self) -> QUrl:
        return QUrl.fromLocalFile(str(getattr(self, "_out", Path(self.out_edit.text()))))

    @Slot()
    def open_output(self) -> None:
        QDesktopServices.openUrl(self.output_url())

    def _end_run(self) -> None:
        """Closing (the close box or Escape) stops the run and lets its thread end first."""
        task = self.task
        if task is not None:
            task.cancel()
            task.wait(60000)

    def closeEvent(self, event: Any) -> None:
        self._end_run()
        super().closeEvent(event)

    def done(self, result: int) -> None:  # Escape reaches done() without a closeEvent
        self._end_run()
        super().done(result)
