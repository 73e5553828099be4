"""Both rule versions, the switch-over date, and the two clocks."""

from __future__ import annotations

from datetime import date

import pytest

from reliefdesk.model import Relief, Status
from reliefdesk.model.errors import UserError
from reliefdesk.rules import illinois
from reliefdesk.rules.illinois.clocks import add_years
from reliefdesk.rules.illinois.facts import parse_length
from reliefdesk.rules.illinois.versions import CLEAN_SLATE_EFFECTIVE
from tests.rules.illinois.helpers import alt, case, charge, codes, d, one, record, result, run, sentence

MISD = charge(disposition="convicted", date_="2024-03-15",
              sentence_=sentence("conditional_discharge", "2023-03-15", "2024-03-15"))


def test_switch_over_is_one_named_constant() -> None:
    assert CLEAN_SLATE_EFFECTIVE == date(2026, 6, 1)
    assert illinois.rules_version(date(2026, 5, 31)) == "IL-pre-2026"
    assert illinois.rules_version(date(2026, 6, 1)) == "IL-2026-06"


def test_the_analysis_names_its_version() -> None:
    a, _ = one(MISD, as_of="2026-07-01")
    assert a.rules_version == "IL-2026-06"
    assert a.rules_label == "IL 20 ILCS 2630/5.2 as amended by P.A. 104-0459 (rules 2026-06)"
    a, _ = one(MISD, as_of="2026-05-31")
    assert a.rules_version == "IL-pre-2026"


def test_version_is_chosen_by_filing_date_not_as_of() -> None:
    # As of 2026-05-01 a petition to be filed on 2026-06-01 uses the 2026 rules: 2 years.
    a, r = one(MISD, as_of="2026-05-01", filing="2026-06-01")
    assert a.rules_version == "IL-2026-06"
    assert (r.status, r.eligible_on) == (Status.ELIGIBLE_NOW, d("2026-03-15"))
    a, r = one(MISD, as_of="2026-05-01", filing="2026-05-31")
    assert (r.status, r.eligible_on) == (Status.ELIGIBLE_LATER, d("2027-03-15"))


def test_uncertain_effective_date_is_stated_between_the_two_dates() -> None:
    a, _ = one(MISD, as_of="2026-06-15")
    assert "CLEAN_SLATE_DATE_UNCERTAIN" in {x.code for x in a.assumptions}
    a, _ = one(MISD, as_of="2026-06-30")
    assert "CLEAN_SLATE_DATE_UNCERTAIN" not in {x.code for x in a.assumptions}


def test_calendar_arithmetic_never_365_day_years() -> None:
    assert add_years(date(2016, 2, 29), 2) == date(2018, 2, 28)
    assert add_years(date(2019, 3, 1), 2) == date(2021, 3, 1)  # 730 days would give 2021-02-28
    _, r = one(charge(disposition="supervision", date_="2019-03-01",
                      sentence_=sentence("supervision", "2018-03-01", "2019-03-01")), as_of="2021-03-01")
    assert (r.status, r.eligible_on) == (Status.ELIGIBLE_NOW, d("2021-03-01"))
    _, r = one(charge(disposition="supervision", date_="2019-03-01",
                      sentence_=sentence("supervision", "2018-03-01", "2019-03-01")), as_of="2021-02-28")
    assert r.status is Status.ELIGIBLE_LATER


def test_sentence_length_parsing() -> None:
    assert date(2020, 1, 31) + parse_length("1 MOS") == date(2020, 2, 29)  # type: ignore[operator]
    assert date(2020, 1, 1) + parse_length("2 YRS") == date(2022, 1, 1)  # type: ignore[operator]
    assert date(2020, 1, 1) + parse_length("1 year 6 months") == date(2021, 7, 1)  # type: ignore[operator]
    assert parse_length("PROBATION") is None


def test_end_from_start_plus_length_is_an_estimate_when_running() -> None:
    c = charge(disposition="convicted", date_="2026-06-01",
               sentence_=sentence("probation", "2026-06-01", None, length="24 months"))
    _, r = one(c)
    assert (r.relief, r.status, r.eligible_on, r.estimated) == (Relief.SEAL, Status.ELIGIBLE_LATER,
                                                                 d("2030-06-01"), True)
    assert "IL_SEAL_RUNNING" in codes(r)


# --- the two clocks ---------------------------------------------------------------


def test_expungement_clock_is_that_disposition_sealing_clock_is_the_last_sentence() -> None:
    # Supervision ended 2020-01-01; a later misdemeanor CD ended 2026-01-01.
    rec = record(
        case("S1", "2019-01-01", charge(disposition="supervision", date_="2020-01-01",
                                        sentence_=sentence("supervision", "2019-01-01", "2020-01-01"))),
        case("C2", "2025-01-01", charge(disposition="convicted", date_="2026-01-01",
                                        sentence_=sentence("conditional_discharge", "2025-01-01", "2026-01-01"))))
    r = result(run(rec), "S1")
    assert (r.relief, r.status, r.eligible_on) == (Relief.EXPUNGE, Status.ELIGIBLE_NOW, d("2022-01-01"))
    seal = alt(r, "seal")
    assert (seal.status, seal.eligible_on) == (Status.ELIGIBLE_LATER, d("2028-01-01"))
    assert seal.reasons[0].values["last_sentence_end"] == "2026-01-01"


def test_minor_traffic_sentences_do_not_reset_the_last_sentence() -> None:
    rec = record(
        case("C1", "2022-01-01", charge(disposition="convicted", date_="2023-01-01",
                                        sentence_=sentence("conditional_discharge", "2022-01-01", "2023-01-01"))),
        case("T2", "2026-01-01", charge("625 ILCS 5/11-601(b)", "convicted", level="petty", cls=None,
                                        date_="2026-09-01", sentence_=sentence("supervision", "2026-03-01", "2026-09-01"))))
    r = result(run(rec), "C1")
    assert (r.relief, r.status, r.eligible_on) == (Relief.SEAL, Status.ELIGIBLE_NOW, d("2025-01-01"))


def test_other_state_sentence_answer_moves_the_clock() -> None:
    rec = record(case("C1", "2022-01-01", charge(disposition="convicted", date_="2023-01-01",
                                                 sentence_=sentence("conditional_discharge", "2022-01-01", "2023-01-01"))))
    a = run(rec)
    r = result(a, "C1")
    assert "other_sentences" in {q.id for q in r.questions}
    assert "NO_OTHER_SENTENCES" in {x.code for x in a.assumptions}
    r = result(run(rec, answers={"other_sentences": "2025-06-30"}), "C1")
    assert (r.status, r.eligible_on) == (Status.ELIGIBLE_LATER, d("2027-06-30"))
    assert "other_sentences" not in {q.id for q in r.questions}
    r = result(run(rec, answers={"other_sentences": "still running"}), "C1")
    assert r.status is Status.NEEDS_REVIEW and "IL_SEAL_OTHER_SENTENCE_RUNNING" in codes(r)
    r = result(run(rec, answers={"other_sentences": "no"}), "C1")
    assert (r.status, r.eligible_on) == (Status.ELIGIBLE_NOW, d("2025-01-01"))


def test_a_sentence_still_running_anywhere_delays_sealing_with_an_estimate() -> None:
    rec = record(
        case("C1", "2015-01-01", charge(disposition="convicted", date_="2016-01-01",
                                        sentence_=sentence("conditional_discharge", "2015-01-01", "2016-01-01"))),
        case("C2", "2026-01-01", charge("720 ILCS 5/16-1(a)", "convicted", level="felony", cls="4", date_="2026-02-01",
                                        sentence_=sentence("probation", "2026-02-01", "2028-02-01"))))
    r = result(run(rec), "C1")
    assert (r.relief, r.status, r.eligible_on, r.estimated) == (Relief.SEAL, Status.ELIGIBLE_LATER,
                                                                 d("2030-02-01"), True)
    assert "SENTENCES_RUNNING" in {x.code for x in run(rec).assumptions}


def test_open_case_warns_that_it_could_move_the_clock() -> None:
    rec = record(
        case("C1", "2015-01-01", charge(disposition="convicted", date_="2016-01-01",
                                        sentence_=sentence("conditional_discharge", "2015-01-01", "2016-01-01"))),
        case("P2", "2026-01-01", charge(disposition="pending", date_=None)))
    r = result(run(rec), "C1")
    assert any("P2" in w for w in r.warnings)


def test_bad_answer_is_a_one_line_user_error() -> None:
    with pytest.raises(UserError, match="not one of"):
        one(MISD, answers={"other_sentences": "maybe"})
    with pytest.raises(UserError, match="grams:15CR1:0"):
        one(charge("720 ILCS 550/4(c)", "convicted", date_="2012-01-01"), answers={"grams:15CR1:0": "lots"})


def test_unknown_question_ids_are_ignored() -> None:
    _, r = one(MISD, answers={"no_such_question": "x"})
    assert r.status is Status.ELIGIBLE_NOW
