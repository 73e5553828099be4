"""Every reason code the California rules can give, with its citation and meaning.

docs/california.md lists the same codes; a test keeps the two in step.
"""

from __future__ import annotations

#: code -> (citation, meaning)
REASON_CODES: dict[str, tuple[str, str]] = {
    "CA_PROP64_DISMISS": ("HS 11361.8(a), (e)", "eligible for dismissal and sealing (HS 11357, or a section the review dismisses)"),
    "CA_PROP64_REDUCE": ("HS 11361.8(a)-(b), (e)-(f)", "felony HS 11358-11360: redesignate as a misdemeanor"),
    "CA_PROP64_MISDEMEANOR_DISMISS": ("HS 11361.8(a), (e)", "misdemeanor HS 11358-11360: dismissal in the bulk practice; redesignation the alternative"),
    "CA_PROP64_REDUCE_INFRACTION": ("HS 11361.8(a)-(b), (e)-(f)", "misdemeanor: redesignate as an infraction"),
    "CA_LEVEL_UNKNOWN": ("HS 11361.8(b)", "felony or misdemeanor not on the record (question ca_level)"),
    "CA_NOT_PROP64_SECTION": ("HS 11361.8(a)", "not HS 11357-11360: Proposition 64 does not reach it"),
    "CA_SECTION_NOT_SELECTED": ("review setting", "a cannabis section in neither list of the review's settings"),
    "CA_NOT_CONVICTED": ("HS 11361.8(a)", "dismissed, acquitted or not charged: nothing to relieve"),
    "CA_DISPOSITION_UNKNOWN": ("HS 11361.8(a)", "a cannabis charge with no court disposition on the sheet"),
    "CA_AFTER_CUTOFF": ("HS 11361.8(a); Prop. 64", "conduct on or after 2016-11-09 (question ca_conduct_before_cutoff)"),
    "CA_CONDUCT_DATE_UNKNOWN": ("HS 11361.8(a); Prop. 64", "no date on the record to place the conduct before 2016-11-09"),
    "CA_DQ_SUPER_STRIKE": ("PC 667(e)(2)(C)(iv); HS 11361.8(b)", "a super strike conviction (prior, per the setting)"),
    "CA_DQ_SUPER_STRIKE_POSSIBLE": ("PC 667(e)(2)(C)(iv)", "a possible super strike (custody entry, attempt, or no date): review"),
    "CA_DQ_PC290": ("PC 290(c); HS 11361.8(b)", "PC 290 registration or an offense requiring it (prior, per the setting)"),
    "CA_DQ_PC290_POSSIBLE": ("PC 290(c)", "a possible PC 290 disqualifier (no date, custody entry): review"),
    "CA_DQ_TWO_PRIORS": ("HS 11358-11360; HS 11361.8(b)", "two or more prior convictions of the same section"),
    "CA_DQ_EXCLUDED_SUBDIVISION": ("HS 11359(c)(3), (d); HS 11360(a)(3)(C), (D)", "an excluded subdivision (sale to a minor ...)"),
    "CA_DQ_NOT_PRIOR": ("HS 11361.8(b)", "a disqualifier found after the conviction: not counted (prior-only setting)"),
    "CA_NO_DISQUALIFIER": ("HS 11361.8(b)", "checked: no super strike, no PC 290, fewer than two priors"),
    "CA_ALREADY_SET_ASIDE": ("PC 1203.4", "already set aside and dismissed"),
    "CA_ALREADY_PROP64": ("HS 11361.8; HS 11361.9", "already dismissed or reduced under Proposition 64"),
    "CA_POSSIBLE_PLEA_BARGAIN": ("HS 11361.8; PC 32; HS 11364; HS 11366", "maybe a plea from a cannabis charge: review (question ca_plea_bargain)"),
    "CA_SUBJECT_DECEASED": ("HS 11361.8", "the person is deceased: reported, no petition"),
    "CA_DECEASED_NOTICE": ("HS 11361.8", "a DECEASED banner without a DECEASED event (question ca_deceased)"),
    "CA_ROUTE_RESENTENCING": ("HS 11361.8(a)-(b)", "still serving: petition (CR-400 petition box)"),
    "CA_ROUTE_REDESIGNATION": ("HS 11361.8(e)-(f)", "sentence complete: application (CR-400 application box)"),
    "CA_ROUTE_UNKNOWN": ("HS 11361.8(a), (e)", "sentence end unknown (question ca_route)"),
    "CA_EXTRA_DECEASED": ("review setting", "additional relief: deceased subject dismissed"),
    "CA_EXTRA_UNDER_21": ("review setting", "additional relief: under 21 at conviction"),
    "CA_EXTRA_AGE": ("review setting", "additional relief: age at least the threshold"),
    "CA_EXTRA_YEARS": ("review setting", "additional relief: no conviction for the threshold years"),
    "CA_EXTRA_ONLY_PROP64": ("review setting", "additional relief: only HS 11357-11360 convictions on the record"),
    "CA_AUTOMATIC_RELIEF": ("HS 11361.9", "analysis note: check the current DOJ record; relief may be automatic already"),
}
