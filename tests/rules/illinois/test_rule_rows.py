"""One test per rule row of law/illinois.md: status, relief, eligible-on and reason code.

Unless a test says otherwise the analysis is as of 2026-11-21 and filed the same
day (2026 Clean Slate rules).
"""

from __future__ import annotations

from reliefdesk.model import Relief, Status
from tests.rules.illinois.helpers import (
    alt,
    alt_codes,
    case,
    charge,
    codes,
    d,
    one,
    record,
    result,
    run,
    sentence,
)

NOW = Status.ELIGIBLE_NOW
LATER = Status.ELIGIBLE_LATER
REVIEW = Status.NEEDS_REVIEW
NOT = Status.NOT_ELIGIBLE


def cd(start: str, end: str) -> dict[str, object]:
    return sentence("conditional_discharge", start, end, length="12 months")


# ---------------------------------------------------------------------------
# Section 3: exclusions


def test_ex_a_i_sexual_offense_against_a_minor_blocks_seal_and_expunge() -> None:
    _, r = one(charge("720 ILCS 5/11-6(a)", "convicted", level="felony", cls="4", date_="2012-01-01",
                      sentence_=sentence("probation", "2012-01-01", "2014-01-01")))
    assert (r.status, r.relief, r.eligible_on) == (NOT, Relief.NONE, None)
    assert "IL_EXCLUDED_SEX_OFFENSE_MINOR" in alt_codes(r, "seal")
    assert "IL_EXCLUDED_SEX_OFFENSE_MINOR" in codes(r)


def test_ex_a_i_does_not_reach_a_dismissal() -> None:
    _, r = one(charge("720 ILCS 5/11-1.40(a)(1)", "dismissed", level="felony", cls="X", date_="2012-01-01"))
    assert (r.status, r.relief, r.eligible_on) == (NOW, Relief.EXPUNGE, d("2012-01-01"))
    assert "IL_EXPUNGE_DISMISSED" in codes(r)


def test_ex_a_i_victim_age_unknown_is_needs_review_for_supervision() -> None:
    _, r = one(charge("720 ILCS 5/11-1.50(a)", "supervision", date_="2015-01-01",
                      sentence_=sentence("supervision", "2014-01-01", "2015-01-01")))
    # Sealing is EX-C excluded; expungement needs a look at the victim's age.
    assert (r.status, r.relief) == (REVIEW, Relief.EXPUNGE)
    assert "IL_REVIEW_SEX_OFFENSE_VICTIM" in codes(r)
    assert alt(r, "seal").status is NOT


def test_ex_a_ii_dui_supervision_is_excluded() -> None:
    _, r = one(charge("625 ILCS 5/11-501(a)(2)", "supervision", date_="2020-01-12",
                      sentence_=sentence("supervision", "2019-01-12", "2020-01-12")))
    assert (r.status, r.relief, r.eligible_on) == (NOT, Relief.NONE, None)
    assert codes(r) == {"IL_EXCLUDED_DUI"}
    assert alt(r, "expunge").status is NOT and alt(r, "seal").status is NOT


def test_ex_a_ii_dui_dismissed_is_expungeable() -> None:
    _, r = one(charge("625 ILCS 5/11-501(a)", "dismissed", date_="2020-01-12"))
    assert (r.status, r.relief, r.eligible_on) == (NOW, Relief.EXPUNGE, d("2020-01-12"))


def test_ex_a_iii_exp_6_reckless_driving_supervision_under_25_waits_for_age_25() -> None:
    # Born 2000-03-10, offense at 21, supervision ended 2022-06-01: expunge at 25 = 2025-03-10.
    rd = charge("625 ILCS 5/11-503(a)", "supervision", date_="2022-06-01",
                sentence_=sentence("supervision", "2021-06-01", "2022-06-01"))
    _, r = one(rd, arrest="2021-05-01", dob="2000-03-10", as_of="2024-11-01")
    assert (r.status, r.relief, r.eligible_on) == (LATER, Relief.EXPUNGE, d("2025-03-10"))
    assert "IL_EXPUNGE_RECKLESS_AGE_25" in codes(r)
    _, r = one(rd, arrest="2021-05-01", dob="2000-03-10")
    assert (r.status, r.eligible_on) == (NOW, d("2025-03-10"))


def test_ex_a_iii_reckless_driving_conviction_under_25_sealable_at_25() -> None:
    # Conviction, CD ended 2022-05-01; 2026 rules: 2 years -> 2024-05-01; age 25 on 2025-01-01: later wins.
    _, r = one(charge("625 ILCS 5/11-503(a)", "convicted", date_="2021-05-01", sentence_=cd("2021-05-01", "2022-05-01")),
               arrest="2021-04-01", dob="2000-01-01")
    assert (r.status, r.relief, r.eligible_on) == (NOW, Relief.SEAL, d("2025-01-01"))
    assert "IL_SEAL_RECKLESS_AGE_25" in codes(r)


def test_ex_a_iii_reckless_driving_at_30_is_excluded() -> None:
    _, r = one(charge("625 ILCS 5/11-503(a)", "supervision", date_="2016-01-01",
                      sentence_=sentence("supervision", "2015-01-01", "2016-01-01")), dob="1980-01-01")
    assert (r.status, r.relief) == (NOT, Relief.NONE)
    assert "IL_EXCLUDED_RECKLESS_DRIVING" in codes(r)


def test_ex_a_iii_reckless_driving_with_another_dui_conviction_is_excluded() -> None:
    rec = record(
        case("21DT1", "2021-04-01", charge("625 ILCS 5/11-503(a)", "supervision", date_="2022-05-01",
                                           sentence_=sentence("supervision", "2021-05-01", "2022-05-01"))),
        case("19DT2", "2019-04-01", charge("625 ILCS 5/11-501(a)", "convicted", date_="2019-06-01",
                                           sentence_=cd("2019-06-01", "2020-06-01"))),
        dob="2000-01-01")
    r = result(run(rec), "21DT1")
    assert r.status is NOT and "IL_EXCLUDED_RECKLESS_DRIVING" in codes(r)


def test_ex_b_minor_traffic_is_excluded_unless_released_without_charging() -> None:
    _, r = one(charge("625 ILCS 5/11-601(b)", "convicted", level="petty", cls=None, date_="2015-01-01",
                      sentence_=sentence("fine")))
    assert (r.status, r.relief) == (NOT, Relief.NONE)
    assert "IL_EXCLUDED_MINOR_TRAFFIC" in codes(r)
    _, r = one(charge("625 ILCS 5/11-601(b)", "dismissed", level="petty", cls=None))
    assert r.status is NOT and "IL_EXCLUDED_MINOR_TRAFFIC" in codes(r)
    _, r = one(charge("625 ILCS 5/11-601(b)", "released_without_charging", level="petty", cls=None, date_=None))
    assert (r.status, r.relief, r.eligible_on) == (NOW, Relief.EXPUNGE, d("2015-03-01"))


def test_ex_c_domestic_battery_conviction_cannot_be_sealed() -> None:
    _, r = one(charge("720 ILCS 5/12-3.2(a)(2)", "convicted", date_="2018-08-01", sentence_=cd("2018-08-01", "2019-08-01")))
    assert (r.status, r.relief) == (NOT, Relief.NONE)
    assert "IL_EXCLUDED_SEAL" in alt_codes(r, "seal")
    assert "IL_EXPUNGE_CONVICTION" in alt_codes(r, "expunge")


def test_ex_c_exceptions_prostitution_and_misdemeanor_public_indecency_are_sealable() -> None:
    _, r = one(charge("720 ILCS 5/11-14(a)", "convicted", date_="2018-01-01", sentence_=cd("2018-01-01", "2019-01-01")))
    assert (r.status, r.relief, r.eligible_on) == (NOW, Relief.SEAL, d("2021-01-01"))
    assert "IL_OUT_OF_SCOPE_TRAFFICKING" in codes(r)
    _, r = one(charge("720 ILCS 5/11-30(a)", "convicted", date_="2018-01-01", sentence_=cd("2018-01-01", "2019-01-01")))
    assert (r.status, r.relief) == (NOW, Relief.SEAL)
    _, r = one(charge("720 ILCS 5/11-30(a)", "convicted", level="felony", cls="4", date_="2018-01-01",
                      sentence_=sentence("probation", "2018-01-01", "2019-01-01")))
    assert r.status is NOT and "IL_EXCLUDED_SEAL" in alt_codes(r, "seal")


def test_ex_c_animal_cruelty_class_a_is_excluded_class_b_is_not() -> None:
    _, r = one(charge("510 ILCS 70/3.01", "convicted", date_="2018-01-01", sentence_=cd("2018-01-01", "2019-01-01")))
    assert r.status is NOT and "IL_EXCLUDED_SEAL" in alt_codes(r, "seal")
    _, r = one(charge("510 ILCS 70/3.01", "convicted", cls="B", date_="2018-01-01",
                      sentence_=cd("2018-01-01", "2019-01-01")))
    assert (r.status, r.relief) == (NOW, Relief.SEAL)


def test_ex_c_attempt_of_an_excluded_offense_needs_review() -> None:
    _, r = one(charge("720 ILCS 5/8-4 (720 ILCS 5/12-3.2(a)(1))", "convicted", date_="2018-01-01",
                      sentence_=cd("2018-01-01", "2019-01-01")))
    assert (r.status, r.relief) == (REVIEW, Relief.SEAL)
    assert "IL_REVIEW_ATTEMPT_EXCLUDED" in codes(r)


def test_ex_c_does_not_block_expunging_supervision() -> None:
    # Domestic battery supervision: EXP-5, 5 years after it ended.
    _, r = one(charge("720 ILCS 5/12-3.2(a)(1)", "supervision", date_="2020-01-10",
                      sentence_=sentence("supervision", "2019-01-10", "2020-01-10")))
    assert (r.status, r.relief, r.eligible_on) == (NOW, Relief.EXPUNGE, d("2025-01-10"))
    assert "IL_EXPUNGE_SUPERVISION_5Y" in codes(r)
    assert alt(r, "seal").status is NOT


# ---------------------------------------------------------------------------
# Section 4: expungement


def test_exp_1_released_without_charging() -> None:
    _, r = one(charge("720 ILCS 5/16-1(a)", "released_without_charging", date_=None), arrest="2016-10-14")
    assert (r.status, r.relief, r.eligible_on) == (NOW, Relief.EXPUNGE, d("2016-10-14"))
    assert codes(r) == {"IL_EXPUNGE_RELEASED"}
    assert (alt(r, "seal").status, alt(r, "seal").eligible_on) == (NOW, d("2016-10-14"))


def test_exp_2_dismissed_and_acquitted() -> None:
    _, r = one(charge(disposition="dismissed", date_="2017-05-15", raw="NOLLE PROSEQUI"))
    assert (r.status, r.relief, r.eligible_on) == (NOW, Relief.EXPUNGE, d("2017-05-15"))
    assert codes(r) == {"IL_EXPUNGE_DISMISSED"}
    assert r.reasons[0].values["disposition_raw"] == "NOLLE PROSEQUI"
    _, r = one(charge(disposition="acquitted", date_="2021-02-10"))
    assert (r.status, r.relief, r.eligible_on) == (NOW, Relief.EXPUNGE, d("2021-02-10"))
    assert codes(r) == {"IL_EXPUNGE_ACQUITTED"}


def test_exp_2_stricken_with_leave_is_dismissed_with_a_warning() -> None:
    a, r = one(charge(disposition="stricken_with_leave", date_="2019-01-01", raw="SOL"))
    assert (r.status, r.relief, r.eligible_on) == (NOW, Relief.EXPUNGE, d("2019-01-01"))
    assert {"IL_EXPUNGE_DISMISSED", "IL_SOL_REINSTATE"} <= codes(r)
    assert any("reinstate" in w for w in r.warnings)
    assert "SOL_AS_DISMISSED" in {x.code for x in a.assumptions}


def test_exp_3_reversed_or_vacated() -> None:
    _, r = one(charge(disposition="vacated", date_="2020-03-03"))
    assert (r.status, r.relief, r.eligible_on) == (NOW, Relief.EXPUNGE, d("2020-03-03"))
    assert codes(r) == {"IL_EXPUNGE_VACATED"}


def test_exp_4_supervision_two_years_after_it_ended() -> None:
    _, r = one(charge(disposition="supervision", date_="2025-03-01",
                      sentence_=sentence("supervision", "2024-03-01", "2025-03-01")))
    assert (r.status, r.relief, r.eligible_on) == (LATER, Relief.EXPUNGE, d("2027-03-01"))
    assert codes(r) == {"IL_EXPUNGE_SUPERVISION_2Y"}
    assert r.reasons[0].values["disposition_end"] == "2025-03-01"


def test_exp_5_listed_vehicle_code_supervision_waits_five_years() -> None:
    _, r = one(charge("625 ILCS 5/3-707", "supervision", level="petty", cls=None, date_="2020-06-01",
                      sentence_=sentence("supervision", "2019-06-01", "2020-06-01")))
    assert (r.status, r.relief, r.eligible_on) == (NOW, Relief.EXPUNGE, d("2025-06-01"))
    assert "IL_EXPUNGE_SUPERVISION_5Y" in codes(r)
    assert alt(r, "seal").status is NOT  # minor traffic still blocks sealing


def test_exp_5_retail_theft_uncertain_list_is_flagged_when_readings_disagree() -> None:
    # Ended 2023-01-01: 2 years -> 2025-01-01 (passed), 5 years -> 2028-01-01 (not yet): needs review.
    _, r = one(charge("720 ILCS 5/16-25(a)(1)", "supervision", date_="2023-01-01",
                      sentence_=sentence("supervision", "2022-01-01", "2023-01-01")))
    exp = alt(r, "expunge")
    assert exp.status is REVIEW
    assert {x.code for x in exp.reasons} == {"IL_EXPUNGE_SUPERVISION_WAIT_UNCERTAIN"}
    assert (r.relief, r.status) == (Relief.SEAL, NOW)  # sealing: 2 years after the last sentence


def test_exp_7_qualified_probation_five_years() -> None:
    _, r = one(charge("720 ILCS 570/402(c)", "qualified_probation", level="felony", cls="4", date_="2019-05-01",
                      sentence_=sentence("probation", "2017-05-01", "2019-05-01", raw="410 PROBATION")))
    assert (r.status, r.relief, r.eligible_on) == (NOW, Relief.EXPUNGE, d("2024-05-01"))
    assert codes(r) == {"IL_EXPUNGE_QUALIFIED_PROBATION_5Y"}


def test_conviction_is_never_expunged_by_petition() -> None:
    _, r = one(charge(disposition="convicted", date_="2015-01-01", sentence_=cd("2015-01-01", "2016-01-01")))
    assert alt(r, "expunge").status is NOT
    assert alt_codes(r, "expunge") == {"IL_EXPUNGE_CONVICTION"}
    assert r.relief is Relief.SEAL


def test_unsatisfactory_supervision_is_a_conviction() -> None:
    _, r = one(charge(disposition="supervision_unsatisfactory", date_="2020-01-01",
                      sentence_=sentence("supervision", "2019-01-01", "2020-01-01")))
    assert alt(r, "expunge").status is NOT
    assert (r.relief, r.status, r.eligible_on) == (Relief.SEAL, NOW, d("2022-01-01"))
    assert "IL_SEAL_MISD_2Y" in codes(r)


def test_other_convictions_do_not_bar_expunging_non_convictions_note() -> None:
    rec = record(case("A1", "2015-01-01", charge(disposition="dismissed")),
                 case("B2", "2016-01-01", charge(disposition="convicted", date_="2016-02-01",
                                                 sentence_=cd("2016-02-01", "2017-02-01"))))
    a = run(rec)
    assert result(a, "A1").status is NOW
    assert "IL_NOTE_OTHER_CONVICTIONS" in {n.code for n in a.notes}


def test_mixed_case_is_sealable_not_expungeable() -> None:
    rec = record(case("15CR9", "2015-01-01",
                      charge("720 ILCS 5/16-1(a)(1)", "convicted", date_="2015-06-01",
                             sentence_=cd("2015-06-01", "2016-06-01")),
                      charge("720 ILCS 5/21-1(a)", "dismissed", date_="2015-06-01")))
    a = run(rec)
    r = result(a, "15CR9", 1)
    assert (r.relief, r.status, r.eligible_on) == (Relief.SEAL, NOW, d("2018-06-01"))
    assert "MIXED_CASE" in codes(r)
    assert alt(r, "expunge").status is REVIEW and "MIXED_CASE" in alt_codes(r, "expunge")
    cr = a.cases[0]
    assert (cr.relief, cr.status, cr.eligible_on) == (Relief.SEAL, NOW, d("2018-06-01"))
    assert "MIXED_CASE" in {x.code for x in cr.reasons}
    assert "MIXED_CASE_WHOLE_CASE" in {x.code for x in a.assumptions}


def test_mixed_case_with_an_unsealable_conviction_seals_nothing() -> None:
    rec = record(case("21DT9", "2021-01-01",
                      charge("625 ILCS 5/11-501(a)", "convicted", date_="2021-06-01", sentence_=cd("2021-06-01", "2022-06-01")),
                      charge("625 ILCS 5/11-503(a)", "dismissed", date_="2021-06-01")))
    a = run(rec)
    r = result(a, "21DT9", 1)
    assert alt(r, "seal").status is NOT if r.relief is not Relief.SEAL else False
    assert (r.relief, r.status) == (Relief.EXPUNGE, REVIEW)
    assert a.cases[0].relief is Relief.NONE


# ---------------------------------------------------------------------------
# Section 5: sealing (2026 rules unless said)


def test_seal_1_and_2_non_convictions_any_time() -> None:
    _, r = one(charge(disposition="dismissed", date_="2017-05-15"))
    s = alt(r, "seal")
    assert (s.status, s.eligible_on) == (NOW, d("2017-05-15"))
    assert alt_codes(r, "seal") == {"IL_SEAL_NON_CONVICTION"}


def test_seal_3_supervision_waits_from_the_last_sentence() -> None:
    # Supervision ended 2024-01-01 (expunge 2026-01-01); a later CD ended 2025-06-01 -> seal 2027-06-01.
    rec = record(case("S1", "2023-01-01", charge(disposition="supervision", date_="2024-01-01",
                                                 sentence_=sentence("supervision", "2023-01-01", "2024-01-01"))),
                 case("C2", "2024-05-01", charge(disposition="convicted", date_="2024-06-01",
                                                 sentence_=cd("2024-06-01", "2025-06-01"))))
    r = result(run(rec), "S1")
    assert (r.relief, r.status, r.eligible_on) == (Relief.EXPUNGE, NOW, d("2026-01-01"))
    s = alt(r, "seal")
    assert (s.status, s.eligible_on) == (LATER, d("2027-06-01"))
    assert alt_codes(r, "seal") == {"IL_SEAL_SUPERVISION_2Y"}
    assert alt(r, "seal").reasons[0].values["last_sentence_end"] == "2025-06-01"


def test_seal_4_qualified_probation_two_years_2026_three_before() -> None:
    qp = charge("720 ILCS 570/402(c)", "qualified_probation", level="felony", cls="4", date_="2024-03-01",
                sentence_=sentence("probation", "2023-03-01", "2024-03-01"))
    _, r = one(qp)
    assert (alt(r, "seal").status, alt(r, "seal").eligible_on) == (NOW, d("2026-03-01"))
    _, r = one(qp, as_of="2026-05-01")
    assert (alt(r, "seal").status, alt(r, "seal").eligible_on) == (LATER, d("2027-03-01"))
    assert alt(r, "seal").reasons[0].values["years"] == "3"


def test_seal_5_misdemeanor_conviction_2y_2026_3y_pre_2026() -> None:
    m = charge(disposition="convicted", date_="2024-03-15", sentence_=cd("2023-03-15", "2024-03-15"))
    _, r = one(m)
    assert (r.relief, r.status, r.eligible_on) == (Relief.SEAL, NOW, d("2026-03-15"))
    assert "IL_SEAL_MISD_2Y" in codes(r)
    assert r.reasons[0].values["last_sentence_end"] == "2024-03-15"
    _, r = one(m, as_of="2026-05-01")
    assert (r.relief, r.status, r.eligible_on) == (Relief.SEAL, LATER, d("2027-03-15"))
    assert "IL_SEAL_MISD_3Y" in codes(r)


def test_seal_6_felony_probation_not_revoked() -> None:
    f = charge("720 ILCS 5/16-1(a)(1)", "convicted", level="felony", cls="3", date_="2022-08-01",
               sentence_=sentence("probation", "2022-08-01", "2024-08-01"))
    _, r = one(f)
    assert (r.relief, r.status, r.eligible_on) == (Relief.SEAL, NOW, d("2026-08-01"))
    assert "IL_SEAL_FELONY_PROBATION_2Y" in codes(r)
    _, r = one(f, as_of="2026-05-01")
    assert (r.status, r.eligible_on) == (LATER, d("2027-08-01"))
    assert "IL_SEAL_FELONY_PROBATION_3Y" in codes(r)


def test_seal_7_felony_probation_revoked_three_years() -> None:
    f = charge("720 ILCS 5/16-1(a)(1)", "convicted", level="felony", cls="3", date_="2021-08-01",
               sentence_=sentence("probation", "2021-08-01", "2024-01-01", revoked=True))
    _, r = one(f)
    assert (r.relief, r.status, r.eligible_on) == (Relief.SEAL, LATER, d("2027-01-01"))
    assert "IL_SEAL_FELONY_REVOKED_3Y" in codes(r)


def test_seal_8_felony_prison_three_years() -> None:
    f = charge("720 ILCS 5/24-1.6(a)(1)", "convicted", level="felony", cls="4", date_="2019-07-30",
               sentence_=sentence("prison", "2019-07-30", "2021-01-15"))
    _, r = one(f)
    assert (r.relief, r.status, r.eligible_on) == (Relief.SEAL, NOW, d("2024-01-15"))
    assert "IL_SEAL_FELONY_PRISON_3Y" in codes(r)


def test_seal_8_unknown_felony_sentence_kind_uses_the_longer_wait_and_says_so() -> None:
    f = charge("720 ILCS 5/16-1(a)(1)", "convicted", level="felony", cls="4", date_="2024-01-15",
               sentence_=sentence("fine"))
    _, r = one(f)
    assert (r.relief, r.status, r.eligible_on) == (Relief.SEAL, LATER, d("2027-01-15"))
    assert {"IL_SEAL_FELONY_PRISON_3Y", "IL_SENTENCE_KIND_UNKNOWN"} <= codes(r)


def test_seal_9_registration() -> None:
    arson = charge("720 ILCS 5/20-1(a)", "convicted", level="felony", cls="2", date_="2015-01-01",
                   sentence_=sentence("prison", "2015-01-01", "2017-01-01"))
    a, r = one(arson)
    assert r.status is NOW and "registration" in {q.id for q in r.questions}
    assert "NO_REGISTRATION" in {x.code for x in a.assumptions}
    _, r = one(arson, answers={"registration": "yes"})
    assert (r.status, r.relief) == (NOT, Relief.NONE)
    assert "IL_SEAL_REGISTRATION" in codes(r)
    theft = charge(disposition="convicted", date_="2015-01-01", sentence_=cd("2015-01-01", "2016-01-01"))
    _, r = one(theft, answers={"registration": "yes"})
    assert (r.status, r.relief) == (REVIEW, Relief.SEAL)
    assert "IL_SEAL_REGISTRATION_REVIEW" in codes(r)


def test_seal_10_education_waiver_files_at_the_end_of_the_last_sentence() -> None:
    f = charge(disposition="convicted", date_="2026-01-01", sentence_=cd("2025-01-01", "2026-01-01"))
    a, r = one(f)
    assert (r.status, r.eligible_on) == (LATER, d("2028-01-01"))
    assert "education_waiver" in {q.id for q in r.questions}
    a, r = one(f, answers={"education_waiver": "yes"})
    assert (r.relief, r.status, r.eligible_on) == (Relief.SEAL, NOW, d("2026-01-01"))
    assert "IL_SEAL_EDUCATION_WAIVER" in codes(r)
    assert "EDUCATION_WAIVER_SCOPE" in {x.code for x in a.assumptions}


def test_seal_pre_2026_prior_sealed_felony_and_drug_test() -> None:
    f = charge("720 ILCS 570/402(c)", "convicted", level="felony", cls="4", date_="2020-01-01",
               sentence_=sentence("probation", "2020-01-01", "2022-01-01"))
    a, r = one(f, as_of="2026-03-01")
    assert (r.relief, r.status, r.eligible_on) == (Relief.SEAL, NOW, d("2025-01-01"))
    assert {"IL_SEAL_FELONY_PROBATION_3Y", "IL_SEAL_DRUG_TEST"} <= codes(r)
    assert "prior_sealed_felony" in {q.id for q in r.questions}
    assert "NO_PRIOR_SEALED_FELONY" in {x.code for x in a.assumptions}
    _, r = one(f, as_of="2026-03-01", answers={"prior_sealed_felony": "yes"})
    assert (r.status, r.relief) == (NOT, Relief.NONE)
    assert "IL_SEAL_PRIOR_SEALED_FELONY" in codes(r)
    # 2026 rules: both repealed.
    _, r = one(f, answers={"prior_sealed_felony": "yes"})
    assert (r.status, r.eligible_on) == (NOW, d("2024-01-01"))
    assert "IL_SEAL_DRUG_TEST" not in codes(r)


# ---------------------------------------------------------------------------
# Section 6: cannabis


def test_cannabis_6_4_misdemeanor_conviction_vacate_and_expunge() -> None:
    _, r = one(charge("720 ILCS 550/4(c)", "convicted", date_="2011-07-19", sentence_=cd("2011-07-19", "2012-07-19")),
               arrest="2011-05-02")
    assert (r.relief, r.status, r.eligible_on) == (Relief.VACATE_EXPUNGE, NOW, d("2012-07-19"))
    assert "IL_CANNABIS_VACATE" in codes(r)
    assert r.reasons[0].citation == "20 ILCS 2630/5.2(i)(3)"
    assert any("60 days" in w for w in r.warnings)


def test_cannabis_6_1_6_3_minor_conviction_may_be_pardoned() -> None:
    _, r = one(charge("720 ILCS 550/4(c)", "convicted", date_="2011-07-19", sentence_=cd("2011-07-19", "2012-07-19")),
               arrest="2011-05-02")
    assert "IL_CANNABIS_PARDON_POSSIBLE" in codes(r)
    # 30-500 g is not a minor cannabis offense: no pardon note, but the motion still applies.
    _, r = one(charge("720 ILCS 550/4(d)", "convicted", level=None, cls=None, date_="2008-09-22",
                      sentence_=sentence("probation", "2008-09-22", "2010-09-22")), arrest="2008-03-03")
    assert (r.relief, r.status, r.eligible_on) == (Relief.VACATE_EXPUNGE, NOW, d("2010-09-22"))
    assert "IL_CANNABIS_PARDON_POSSIBLE" not in codes(r)
    assert "IL_CANNABIS_CLASS_INFERRED" in codes(r)


def test_cannabis_6_4_class_4_felony_under_section_5() -> None:
    _, r = one(charge("720 ILCS 550/5(c)", "convicted", level="felony", cls="4", date_="2010-01-01",
                      sentence_=sentence("probation", "2010-01-01", "2011-01-01")), arrest="2009-10-01")
    assert (r.relief, r.status, r.eligible_on) == (Relief.VACATE_EXPUNGE, NOW, d("2011-01-01"))


def test_cannabis_6_4_class_3_under_section_5_needs_review() -> None:
    _, r = one(charge("720 ILCS 550/5(d)", "convicted", level="felony", cls="3", date_="2010-01-01",
                      sentence_=sentence("probation", "2010-01-01", "2011-01-01")), arrest="2009-10-01")
    assert alt(r, "vacate_expunge").status is REVIEW
    assert "IL_CANNABIS_VACATE_CLASS3_REVIEW" in alt_codes(r, "vacate_expunge")
    assert r.relief is Relief.SEAL


def test_cannabis_6_4_class_3_under_section_4_not_covered() -> None:
    _, r = one(charge("720 ILCS 550/4(e)", "convicted", level="felony", cls="3", date_="2010-01-01",
                      sentence_=sentence("probation", "2010-01-01", "2011-01-01")), arrest="2009-10-01")
    assert alt(r, "vacate_expunge").status is NOT
    assert "IL_CANNABIS_VACATE_CLASS" in alt_codes(r, "vacate_expunge")
    assert (r.relief, r.status) == (Relief.SEAL, NOW)


def test_cannabis_6_4_offense_after_2019_06_25_not_covered() -> None:
    _, r = one(charge("720 ILCS 550/4(c)", "convicted", offense_date="2019-06-25", date_="2019-09-01",
                      sentence_=cd("2019-09-01", "2020-09-01")), arrest="2019-06-25")
    assert alt(r, "vacate_expunge").status is NOT
    assert "IL_CANNABIS_VACATE_TOO_LATE" in alt_codes(r, "vacate_expunge")
    _, r = one(charge("720 ILCS 550/4(c)", "convicted", offense_date="2019-06-24", date_="2019-09-01",
                      sentence_=cd("2019-09-01", "2020-09-01")), arrest="2019-06-24")
    assert r.relief is Relief.VACATE_EXPUNGE


def test_cannabis_6_4_attempt_is_covered() -> None:
    _, r = one(charge("720 ILCS 5/8-4 (720 ILCS 550/5(b))", "convicted", date_="2012-01-01",
                      sentence_=cd("2012-01-01", "2013-01-01")), arrest="2011-11-01")
    assert (r.relief, r.status, r.eligible_on) == (Relief.VACATE_EXPUNGE, NOW, d("2013-01-01"))
    _, r = one(charge("720 ILCS 550/5(b)", "convicted", attempt=True, date_="2012-01-01",
                      sentence_=cd("2012-01-01", "2013-01-01")), arrest="2011-11-01")
    assert r.statute == "720 ILCS 5/8-4 (720 ILCS 550/5(b))"
    assert r.relief is Relief.VACATE_EXPUNGE


def test_cannabis_6_4_sentence_still_running_gives_an_estimate() -> None:
    _, r = one(charge("720 ILCS 550/4(c)", "convicted", date_="2018-01-01",
                      sentence_=sentence("probation", "2018-01-01", "2027-01-01")), arrest="2017-12-01")
    assert (r.relief, r.status, r.eligible_on, r.estimated) == (Relief.VACATE_EXPUNGE, LATER, d("2027-01-01"), True)
    assert "IL_CANNABIS_VACATE_RUNNING" in codes(r)


def test_cannabis_6_4_class_unknown_asks_grams_and_the_answer_decides() -> None:
    # Offense 1995: before the grams tables this program knows; no class on the record.
    c = charge("720 ILCS 550/4", "convicted", level=None, cls=None, date_="1995-06-01",
               sentence_=sentence("fine"))
    a, r = one(c, arrest="1995-03-01", number="95C1")
    v = alt(r, "vacate_expunge")
    assert v.status is REVIEW and "IL_CANNABIS_CLASS_UNKNOWN" in {x.code for x in v.reasons}
    assert {"grams:95C1:0", "class:95C1:0"} <= {q.id for q in r.questions}
    _, r = one(c, arrest="1995-03-01", number="95C1", answers={"grams:95C1:0": "up to 30"})
    assert (r.relief, r.status, r.eligible_on) == (Relief.VACATE_EXPUNGE, NOW, d("1995-06-01"))
    _, r = one(c, arrest="1995-03-01", number="95C1", answers={"class:95C1:0": "felony 2"})
    assert alt(r, "vacate_expunge").status is NOT


def test_cannabis_6_2_auto_expungement_missed_for_dismissed_minor_offense() -> None:
    _, r = one(charge("720 ILCS 550/4(b)", "dismissed", level=None, cls=None, date_="2004-08-02"),
               arrest="2004-06-19")
    assert (r.relief, r.status, r.eligible_on) == (Relief.EXPUNGE, NOW, d("2004-08-02"))
    assert {"IL_EXPUNGE_DISMISSED", "IL_CANNABIS_AUTO_EXPUNGE_MISSED"} <= codes(r)
    missed = next(x for x in r.reasons if x.code == "IL_CANNABIS_AUTO_EXPUNGE_MISSED")
    assert missed.values["deadline"] == "2023-01-01"
    # Before 2000 the deadline was 2025-01-01: not yet missed on 2024-06-01.
    _, r = one(charge("720 ILCS 550/4(b)", "dismissed", date_="1999-08-02", offense_date="1999-06-19"),
               arrest="1999-06-19", as_of="2024-06-01")
    assert "IL_CANNABIS_AUTO_EXPUNGE_MISSED" not in codes(r)


# ---------------------------------------------------------------------------
# Missing facts and out-of-scope records


def test_unknown_disposition_is_needs_review_get_the_certified_disposition() -> None:
    _, r = one(charge(disposition="unknown", date_=None))
    assert (r.status, r.relief, r.eligible_on) == (REVIEW, Relief.NONE, None)
    assert codes(r) == {"IL_NEEDS_DISPOSITION"}
    assert "certified disposition" in r.reasons[0].text


def test_pending_case_is_not_eligible_yet() -> None:
    _, r = one(charge(disposition="pending", date_=None, raw="BFW"))
    assert (r.status, r.relief) == (NOT, Relief.NONE)
    assert codes(r) == {"IL_PENDING"}


def test_unknown_sentence_end_asks_for_it() -> None:
    c = charge(disposition="convicted", date_="2015-01-01", sentence_=sentence("probation"))
    _, r = one(c, number="15X")
    assert (r.status, r.relief) == (REVIEW, Relief.SEAL)
    assert "IL_SEAL_LAST_SENTENCE_UNKNOWN" in codes(r)
    assert "sentence_end:15X:0" in {q.id for q in r.questions}
    _, r = one(c, number="15X", answers={"sentence_end:15X:0": "2016-01-01"})
    assert (r.status, r.eligible_on) == (NOW, d("2018-01-01"))


def test_unreadable_statute_on_a_conviction_needs_review() -> None:
    _, r = one(charge("SEE ATTACHED", "convicted", date_="2015-01-01", sentence_=cd("2015-01-01", "2016-01-01")))
    assert (r.status, r.relief) == (REVIEW, Relief.NONE)
    assert codes(r) == {"IL_NEEDS_STATUTE"}


def test_juvenile_record_is_named_not_skipped() -> None:
    _, r = one(charge("720 ILCS 5/16-1(a)", "dismissed"), number="2015JD001234")
    assert (r.status, r.relief) == (REVIEW, Relief.NONE)
    assert codes(r) == {"IL_OUT_OF_SCOPE_JUVENILE"}
    assert r.reasons[0].citation == "705 ILCS 405/5-915"


def test_felony_prostitution_vacatur_is_flagged() -> None:
    _, r = one(charge("720 ILCS 5/11-14(a)", "convicted", level="felony", cls="4", date_="2012-01-01",
                      sentence_=sentence("probation", "2012-01-01", "2013-01-01")))
    assert (r.status, r.relief) == (REVIEW, Relief.NONE)
    assert "IL_OUT_OF_SCOPE_PROSTITUTION_VACATUR" in codes(r)
    assert alt(r, "seal").status is NOW


def test_every_reason_has_a_citation() -> None:
    _, r = one(charge(disposition="convicted", date_="2015-01-01", sentence_=cd("2015-01-01", "2016-01-01")))
    for x in (*r.reasons, *(y for a in r.alternatives for y in a.reasons)):
        assert x.citation and x.text and "?" not in x.text
