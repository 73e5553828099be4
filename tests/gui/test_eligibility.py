"""The Eligibility pane: groups, reasons with citations, questions, dates."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from reliefdesk.gui.eligibility_pane import SPAN_ROLE, EligibilityPane
from reliefdesk.model import record_from_json
from reliefdesk.services.analysis import analyze_record

pytestmark = pytest.mark.gui


@pytest.fixture
def pane(qtbot: Any) -> EligibilityPane:
    p = EligibilityPane(analyze_record)
    qtbot.addWidget(p)
    p.show()
    return p


def _tops(pane: EligibilityPane) -> list[str]:
    return [pane.tree.topLevelItem(i).text(0) for i in range(pane.tree.topLevelItemCount())]


def test_groups_reasons_and_a_typed_date_answer(qtbot: Any, pane: EligibilityPane, demo_dir: Path) -> None:
    record = record_from_json((demo_dir / "kowalski.record.json").read_text(encoding="utf-8"))
    pane.set_record(record)
    assert pane.analysis is not None
    assert any(t.startswith("Eligible now") for t in _tops(pane))
    # Reasons are rows of their own, with the citation.
    reasons = []
    stack = [pane.tree.topLevelItem(i) for i in range(pane.tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        if item.data(0, SPAN_ROLE):
            reasons.append(item)
        stack += [item.child(i) for i in range(item.childCount())]
    assert reasons and any("ILCS" in r.text(0) for r in reasons)
    pane.tree.setCurrentItem(reasons[0])
    assert pane.detail_label.text().startswith(reasons[0].toolTip(0)[:20])
    # A question whose answer can be a date takes a typed date.
    combo = pane.question_combo("other_sentences")
    assert combo is not None and combo.isEditable()
    line = combo.lineEdit()
    line.setText("2015-06-30")
    line.editingFinished.emit()
    assert pane.answers["other_sentences"] == "2015-06-30"
    # Nonsense is not an answer.
    combo = pane.question_combo("other_sentences")
    assert combo is not None
    combo.lineEdit().setText("last spring")
    combo.lineEdit().editingFinished.emit()
    assert pane.answers["other_sentences"] == "2015-06-30"


def test_an_earlier_date_shows_eligible_later_with_its_date(pane: EligibilityPane, demo_dir: Path) -> None:
    record = record_from_json((demo_dir / "washington.record.json").read_text(encoding="utf-8"))
    pane.set_record(record)
    pane.set_dates(date(2014, 1, 1), date(2014, 1, 1))
    assert pane.analysis is not None and pane.analysis.as_of == date(2014, 1, 1)
    later = [c for c in pane.analysis.charges if c.status.value == "eligible_later"]
    assert later, "in 2014 some of Washington's record is only eligible later"
    assert any(t.startswith("Eligible later") for t in _tops(pane))
    group = next(pane.tree.topLevelItem(i) for i in range(pane.tree.topLevelItemCount())
                 if pane.tree.topLevelItem(i).text(0).startswith("Eligible later"))
    whens = [group.child(i).text(2) for i in range(group.childCount())]
    assert any(w.startswith("from ") for w in whens)
    # Back to today.
    pane.today_button.click()
    assert pane.analysis.as_of == date.today()


@pytest.mark.parametrize("name", ["kowalski", "washington", "hernandez"])
def test_summary_and_group_headings_name_cases_and_charges(
    qtbot: Any, pane: EligibilityPane, demo_dir: Path, name: str
) -> None:
    """The summary line and the group headings give the same counts, each labelled (issue 9, header counts)."""
    from reliefdesk.model import Status

    record = record_from_json((demo_dir / f"{name}.record.json").read_text(encoding="utf-8"))
    pane.set_record(record)
    analysis = pane.analysis
    assert analysis is not None
    summary = pane.summary_label.text()
    for top in _tops(pane):
        label, _, counts = top.partition(" — ")
        status = next(s for s in Status if label == _status_label(s))
        cases = sum(1 for c in analysis.cases if c.status == status)
        charges = analysis.summary[status.value]
        expected = pane.count_text(cases, charges)
        assert counts == expected, (top, expected)
        assert ("case" in counts) == (cases > 0) and "charge" in counts
        if status != Status.ALREADY_RELIEVED:
            assert f"{label}: {expected}" in summary, (summary, expected)
    assert pane.count_text(3, 4) == "3 cases, 4 charges"
    assert pane.count_text(1, 1) == "1 case, 1 charge"
    assert pane.count_text(0, 2) == "2 charges"


def _status_label(status: Any) -> str:
    from reliefdesk.gui import strings

    return strings.label(strings.STATUS_LABELS, status)
