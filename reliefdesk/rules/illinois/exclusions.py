"""Exclusions, 20 ILCS 2630/5.2(a)(3) [S] (illinois.md section 3), as data tables.

Exclusions apply to supervision, qualified probation and convictions, never to
non-convictions (release, dismissal, acquittal, vacatur); the one exception is
EX-B, minor traffic, which blocks everything but release without charging.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reliefdesk.model.analysis import Reason
from reliefdesk.model.record import Disposition, Level, OffenseClass
from reliefdesk.rules.illinois.catalog import reason
from reliefdesk.rules.illinois.clocks import add_years
from reliefdesk.rules.illinois.expungement import FIVE_YEAR_SUPERVISION
from reliefdesk.rules.illinois.facts import CONVICTIONS, ChargeFacts

CRIM_CODE = (720, "5")
VEHICLE_CODE = (625, "5")

#: EX-A-ii: DUI, 625 ILCS 5/11-501 [S] (a similar ordinance cannot be told from the citation).
DUI_SECTIONS = frozenset({"11-501"})
#: EX-A-iii: reckless driving, 625 ILCS 5/11-503 [S].
RECKLESS_SECTIONS = frozenset({"11-503"})

#: EX-A-i: sexual offenses that by definition are against a minor (720 ILCS 5) [M].
SEX_AGAINST_MINOR = frozenset({
    "11-1.40",  # predatory criminal sexual assault of a child
    "11-6",  # indecent solicitation of a child
    "11-9.1",  # sexual exploitation of a child
    "11-9.1A",  # permitting sexual abuse of a child
    "11-14.4",  # promoting juvenile prostitution
    "11-18.1",  # patronizing a minor engaged in prostitution
    "11-20.1",  # child pornography
    "11-20.1B",
    "11-20.3",  # aggravated child pornography
    "11-21",  # harmful material (to minors)
    "11-25",  # grooming
    "12-14.1",  # predatory criminal sexual assault of a child (pre-2011 numbering)
})
#: Sexual offenses where the victim may or may not be a minor: EX-A-i needs review [M].
SEX_VICTIM_AGE_UNKNOWN = frozenset({
    "11-1.20", "11-1.30", "11-1.50", "11-1.60", "12-13", "12-14", "12-15", "12-16",
})

#: EX-C: sealing only. Article 11 of 720 ILCS 5 except these two [S].
ARTICLE_11_EXCEPT = frozenset({"11-14"})  # prostitution (and misdemeanor 11-30, below)
#: EX-C: named sections of 720 ILCS 5 and what they are [S].
SEAL_EXCLUDED_SECTIONS: dict[str, str] = {
    "11-1.50": "criminal sexual abuse",
    "12-3.4": "violation of an order of protection",
    "12-15": "criminal sexual abuse (old numbering)",
    "12-30": "violation of an order of protection (old numbering)",
    "26-5": "dog fighting",
    "48-1": "dog fighting",
    "12-3.1": "battery of an unborn child",
    "12-3.2": "domestic battery",
}
#: EX-C: other acts: (chapter, act, section) -> what [S].
SEAL_EXCLUDED_OTHER: dict[tuple[int, str, str], str] = {
    (740, "21", "125"): "violation of a stalking no contact order",
    (740, "22", "219"): "violation of a civil no contact order",
}
#: EX-C: Humane Care for Animals Act, when a Class A misdemeanor or a felony [S].
ANIMAL_ACT = (510, "70")

#: SEAL-9: offenses that can require registration outside Article 11 (arson,
#: violent offender against youth), 730 ILCS 148, 730 ILCS 154 [M].
REGISTRABLE_SECTIONS = frozenset({
    "20-1", "20-1.1", "20-1.2", "20-1.3",  # arson family
    "9-1", "10-1", "10-2", "10-3", "10-3.1", "10-5",  # against youth when the victim is a minor
})  # fmt: skip


@dataclass(frozen=True)
class Screen:
    """What the exclusions say about one charge."""

    expunge_block: tuple[Reason, ...] = ()
    seal_block: tuple[Reason, ...] = ()
    expunge_review: tuple[Reason, ...] = ()
    seal_review: tuple[Reason, ...] = ()
    age25: date | None = None  # reckless-driving exception: relief not before this date
    reckless_exception: bool = False


def _is_crim(f: ChargeFacts, *sections: str) -> bool:
    return f.is_offense(*CRIM_CODE, *sections)


def sex_offense_against_minor(f: ChargeFacts) -> bool:
    return _is_crim(f) and f.offense is not None and f.offense.section in SEX_AGAINST_MINOR


def seal_excluded_as(f: ChargeFacts) -> str | None:
    """Why EX-C excludes this charge from sealing, or ``None``."""
    st = f.offense
    if st is None:
        return None
    if (st.chapter, st.act) == CRIM_CODE:
        if st.section in SEAL_EXCLUDED_SECTIONS:
            return SEAL_EXCLUDED_SECTIONS[st.section]
        if st.article == "11" and st.section not in ARTICLE_11_EXCEPT:
            if st.section == "11-30" and f.level is not Level.FELONY:
                return None  # misdemeanor public indecency is sealable
            return "Article 11 sex offense"
    return SEAL_EXCLUDED_OTHER.get((st.chapter, st.act, st.section))


def other_dui_or_reckless_conviction(f: ChargeFacts, others: Sequence[ChargeFacts]) -> bool:
    return any(
        o.key != f.key and o.disposition in CONVICTIONS
        and o.is_offense(*VEHICLE_CODE, *(DUI_SECTIONS | RECKLESS_SECTIONS))
        for o in others
    )  # fmt: skip


def screen(f: ChargeFacts, others: Sequence[ChargeFacts], dob: date | None) -> Screen:
    """Apply EX-A-i, EX-A-ii, EX-A-iii, EX-B and EX-C to one charge."""
    offense = f.offense_text
    # EX-B: minor traffic blocks everything but release without charging [S].
    # The Vehicle Code sections named in (b)(2)(B)(i) are expungeable after supervision even when
    # petty: the specific list wins over EX-B [M].
    listed = f.disposition is Disposition.SUPERVISION and f.offense is not None and (
        (f.offense.chapter, f.offense.act, f.offense.section) in FIVE_YEAR_SUPERVISION)
    if f.minor_traffic is True and f.disposition is not Disposition.RELEASED_WITHOUT_CHARGING:
        r = reason("IL_EXCLUDED_MINOR_TRAFFIC", offense=offense)
        return Screen(expunge_block=() if listed else (r,), seal_block=(r,))
    if f.is_non_conviction:
        return Screen()  # exclusions do not reach non-convictions

    expunge_block: list[Reason] = []
    seal_block: list[Reason] = []
    expunge_review: list[Reason] = []
    seal_review: list[Reason] = []
    age25: date | None = None
    reckless_exception = False

    if sex_offense_against_minor(f):  # EX-A-i
        r = reason("IL_EXCLUDED_SEX_OFFENSE_MINOR", offense=offense)
        expunge_block.append(r)
        seal_block.append(r)
    elif _is_crim(f) and f.offense is not None and f.offense.section in SEX_VICTIM_AGE_UNKNOWN:
        expunge_review.append(reason("IL_REVIEW_SEX_OFFENSE_VICTIM", offense=offense))

    if f.is_offense(*VEHICLE_CODE, *DUI_SECTIONS):  # EX-A-ii
        r = reason("IL_EXCLUDED_DUI", offense=offense)
        expunge_block.append(r)
        seal_block.append(r)

    if f.is_offense(*VEHICLE_CODE, *RECKLESS_SECTIONS):  # EX-A-iii
        st = f.offense
        subsection_a = st is not None and (st.subsections[:1] == ("a",) or not st.subsections)
        misdemeanor = f.level is Level.MISDEMEANOR
        if not (subsection_a and misdemeanor) or other_dui_or_reckless_conviction(f, others):
            r = reason("IL_EXCLUDED_RECKLESS_DRIVING", offense=offense)
            expunge_block.append(r)
            seal_block.append(r)
        elif dob is None or f.offense_date is None:
            r = reason("IL_NEEDS_AGE")
            expunge_review.append(r)
            seal_review.append(r)
        else:
            birthday_25 = add_years(dob, 25)
            if f.offense_date < birthday_25:
                age25, reckless_exception = birthday_25, True
            else:
                r = reason("IL_EXCLUDED_RECKLESS_DRIVING", offense=offense)
                expunge_block.append(r)
                seal_block.append(r)

    if f.minor_traffic is None and f.disposition is not Disposition.RELEASED_WITHOUT_CHARGING and not listed:
        r = reason("IL_NEEDS_CLASS")
        expunge_review.append(r)
        seal_review.append(r)

    # EX-C: sealing only [S].
    why = seal_excluded_as(f)
    if why is not None:
        if f.attempt:
            seal_review.append(reason("IL_REVIEW_ATTEMPT_EXCLUDED", offense=offense, excluded_as=why))
        else:
            seal_block.append(reason("IL_EXCLUDED_SEAL", offense=offense, excluded_as=why))
    elif f.is_offense(*ANIMAL_ACT):
        if f.level is Level.FELONY or f.offense_class is OffenseClass.A:
            seal_block.append(reason("IL_EXCLUDED_SEAL", offense=offense,
                                     excluded_as="Humane Care for Animals Act, Class A or felony"))
        elif f.offense_class is None:
            seal_review.append(reason("IL_REVIEW_ANIMAL_CLASS"))
    return Screen(tuple(expunge_block), tuple(seal_block), tuple(expunge_review), tuple(seal_review),
                  age25, reckless_exception)


def registrable(f: ChargeFacts) -> bool:
    """Could this conviction be one that requires registration (SEAL-9) [M]?"""
    return (_is_crim(f) and f.offense is not None
            and (f.offense.section in REGISTRABLE_SECTIONS or f.offense.article == "11"))
