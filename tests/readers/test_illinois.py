"""The Illinois reader: the three samples read into exactly the record a volunteer
would type, and variants no one tuned the reader to read into the same facts."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from reliefdesk.model import Disposition, record_to_dict
from reliefdesk.readers import ReadError, detect_format, read_path, read_text
from reliefdesk.readers.illinois import detect_kind
from tests.conftest import shared_path
from tests.readers.helpers import DEMO, SAMPLES, expected, record_differences, sample_text

NAMES = list(SAMPLES)


@pytest.mark.parametrize("name", NAMES)
def test_sample_reads_into_the_demo_record(name: str) -> None:
    result = read_path(DEMO / SAMPLES[name])
    got = record_to_dict(result.record)
    assert record_differences(got, expected(name)) == []
    assert got["source"] == {"format": "il-text", "file": SAMPLES[name], "warnings": []}
    # Nothing to review on a clean sample: every line placed, nothing unsure.
    assert result.report.warnings() == []


@pytest.mark.parametrize("name", NAMES)
def test_shared_sample_is_the_demo_sample(name: str) -> None:
    path = shared_path("samples", "il", SAMPLES[name])
    got = record_to_dict(read_path(path).record)
    assert record_differences(got, expected(name)) == []


@pytest.mark.parametrize(("name", "kind"), [("washington", "isp"), ("kowalski", "cpd"), ("hernandez", "cook")])
def test_kind_is_detected_from_content(name: str, kind: str) -> None:
    text = sample_text(name)
    assert detect_kind(text) == kind
    assert detect_format(text) == "il-text"
    assert read_text(text).report.kinds == [kind]


def test_every_line_is_used_or_unplaced_exactly_once() -> None:
    text = sample_text("washington") + "\nSOMETHING ODD: 12345\n"
    result = read_text(text)
    numbers = [ln.number for ln in result.report.used] + [ln.number for ln in result.report.unplaced]
    nonblank = [i for i, line in enumerate(result.text.splitlines(), start=1) if line.strip()]
    assert sorted(numbers) == nonblank
    assert [ln.text for ln in result.report.unplaced] == ["SOMETHING ODD: 12345"]
    assert any("not read: SOMETHING ODD: 12345" in w for w in result.report.warnings())


def test_used_lines_say_what_they_were_read_as() -> None:
    result = read_text(sample_text("kowalski"))
    roles = {ln.text.strip()[:14]: ln.role for ln in result.report.used}
    assert roles["IR NO: 1187654"] == "person"
    assert roles["2004-06-19   1"] == "cycle"
    assert roles["DISP: 2008-09-"] == "disposition"
    assert roles["MSR DISCHARGE:"] == "sentence"


# --------------------------------------------------------------------------
# Variants: the same facts, printed differently


def _sub_all(text: str, pairs: list[tuple[str, str]]) -> str:
    for old, new in pairs:
        assert re.search(old, text), f"variant pattern {old!r} not in the text"
        text = re.sub(old, new, text)
    return text


def relabel_isp(text: str) -> str:
    return _sub_all(text, [
        (r"SID: ", "SID #: "), (r"FBI: ", "FBI NO. "), (r"NAME: ", "SUBJECT NAME: "), (r"AKA:  ", "ALIAS: "),
        (r"DOB: ", "DATE OF BIRTH: "), (r"ARREST DATE: ", "DATE OF ARREST: "),
        (r"ARRESTING AGENCY: ", "ARR AGENCY: "), (r"AGENCY CASE NO: ", "AGENCY CASE #: "),
        (r"COURT CASE: ", "CASE NUMBER: "), (r"DISPOSITION DATE: ", "DISP DATE: "), (r"DISPOSITION: ", "DISP: "),
        (r"SENTENCE: ", "SENT: "), (r"CYCLE 0", "ARREST CYCLE 0"),
    ])  # fmt: skip


def relabel_cpd(text: str) -> str:
    return _sub_all(text, [
        (r"IR NO: ", "IR #: "), (r"FBI NO: ", "FBI #: "), (r"SID NO: ", "SID: "), (r"DOB: ", "BIRTH DATE: "),
        (r"CASE NO: ", "CASE #: "), (r"DISP: ", "DISPOSITION: "), (r"SENT: ", "SENTENCE: "),
        (r"\(CHARGE (\d)\)", r"(CT \1)"),
    ])  # fmt: skip


def relabel_cook(text: str) -> str:
    return _sub_all(text, [
        (r"Case Number: ", "Case No.: "), (r"Defendant: ", "Defendant Name: "), (r"Date of Birth: ", "DOB: "),
        (r"Arresting Agency: ", "Agency: "), (r"Arrest Date: ", "Date of Arrest: "), (r"Charge (\d)", r"Count \1"),
        (r"Related Case: ", "Related Case No: "),
    ])  # fmt: skip


def _us_dates(text: str, fmt: Callable[[re.Match[str]], str]) -> str:
    return re.sub(r"\b(\d{2})[/-](\d{2})[/-](\d{4})\b", fmt, text)


MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def iso_dates(text: str) -> str:
    return _us_dates(text, lambda m: f"{m[3]}-{m[1]}-{m[2]}")


def month_name_dates(text: str) -> str:
    text = _us_dates(text, lambda m: f"{m[2]}-{MONTHS[int(m[1]) - 1]}-{m[3]}")
    return re.sub(r"\b(\d{4})-(\d{2})-(\d{2})\b", lambda m: f"{MONTHS[int(m[2]) - 1]} {int(m[3])}, {m[1]}", text)


def dashed_us_dates(text: str) -> str:
    text = _us_dates(text, lambda m: f"{m[1]}-{m[2]}-{m[3]}")
    return re.sub(r"\b(\d{4})-(\d{2})-(\d{2})\b", lambda m: f"{m[2]}/{m[3]}/{m[1]}", text)


def respace(text: str) -> str:
    """Other spacing: column gaps wider or narrower (never one space), other indents."""
    out = []
    for i, line in enumerate(text.splitlines()):
        line = re.sub(r" {2,}", lambda m, i=i: " " * (2 + (len(m.group(0)) + i) % 5), line)
        line = re.sub(r"^ +", lambda m: " " * ((len(m.group(0)) + 3) % 9), line)
        out.append(line)
    return "\n".join(out)


def page_breaks(text: str, every: int = 7) -> str:
    """A page header and footer every few lines, wherever they fall."""
    lines = text.splitlines()
    out: list[str] = []
    page = 1
    for i, line in enumerate(lines, start=1):
        out.append(line)
        if i % every == 0 and i < len(lines):
            page += 1
            out += [f"{'':60}PAGE {page - 1} OF 9", "", f"PRINTED: 10/02/2026{'':40}PAGE {page} OF 9", ""]
    return "\n".join(out)


def ocr_noise(text: str) -> str:
    """Scanner look-alikes: O/0, I/l, S/5 inside words; O and l inside numbers and dates."""
    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        if len(w) < 4 or not w.isalpha() or not w.isupper():
            return w
        h = sum(map(ord, w)) % 3
        if h == 0:
            return w.replace("O", "0", 1)
        if h == 1:
            return w.replace("I", "l", 1)
        return w

    text = re.sub(r"[A-Za-z]+", word, text)
    # dates: one zero per date becomes the letter O
    return re.sub(r"\b(\d{2})/0(\d)/", r"\1/O\2/", text)


def flatten(text: str) -> str:
    """What a poor scan or a copy-paste gives: colons after labels lost, one space everywhere."""
    out = []
    for line in text.splitlines():
        line = re.sub(r"(?<=[A-Za-z.#]):(?=\s)", "", line)
        out.append(" ".join(line.split()))
    return "\n".join(out)


VARIANTS: dict[str, list[Callable[[str], str]]] = {
    "washington": [relabel_isp, iso_dates, month_name_dates, respace, page_breaks, ocr_noise, flatten],
    "kowalski": [relabel_cpd, dashed_us_dates, month_name_dates, respace, page_breaks, ocr_noise, flatten],
    "hernandez": [relabel_cook, iso_dates, month_name_dates, respace, page_breaks, ocr_noise, flatten],
}
CASES = [(n, f) for n, fs in VARIANTS.items() for f in fs]


@pytest.mark.parametrize(("name", "variant"), CASES, ids=[f"{n}-{f.__name__}" for n, f in CASES])
def test_variant_reads_the_same_facts(name: str, variant: Callable[[str], str]) -> None:
    text = variant(sample_text(name))
    assert text != sample_text(name)
    result = read_text(text, filename=SAMPLES[name])
    dates = variant in (iso_dates, month_name_dates, dashed_us_dates)
    assert record_differences(record_to_dict(result.record), expected(name), printed_dates=dates) == []
    assert result.report.unplaced == []


@pytest.mark.parametrize("name", NAMES)
def test_all_variants_at_once(name: str) -> None:
    text = sample_text(name)
    for variant in VARIANTS[name]:
        text = variant(text)
    result = read_text(text)
    assert record_differences(record_to_dict(result.record), expected(name), printed_dates=True) == []


def test_crlf_tabs_and_unicode_dashes() -> None:
    text = sample_text("hernandez").replace("\n", "\r\n").replace(" - ", " \u2013 ").replace("    Disp", "\tDisp")
    got = record_to_dict(read_text(text).record)
    want = expected("hernandez")
    # The en dash is printed text: it reads back as a plain dash.
    assert record_differences(got, want) == []


# --------------------------------------------------------------------------
# What cannot be placed is shown, not lost


def test_unknown_disposition_is_unknown_and_reported() -> None:
    text = sample_text("washington").replace("DISPOSITION: NOLLE PROSEQUI", "DISPOSITION: XQZ JUMBLE", 1)
    result = read_text(text)
    charge = result.record.cases[2].charges[0]
    assert charge.disposition is Disposition.UNKNOWN
    assert charge.disposition_raw == "XQZ JUMBLE"
    assert any(u.where == "cases[2].charges[0].disposition" and u.value == "XQZ JUMBLE" for u in result.report.unsure)


def test_missing_disposition_is_unknown_never_dismissed() -> None:
    text = "\n".join(
        line for line in sample_text("washington").splitlines() if "05/15/2017   DISPOSITION: NOLLE" not in line
    )
    result = read_text(text)
    for charge in result.record.cases[2].charges:
        assert charge.disposition is Disposition.UNKNOWN
    assert any("certified disposition" in u.why for u in result.report.unsure)


def test_unreadable_statute_is_kept_raw_and_reported() -> None:
    text = sample_text("hernandez").replace("720 ILCS 5/16-25(a)(1)", "720 ILCS 5/ZZ")
    result = read_text(text)
    charge = result.record.cases[2].charges[0]
    assert (charge.statute, charge.statute_raw) == (None, "720 ILCS 5/ZZ")
    assert charge.description == "RETAIL THEFT - $300 OR LESS"
    assert [u.where for u in result.report.unsure] == ["cases[2].charges[0].statute"]


def test_two_digit_year_is_read_and_flagged() -> None:
    text = sample_text("washington").replace("DISPOSITION DATE: 07/19/2011", "DISPOSITION DATE: 07/19/11")
    result = read_text(text)
    assert result.record.cases[0].charges[0].disposition_date.isoformat() == "2011-07-19"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "Dear Ms. Moore,\nThank you for your letter of March 3. We will call you next week.\n",
        "Grocery list\n- eggs\n- milk\n- 2 lbs apples\n",
        "ILLINOIS STATE POLICE\nCRIMINAL HISTORY TRANSCRIPT\nNO RECORD FOUND\n",
    ],
)
def test_not_a_rap_sheet(text: str) -> None:
    with pytest.raises(ReadError, match="this does not look like a rap sheet: no arrest, case or charge found"):
        read_text(text)
    with pytest.raises(ReadError, match="no arrest, case or charge found"):
        read_text(text, "il-text")


def test_several_files_of_one_person_merge(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from reliefdesk.readers import read_many

    isp = tmp_path / "isp.txt"
    isp.write_text(
        "ILLINOIS STATE POLICE\nCRIMINAL HISTORY TRANSCRIPT\nNAME: HERNANDEZ, LUIS\nDOB: 07/30/1990\n"
        "CYCLE 001   DCN: L8000001   ARREST DATE: 03/11/2015\n"
        "  CHARGE 01  720 ILCS 550/4(B)  POSS CANNABIS 2.5-10 GRAMS   CLASS: B MISD\n"
        "  COURT CASE: 15-CR-123401     COURT: CIRCUIT COURT COOK COUNTY\n"
        "  DISPOSITION DATE: 06/18/2015   DISPOSITION: FINDING OF GUILTY\n"
    )
    result = read_many([isp, DEMO / SAMPLES["hernandez"]])
    record = result.record
    assert [c.case_number for c in record.cases] == ["15-CR-123401", "2018-MC4-001882", "2020-MC1-220410"]
    merged = record.cases[0]
    assert "2015CR0123401" in merged.other_numbers and "L8000001" in merged.other_numbers
    assert len(merged.charges) == 2  # the cannabis charge is one charge, the felony comes from the clerk
    assert record.person.name == "HERNANDEZ, LUIS" and "HERNANDEZ, LUIS A" in record.person.aliases
    assert any("disposition: convicted" in c and "dismissed" in c for c in result.report.conflicts)
    assert any(c.startswith("person name") for c in result.report.conflicts)


def test_cycle_continued_after_a_page_break_is_the_same_cycle() -> None:
    text = sample_text("washington").replace(
        "  DISPOSITION DATE: 11/04/2014",
        "                                                     PAGE 1 OF 2\n"
        "ILLINOIS STATE POLICE\nCRIMINAL HISTORY TRANSCRIPT\nNAME: WASHINGTON, DENISE M\n"
        "CYCLE 002 (CONTINUED)\n  DISPOSITION DATE: 11/04/2014",
    )
    result = read_text(text)
    assert record_differences(record_to_dict(result.record), expected("washington")) == []
    assert result.report.warnings() == []


def test_one_arrest_with_two_court_cases() -> None:
    text = sample_text("washington").replace(
        "  COURT CASE: 17-2-100455-01     COURT: CIRCUIT COURT COOK COUNTY\n"
        "  DISPOSITION DATE: 05/15/2017   DISPOSITION: NOLLE PROSEQUI\n----",
        "  COURT CASE: 17-2-100999-01     COURT: CIRCUIT COURT COOK COUNTY\n"
        "  DISPOSITION DATE: 05/15/2017   DISPOSITION: NOLLE PROSEQUI\n----",
    )
    record = read_text(text).record
    assert [c.case_number for c in record.cases] == [
        "11-1-234567-01", "13-1-778812-01", "17-2-100455-01", "17-2-100999-01", "21-DT-004512"]  # fmt: skip
    assert record.cases[3].arrest_date == record.cases[2].arrest_date
    assert record.cases[3].charges[0].description == "CRIMINAL TRESPASS TO LAND"
