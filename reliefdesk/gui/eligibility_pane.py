"""Eligibility: the analysis grouped by status, each case opening into its
reasons in plain language with citations; the engine's questions as controls
whose answers re-run the analysis at once; as-of and filing dates adjustable.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from reliefdesk.gui import strings
from reliefdesk.model import Analysis, ChargeResult, Question, Record, Status

GROUPS: tuple[Status, ...] = (
    Status.ELIGIBLE_NOW,
    Status.ELIGIBLE_LATER,
    Status.NEEDS_REVIEW,
    Status.NOT_ELIGIBLE,
    Status.ALREADY_RELIEVED,
)
GROUP_COLORS = {
    Status.ELIGIBLE_NOW: "#1b7a33",
    Status.ELIGIBLE_LATER: "#1f5fa8",
    Status.NEEDS_REVIEW: "#a66300",
    Status.NOT_ELIGIBLE: "#7a1b1b",
    Status.ALREADY_RELIEVED: "#555555",
}

SPAN_ROLE = Qt.ItemDataRole.UserRole + 10

#: A choice that means "type a date" (the engine's convention).
DATE_CHOICE = "YYYY-MM-DD"

Analyzer = Callable[[Record, date, date, dict[str, str]], Analysis]


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class EligibilityPane(QWidget):
    """Shows one analysis; asks ``analyzer`` again whenever an answer or date changes."""

    #: the new analysis, and whether the volunteer caused it (answer or date change)
    analyzed = Signal(object, bool)

    def __init__(self, analyzer: Analyzer, parent: QWidget | None = None):
        super().__init__(parent)
        self._analyzer = analyzer
        self._record: Record | None = None
        self.answers: dict[str, str] = {}
        self.analysis: Analysis | None = None
        self._combos: dict[str, QComboBox] = {}
        self._seen: dict[str, Question] = {}

        # Dates
        self.as_of_edit = QDateEdit()
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat("yyyy-MM-dd")
        self.as_of_edit.setAccessibleName(self.tr("Analyze as of"))
        self.filing_edit = QDateEdit()
        self.filing_edit.setCalendarPopup(True)
        self.filing_edit.setDisplayFormat("yyyy-MM-dd")
        self.filing_edit.setAccessibleName(self.tr("Filing date"))
        as_of_label = QLabel(self.tr("&As of:"))
        as_of_label.setBuddy(self.as_of_edit)
        filing_label = QLabel(self.tr("&Filing date:"))
        filing_label.setBuddy(self.filing_edit)
        self.today_button = QPushButton(self.tr("&Today"))
        self.today_button.clicked.connect(lambda: self.reset_dates(run=True))
        dates = QHBoxLayout()
        for w in (as_of_label, self.as_of_edit, filing_label, self.filing_edit, self.today_button):
            dates.addWidget(w)
        dates.addStretch(1)
        self.rules_label = QLabel()
        self.rules_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        dates.addWidget(self.rules_label)
        self.as_of_edit.dateChanged.connect(self._dates_changed)
        self.filing_edit.dateChanged.connect(self._dates_changed)

        # Results
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Case and charge"), self.tr("Relief"), self.tr("When")])
        self.tree.setAccessibleName(self.tr("Eligibility results"))
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label.setMinimumHeight(48)
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail_label.setStyleSheet("QLabel { background: palette(base); border: 1px solid palette(mid); padding: 4px; }")
        self.tree.currentItemChanged.connect(self._show_detail)

        # Questions
        self.questions_box = QGroupBox(self.tr("&Questions that would settle the result"))
        self.questions_form = QFormLayout(self.questions_box)
        self.questions_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.no_questions = QLabel(self.tr("No questions: the record answers everything the rules ask."))
        self.no_questions.setWordWrap(True)
        self.questions_form.addRow(self.no_questions)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.questions_box)
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextFormat(Qt.TextFormat.PlainText)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(scroll, 1)
        rl.addWidget(self.notes_label)

        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.summary_label)
        ll.addWidget(self.tree, 1)
        ll.addWidget(self.detail_label)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([620, 280])

        layout = QVBoxLayout(self)
        layout.addLayout(dates)
        layout.addWidget(split, 1)
        self._loading = False
        self.reset_dates(run=False)

    # -- dates
    def reset_dates(self, run: bool = True, filing: date | None = None) -> None:
        today = date.today()
        self._loading = True
        self.as_of_edit.setDate(qdate(today))
        self.filing_edit.setDate(qdate(filing or self.default_filing or today))
        self._loading = False
        if run:
            self.run(user=True)

    default_filing: date | None = None

    def as_of(self) -> date:
        return pydate(self.as_of_edit.date())

    def filing_date(self) -> date:
        return pydate(self.filing_edit.date())

    def set_dates(self, as_of: date, filing: date) -> None:
        self._loading = True
        self.as_of_edit.setDate(qdate(as_of))
        self.filing_edit.setDate(qdate(filing))
        self._loading = False
        self.run(user=True)

    def _dates_changed(self) -> None:
        if not self._loading:
            self.run(user=True)

    # -- the analysis
    def set_record(self, record: Record | None, answers: dict[str, str] | None = None) -> None:
        self._record = record
        self.answers = dict(answers or {})
        self._seen = {}
        self.run(user=False)

    def set_answer(self, question_id: str, answer: str | None) -> None:
        if answer:
            self.answers[question_id] = answer
        else:
            self.answers.pop(question_id, None)
        self.run(user=True)

    def run(self, user: bool = False) -> Analysis | None:
        if self._record is None:
            self.analysis = None
            self._show(None)
            return None
        analysis = self._analyzer(self._record, self.as_of(), self.filing_date(), dict(self.answers))
        self.analysis = analysis
        self._show(analysis)
        self.analyzed.emit(analysis, user)
        return analysis

    # -- showing
    def _when(self, status: Status, eligible_on: date | None, estimated: bool) -> str:
        if eligible_on is None:
            return ""
        text = eligible_on.isoformat()
        if status == Status.ELIGIBLE_LATER:
            text = self.tr("from %1").replace("%1", text)
        elif status == Status.ELIGIBLE_NOW:
            text = self.tr("since %1").replace("%1", text)
        if estimated:
            text += " " + self.tr("(estimated)")
        return text

    def count_text(self, cases: int, charges: int) -> str:
        """'3 cases, 4 charges' (both named, so no count is read as the other)."""
        case_text = self.tr("1 case") if cases == 1 else self.tr("%1 cases").replace("%1", str(cases))
        charge_text = self.tr("1 charge") if charges == 1 else self.tr("%1 charges").replace("%1", str(charges))
        if cases == 0 and charges:
            return charge_text
        return self.tr("%1, %2").replace("%1", case_text).replace("%2", charge_text)

    def _show(self, analysis: Analysis | None) -> None:
        self.tree.clear()
        self._show_questions(analysis)
        if analysis is None:
            self.summary_label.setText(self.tr("Choose a client to see what relief they can ask for."))
            self.rules_label.setText("")
            self.notes_label.setText("")
            return
        self.rules_label.setText(
            self.tr("Rules: %1").replace("%1", analysis.rules_label or analysis.rules_version)
        )
        # One count for the summary line and the group headings, both labelled: a case holds
        # several charges, so "Eligible now: 4" (charges) beside "Eligible now (3)" (cases) misled.
        charge_counts = analysis.summary
        case_counts = {s: sum(1 for c in analysis.cases if c.status == s) for s in GROUPS}
        parts = [
            self.tr("%1: %2").replace("%1", strings.label(strings.STATUS_LABELS, s))
            .replace("%2", self.count_text(case_counts.get(s, 0), charge_counts.get(s.value, 0)))
            for s in GROUPS[:4]
        ]
        self.summary_label.setText(" · ".join(parts))
        if not analysis.charges and not analysis.cases:
            self.summary_label.setText(
                self.tr("No results: the rules for this state gave no answer for this record. Check the Record tab.")
            )
        by_case: dict[str | None, list[ChargeResult]] = {}
        for ch in analysis.charges:
            by_case.setdefault(ch.case_number, []).append(ch)
        groups: dict[Status, QTreeWidgetItem] = {}

        def group(status: Status) -> QTreeWidgetItem:
            if status not in groups:
                item = QTreeWidgetItem([strings.label(strings.STATUS_LABELS, status)])
                font = QFont()
                font.setBold(True)
                font.setPointSizeF(font.pointSizeF() * 1.1)
                item.setFont(0, font)
                item.setForeground(0, QBrush(QColor(GROUP_COLORS[status])))
                item.setFirstColumnSpanned(False)
                groups[status] = item
            return groups[status]

        shown_cases: set[str | None] = set()
        for case in analysis.cases:
            shown_cases.add(case.case_number)
            item = QTreeWidgetItem(
                [
                    self.tr("Case %1").replace("%1", case.case_number or self.tr("(no number)")),
                    strings.label(strings.RELIEF_LABELS, case.relief),
                    self._when(case.status, case.eligible_on, case.estimated),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, case.case_number)
            for reason in case.reasons:
                self._reason_item(item, reason)
            for ch in by_case.get(case.case_number, []):
                self._charge_item(item, ch)
            group(case.status).addChild(item)
        for number, charges in by_case.items():
            if number in shown_cases:
                continue
            for ch in charges:
                item = self._charge_item(None, ch, with_case=True)
                group(ch.status).addChild(item)
        for status in GROUPS:
            if status in groups:
                g = groups[status]
                g.setText(0, self.tr("%1 — %2").replace("%1", g.text(0))
                          .replace("%2", self.count_text(case_counts.get(status, 0),
                                                         charge_counts.get(status.value, 0))))  # fmt: skip
                self.tree.addTopLevelItem(g)
                g.setExpanded(True)
                for i in range(g.childCount()):
                    child = g.child(i)
                    if child is not None and status in (Status.ELIGIBLE_NOW, Status.NEEDS_REVIEW):
                        # Open the case and its charges: the reasons are what the volunteer reads.
                        child.setExpanded(True)
                        for j in range(child.childCount()):
                            grandchild = child.child(j)
                            if grandchild is not None:
                                grandchild.setExpanded(True)
        self._span(self.tree.invisibleRootItem())
        self._show_detail(None)
        notes = [a.text for a in analysis.assumptions] + [f"{n.text} ({n.citation})" for n in analysis.notes]
        self.notes_label.setText(
            (self.tr("Assumed:") + "\n• " + "\n• ".join(notes)) if notes else ""
        )

    def _show_detail(self, current: QTreeWidgetItem | None, previous: object = None) -> None:
        """The whole sentence of the chosen row (long reasons do not fit on one line)."""
        if current is None:
            self.detail_label.setText(self.tr("Choose a line to read it in full."))
            return
        text = current.toolTip(0) or " · ".join(t for t in (current.text(0), current.text(1), current.text(2)) if t)
        self.detail_label.setText(text)

    def select_first_reason(self) -> None:
        """Choose the first reason row (the tour shows one read in full)."""
        it = QTreeWidgetItemIterator(self.tree)
        while it.value() is not None:
            item = it.value()
            if item is not None and item.data(0, SPAN_ROLE):
                self.tree.setCurrentItem(item)
                return
            it += 1

    def _span(self, item: QTreeWidgetItem) -> None:
        """Sentences (reasons, warnings) use the whole row (only possible once in the tree)."""
        for i in range(item.childCount()):
            child = item.child(i)
            if child is None:
                continue
            if child.data(0, SPAN_ROLE):
                child.setFirstColumnSpanned(True)
            self._span(child)

    def _charge_item(
        self, parent: QTreeWidgetItem | None, ch: ChargeResult, with_case: bool = False
    ) -> QTreeWidgetItem:
        title = ch.statute or self.tr("(no statute)")
        if with_case:
            title = self.tr("Case %1, %2").replace("%1", ch.case_number or self.tr("(no number)")).replace("%2", title)
        status = strings.label(strings.STATUS_LABELS, ch.status)
        item = QTreeWidgetItem(
            [
                self.tr("Charge %1: %2").replace("%1", str(ch.charge_index + 1)).replace("%2", title),
                strings.label(strings.RELIEF_LABELS, ch.relief),
                self._when(ch.status, ch.eligible_on, ch.estimated) or status,
            ]
        )
        item.setToolTip(0, status)
        for reason in ch.reasons:
            self._reason_item(item, reason)
        for alt in ch.alternatives:
            alt_item = QTreeWidgetItem(
                [
                    self.tr("Also possible: %1").replace("%1", strings.label(strings.RELIEF_LABELS, alt.relief)),
                    strings.label(strings.STATUS_LABELS, alt.status),
                    self._when(alt.status, alt.eligible_on, alt.estimated),
                ]
            )
            item.addChild(alt_item)
        for w in ch.warnings:
            warning = QTreeWidgetItem(["⚠ " + w])
            warning.setToolTip(0, w)
            warning.setData(0, SPAN_ROLE, True)
            item.addChild(warning)
        if parent is not None:
            parent.addChild(item)
        return item

    def _reason_item(self, parent: QTreeWidgetItem, reason: object) -> None:
        """One reason on a row of its own, across all columns: the sentence, then its citation."""
        text = getattr(reason, "text", "")
        citation = getattr(reason, "citation", "")
        item = QTreeWidgetItem([f"{text} ({citation})" if citation else text])
        item.setToolTip(0, f"{text}\n{citation}\n{getattr(reason, 'code', '')}")
        item.setData(0, Qt.ItemDataRole.UserRole, getattr(reason, "code", ""))
        item.setData(0, SPAN_ROLE, True)
        parent.addChild(item)

    def _clear_questions(self) -> None:
        while self.questions_form.rowCount() > 0:
            taken = self.questions_form.takeRow(0)
            for item in (taken.labelItem, taken.fieldItem):
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.hide()
                    widget.deleteLater()
        self._combos.clear()

    def _show_questions(self, analysis: Analysis | None) -> None:
        questions = list(analysis.questions()) if analysis is not None else []
        # A question once answered stays visible (the engine may stop asking it),
        # so the answer can be changed back.
        asked = {q.id for q in questions}
        for qid, q in self._seen.items():
            if qid not in asked and qid in self.answers:
                questions.append(q)
        for q in questions:
            self._seen.setdefault(q.id, q)
        if [q.id for q in questions] == list(self._combos) and questions:
            for q in questions:
                combo = self._combos[q.id]
                combo.blockSignals(True)
                combo.setCurrentIndex(max(combo.findData(self.answers.get(q.id, "")), 0))
                combo.blockSignals(False)
            return
        self._clear_questions()
        if not questions:
            self.no_questions = QLabel(self.tr("No questions: the record answers everything the rules ask."))
            self.no_questions.setWordWrap(True)
            self.questions_form.addRow(self.no_questions)
            return
        previous: QWidget | None = self.today_button
        for q in questions:
            combo = QComboBox()
            combo.addItem(self.tr("(not answered)"), "")
            wants_date = DATE_CHOICE in q.choices
            for choice in q.choices:
                if choice != DATE_CHOICE:
                    combo.addItem(choice, choice)
            combo.setAccessibleName(q.text)
            answer = self.answers.get(q.id, "")
            if wants_date:
                # One of the choices is "a date": the box also takes a typed date.
                combo.setEditable(True)
                combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
                line = combo.lineEdit()
                assert line is not None
                line.setPlaceholderText(self.tr("or type a date, YYYY-MM-DD"))
                if answer and combo.findData(answer) < 0:
                    combo.addItem(answer, answer)
                line.editingFinished.connect(
                    lambda qid=q.id, c=combo: self._typed_answer(qid, c)
                )
            combo.setCurrentIndex(max(combo.findData(answer), 0))
            combo.currentIndexChanged.connect(lambda _i, qid=q.id, c=combo: self.set_answer(qid, c.currentData()))
            label = QLabel(q.text)
            label.setWordWrap(True)
            label.setBuddy(combo)
            self.questions_form.addRow(label, combo)
            self._combos[q.id] = combo
            if previous is not None:
                QWidget.setTabOrder(previous, combo)
            previous = combo

    def _typed_answer(self, question_id: str, combo: QComboBox) -> None:
        text = combo.currentText().strip()
        if combo.findText(text) >= 0 and combo.itemData(combo.findText(text)) == combo.currentData():
            return  # a listed choice: currentIndexChanged handles it
        try:
            date.fromisoformat(text)
        except ValueError:
            line = combo.lineEdit()
            if line is not None:
                line.setText(combo.itemText(combo.currentIndex()))
            return
        if self.answers.get(question_id) != text:
            self.set_answer(question_id, text)

    def question_combo(self, question_id: str) -> QComboBox | None:
        return self._combos.get(question_id)
