"""From rap sheet text to relief: the published samples and the synthetic sheet, through the registry."""

from __future__ import annotations

from datetime import date

from reliefdesk import rules
from reliefdesk.model import Relief, Status
from reliefdesk.readers import read_path, read_text
from reliefdesk.rules.california import REASON_CODES
from tests.conftest import ROOT, shared_path
from tests.readers.test_california_sheets import SYNTHETIC, SYNTHETIC_OCR

AS_OF = date(2026, 12, 1)


def summary(text: str, answers: dict[str, str] | None = None) -> list[tuple[str | None, str | None, str, str, str | None]]:
    a = rules.analyze(read_text(text).record, AS_OF, AS_OF, answers or {})
    return [(c.case_number, c.statute, c.relief.value, c.status.value, c.route) for c in a.charges]


def test_long_header_sample_cannabis_conviction() -> None:
    rec = read_path(shared_path("samples", "ca", "skywalker_long_header.txt")).record
    a = rules.analyze(rec, AS_OF)
    assert a.jurisdiction == "CA"
    first = a.charges[0]
    assert (first.case_number, first.statute, first.relief, first.status, first.route) == (
        "300000", "11357 HS", Relief.DISMISS_SEAL, Status.ELIGIBLE_NOW, "redesignation",
    )
    assert [q.id for q in a.questions()] == ["ca_deceased"]
    assert all(c.status is Status.NOT_ELIGIBLE for c in a.charges[1:])


def test_samples_without_cannabis_have_nothing_eligible() -> None:
    for name in ("skywalker_ineligible.txt", "skywalker_pc1203.txt"):
        a = rules.analyze(read_path(shared_path("samples", "ca", name)).record, AS_OF)
        assert a.summary["eligible_now"] == 0 and a.summary["not_eligible"] == 1


SYNTHETIC_RESULT = [
    ("C900555", "11359 HS", "none", "already_relieved", None),
    ("C900555", "11360(a) HS", "none", "not_eligible", None),
    ("BA123456", "11360(a) HS", "none", "already_relieved", None),
    ("BA123456", "32 PC", "dismiss_seal", "needs_review", "redesignation"),
    ("M45678", "11358 HS", "dismiss_seal", "eligible_now", "redesignation"),
    ("M45678", "11358 HS", "dismiss_seal", "eligible_now", "redesignation"),
    ("13001234", "11357(b) HS", "dismiss_seal", "eligible_now", None),
    ("13001234", "148(a)(1) PC", "none", "not_eligible", None),
    ("17CR0001", "11359 HS", "none", "not_eligible", None),
    (None, "11357 HS", "none", "not_eligible", None),
]


def test_synthetic_sheet_relief() -> None:
    assert summary(SYNTHETIC) == SYNTHETIC_RESULT


def test_ocr_damaged_sheet_gets_the_same_relief() -> None:
    assert summary(SYNTHETIC_OCR) == SYNTHETIC_RESULT


def test_every_reason_code_is_catalogued_and_documented() -> None:
    engine = (ROOT / "reliefdesk" / "rules" / "california" / "engine.py").read_text(encoding="utf-8")
    import re

    used = set(re.findall(r'"(CA_[A-Z0-9_]+)"', engine))
    used |= {f"{c}_POSSIBLE" for c in used if c in ("CA_DQ_SUPER_STRIKE", "CA_DQ_PC290")}
    assumptions = {"CA_PRIOR_ONLY", "CA_ANY_DISQUALIFIER", "CA_NO_AMOUNTS", "CA_SUPER_STRIKE_LIST"}
    assert used - assumptions <= set(REASON_CODES)
    docs = (ROOT / "docs" / "california.md").read_text(encoding="utf-8")
    missing = [c for c in [*REASON_CODES, *assumptions] if f"`{c}`" not in docs]
    assert missing == []


def test_every_setting_and_question_is_documented() -> None:
    from reliefdesk.rules.california import OPTION_KEYS

    docs = (ROOT / "docs" / "california.md").read_text(encoding="utf-8")
    assert [k for k in OPTION_KEYS if f"`{k}`" not in docs] == []
    for q in ("ca_level", "ca_route", "ca_conduct_before_cutoff", "ca_relief", "ca_plea_bargain", "ca_deceased"):
        assert f"`{q}" in docs, q
