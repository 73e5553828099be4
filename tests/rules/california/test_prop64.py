"""One test per California rule (california.md), asserting status and reason codes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from reliefdesk.model import Disposition, Level, Relief, Status
from reliefdesk.rules.california import CUTOFF
from tests.rules.california.helpers import AS_OF, case, charge, codes, record, result, run

OLD = date(2010, 3, 1)


# -- section 1 and 2: which convictions, what relief


def test_11357_is_dismissed_and_sealed() -> None:
    r = result(run(record(case("A1", OLD, charge("11357(a) HS", Level.MISDEMEANOR)))))
    assert (r.relief, r.status) == (Relief.DISMISS_SEAL, Status.ELIGIBLE_NOW)
    assert codes(r)[0] == "CA_PROP64_DISMISS"
    assert r.reasons[0].citation.startswith("HS 11361.8")
    assert r.eligible_on == CUTOFF  # relief could first be asked for when Prop 64 took effect


def test_felony_11359_is_reduced() -> None:
    r = result(run(record(case("A1", OLD, charge("11359 HS", Level.FELONY)))))
    assert (r.relief, r.status) == (Relief.REDUCE, Status.ELIGIBLE_NOW)
    assert codes(r)[:2] == ["CA_PROP64_REDUCE", "CA_NO_DISQUALIFIER"]
    assert r.extra["disqualifiers"] == {"super_strikes": [], "pc290": [], "prior_same_section": 0, "possible": []}


def test_misdemeanor_11358_is_dismissed_with_reduction_as_the_alternative() -> None:
    rec = record(case("A1", OLD, charge("11358 HS", Level.MISDEMEANOR)))
    r = result(run(rec))
    assert (r.relief, r.status) == (Relief.DISMISS_SEAL, Status.ELIGIBLE_NOW)
    assert codes(r)[0] == "CA_PROP64_MISDEMEANOR_DISMISS"
    assert [a.relief for a in r.alternatives] == [Relief.REDUCE]
    assert [q.id for q in r.questions][0] == "ca_relief:0.0"
    chosen = result(run(rec, {"ca_relief:0.0": "reduce"}))
    assert (chosen.relief, codes(chosen)[0]) == (Relief.REDUCE, "CA_PROP64_REDUCE_INFRACTION")


def test_unknown_level_needs_review_and_asks() -> None:
    rec = record(case("A1", OLD, charge("11360 HS", None)))
    r = result(run(rec))
    assert (r.relief, r.status, codes(r)[0]) == (Relief.REDUCE, Status.NEEDS_REVIEW, "CA_LEVEL_UNKNOWN")
    assert "ca_level:0.0" in [q.id for q in r.questions]
    answered = result(run(rec, {"ca_level:0.0": "felony"}))
    assert (answered.status, codes(answered)[0]) == (Status.ELIGIBLE_NOW, "CA_PROP64_REDUCE")


def test_other_sections_are_not_prop64() -> None:
    rec = record(case("A1", OLD, charge("11361 HS"), charge("11379.6 HS"), charge("4573.6 PC"), charge("23152 VC")))
    for i in range(4):
        r = result(run(rec), 0, i)
        assert (r.relief, r.status, codes(r)) == (Relief.NONE, Status.NOT_ELIGIBLE, ["CA_NOT_PROP64_SECTION"])
        assert r.route is None


def test_dismissed_count_is_not_a_conviction() -> None:
    r = result(run(record(case("A1", OLD, charge("11359 HS", disposition=Disposition.DISMISSED)))))
    assert (r.status, codes(r)) == (Status.NOT_ELIGIBLE, ["CA_NOT_CONVICTED"])


def test_cannabis_charge_without_disposition_needs_review() -> None:
    r = result(run(record(case("A1", OLD, charge("11357 HS", None, disposition=Disposition.UNKNOWN)))))
    assert (r.status, codes(r)) == (Status.NEEDS_REVIEW, ["CA_DISPOSITION_UNKNOWN"])


# -- the cut-off


def test_conduct_after_cutoff_is_not_eligible() -> None:
    r = result(run(record(case("A1", date(2017, 6, 1), charge("11359 HS"), arrest=date(2017, 1, 2)))))
    assert (r.relief, r.status, codes(r)) == (Relief.NONE, Status.NOT_ELIGIBLE, ["CA_AFTER_CUTOFF"])
    assert r.reasons[0].values["date"] == "2017-01-02"


def test_arrest_before_cutoff_is_enough_for_a_later_conviction() -> None:
    r = result(run(record(case("A1", date(2017, 6, 1), charge("11359 HS"), arrest=date(2016, 10, 1)))))
    assert r.status is Status.ELIGIBLE_NOW
    assert r.eligible_on == date(2017, 6, 1)


def test_later_conviction_without_arrest_date_asks_about_the_conduct() -> None:
    rec = record(case("A1", date(2017, 6, 1), charge("11357 HS", Level.MISDEMEANOR)))
    r = result(run(rec))
    assert (r.status, codes(r)) == (Status.NOT_ELIGIBLE, ["CA_AFTER_CUTOFF"])
    assert [q.id for q in r.questions] == ["ca_conduct_before_cutoff:0.0"]
    yes = result(run(rec, {"ca_conduct_before_cutoff:0.0": "yes"}))
    assert (yes.relief, yes.status) == (Relief.DISMISS_SEAL, Status.ELIGIBLE_NOW)


# -- section 3: disqualifiers


def test_prior_super_strike_blocks_reduction_and_is_named() -> None:
    rec = record(case("M1", date(1990, 1, 1), charge("187(a) PC")), case("A1", OLD, charge("11359 HS")))
    r = result(run(rec), 1)
    assert (r.relief, r.status) == (Relief.NONE, Status.NOT_ELIGIBLE)
    assert codes(r) == ["CA_DQ_SUPER_STRIKE"]
    assert r.reasons[0].values["statute"] == "187(a) PC"
    assert r.reasons[0].citation.startswith("PC 667(e)(2)(C)(iv)")
    assert r.extra["disqualifiers"]["super_strikes"] == ["187(a) PC"]


def test_later_super_strike_counts_only_when_the_setting_says_anywhere() -> None:
    rec = record(case("A1", OLD, charge("11359 HS")), case("M1", date(2015, 1, 1), charge("261 PC")))
    prior_only = result(run(rec))
    assert prior_only.status is Status.ELIGIBLE_NOW
    assert "CA_DQ_NOT_PRIOR" in codes(prior_only)
    anywhere = result(run(rec, {"ca.prior_only": "false"}))
    assert (anywhere.status, codes(anywhere)[0]) == (Status.NOT_ELIGIBLE, "CA_DQ_SUPER_STRIKE")
    assert any(a.code == "CA_ANY_DISQUALIFIER" for a in run(rec, {"ca.prior_only": "false"}).assumptions)


def test_super_strike_never_blocks_11357() -> None:
    rec = record(case("M1", date(1990, 1, 1), charge("187 PC")), case("A1", OLD, charge("11357 HS", Level.MISDEMEANOR)))
    r = result(run(rec), 1)
    assert (r.relief, r.status) == (Relief.DISMISS_SEAL, Status.ELIGIBLE_NOW)


def test_super_strike_only_in_a_custody_entry_needs_review() -> None:
    custody = replace(case("X1", date(1990, 1, 1), charge("187 PC", None, disposition=Disposition.UNKNOWN)),
                      extra={"event": "custody", "event_date": "1990-01-01"})
    rec = record(custody, case("A1", OLD, charge("11360 HS")))
    r = result(run(rec), 1)
    assert (r.relief, r.status) == (Relief.REDUCE, Status.NEEDS_REVIEW)
    assert "CA_DQ_SUPER_STRIKE_POSSIBLE" in codes(r)


def test_pc290_registration_before_the_conviction_blocks_it() -> None:
    events = [{"statute": "290 PC", "date": "2005-01-01"}]
    rec = record(case("A1", OLD, charge("11358 HS")), registrations=("290 PC",), extra={"registration_events": events})
    r = result(run(rec))
    assert (r.status, codes(r)) == (Status.NOT_ELIGIBLE, ["CA_DQ_PC290"])
    assert r.extra["disqualifiers"]["pc290"] == ["290 PC"]


def test_pc290_registration_after_the_conviction_does_not_count() -> None:
    events = [{"statute": "290 PC", "date": "2014-01-01"}]
    rec = record(case("A1", OLD, charge("11358 HS")), registrations=("290 PC",), extra={"registration_events": events})
    r = result(run(rec))
    assert r.status is Status.ELIGIBLE_NOW and "CA_DQ_NOT_PRIOR" in codes(r)


def test_pc290_registration_without_a_date_needs_review() -> None:
    rec = record(case("A1", OLD, charge("11358 HS")), registrations=("290 PC",))
    r = result(run(rec))
    assert (r.status, "CA_DQ_PC290_POSSIBLE" in codes(r)) == (Status.NEEDS_REVIEW, True)


def test_prior_offense_requiring_registration_blocks_it() -> None:
    rec = record(case("S1", date(1999, 1, 1), charge("314(1) PC", Level.MISDEMEANOR)), case("A1", OLD, charge("11359 HS")))
    r = result(run(rec), 1)
    assert (r.status, codes(r)) == (Status.NOT_ELIGIBLE, ["CA_DQ_PC290"])
    assert r.reasons[0].values["statute"] == "314(1) PC"


def test_third_conviction_of_the_same_section_is_not_eligible() -> None:
    rec = record(
        case("A1", date(2001, 1, 1), charge("11359 HS")),
        case("A2", date(2003, 1, 1), charge("11359 HS")),
        case("A3", date(2005, 1, 1), charge("11359 HS")),
    )
    a = run(rec)
    assert result(a, 1).status is Status.ELIGIBLE_NOW  # one prior
    third = result(a, 2)
    assert (third.status, codes(third)) == (Status.NOT_ELIGIBLE, ["CA_DQ_TWO_PRIORS"])
    assert third.reasons[0].values["priors"] == "2"
    assert third.extra["disqualifiers"]["prior_same_section"] == 2


def test_excluded_subdivision_is_not_eligible() -> None:
    for statute in ("11359(d) HS", "11359(c)(3) HS", "11360(a)(3)(C) HS"):
        r = result(run(record(case("A1", OLD, charge(statute)))))
        assert (r.status, codes(r)) == (Status.NOT_ELIGIBLE, ["CA_DQ_EXCLUDED_SUBDIVISION"]), statute


# -- section 4: details that change the answer


def test_set_aside_under_1203_4_is_already_relieved() -> None:
    ch = charge("11359 HS", disposition=Disposition.SET_ASIDE, disposition_raw="CONVICTED; CONV SET ASIDE & DISM PER 1203.4 PC")
    r = result(run(record(case("A1", OLD, ch))))
    assert (r.relief, r.status, codes(r)) == (Relief.NONE, Status.ALREADY_RELIEVED, ["CA_ALREADY_SET_ASIDE"])


def test_earlier_prop64_relief_is_already_relieved() -> None:
    relief = {"kind": "reduced", "text": "REDESIGNATED AS MISDEMEANOR PER 11361.8 HS", "date": "2018-08-15"}
    r = result(run(record(case("A1", OLD, charge("11360 HS", extra={"prop64_relief": relief})))))
    assert (r.status, codes(r)) == (Status.ALREADY_RELIEVED, ["CA_ALREADY_PROP64"])


def test_pc32_next_to_a_cannabis_count_may_be_a_plea_bargain() -> None:
    rec = record(case("A1", OLD, charge("11359 HS", disposition=Disposition.DISMISSED), charge("32 PC", Level.MISDEMEANOR)))
    r = result(run(rec), 0, 1)
    assert (r.status, codes(r)[0]) == (Status.NEEDS_REVIEW, "CA_POSSIBLE_PLEA_BARGAIN")
    assert "ca_plea_bargain:0.1" in [q.id for q in r.questions]
    no = result(run(rec, {"ca_plea_bargain:0.1": "no"}), 0, 1)
    assert (no.relief, no.status) == (Relief.NONE, Status.NOT_ELIGIBLE)


def test_hs11364_plea_found_from_the_arrest_charges() -> None:
    rec = record(case("A1", OLD, charge("11364 HS", Level.MISDEMEANOR), arrest_statutes=["11357 HS"]))
    r = result(run(rec))
    assert (r.relief, r.status, codes(r)[0]) == (Relief.DISMISS_SEAL, Status.NEEDS_REVIEW, "CA_POSSIBLE_PLEA_BARGAIN")


def test_hs11366_without_a_cannabis_count_is_not_eligible() -> None:
    r = result(run(record(case("A1", OLD, charge("11366 HS")))))
    assert (r.status, codes(r)) == (Status.NOT_ELIGIBLE, ["CA_NOT_PROP64_SECTION"])


def test_deceased_subject_is_reported_and_skipped() -> None:
    r = result(run(record(case("A1", OLD, charge("11357 HS", Level.MISDEMEANOR)), deceased=True)))
    assert r.status is Status.NEEDS_REVIEW
    assert "CA_SUBJECT_DECEASED" in codes(r)


def test_deceased_banner_asks_and_the_answer_decides() -> None:
    rec = replace(record(case("A1", OLD, charge("11357 HS", Level.MISDEMEANOR)), deceased=None),
                  extra={"notices": ["DECEASED HOMICIDE"]})
    a = run(rec)
    assert "ca_deceased" in [q.id for q in a.questions()]
    assert "CA_DECEASED_NOTICE" in [n.code for n in a.notes]
    assert result(a).status is Status.ELIGIBLE_NOW
    yes = result(run(rec, {"ca_deceased": "yes"}))
    assert yes.status is Status.NEEDS_REVIEW and "CA_SUBJECT_DECEASED" in codes(yes)


# -- routes


def test_route_resentencing_while_still_serving() -> None:
    r = result(run(record(case("A1", date(2016, 1, 1), charge("11359 HS", sentence_end=date(2027, 1, 1))))))
    assert (r.route, codes(r)[-1]) == ("resentencing", "CA_ROUTE_RESENTENCING")


def test_route_redesignation_after_the_sentence() -> None:
    r = result(run(record(case("A1", OLD, charge("11359 HS", sentence_end=date(2013, 3, 1))))))
    assert (r.route, codes(r)[-1]) == ("redesignation", "CA_ROUTE_REDESIGNATION")
    assert r.reasons[-1].values["sentence_end"] == "2013-03-01"


def test_route_from_the_sentence_of_another_count_of_the_case() -> None:
    rec = record(case("A1", OLD, charge("11357 HS", Level.MISDEMEANOR), charge("496 PC", sentence_end=date(2013, 3, 1))))
    assert result(run(rec)).route == "redesignation"


def test_route_unknown_asks() -> None:
    rec = record(case("A1", OLD, charge("11359 HS")))
    r = result(run(rec))
    assert (r.route, "CA_ROUTE_UNKNOWN" in codes(r)) == (None, True)
    assert result(run(rec, {"ca_route:0.0": "serving"})).route == "resentencing"


def test_automatic_relief_note_and_rules_version() -> None:
    a = run(record(case("A1", OLD, charge("11357 HS", Level.MISDEMEANOR))))
    assert [n.code for n in a.notes][0] == "CA_AUTOMATIC_RELIEF"
    assert a.notes[0].citation.startswith("HS 11361.9")
    assert a.rules_version == "CA-2023-01"
    assert [c.status for c in a.cases] == [Status.ELIGIBLE_NOW]
    data = a.to_dict()
    assert data["jurisdiction"] == "CA" and "route" in data["charges"][0]
    assert data["summary"]["eligible_now"] == 1
    assert AS_OF.isoformat() == data["as_of"]
