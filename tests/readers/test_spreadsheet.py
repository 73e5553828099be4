"""Spreadsheets: a column mapping guessed from the headers, saved and remembered,
one row per charge, rows grouped into people and cases."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from reliefdesk.model import Disposition, Level, OffenseClass, SentenceKind, record_to_dict
from reliefdesk.readers import ReadError, read_path
from reliefdesk.readers.spreadsheet import (
    ColumnMapping,
    guess_mapping,
    load_mapping,
    mappings_dir,
    parse_table,
    read_csv,
    row_to_charge,
    save_mapping,
    signature,
)
from tests.readers.helpers import expected, record_differences

HERNANDEZ_CSV = """\
Case Number,Defendant,DOB,Arrest Date,Arresting Agency,Related Case,Statute,Charge Description,Class,Disposition,Disposition Date,Sentence,Sentence Date
2015CR0123401,"HERNANDEZ, LUIS A",07/30/1990,03/11/2015,CHICAGO POLICE DEPARTMENT,15-1-190022,720 ILCS 570/402(c),POSSESSION OF A CONTROLLED SUBSTANCE,Class 4 Felony,Probation Terminated Satisfactorily - Case Dismissed,12/18/2016,Probation - 18 Months (730 ILCS 5/5-6-3.3),06/18/2015
2015CR0123401,"HERNANDEZ, LUIS A",07/30/1990,03/11/2015,CHICAGO POLICE DEPARTMENT,15-1-190022,720 ILCS 550/4(b),POSSESSION OF CANNABIS 2.5-10 GRAMS,Class B Misdemeanor,Nolle Prosequi,06/18/2015,,
2018-MC4-001882,"HERNANDEZ, LUIS A",07/30/1990,05/19/2018,MAYWOOD POLICE DEPARTMENT,,720 ILCS 5/12-3.2(a)(2),DOMESTIC BATTERY - PHYSICAL CONTACT,Class A Misdemeanor,Finding of Guilty,08/01/2018,Conditional Discharge - 12 Months; Partner Abuse Intervention,
2020-MC1-220410,"HERNANDEZ, LUIS A",07/30/1990,10/04/2020,CHICAGO POLICE DEPARTMENT,,720 ILCS 5/16-25(a)(1),RETAIL THEFT - $300 OR LESS,Class A Misdemeanor,Finding of Not Guilty,02/10/2021,,
"""


def _write(tmp_path: Path, text: str, name: str = "intake.csv") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_guess_mapping_from_many_spellings() -> None:
    m = guess_mapping(["CASE_NUM", "Last Name", "First Name", "D.O.B.", "Charge Statute (ILCS)", "Dispo", "Dispo Date"])
    assert m.columns["case_number"] == "CASE_NUM"
    assert m.columns["last_name"] == "Last Name"
    assert m.columns["first_name"] == "First Name"
    assert m.columns["dob"] == "D.O.B."
    assert m.columns["statute"] == "Charge Statute (ILCS)"
    assert m.columns["disposition"] == "Dispo"
    assert m.columns["disposition_date"] == "Dispo Date"
    assert guess_mapping(["case_no"]).columns == {"case_number": "case_no"}


def test_a_person_spreadsheet_reads_into_the_demo_record(tmp_path: Path) -> None:
    result = read_path(_write(tmp_path, HERNANDEZ_CSV))
    assert result.report.format == "csv"
    diffs = record_differences(record_to_dict(result.record), expected("hernandez"))
    assert diffs == []
    assert [ln.number for ln in result.report.used] == [2, 3, 4, 5]
    assert "column mapping guessed from the headers: check it" in result.report.notes


def test_semicolon_and_iso_dates(tmp_path: Path) -> None:
    text = "case_no;name;dob;statute;disposition;disposition_date\n19-CF-456;DOE, JANE;1984-02-29;720-550/4-C;FNG;2019-05-01\n"
    record = read_path(_write(tmp_path, text)).record
    charge = record.cases[0].charges[0]
    assert (record.person.name, record.person.dob.isoformat()) == ("DOE, JANE", "1984-02-29")  # type: ignore[union-attr]
    assert (charge.statute, charge.disposition) == ("720 ILCS 550/4(c)", Disposition.ACQUITTED)


def test_mapping_is_saved_and_remembered_by_header_signature(tmp_path: Path) -> None:
    text = "Docket,Who,Born,Law,What happened\n21-DT-004512,\"ROE, RAY\",01/02/1980,625 ILCS 5/11-501(a)(2),SUPV TERM SAT\n"
    headers, rows = parse_table(text)
    guessed = guess_mapping(headers)
    assert "name" not in guessed.columns  # "Who" is not a known spelling
    edited = ColumnMapping(headers=tuple(headers), columns={**guessed.columns, "name": "Who", "dob": "Born",
                                                             "statute": "Law", "disposition": "What happened"})
    path = save_mapping(edited)
    assert path == mappings_dir() / f"{signature(headers)}.json"
    assert json.loads(path.read_text())["columns"]["name"] == "Who"
    # Same headers, other spacing and case: the saved mapping is found and used.
    again = load_mapping([h.upper() + " " for h in headers])
    assert again is not None and again.columns == edited.columns
    record = read_path(_write(tmp_path, text)).record
    assert record.person.name == "ROE, RAY"
    assert record.cases[0].charges[0].disposition is Disposition.SUPERVISION


def test_damaged_saved_mapping_is_a_clear_error(tmp_path: Path) -> None:
    headers = ["Case Number", "Statute"]
    mappings_dir().mkdir(parents=True, exist_ok=True)
    (mappings_dir() / f"{signature(headers)}.json").write_text("{not json")
    with pytest.raises(ReadError, match="damaged"):
        load_mapping(headers)


def test_rows_group_into_people_and_cases(tmp_path: Path) -> None:
    text = (
        "Client ID,Name,Case Number,Statute,Disposition,Disposition Date\n"
        "A1,\"DOE, JANE\",19-CF-456,720 ILCS 570/402(c),Nolle Prosequi,2019-05-01\n"
        "A1,\"DOE, JANE\",19CF0456,720 ILCS 550/4(c),Nolle Prosequi,2019-05-01\n"
        "A2,\"ROE, RAY\",2019CM000123,720 ILCS 5/16-25(a)(1),FG,2019-06-01\n"
        "A1,\"DOE, JANE\",2020CM000001,720 ILCS 5/12-3(a)(2),Dismissed,2020-01-01\n"
    )
    records = read_csv(_write(tmp_path, text))
    assert [r.person.name for r in records] == ["DOE, JANE", "ROE, RAY"]
    assert [len(c.charges) for c in records[0].cases] == [2, 1]  # 19-CF-456 and 19CF0456 are one case
    with pytest.raises(ReadError, match="holds 2 people"):
        read_path(_write(tmp_path, text))


def test_row_to_charge_is_reusable() -> None:
    headers, rows = parse_table(
        "statute,description,class,disposition,sentence,disposition date,sentence end\n"
        "720 ILCS 5/24-1.6(a)(1),AGG UUW,F4,FINDING OF GUILTY,IDOC 2 YRS,2019-07-30,2021-01-15\n"
    )
    charge, notes = row_to_charge(rows[0], guess_mapping(headers))
    assert (charge.level, charge.offense_class) == (Level.FELONY, OffenseClass.FOUR)
    assert charge.sentence is not None and charge.sentence.kind is SentenceKind.PRISON
    assert charge.sentence.end is not None and charge.sentence.end.isoformat() == "2021-01-15"
    assert notes == []


def test_sheet_without_record_columns(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="no column of this spreadsheet"):
        read_path(_write(tmp_path, "Color,Size,Price\nred,L,12\n"), "csv")


def test_bad_cells_are_reported_not_dropped(tmp_path: Path) -> None:
    text = "Case Number,Statute,Disposition,Disposition Date\n19-CF-456,720 ILCS 570/402(c),Nolle Prosequi,soon\n,,,\n"
    result = read_path(_write(tmp_path, text))
    assert [(u.where, u.value) for u in result.report.unsure] == [("cases[0].charges[0].disposition_date", "soon")]


def _xlsx(path: Path, rows: list[list[str]]) -> Path:
    shared: list[str] = []
    xml_rows = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, value in enumerate(row):
            ref = f"{chr(65 + c)}{r}"
            if value.isdigit() and len(value) == 5:
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            else:
                shared.append(value)
                cells.append(f'<c r="{ref}" t="s"><v>{len(shared) - 1}</v></c>')
        xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    from xml.sax.saxutils import escape

    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("xl/worksheets/sheet1.xml", f'<worksheet {ns}><sheetData>{"".join(xml_rows)}</sheetData></worksheet>')
        zf.writestr("xl/sharedStrings.xml", f'<sst {ns}>{"".join(f"<si><t>{escape(s)}</t></si>" for s in shared)}</sst>')
    return path


def test_xlsx(tmp_path: Path) -> None:
    p = _xlsx(tmp_path / "intake.xlsx", [
        ["Case Number", "Name", "DOB", "Statute", "Disposition", "Disposition Date"],
        ["2020-MC1-220410", "HERNANDEZ, LUIS A", "33084", "720 ILCS 5/16-25(a)(1)", "Finding of Not Guilty", "44237"],
    ])  # fmt: skip
    record = read_path(p).record
    assert record.person.dob is not None and record.person.dob.isoformat() == "1990-07-30"
    charge = record.cases[0].charges[0]
    assert (charge.disposition, charge.disposition_date.isoformat()) == (Disposition.ACQUITTED, "2021-02-10")  # type: ignore[union-attr]
