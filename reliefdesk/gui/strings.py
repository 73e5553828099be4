"""Plain-language labels for the model's enums, marked for translation.

The engine and the model speak in codes (``stricken_with_leave``); the volunteer
reads "Stricken with leave to reinstate (SOL)". Every label here is wrapped in
``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` collects it, and translated at the
moment it is shown with ``QCoreApplication.translate``.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
        """Marks ``text`` for translation in ``context`` (typed: PySide's stub says object)."""
        ...

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

from reliefdesk.model import Disposition, Level, OffenseClass, Relief, SentenceKind, Status

CONTEXT = "Labels"

DISPOSITION_LABELS: dict[str, str] = {
    Disposition.RELEASED_WITHOUT_CHARGING: QT_TRANSLATE_NOOP("Labels", "Released without charging"),
    Disposition.DISMISSED: QT_TRANSLATE_NOOP("Labels", "Dismissed"),
    Disposition.STRICKEN_WITH_LEAVE: QT_TRANSLATE_NOOP("Labels", "Stricken with leave (SOL)"),
    Disposition.ACQUITTED: QT_TRANSLATE_NOOP("Labels", "Acquitted / not guilty"),
    Disposition.VACATED: QT_TRANSLATE_NOOP("Labels", "Vacated / reversed"),
    Disposition.SUPERVISION: QT_TRANSLATE_NOOP("Labels", "Supervision (completed)"),
    Disposition.SUPERVISION_UNSATISFACTORY: QT_TRANSLATE_NOOP("Labels", "Supervision, unsatisfactory"),
    Disposition.QUALIFIED_PROBATION: QT_TRANSLATE_NOOP("Labels", "Qualified probation (completed)"),
    Disposition.QUALIFIED_PROBATION_UNSATISFACTORY: QT_TRANSLATE_NOOP(
        "Labels", "Qualified probation, unsatisfactory"
    ),
    Disposition.CONVICTED: QT_TRANSLATE_NOOP("Labels", "Convicted"),
    Disposition.SET_ASIDE: QT_TRANSLATE_NOOP("Labels", "Set aside / dismissed after conviction"),
    Disposition.PENDING: QT_TRANSLATE_NOOP("Labels", "Pending"),
    Disposition.UNKNOWN: QT_TRANSLATE_NOOP("Labels", "Unknown"),
}

LEVEL_LABELS: dict[str, str] = {
    Level.FELONY: QT_TRANSLATE_NOOP("Labels", "Felony"),
    Level.MISDEMEANOR: QT_TRANSLATE_NOOP("Labels", "Misdemeanor"),
    Level.PETTY: QT_TRANSLATE_NOOP("Labels", "Petty offense"),
    Level.BUSINESS: QT_TRANSLATE_NOOP("Labels", "Business offense"),
    Level.ORDINANCE: QT_TRANSLATE_NOOP("Labels", "Ordinance violation"),
    Level.CIVIL: QT_TRANSLATE_NOOP("Labels", "Civil"),
    Level.INFRACTION: QT_TRANSLATE_NOOP("Labels", "Infraction"),
}

CLASS_LABELS: dict[str, str] = {
    OffenseClass.X: QT_TRANSLATE_NOOP("Labels", "Class X"),
    OffenseClass.ONE: QT_TRANSLATE_NOOP("Labels", "Class 1"),
    OffenseClass.TWO: QT_TRANSLATE_NOOP("Labels", "Class 2"),
    OffenseClass.THREE: QT_TRANSLATE_NOOP("Labels", "Class 3"),
    OffenseClass.FOUR: QT_TRANSLATE_NOOP("Labels", "Class 4"),
    OffenseClass.A: QT_TRANSLATE_NOOP("Labels", "Class A"),
    OffenseClass.B: QT_TRANSLATE_NOOP("Labels", "Class B"),
    OffenseClass.C: QT_TRANSLATE_NOOP("Labels", "Class C"),
}

SENTENCE_LABELS: dict[str, str] = {
    SentenceKind.SUPERVISION: QT_TRANSLATE_NOOP("Labels", "Supervision"),
    SentenceKind.PROBATION: QT_TRANSLATE_NOOP("Labels", "Probation"),
    SentenceKind.CONDITIONAL_DISCHARGE: QT_TRANSLATE_NOOP("Labels", "Conditional discharge"),
    SentenceKind.JAIL: QT_TRANSLATE_NOOP("Labels", "Jail"),
    SentenceKind.PRISON: QT_TRANSLATE_NOOP("Labels", "Prison"),
    SentenceKind.FINE: QT_TRANSLATE_NOOP("Labels", "Fine"),
    SentenceKind.TIME_SERVED: QT_TRANSLATE_NOOP("Labels", "Time served"),
    SentenceKind.NONE: QT_TRANSLATE_NOOP("Labels", "No sentence"),
}

RELIEF_LABELS: dict[str, str] = {
    Relief.VACATE_EXPUNGE: QT_TRANSLATE_NOOP("Labels", "Vacate and expunge"),
    Relief.EXPUNGE: QT_TRANSLATE_NOOP("Labels", "Expunge"),
    Relief.SEAL: QT_TRANSLATE_NOOP("Labels", "Seal"),
    Relief.DISMISS_SEAL: QT_TRANSLATE_NOOP("Labels", "Dismiss and seal"),
    Relief.REDUCE: QT_TRANSLATE_NOOP("Labels", "Reduce"),
    Relief.NONE: QT_TRANSLATE_NOOP("Labels", "No relief"),
}

STATUS_LABELS: dict[str, str] = {
    Status.ELIGIBLE_NOW: QT_TRANSLATE_NOOP("Labels", "Eligible now"),
    Status.ELIGIBLE_LATER: QT_TRANSLATE_NOOP("Labels", "Eligible later"),
    Status.NEEDS_REVIEW: QT_TRANSLATE_NOOP("Labels", "Needs review"),
    Status.NOT_ELIGIBLE: QT_TRANSLATE_NOOP("Labels", "Not eligible"),
    Status.ALREADY_RELIEVED: QT_TRANSLATE_NOOP("Labels", "Already relieved"),
}

EMPTY = QT_TRANSLATE_NOOP("Labels", "(not known)")


def label(table: dict[str, str], value: StrEnum | str | None) -> str:
    """The translated label of an enum value; ``(not known)`` for None."""
    if value is None:
        return QCoreApplication.translate(CONTEXT, EMPTY)
    key = value.value if isinstance(value, StrEnum) else value
    text = table.get(key)
    if text is None:
        return str(key)
    return QCoreApplication.translate(CONTEXT, text)


def tr(text: str) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP("Labels", ...)."""
    return QCoreApplication.translate(CONTEXT, text)
