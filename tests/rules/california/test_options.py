"""Settings: the answers keys, Code for America's options file, and the additional relief switches."""

from __future__ import annotations

import json
from datetime import date

import pytest

from reliefdesk.model import Level, Relief, Status
from reliefdesk.rules.california import OPTION_KEYS, CaOptions, OptionsError
from tests.conftest import shared_path
from tests.rules.california.helpers import case, charge, codes, record, result, run_opts

OLD = date(2010, 3, 1)


def test_defaults_follow_the_law_file() -> None:
    opts = CaOptions()
    assert opts.dismiss_sections == ("11357",)
    assert opts.reduce_sections == ("11358", "11359", "11360")
    assert opts.prior_only is True
    assert not (opts.under21_at_conviction or opts.deceased_dismiss or opts.only_prop64_dismiss)
    assert opts.age_threshold == 0 and opts.years_since_conviction_threshold == 0


def test_answers_keys_set_options() -> None:
    opts = CaOptions.from_answers({"ca.prior_only": "false", "ca.dismiss_sections": "11357, 11358", "ca.age_threshold": "50"})
    assert (opts.prior_only, opts.dismiss_sections, opts.age_threshold) == (False, ("11357", "11358"), 50)
    assert set(OPTION_KEYS) >= {"ca.prior_only", "ca.deceased_dismiss", "ca.only_prop64_dismiss"}


def test_bad_setting_is_a_user_error() -> None:
    with pytest.raises(OptionsError, match="ca.prior_only"):
        CaOptions.from_answers({"ca.prior_only": "maybe"})
    with pytest.raises(OptionsError, match="subjectAgeThreshold"):
        CaOptions.from_eligibility_options({"additionalRelief": {"subjectAgeThreshold": "old"}})


def test_code_for_america_options_file() -> None:
    data = json.loads(shared_path("samples", "ca", "eligibility_options.json").read_text(encoding="utf-8"))
    opts = CaOptions.from_eligibility_options(data)
    assert opts.dismiss_sections == ("11357", "11358")
    assert opts.reduce_sections == ("11359", "11360")
    assert opts.under21_at_conviction and opts.deceased_dismiss and opts.only_prop64_dismiss
    assert (opts.age_threshold, opts.years_since_conviction_threshold) == (57, 10)


def test_dismiss_list_section_is_dismissed_despite_a_disqualifier() -> None:
    opts = CaOptions(dismiss_sections=("11357", "11358"), reduce_sections=("11359", "11360"))
    rec = record(case("M1", date(1990, 1, 1), charge("187 PC")), case("A1", OLD, charge("11358 HS")))
    r = result(run_opts(rec, opts), 1)
    assert (r.relief, r.status, codes(r)[0]) == (Relief.DISMISS_SEAL, Status.ELIGIBLE_NOW, "CA_PROP64_DISMISS")


def test_subdivision_entries_in_the_lists() -> None:
    opts = CaOptions(dismiss_sections=("11357(A)",), reduce_sections=())
    rec = record(case("A1", OLD, charge("11357(a) HS", Level.MISDEMEANOR), charge("11357(c) HS", Level.MISDEMEANOR)))
    a = run_opts(rec, opts)
    assert result(a, 0, 0).relief is Relief.DISMISS_SEAL
    assert codes(result(a, 0, 1)) == ["CA_SECTION_NOT_SELECTED"]


@pytest.mark.parametrize(
    ("opts", "person", "code"),
    [
        (CaOptions(under21_at_conviction=True), {"dob": date(1990, 1, 1)}, "CA_EXTRA_UNDER_21"),
        (CaOptions(age_threshold=50), {"dob": date(1960, 1, 1)}, "CA_EXTRA_AGE"),
        (CaOptions(years_since_conviction_threshold=10), {}, "CA_EXTRA_YEARS"),
        (CaOptions(only_prop64_dismiss=True), {}, "CA_EXTRA_ONLY_PROP64"),
        (CaOptions(deceased_dismiss=True), {"deceased": True}, "CA_EXTRA_DECEASED"),
    ],
)
def test_additional_relief_turns_reduction_into_dismissal(opts: CaOptions, person: dict[str, object], code: str) -> None:
    rec = record(case("A1", OLD, charge("11359 HS")), **person)
    r = result(run_opts(rec, opts))
    assert (r.relief, r.status) == (Relief.DISMISS_SEAL, Status.ELIGIBLE_NOW)
    assert codes(r)[:2] == ["CA_PROP64_DISMISS", code]
    plain = result(run_opts(rec, CaOptions()))
    assert plain.relief is Relief.REDUCE or "CA_SUBJECT_DECEASED" in codes(plain)


def test_additional_relief_does_not_override_a_disqualifier() -> None:
    rec = record(case("M1", date(1980, 1, 1), charge("187 PC")), case("A1", OLD, charge("11359 HS")))
    r = result(run_opts(rec, CaOptions(age_threshold=50)), 1)
    assert (r.status, codes(r)) == (Status.NOT_ELIGIBLE, ["CA_DQ_SUPER_STRIKE"])
