"""The pieces: disposition words, sentences, classes, dates, case-number keys, clean-up."""

from __future__ import annotations

from datetime import date

import pytest

from reliefdesk.model import Disposition, Level, OffenseClass, SentenceKind
from reliefdesk.readers import read_text
from reliefdesk.readers.cleanup import case_number, clean_line, state_id
from reliefdesk.readers.dates import find_dates, parse_date
from reliefdesk.readers.il_vocab import find_class, main_sentence_kind, sentence_length
from reliefdesk.readers.merge import case_key

ISP = """ILLINOIS STATE POLICE
NAME: DOE, JANE
CYCLE 001   ARREST DATE: 05/02/2011
  CHARGE 01  720 ILCS 5/16-25(A)(1)  RETAIL THEFT   CLASS: A MISD
  COURT CASE: 11-1-234567-01
  DISPOSITION DATE: 07/19/2011   DISPOSITION: {}
"""

D = Disposition


@pytest.mark.parametrize(
    ("printed", "disposition"),
    [
        ("FINDING OF GUILTY", D.CONVICTED), ("FG", D.CONVICTED), ("PLEA OF GUILTY - FINDING OF GUILTY", D.CONVICTED),
        ("FINDING OF NOT GUILTY", D.ACQUITTED), ("FNG", D.ACQUITTED), ("NOLLE PROSEQUI", D.DISMISSED),
        ("NOL", D.DISMISSED), ("DWP", D.DISMISSED), ("FNPC", D.DISMISSED), ("BF-SOL", D.DISMISSED),
        ("SOL", D.STRICKEN_WITH_LEAVE), ("STRICKEN OFF WITH LEAVE TO REINSTATE", D.STRICKEN_WITH_LEAVE),
        ("BFW", D.PENDING), ("VACATED", D.VACATED), ("RELEASED WITHOUT CHARGING", D.RELEASED_WITHOUT_CHARGING),
        ("SUPERVISION 12 MOS", D.SUPERVISION), ("SUPV TERM UNSAT", D.SUPERVISION_UNSATISFACTORY),
        ("SUPERVISION 12 MOS - TERMINATED SATISFACTORILY", D.SUPERVISION),
        ("410 PROBATION 24 MOS", D.QUALIFIED_PROBATION), ("TASC PROBATION 18 MONTHS", D.QUALIFIED_PROBATION),
        ("PROBATION 24 MONTHS", D.CONVICTED), ("CONDITIONAL DISCHARGE 12 MOS", D.CONVICTED),
        ("GUILTY - CCDOC 30 DAYS CTDS", D.CONVICTED), ("PLEA OF NOT GUILTY", D.UNKNOWN), ("XYZZY", D.UNKNOWN),
    ],
)  # fmt: skip
def test_disposition_vocabulary(printed: str, disposition: Disposition) -> None:
    charge = read_text(ISP.format(printed)).record.cases[0].charges[0]
    assert charge.disposition is disposition
    assert charge.disposition_raw == printed


def test_stricken_with_leave_warns_it_can_be_reinstated() -> None:
    result = read_text(ISP.format("SOL"))
    assert any("reinstated" in u.why for u in result.report.unsure)


def test_a_line_that_gives_and_ends_a_sentence() -> None:
    result = read_text(ISP.format("SUPERVISION 12 MOS - TERMINATED SATISFACTORILY"))
    sentence = result.record.cases[0].charges[0].sentence
    assert sentence is not None and (sentence.start, sentence.end) == (None, date(2011, 7, 19))
    assert any(u.where.endswith("sentence.start") for u in result.report.unsure)


@pytest.mark.parametrize(
    ("text", "kind", "length"),
    [("IDOC 2 YRS", SentenceKind.PRISON, "2 years"), ("CONDITIONAL DISCHARGE 12 MOS; FINE $250", SentenceKind.CONDITIONAL_DISCHARGE, "12 months"),
     ("Probation - 18 Months (730 ILCS 5/5-6-3.3)", SentenceKind.PROBATION, "18 months"), ("FINE $250", SentenceKind.FINE, None),
     ("CCDOC 30 DAYS", SentenceKind.JAIL, "30 days"), ("1 YR 6 MOS PROBATION", SentenceKind.PROBATION, "1 year 6 months")],
)  # fmt: skip
def test_sentences(text: str, kind: SentenceKind, length: str | None) -> None:
    assert main_sentence_kind(text) is kind
    got = sentence_length(text)
    assert (got[0] if got else None) == length


@pytest.mark.parametrize(
    ("text", "level", "klass"),
    [("CLASS: A MISD", Level.MISDEMEANOR, OffenseClass.A), ("Class 4 Felony", Level.FELONY, OffenseClass.FOUR),
     ("CLASS X", Level.FELONY, OffenseClass.X), ("B MISDEMEANOR", Level.MISDEMEANOR, OffenseClass.B),
     ("PETTY OFFENSE", Level.PETTY, None)],
)  # fmt: skip
def test_classes(text: str, level: Level, klass: OffenseClass | None) -> None:
    got = find_class(text)
    assert got is not None and (got.level, got.offense_class) == (level, klass)


@pytest.mark.parametrize(
    "printed", ["03/14/1986", "03-14-1986", "1986-03-14", "19860314", "14-MAR-1986", "March 14, 1986", "MAR 14 1986",
                "O3/l4/1986", "1986/03/14"],
)  # fmt: skip
def test_dates(printed: str) -> None:
    assert parse_date(printed) == date(1986, 3, 14)


def test_two_digit_year_and_ocr_dates_are_flagged() -> None:
    (found,) = find_dates("07/19/11")
    assert found.value == date(2011, 7, 19) and found.unsure == "two-digit year"
    (found,) = find_dates("O7/19/2011")
    assert found.unsure is not None and "OCR" in found.unsure
    assert find_dates("16020031") == []  # an 8-digit CB number is not a date without a label


@pytest.mark.parametrize(
    ("a", "b"),
    [("2015CR0123401", "15-CR-123401"), ("08CR0561201", "2008CR0561201"), ("2018-MC4-001882", "2018MC4001882"),
     ("04MC1-289911", "2004-MC1-289911"), ("11-1-234567-01", "11-1-234567"), ("08 CR 0561201", "08CR0561201")],
)  # fmt: skip
def test_case_keys_match(a: str, b: str) -> None:
    assert case_key(a) == case_key(b)


def test_case_keys_differ() -> None:
    assert case_key("2015CR0123401") != case_key("2015CR0123402")
    assert case_key("2018-MC4-001882") != case_key("2018-MC1-001882")


def test_cleanup_table() -> None:
    assert clean_line("DISPOSITI0N DATE: 07/19/2011  SlD: IL14253678") == "DISPOSITION DATE: 07/19/2011  SID: IL14253678"
    assert clean_line("5ENTENCE: PR0BATION 24 M0NTHS") == "SENTENCE: PROBATION 24 MONTHS"
    # numbers and ordinals are not words: untouched
    assert clean_line("26TH & CAL  04MC1-289911  L6123456  HK401122") == "26TH & CAL  04MC1-289911  L6123456  HK401122"
    assert state_id("1IL14253678") == "IL14253678"
    assert case_number("2015CROQ123401") == "2015CR0123401"
