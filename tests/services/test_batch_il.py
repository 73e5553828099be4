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


def test_summary_counts_relief_of_the_charges_eligible_now(tmp_path: Path) -> None:
    sheet = synthetic.generate("il-csv", 40, 6, tmp_path / "il.csv")
    result = _run(sheet, tmp_path / "out")
    rows = _rows(tmp_path / "out" / batch.RESULTS)
    want: dict[str, int] = {}
    for r in rows:
        if r["status"] == "eligible_now":
            want[r["relief"]] = want.get(r["relief"], 0) + 1
    assert result.summary["eligible_by_relief"] == dict(sorted(want.items())) and want
    assert sum(want.values()) == result.summary["by_status"]["eligible_now"]
    page = " ".join(PdfReader(str(tmp_path / "out" / batch.SUMMARY_PDF)).pages[0].extract_text().split())
    if want.get("expunge"):
        assert f"{want['expunge']} to expunge" in page and "charges now:" in page


def test_spreadsheet_with_workers_gives_identical_output(tmp_path: Path) -> None:
    sheet = synthetic.generate("il-csv", 90, 5, tmp_path / "il.csv")
    _run(sheet, tmp_path / "one", chunk_people=20)
    batch.run(batch.BatchConfig(input=sheet, out=tmp_path / "two", as_of=AS_OF, workers=2, chunk_people=20))
    for name in (batch.RESULTS, batch.PEOPLE, batch.ERRORS):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name


def _scattered_sheet(tmp_path: Path) -> Path:
    """A generated sheet with some people's rows moved to the end and rows with no charge field."""
    src = synthetic.generate("il-csv", 60, 7, tmp_path / "gen.csv")
    with src.open(newline="", encoding="utf-8") as f:
        header, *body = list(csv.reader(f))
    moved = [body.pop(i) for i in (50, 31, 17, 3)]  # rows of people met earlier, now last
    body += moved
    blank = list(body[10])
    for col in ("Case Number", "Statute", "Charge Description", "Disposition"):
        blank[header.index(col)] = ""
    body.insert(5, blank)
    body.insert(40, blank)
    sheet = tmp_path / "scattered.csv"
    with sheet.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows([header, *body])
    return sheet


def test_streamed_spreadsheet_matches_whole_sheet_records(tmp_path: Path) -> None:
    # The stream (rows to the workers, records built there) writes exactly what
    # analyzing rows_to_records' records in order writes, unused rows first in errors.csv.
    sheet = _scattered_sheet(tmp_path)
    headers, rows = spreadsheet.parse_table(sheet.read_text(encoding="utf-8"))
    records, report = spreadsheet.rows_to_records(rows, spreadsheet.mapping_for(headers), sheet.name)
    assert len(report.unplaced) == 2
    expected = batch.ChunkOut()
    expected.errors = [[str(ln.number), "", "ROW_NOT_USED", "no case number, statute, charge or disposition in the row",
                        ln.text] for ln in report.unplaced]  # fmt: skip
    for record in records:
        batch.il_rows(record, analyze_record(record, AS_OF, AS_OF, {}), expected, sheet.name)
    for workers in (1, 2):
        out = tmp_path / f"w{workers}"
        result = batch.run(batch.BatchConfig(input=sheet, out=out, as_of=AS_OF, workers=workers, chunk_people=7))
        assert (result.people, result.errors) == (len(records), 2)
        assert [list(r.values()) for r in _rows(out / batch.RESULTS)] == expected.results
        assert [list(r.values()) for r in _rows(out / batch.PEOPLE)] == expected.people
        assert [list(r.values()) for r in _rows(out / batch.ERRORS)] == expected.errors


@pytest.mark.parametrize("workers", [1, 2])
def test_spreadsheet_interrupt_and_resume(tmp_path: Path, workers: int) -> None:
    sheet = _scattered_sheet(tmp_path)
    whole = tmp_path / "whole"
    batch.run(batch.BatchConfig(input=sheet, out=whole, as_of=AS_OF, workers=workers, chunk_people=7))
    out = tmp_path / "out"
    seen: list[int] = []

    def stop() -> bool:
        seen.append(1)
        return len(seen) >= 3

    config = batch.BatchConfig(input=sheet, out=out, as_of=AS_OF, workers=workers, chunk_people=7)
    with pytest.raises(batch.Interrupted):
        batch.run(config, stop=stop)
    saved = json.loads((out / batch.CHECKPOINT).read_text())
    assert saved["complete"] is False and saved["state"]["position"] == 21  # the errors job and 20 people
    assert 0 < len(_rows(out / batch.PEOPLE)) < len(_rows(whole / batch.PEOPLE))
    result = batch.run(batch.BatchConfig(input=sheet, out=out, as_of=AS_OF, workers=workers, chunk_people=7,
                                         resume=True))  # fmt: skip
    assert result.complete and result.errors == 2
    for name in (batch.RESULTS, batch.PEOPLE, batch.ERRORS):
        assert (out / name).read_bytes() == (whole / name).read_bytes(), name


def test_spreadsheet_jobs_are_rows_streamed_per_person(tmp_path: Path) -> None:
    sheet = _scattered_sheet(tmp_path)
    total, jobs, mapping = batch._spreadsheet_records(batch.BatchConfig(input=sheet, out=tmp_path, as_of=AS_OF))
    kinds = [(kind, type(payload)) for kind, payload, _ in jobs]
    assert total == len(kinds) == 61 and kinds[0] == ("errors", list)
    assert set(kinds[1:]) == {("rows", spreadsheet.PersonRows)}  # records are built in the workers
    assert isinstance(mapping, spreadsheet.ColumnMapping)


@pytest.fixture()
def forked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forked workers (so they see this test's patches)."""
    import multiprocessing
    import sys

    if not sys.platform.startswith("linux"):
        pytest.skip("fork is the Linux start method")
    monkeypatch.setattr(batch, "_mp_context", lambda: multiprocessing.get_context("fork"))


def _workers_left() -> list[object]:
    import multiprocessing

    return [p for p in multiprocessing.active_children() if p.name.startswith("reliefdesk-batch")]


@pytest.mark.usefixtures("forked")
def test_a_spreadsheet_worker_that_dies_is_reported_not_waited_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker killed midway (out of memory on an old laptop) ends the run with one line, and --resume
    continues from the people already written (multiprocessing.Pool would wait for it forever)."""
    import os

    sheet = synthetic.generate("il-csv", 90, 5, tmp_path / "il.csv")
    real = batch._jobs_chunk

    def dies_later(chunk: tuple[list[batch.Job], int]) -> batch.ChunkOut:
        if chunk[1] > 40:
            os._exit(3)
        return real(chunk)

    monkeypatch.setattr(batch, "_jobs_chunk", dies_later)
    out = tmp_path / "out"
    config = batch.BatchConfig(input=sheet, out=out, as_of=AS_OF, workers=2, chunk_people=20)
    with pytest.raises(batch.BatchError, match="worker process stopped unexpectedly"):
        batch.run(config)
    assert not _workers_left()
    checkpoint = json.loads((out / batch.CHECKPOINT).read_text())
    assert checkpoint["complete"] is False and checkpoint["state"]["position"] <= 40
    monkeypatch.setattr(batch, "_jobs_chunk", real)
    batch.run(batch.BatchConfig(input=sheet, out=out, as_of=AS_OF, workers=2, chunk_people=20, resume=True))
    _run(sheet, tmp_path / "whole", chunk_people=20)
    for name in (batch.RESULTS, batch.PEOPLE, batch.ERRORS):
        assert (out / name).read_bytes() == (tmp_path / "whole" / name).read_bytes(), name


@pytest.mark.usefixtures("forked")
def test_a_spreadsheet_workers_error_reaches_the_user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sheet = synthetic.generate("il-csv", 90, 5, tmp_path / "il.csv")

    def fails(chunk: tuple[list[batch.Job], int]) -> batch.ChunkOut:
        raise batch.BatchError("the disk is full: free some space and resume")

    monkeypatch.setattr(batch, "_jobs_chunk", fails)
    with pytest.raises(batch.BatchError, match="disk is full"):
        batch.run(batch.BatchConfig(input=sheet, out=tmp_path / "out", as_of=AS_OF, workers=2, chunk_people=20))
    assert not _workers_left()


def test_a_fresh_run_replaces_the_earlier_review_court_documents_and_packets_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A motion or packet left from another file must not sit among the new ones."""
    from reliefdesk import cli

    big = synthetic.generate("il-csv", 60, 3, tmp_path / "big.csv")
    small = synthetic.generate("il-csv", 4, 9, tmp_path / "small.csv")
    out = tmp_path / "out"
    _run(big, out, packets=True)
    before = {p.name for p in (out / batch.COURT_DIR).iterdir()}
    assert len(before) > 4 and any((out / batch.PACKETS_DIR).iterdir())
    mine = out / "notes.txt"  # the volunteer's own file beside the review: kept
    mine.write_text("call the clerk", encoding="utf-8")
    result = batch.run(batch.BatchConfig(input=small, out=tmp_path / "alone", as_of=AS_OF, workers=1))
    alone = sorted(p.name for p in result.files if p.parent.name == batch.COURT_DIR)
    assert cli.main(["batch", str(small), "--out", str(out), "--as-of", "2026-12-01", "--workers", "1",
                     "--no-progress"]) == 0  # fmt: skip
    assert "Replacing the earlier review" in capsys.readouterr().err
    after = sorted(p.name for p in (out / batch.COURT_DIR).iterdir()) if (out / batch.COURT_DIR).exists() else []
    assert after == alone and set(before) - set(after)  # this review's courts only
    assert not (out / batch.PACKETS_DIR).exists()  # no packets asked for this time
    assert mine.read_text(encoding="utf-8") == "call the clerk"


def test_court_folder_of_something_else_is_refused_not_emptied(tmp_path: Path) -> None:
    sheet = synthetic.generate("il-csv", 4, 9, tmp_path / "small.csv")
    out = tmp_path / "out"
    (out / batch.COURT_DIR).mkdir(parents=True)
    theirs = out / batch.COURT_DIR / "motion-from-2019.pdf"
    theirs.write_bytes(b"%PDF-1.4 someone else's")
    with pytest.raises(batch.BatchError, match="not from a reliefdesk review"):
        _run(sheet, out)
    assert theirs.read_bytes() == b"%PDF-1.4 someone else's"


def test_a_utf16_spreadsheet_reads_as_its_utf8_copy(tmp_path: Path) -> None:
    sheet = synthetic.generate("il-csv", 12, 8, tmp_path / "intake.csv")
    u16 = tmp_path / "intake16.csv"
    u16.write_text(sheet.read_text(encoding="utf-8"), encoding="utf-16")
    _run(sheet, tmp_path / "a")
    _run(u16, tmp_path / "b")
    for name in (batch.RESULTS, batch.PEOPLE):
        a = [{k: v for k, v in r.items() if k != "source"} for r in _rows(tmp_path / "a" / name)]
        b = [{k: v for k, v in r.items() if k != "source"} for r in _rows(tmp_path / "b" / name)]
        assert a == b and a, name


def test_an_input_that_cannot_be_read_leaves_the_earlier_review_as_it_was(tmp_path: Path) -> None:
    """No rap sheets in the folder, or no column found in the sheet: refused before the output folder is touched."""
    sheet = synthetic.generate("il-csv", 12, 8, tmp_path / "intake.csv")
    out = tmp_path / "out"
    _run(sheet, out)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    court = sorted(p.name for p in (out / batch.COURT_DIR).iterdir())
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.docx").write_bytes(b"not a rap sheet")
    with pytest.raises(batch.BatchError, match="holds no rap sheets"):
        _run(empty, out)
    junk = tmp_path / "junk.csv"
    junk.write_text("colour,size\nred,2\n", encoding="utf-8")
    with pytest.raises(batch.BatchError, match="looks like a case number"):
        _run(junk, out)
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert sorted(p.name for p in (out / batch.COURT_DIR).iterdir()) == court


def test_jurisdiction_il_reads_a_wide_sheet_as_a_spreadsheet(tmp_path: Path) -> None:
    """A sheet with 95 or more columns looks like a DOJ file; --jurisdiction IL says it is not one."""
    sheet = synthetic.generate("il-csv", 6, 8, tmp_path / "intake.csv")
    rows = list(csv.reader(sheet.open(newline="", encoding="utf-8")))
    wide = tmp_path / "wide.csv"
    with wide.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(rows[0] + [f"extra {i}" for i in range(100)])
        w.writerows(r + [""] * 100 for r in rows[1:])
    assert batch.detect_kind(wide) == "ca-doj-bulk"
    assert batch.detect_kind(wide, "IL") == "il-spreadsheet"
    result = _run(wide, tmp_path / "out", jurisdiction="IL")
    assert result.kind == "il-spreadsheet" and result.people == 6
