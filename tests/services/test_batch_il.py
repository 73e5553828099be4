"""Bulk review of Illinois inputs: a spreadsheet through the column mapping, a folder of rap sheets,
and the multi-person motion per county and court."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from reliefdesk.readers import spreadsheet
from reliefdesk.services import batch, synthetic
from reliefdesk.services.analysis import analyze_record

AS_OF = date(2026, 12, 1)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _run(src: Path, out: Path, **kw: object) -> batch.BatchResult:
    return batch.run(batch.BatchConfig(input=src, out=out, as_of=AS_OF, workers=1, **kw))  # type: ignore[arg-type]


def test_spreadsheet_results_match_analyze_and_motions(tmp_path: Path) -> None:
    sheet = synthetic.generate("il-csv", 120, 3, tmp_path / "il.csv")
    result = _run(sheet, tmp_path / "out")
    assert result.kind == "il-spreadsheet" and result.people == 120
    results = _rows(tmp_path / "out" / batch.RESULTS)
    assert tuple(results[0]) == batch.IL_RESULT_HEADER
    with sheet.open() as f:
        assert len(results) == sum(1 for _ in f) - 1  # one row per charge
    # The same person gets the same result as `analyze` gives for their record.
    records = spreadsheet.read_csv(sheet)
    by_person: dict[tuple[str, str], list[dict[str, str]]] = {}
    for r in results:
        by_person.setdefault((r["person"], r["dob"]), []).append(r)
    for record in records[::9]:
        analysis = analyze_record(record, AS_OF, AS_OF, {})
        key = (record.person.name or "", record.person.dob.isoformat() if record.person.dob else "")
        mine = [(r["case_number"], r["statute"], r["status"], r["relief"], r["reason_code"]) for r in by_person[key]]
        theirs = [(c.case_number or "", c.statute or "", c.status.value, c.relief.value,
                   c.reasons[0].code if c.reasons else "") for c in analysis.charges]  # fmt: skip
        assert mine == theirs
    # One motion and one proposed order per county and court, Exhibit A listing the eligible convictions.
    eligible = [r for r in results if (r["relief"], r["status"], r["disposition"]) == ("vacate_expunge", "eligible_now", "convicted")]
    assert eligible, "the generated sheet should hold eligible cannabis convictions"
    counties = {r["county"] for r in eligible}
    motions = sorted((tmp_path / "out" / "court").glob("motion-*.pdf"))
    orders = sorted((tmp_path / "out" / "court").glob("order-*.pdf"))
    assert len(motions) == len(orders) == len(counties)
    cook = [r for r in eligible if r["county"] == "Cook"]
    if cook:
        text = "\n".join(p.extract_text() for p in PdfReader(str(tmp_path / "out" / "court" / "motion-cook.pdf")).pages)
        assert "MULTIPLE PERSONS" in text and "Exhibit A" in text
        assert f"lists {len({(r['person'], r['dob']) for r in cook})} persons" in " ".join(text.split())
        for r in cook[:5]:
            assert r["case_number"] in text
        order = "\n".join(p.extract_text() for p in PdfReader(str(tmp_path / "out" / "court" / "order-cook.pdf")).pages)
        flat = " ".join(order.split())
        assert "☐ The motion is GRANTED" in flat and "☒" not in flat  # the court's boxes are never ticked


def test_mapping_file_and_bad_mapping(tmp_path: Path) -> None:
    sheet = tmp_path / "odd.csv"
    sheet.write_text(
        "Who,Born,Docket,Where,Law,Lvl,Outcome,When\n"
        '"Doe, Jane",03/14/1986,11-1-234567-01,Cook,720 ILCS 550/4(c),A,FINDING OF GUILTY,07/19/2011\n',
        encoding="utf-8",
    )
    mapping = {"name": "Who", "dob": "Born", "case_number": "Docket", "county": "Where", "statute": "Law",
               "class": "Lvl", "disposition": "Outcome", "disposition_date": "When"}  # fmt: skip
    result = _run(sheet, tmp_path / "out", mapping=mapping)
    assert result.people == 1
    row = _rows(tmp_path / "out" / batch.RESULTS)[0]
    assert (row["person"], row["case_number"], row["class"]) == ("Doe, Jane", "11-1-234567-01", "A")
    with pytest.raises(batch.BatchError, match="Nope"):
        _run(sheet, tmp_path / "out2", mapping={"name": "Nope"})


def test_folder_of_rap_sheets(tmp_path: Path) -> None:
    folder = synthetic.generate("il-text", 6, 2, tmp_path / "sheets")
    (folder / "broken.txt").write_text("nothing here that looks like a rap sheet\n", encoding="utf-8")
    result = _run(folder, tmp_path / "out")
    assert result.kind == "folder" and result.people == 6
    errors = _rows(tmp_path / "out" / batch.ERRORS)
    assert [e["line"] for e in errors] == ["broken.txt"] and errors[0]["code"] == "UNREADABLE_FILE"
    results = _rows(tmp_path / "out" / batch.RESULTS)
    assert {r["source"] for r in results} == {f"transcript_{i:06d}.txt" for i in range(1, 7)}
    summary = json.loads((tmp_path / "out" / batch.SUMMARY_JSON).read_text())
    assert summary["jurisdiction"] == "IL" and summary["people"] == 6


def test_packets_on_request(tmp_path: Path) -> None:
    sheet = synthetic.generate("il-csv", 8, 4, tmp_path / "il.csv")
    result = _run(sheet, tmp_path / "out", packets=True)
    people = _rows(tmp_path / "out" / batch.PEOPLE)
    with_relief = [p for p in people if int(p["eligible_now"])]
    folders = [p for p in (tmp_path / "out" / "packets").iterdir() if p.is_dir()]
    assert len(folders) == len(with_relief) == result.summary["packets"] > 0
    for f in folders:
        assert list(f.glob("*.pdf"))


def test_spreadsheet_with_workers_gives_identical_output(tmp_path: Path) -> None:
    sheet = synthetic.generate("il-csv", 90, 5, tmp_path / "il.csv")
    _run(sheet, tmp_path / "one", chunk_people=20)
    batch.run(batch.BatchConfig(input=sheet, out=tmp_path / "two", as_of=AS_OF, workers=2, chunk_people=20))
    for name in (batch.RESULTS, batch.PEOPLE, batch.ERRORS):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name
