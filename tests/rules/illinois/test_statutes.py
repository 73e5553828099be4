"""Statute normalization (illinois.md section 2, il-records.md) and the cannabis grams tables."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reliefdesk.model import Level, OffenseClass
from reliefdesk.rules.illinois.statutes import Statute, infer_cannabis, normalize_statute


@pytest.mark.parametrize(
    ("raw", "citation"),
    [
        ("720 ILCS 550/4(c)", "720 ILCS 550/4(c)"),
        ("720 ILCS 550/4(C)", "720 ILCS 550/4(c)"),
        ("720 ILCS 550.0/4-B", "720 ILCS 550/4(b)"),
        ("720 ILCS 550.0/4-C", "720 ILCS 550/4(c)"),
        ("720-550/4-C", "720 ILCS 550/4(c)"),
        ("720 ILCS 5.0/24-1.6-A-1", "720 ILCS 5/24-1.6(a)(1)"),
        ("720 ILCS 5/12-3.2(a)(1)", "720 ILCS 5/12-3.2(a)(1)"),
        ("625 ILCS 5/11-501(A)(2)", "625 ILCS 5/11-501(a)(2)"),
        ("625 ILCS 5/11-501(a)", "625 ILCS 5/11-501(a)"),
        ("625 ILCS 5/11-501(a-5)", "625 ILCS 5/11-501(a-5)"),
        ("730 ILCS 5/5-6-3.3", "730 ILCS 5/5-6-3.3"),
        ("720 ILCS 5/16A-3", "720 ILCS 5/16A-3"),
        ("720 ILCS 5/11-20.1B(a)", "720 ILCS 5/11-20.1B(a)"),
        ("720 ILCS 570/402(c)", "720 ILCS 570/402(c)"),
        # pre-1993 Illinois Revised Statutes
        ("Ill. Rev. Stat. ch. 56 1/2, par. 704(c)", "720 ILCS 550/4(c)"),
        ("Ill. Rev. Stat. 1991, ch. 56 1/2, par. 705(d)", "720 ILCS 550/5(d)"),
        ("ILL REV STAT CH 56½ PAR 710", "720 ILCS 550/10"),
        ("Ill. Rev. Stat. ch. 56 1/2, par. 1402(c)", "720 ILCS 570/402(c)"),
        ("56.5-704-C", "720 ILCS 550/4(c)"),
        ("56 1/2-705-D", "720 ILCS 550/5(d)"),
        ("Ill. Rev. Stat. ch. 38, par. 12-3(a)", "720 ILCS 5/12-3(a)"),
        ("Ill. Rev. Stat. ch. 38, par. 1005-6-3", "730 ILCS 5/5-6-3"),
        ("Ill. Rev. Stat. ch. 95 1/2, par. 11-501(a)", "625 ILCS 5/11-501(a)"),
        # OCR noise
        ("720  ILCS   550/4 ( C )", "720 ILCS 550/4(c)"),
        ("720 ilcs 550/4(c)", "720 ILCS 550/4(c)"),
        ("72O lLCS 55O/4(c)", "720 ILCS 550/4(c)"),
        ("720 1LCS 550/4(c)", "720 ILCS 550/4(c)"),
        ("720 I L C S 550/4(c)", "720 ILCS 550/4(c)"),
        ("720ILCS550/4(c)", "720 ILCS 550/4(c)"),
        ("625 ILCS 5/l1-501(a)", "625 ILCS 5/11-501(a)"),
    ],
)
def test_forms_normalize(raw: str, citation: str) -> None:
    s = normalize_statute(raw)
    assert s is not None and s.citation == citation


def test_fields() -> None:
    s = normalize_statute("720 ILCS 550.0/4-C")
    assert s == Statute(720, "550", "4", ("c",))
    assert (s.base, s.act_key, s.article) == ("720 ILCS 550/4", "720/550", "4")


@pytest.mark.parametrize(
    "raw",
    ["720 ILCS 5/8-4 (720 ILCS 550/4(c))", "720-5/8-4 720-550/4-C", "ATTEMPT 720 ILCS 550/4(C)",
     "ATT 720-550/4-C"],
)
def test_attempt_with_target(raw: str) -> None:
    s = normalize_statute(raw)
    assert s is not None and s.attempt
    assert s.target == Statute(720, "550", "4", ("c",))
    assert s.offense.citation == "720 ILCS 550/4(c)"
    assert s.citation == "720 ILCS 5/8-4 (720 ILCS 550/4(c))"


def test_attempt_without_target() -> None:
    s = normalize_statute("720 ILCS 5/8-4(a)")
    assert s is not None and s.attempt and s.target is None
    assert s.citation == "720 ILCS 5/8-4(a)"


@pytest.mark.parametrize("raw", ["", "   ", "POSS CANNABIS", "SEE ATTACHED", "Ill. Rev. Stat. ch. 56 1/2, par. 2001"])
def test_unreadable_is_none(raw: str) -> None:
    assert normalize_statute(raw) is None


_sections = st.sampled_from(["4", "5", "12-3.2", "11-501", "24-1.6", "402", "5-6-3.3", "16A-3", "11-20.1B"])
_subs = st.lists(st.sampled_from(["a", "b", "c", "1", "2", "a-5", "i"]), max_size=3).map(tuple)
_statutes = st.builds(Statute, st.sampled_from([720, 625, 730, 510]), st.sampled_from(["5", "550", "570", "70"]),
                      _sections, _subs)


@given(_statutes, st.booleans())
def test_normalize_is_idempotent(s: Statute, attempt: bool) -> None:
    if attempt:
        s = Statute(720, "5", "8-4", (), True, s)
    assert normalize_statute(s.citation) == s


# --- cannabis grams tables (illinois.md 6.4) ---------------------------------------


@pytest.mark.parametrize(
    ("sub", "on", "low", "high", "level", "cls"),
    [
        ("a", "2010-01-01", 0, 2.5, Level.MISDEMEANOR, OffenseClass.C),
        ("b", "2004-06-19", 2.5, 10, Level.MISDEMEANOR, OffenseClass.B),
        ("c", "2016-07-28", 10, 30, Level.MISDEMEANOR, OffenseClass.A),
        ("d", "2008-03-03", 30, 500, Level.FELONY, OffenseClass.FOUR),
        ("e", "2008-03-03", 500, 2000, Level.FELONY, OffenseClass.THREE),
        ("f", "2008-03-03", 2000, 5000, Level.FELONY, OffenseClass.TWO),
        ("g", "2008-03-03", 5000, None, Level.FELONY, OffenseClass.ONE),
        ("a", "2016-07-29", 0, 10, Level.CIVIL, None),
        ("b", "2016-07-29", 10, 30, Level.MISDEMEANOR, OffenseClass.B),
        ("c", "2018-01-01", 30, 100, Level.MISDEMEANOR, OffenseClass.A),
        ("d", "2018-01-01", 100, 500, Level.FELONY, OffenseClass.FOUR),
    ],
)
def test_possession_table_by_subsection_and_date(sub: str, on: str, low: float, high: float | None,
                                                 level: Level, cls: OffenseClass | None) -> None:
    inf = infer_cannabis(Statute(720, "550", "4", (sub,)), date.fromisoformat(on))
    assert inf is not None
    assert (inf.grams_low, inf.grams_high, inf.level, inf.offense_class) == (low, high, level, cls)


def test_same_letter_different_date_different_grams() -> None:
    before = infer_cannabis(Statute(720, "550", "4", ("c",)), date(2016, 7, 28))
    after = infer_cannabis(Statute(720, "550", "4", ("c",)), date(2016, 7, 29))
    assert before is not None and after is not None
    assert before.at_most_30g and not after.at_most_30g and after.more_than_30g


@pytest.mark.parametrize(
    ("sub", "level", "cls"),
    [("a", Level.MISDEMEANOR, OffenseClass.B), ("b", Level.MISDEMEANOR, OffenseClass.A),
     ("c", Level.FELONY, OffenseClass.FOUR), ("d", Level.FELONY, OffenseClass.THREE),
     ("e", Level.FELONY, OffenseClass.TWO), ("f", Level.FELONY, OffenseClass.ONE),
     ("g", Level.FELONY, OffenseClass.X)],
)
def test_delivery_table(sub: str, level: Level, cls: OffenseClass) -> None:
    inf = infer_cannabis(Statute(720, "550", "5", (sub,)), date(2008, 3, 3))
    assert inf is not None and (inf.level, inf.offense_class) == (level, cls)


def test_subsequent_offense_class_is_recorded() -> None:
    inf = infer_cannabis(Statute(720, "550", "4", ("d",)), date(2008, 3, 3))
    assert inf is not None and inf.subsequent_class is OffenseClass.THREE


@pytest.mark.parametrize(
    ("statute", "on"),
    [(Statute(720, "550", "4", ("c",)), None), (Statute(720, "550", "4", ("c",)), date(1995, 1, 1)),
     (Statute(720, "550", "4"), date(2010, 1, 1)), (Statute(720, "570", "402", ("c",)), date(2010, 1, 1)),
     (Statute(720, "550", "4", ("z",)), date(2010, 1, 1))],
)
def test_never_guesses_without_letter_and_date(statute: Statute, on: date | None) -> None:
    assert infer_cannabis(statute, on) is None


def test_attempt_uses_its_target() -> None:
    s = normalize_statute("720 ILCS 5/8-4 720 ILCS 550/5(c)")
    inf = infer_cannabis(s, date(2010, 1, 1))
    assert inf is not None and inf.offense_class is OffenseClass.FOUR
