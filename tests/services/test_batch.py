"""Bulk review end to end on generated DOJ files: outputs, bad rows, workers, resume, options."""

from __future__ import annotations

import csv
import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from reliefdesk import cli
from reliefdesk.model import Status
from reliefdesk.readers import ca_bulk
from reliefdesk.services import batch, synthetic
from reliefdesk.services.analysis import analyze_record, read_record
from tests.conftest import shared_path

AS_OF = date(2026, 12, 1)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def doj(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return synthetic.generate("ca-doj-bulk", 500, 7, tmp_path_factory.mktemp("doj") / "doj.csv", bad_rows=9)


def _config(doj: Path, out: Path, **kw: object) -> batch.BatchConfig:
    base: dict[str, object] = {"input": doj, "out": out, "as_of": AS_OF, "workers": 1, "chunk_people": 60}
    base.update(kw)
    return batch.BatchConfig(**base)  # type: ignore[arg-type]


def test_outputs_and_counts(doj: Path, tmp_path: Path) -> None:
    result = batch.run(_config(doj, tmp_path / "out"))
    out = tmp_path / "out"
    assert result.complete and result.people == 500
    results = _rows(out / batch.RESULTS)
    people = _rows(out / batch.PEOPLE)
    errors = _rows(out / batch.ERRORS)
    assert tuple(results[0]) == batch.CA_RESULT_HEADER
    assert len(people) == 500
    assert len(errors) == 9 and {e["code"] for e in errors} == {"WRONG_COLUMN_COUNT", "BAD_DATE", "UNKNOWN_CODE"}
    summary = json.loads((out / batch.SUMMARY_JSON).read_text())
    assert summary["complete"] is True and summary["people"] == 500 and summary["error_rows"] == 9
    assert sum(summary["by_status"].values()) == len(results)
    # The summary page's relief boxes: only the charges eligible now, each in one box.
    assert sum(summary["eligible_by_relief"].values()) == summary["by_status"]["eligible_now"]
    assert summary["eligible_by_relief"] == dict(sorted(Counter(
        r["relief"] for r in results if r["status"] == "eligible_now").items()))  # fmt: skip
    by_section_total = sum(n for row in summary["by_section"].values() for n in row.values())
    assert by_section_total == len(results)
    assert summary["rows_read"] == sum(1 for _ in doj.open()) - 9 + sum(
        1 for e in errors if e["code"] != "WRONG_COLUMN_COUNT"
    )
    # Every reported row names its rule and citation.
    assert all(r["reason_code"] and r["citation"] for r in results)
    assert {r["status"] for r in results} >= {"eligible_now", "not_eligible"}
    assert (out / batch.SUMMARY_PDF).read_bytes().startswith(b"%PDF")


def test_batch_gives_the_same_result_as_analyze(doj: Path, tmp_path: Path) -> None:
    """The same person gets the same result from `batch` as from `analyze` (no options: defaults)."""
    batch.run(_config(doj, tmp_path / "out"))
    results = _rows(tmp_path / "out" / batch.RESULTS)
    groups = [g for g in ca_bulk.iter_groups(csv.reader(doj.open(newline=""))) if isinstance(g, ca_bulk.RowGroup)]
    lines = doj.read_text().splitlines()
    checked = 0
    for group in groups[::7]:
        one = tmp_path / f"{group.subject_id}.csv"
        one.write_text("\n".join(lines[ln - 1] for ln, _ in group.rows) + "\n", encoding="utf-8")
        record = read_record(one, "ca-doj-bulk").record
        analysis = analyze_record(record, AS_OF, AS_OF, {})
        mine = [(r["code_section"], r["status"], r["relief"], r["reason_code"], r["eligible_on"], r["route"])
                for r in results if r["subject_id"] == group.subject_id]  # fmt: skip
        theirs = [
            (c.statute, c.status.value, c.relief.value, c.reasons[0].code if c.reasons else "",
             c.eligible_on.isoformat() if c.eligible_on else "", c.route or "")
            for c in analysis.charges
            if (c.statute or "").split("(")[0].split(" ")[0] in batch.PROP64 or c.status.value != "not_eligible"
        ]  # fmt: skip
        assert mine == theirs, group.subject_id
        checked += bool(mine)
    assert checked >= 20


def test_workers_give_identical_output(doj: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "SMALL_FILE", 0)  # use the pool even for this small file
    batch.run(_config(doj, tmp_path / "one", workers=1))
    batch.run(_config(doj, tmp_path / "two", workers=2))
    for name in (batch.RESULTS, batch.PEOPLE, batch.ERRORS):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name


def test_interrupt_leaves_whole_people_and_resume_completes(doj: Path, tmp_path: Path) -> None:
    full = tmp_path / "full"
    batch.run(_config(doj, full))
    out = tmp_path / "cut"
    calls = []

    def stop() -> bool:
        calls.append(1)
        return len(calls) >= 3

    with pytest.raises(batch.Interrupted):
        batch.run(_config(doj, out), stop=stop)
    checkpoint = json.loads((out / batch.CHECKPOINT).read_text())
    assert checkpoint["complete"] is False
    done = checkpoint["state"]["people"]
    assert 0 < done < 500
    people = _rows(out / batch.PEOPLE)
    assert len(people) == done
    # Complete rows only: every results row belongs to a finished person, and all of theirs are there.
    finished = {p["subject_id"] for p in people}
    cut_rows = _rows(out / batch.RESULTS)
    assert {r["subject_id"] for r in cut_rows} <= finished
    full_rows = [r for r in _rows(full / batch.RESULTS) if r["subject_id"] in finished]
    assert cut_rows == full_rows
    assert json.loads((out / batch.SUMMARY_JSON).read_text())["complete"] is False

    result = batch.run(_config(doj, out, resume=True))
    assert result.complete and result.people == 500
    for name in (batch.RESULTS, batch.PEOPLE, batch.ERRORS):
        assert (out / name).read_bytes() == (full / name).read_bytes(), name
    a = json.loads((out / batch.SUMMARY_JSON).read_text())
    b = json.loads((full / batch.SUMMARY_JSON).read_text())
    for key in ("by_status", "by_section", "by_county", "by_year", "people_by_result", "error_rows", "people"):
        assert a[key] == b[key], key
    with pytest.raises(batch.BatchError, match="already complete"):
        batch.run(_config(doj, out, resume=True))


def test_resume_refuses_changed_settings(doj: Path, tmp_path: Path) -> None:
    with pytest.raises(batch.Interrupted):
        batch.run(_config(doj, tmp_path), stop=lambda: True)
    with pytest.raises(batch.BatchError, match="changed"):
        batch.run(_config(doj, tmp_path, resume=True, as_of=date(2027, 1, 1)))


def test_options_report_people_relieved(doj: Path, tmp_path: Path) -> None:
    options = json.loads(shared_path("samples", "ca", "eligibility_options.json").read_text())
    result = batch.run(_config(doj, tmp_path, options=options))
    report = result.summary["options_relief"]
    assert set(report) >= {"baseline dismiss", "baseline reduce", "subjectAgeThreshold", "subjectIsDeceased"}
    assert report["subjectAgeThreshold"]["setting"] == 57
    assert report["baseline dismiss"]["people"] > 0
    # The options change results: with 11358 dismissed, more dismissals than with the defaults.
    default = batch.run(_config(doj, tmp_path / "default"))
    assert result.summary["by_relief"].get("dismiss_seal", 0) > default.summary["by_relief"].get("dismiss_seal", 0)


def test_cli_batch_and_errors(doj: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["batch", str(doj), "--out", str(tmp_path / "o"), "--as-of", "2026-12-01",
                     "--workers", "1", "--no-progress"])  # fmt: skip
    assert code == 0
    printed = capsys.readouterr().out
    assert "eligible now" in printed and "people" in printed
    bad = tmp_path / "bad.json"
    bad.write_text("{nope")
    code = cli.main(["batch", str(doj), "--out", str(tmp_path / "p"), "--options", str(bad)])
    err = capsys.readouterr().err
    assert code == 1 and "not valid JSON" in err and "Traceback" not in err and err.count("\n") == 1
    code = cli.main(["batch", str(tmp_path / "missing.csv"), "--out", str(tmp_path / "q")])
    assert code == 1 and "does not exist" in capsys.readouterr().err


def test_sample_file_results(tmp_path: Path) -> None:
    result = batch.run(_config(shared_path("samples", "ca", "bulk_no_headers.csv"), tmp_path))
    rows = _rows(tmp_path / batch.RESULTS)
    assert result.people == 11
    bird = [r for r in rows if r["name"] == "BIRD,BIG"]
    assert bird and all(r["pc290"] == "yes" or r["status"] != "eligible_now" or r["relief"] == "dismiss_seal"
                        for r in bird)  # fmt: skip
    people = {p["name"]: p for p in _rows(tmp_path / batch.PEOPLE)}
    assert people["BIRD,BIG"]["deceased"] == "yes"


def test_generate_is_deterministic(tmp_path: Path) -> None:
    for kind in ("ca-doj-bulk", "il-csv"):
        a = synthetic.generate(kind, 40, 5, tmp_path / f"a-{kind}.csv").read_bytes()
        b = synthetic.generate(kind, 40, 5, tmp_path / f"b-{kind}.csv").read_bytes()
        c = synthetic.generate(kind, 40, 6, tmp_path / f"c-{kind}.csv").read_bytes()
        assert a == b and a != c
    folder = synthetic.generate("il-text", 3, 1, tmp_path / "sheets")
    assert sorted(p.name for p in folder.iterdir()) == ["transcript_000001.txt", "transcript_000002.txt",
                                                          "transcript_000003.txt"]  # fmt: skip
    rows = list(csv.reader((tmp_path / "a-ca-doj-bulk.csv").open()))
    assert all(len(r) == 95 for r in rows)
    assert cli.main(["demo", "generate", "--kind", "ca-doj-bulk", "--people", "5", "--seed", "5",
                     "--out", str(tmp_path / "d.csv")]) == 0  # fmt: skip
    assert (tmp_path / "d.csv").read_bytes() == synthetic.generate("ca-doj-bulk", 5, 5, tmp_path / "e.csv").read_bytes()


def test_subject_split_across_the_file_is_merged(tmp_path: Path) -> None:
    rows = list(csv.reader(shared_path("samples", "ca", "bulk_no_headers.csv").open()))
    split = tmp_path / "split.csv"
    with split.open("w", newline="") as f:
        csv.writer(f).writerows(rows[1:13] + rows[0:1] + rows[13:])  # Luke's first row after Bird's
    whole = batch.run(_config(shared_path("samples", "ca", "bulk_no_headers.csv"), tmp_path / "whole"))
    got = batch.run(_config(split, tmp_path / "split"))
    assert got.people == whole.people == 11
    assert got.summary["split_subjects"] == 1
    for key in ("by_status", "by_section", "people_by_result", "by_relief"):
        assert got.summary[key] == whole.summary[key], key

    def luke(folder: Path) -> list[dict[str, str]]:
        return sorted((r for r in _rows(folder / batch.RESULTS) if r["name"] == "SKYWALKER,LUKE S"),
                      key=lambda r: (r["court_date"], r["code_section"]))  # fmt: skip

    strip = [{k: v for k, v in r.items() if k != "line"} for r in luke(tmp_path / "whole")]
    assert [{k: v for k, v in r.items() if k != "line"} for r in luke(tmp_path / "split")] == strip
    people = [p for p in _rows(tmp_path / "split" / batch.PEOPLE) if p["name"] == "SKYWALKER,LUKE S"]
    assert len(people) == 1


@pytest.mark.parametrize("options", [None, "all"])
def test_engine_fast_path_writes_what_the_full_analysis_writes(
    doj: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, options: str | None
) -> None:
    """engine.bulk_results (no case results, no rows for plain not-eligible charges) changes no byte."""
    opts = None
    if options == "all":
        opts = {"baselineEligibility": {"dismiss": ["11357", "11358"], "reduce": ["11359", "11360"]},
                "additionalRelief": {"subjectUnder21AtConviction": True, "subjectAgeThreshold": 50,
                                     "yearsSinceConvictionThreshold": 10, "subjectIsDeceased": True,
                                     "subjectHasOnlyProp64Charges": True}}  # fmt: skip
    fast = batch.run(_config(doj, tmp_path / "fast", options=opts))
    monkeypatch.setattr(batch, "FAST_PATH", False)
    full = batch.run(_config(doj, tmp_path / "full", options=opts))
    for name in (batch.RESULTS, batch.PEOPLE, batch.ERRORS):
        assert (tmp_path / "fast" / name).read_bytes() == (tmp_path / "full" / name).read_bytes(), name
    assert len(_rows(tmp_path / "fast" / batch.RESULTS)) > 100
    drop = {"seconds"}
    assert {k: v for k, v in fast.summary.items() if k not in drop} == {
        k: v for k, v in full.summary.items() if k not in drop
    }


def test_engine_bulk_results_match_analyze_with_options(doj: Path) -> None:
    """The fast path's results are the full analysis's, minus the not-eligible non-Prop-64 charges."""
    from reliefdesk.rules.california import engine
    from reliefdesk.rules.california.options import CaOptions

    opts = CaOptions()
    compared = 0
    for item in ca_bulk.iter_people(doj):
        if isinstance(item, ca_bulk.RowError):
            continue
        full = engine.analyze_with_options(item, date(2026, 12, 1), opts)
        keep = lambda ch: batch._base(ch.section) in batch.PROP64  # noqa: E731
        got = engine.bulk_results(item, date(2026, 12, 1), opts, keep)
        want = [
            r for r in full.charges
            if r.status is not Status.NOT_ELIGIBLE
            or keep(item.cases[r.extra["case_index"]].charges[r.charge_index])
        ]  # fmt: skip
        assert [r for _, _, r in got] == want
        for case, ch, r in got:
            assert case.charges[r.charge_index] is ch
        compared += len(want)
    assert compared > 100


def test_prefilter_writes_what_the_full_path_writes(
    doj: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """People with no HS 11357-11360 row skip record building: their rows, counts and errors are unchanged."""
    fast = batch.run(_config(doj, tmp_path / "fast"))
    monkeypatch.setattr(batch, "PREFILTER", False)
    full = batch.run(_config(doj, tmp_path / "full"))
    for name in (batch.RESULTS, batch.PEOPLE, batch.ERRORS):
        assert (tmp_path / "fast" / name).read_bytes() == (tmp_path / "full" / name).read_bytes(), name
    skipped = [p for p in _rows(tmp_path / "fast" / batch.PEOPLE) if p["result"] == "no Prop 64 conviction"]
    assert len(skipped) > 50 and any(p["convictions"] != "0" for p in skipped)
    assert any(p["felonies_before"] != "0" for p in skipped)
    for key in ("by_status", "people_by_result", "people_facts", "error_rows", "rows_read", "people"):
        assert fast.summary[key] == full.summary[key], key


@pytest.fixture()
def forked_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Worker processes even for the small test file, forked (so they see this test's patches)."""
    import multiprocessing
    import sys

    if not sys.platform.startswith("linux"):
        pytest.skip("fork is the Linux start method")
    monkeypatch.setattr(batch, "SMALL_FILE", 0)
    monkeypatch.setattr(batch, "_mp_context", lambda: multiprocessing.get_context("fork"))


def _no_workers_left() -> bool:
    import multiprocessing

    return not [p for p in multiprocessing.active_children() if p.name.startswith("reliefdesk-batch")]


@pytest.mark.usefixtures("forked_workers")
def test_workers_stopped_midway_resume_to_the_same_files(doj: Path, tmp_path: Path) -> None:
    full = tmp_path / "full"
    batch.run(_config(doj, full, workers=2))
    out = tmp_path / "cut"
    calls = []

    def stop() -> bool:
        calls.append(1)
        return len(calls) >= 2

    with pytest.raises(batch.Interrupted):
        batch.run(_config(doj, out, workers=2), stop=stop)
    assert _no_workers_left()
    done = json.loads((out / batch.CHECKPOINT).read_text())["state"]["people"]
    assert 0 < done < 500 and len(_rows(out / batch.PEOPLE)) == done
    batch.run(_config(doj, out, workers=2, resume=True))
    for name in (batch.RESULTS, batch.PEOPLE, batch.ERRORS):
        assert (out / name).read_bytes() == (full / name).read_bytes(), name
    assert _no_workers_left()


@pytest.mark.usefixtures("forked_workers")
def test_a_workers_error_reaches_the_user_and_keeps_finished_people(
    doj: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = batch._ca_chunk

    def failing(chunk: tuple[bytes, int, int]) -> batch.ChunkOut:
        if chunk[1] > 0:  # every block but the first
            raise batch.BatchError("the disk is full: free some space and resume")
        return real(chunk)

    monkeypatch.setattr(batch, "_ca_chunk", failing)
    out = tmp_path / "out"
    with pytest.raises(batch.BatchError, match="disk is full"):
        batch.run(_config(doj, out, workers=2))
    assert _no_workers_left()
    checkpoint = json.loads((out / batch.CHECKPOINT).read_text())
    assert checkpoint["complete"] is False
    assert len(_rows(out / batch.PEOPLE)) == checkpoint["state"]["people"]  # whole people only


@pytest.mark.usefixtures("forked_workers")
def test_a_worker_that_dies_is_reported_in_one_line(doj: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    monkeypatch.setattr(batch, "_ca_chunk", lambda chunk: os._exit(3))
    with pytest.raises(batch.BatchError, match="worker process stopped unexpectedly"):
        batch.run(_config(doj, tmp_path / "out", workers=2))
    assert _no_workers_left()


def test_a_block_that_is_no_longer_in_the_file_is_an_error(doj: Path, tmp_path: Path) -> None:
    """A worker reads its block from the file by position: a file cut short meanwhile is reported, not half read."""
    import multiprocessing

    short = tmp_path / "doj.csv"
    short.write_bytes(doj.read_bytes()[:5000])
    parent, child = multiprocessing.Pipe()
    parent.send((0, (0, 9000, 0, 20)))  # index, (offset, length, lines before, end line)
    parent.send(None)
    init = (AS_OF, AS_OF, None, short.name, None, None, False)  # ..., mapping, ignore_sigint
    batch._worker_process(child, str(short), init)
    index, result, error = parent.recv()
    assert (index, result) == (0, None)
    assert isinstance(error, batch.BatchError) and "changed while it was being reviewed" in str(error)


def test_plain_csv_text_is_what_csv_writer_writes() -> None:
    import random

    rng = random.Random(7)
    alphabet = ['a', 'Z', ' ', ',', '"', '\n', '\r', 'é', '\u2028', ';', '0', '']
    for _ in range(2_000):
        rows = [["".join(rng.choice(alphabet) for _ in range(rng.randrange(4))) for _ in range(rng.randrange(1, 6))]
                for _ in range(rng.randrange(4))]  # fmt: skip
        assert batch._plain_csv_text(rows) == batch._csv_text(rows), rows
    odd: list[list[object]] = [["a", 1, None], ["b,c", 2.5, "x"]]
    assert batch._plain_csv_text(odd) == batch._csv_text(odd)  # type: ignore[arg-type]
    assert batch._plain_csv_text([[""]]) == '""\n'
    assert batch._plain_csv_text([["SMITH,ANN", 'say "hi"', "two\nlines", ""]]) == '"SMITH,ANN","say ""hi""","two\nlines",\n'


def test_a_full_disk_is_one_clear_message_and_resume_loses_nothing(
    doj: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The disk fills up after a few chunks (the OS error a full disk gives, raised by the writes)."""
    import errno
    import os

    real = batch._Outputs.write
    written = []

    def fills_up(self: batch._Outputs, chunk: batch.ChunkOut) -> None:
        if len(written) >= 1:
            # What a full disk does: part of the chunk reaches the file, then the write fails.
            self.files[batch.RESULTS].write("half a row,")
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        written.append(chunk.end)
        real(self, chunk)

    monkeypatch.setattr(batch._Outputs, "write", fills_up)
    monkeypatch.setattr(batch, "_CHECKPOINT_SECONDS", 0.0)  # a checkpoint after every chunk
    out = tmp_path / "out"
    code = cli.main(["batch", str(doj), "--out", str(out), "--as-of", "2026-12-01", "--workers", "1", "--no-progress"])
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    assert "the disk is full" in err and "--resume" in err and str(out) in err
    people = _rows(out / batch.PEOPLE)
    assert people and not (out / batch.RESULTS).read_text().endswith("half a row,")
    monkeypatch.setattr(batch._Outputs, "write", real)
    assert cli.main(["batch", str(doj), "--out", str(out), "--as-of", "2026-12-01", "--resume", "--no-progress"]) == 0
    whole = tmp_path / "whole"
    batch.run(_config(doj, whole))
    for name in (batch.RESULTS, batch.PEOPLE, batch.ERRORS):
        assert (out / name).read_bytes() == (whole / name).read_bytes(), name


def test_an_unwritable_output_folder_says_what_to_do(doj: Path, tmp_path: Path) -> None:
    import errno
    import os

    exc = OSError(errno.EACCES, os.strerror(errno.EACCES), str(tmp_path / "out" / batch.RESULTS))
    message = batch._os_error_message(exc, _config(doj, tmp_path / "out"))
    assert "Permission denied" in message and "choose a folder you can write to" in message
    assert "--resume" not in message  # nothing was written yet: nothing to resume


def test_more_workers_than_cores_are_not_started(
    doj: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """--workers 64 on a 2-core laptop would only fill its memory: one per core, said once."""
    import os

    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    args = cli.build_parser().parse_args(["batch", str(doj), "--out", str(tmp_path / "out"), "--workers", "64"])
    assert batch.config_from_args(args).workers == 2
    assert "64 worker processes asked for, 2 used" in capsys.readouterr().err


def test_two_reviews_cannot_write_one_folder_at_once(doj: Path, tmp_path: Path) -> None:
    """A second run into a folder another run is writing stops at once with one line; the first is untouched."""
    import subprocess
    import sys
    import time

    out = tmp_path / "out"
    out.mkdir()
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from reliefdesk.services import batch\n"
        "with batch._FolderLock(Path(sys.argv[1])):\n"
        "    print('locked', flush=True)\n"
        "    time.sleep(30)\n"
    ), str(out)], stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(batch.BatchError, match="another review is writing to"):
            batch.run(_config(doj, out))
        assert not (out / batch.RESULTS).exists()
    finally:
        holder.kill()
        holder.wait()
    time.sleep(0.05)
    assert batch.run(_config(doj, out)).complete  # the lock went with its process
    assert not (out / batch.LOCK).exists()  # and a run that ends leaves no lock file behind


def test_a_utf16_doj_file_is_named_not_read_as_twenty_thousand_bad_rows(doj: Path, tmp_path: Path) -> None:
    """Saved again by Excel as "Unicode Text", every row would be unreadable: say so instead."""
    u16 = tmp_path / "doj16.csv"
    u16.write_text(doj.read_text(encoding="utf-8"), encoding="utf-16")
    with pytest.raises(batch.BatchError, match="saved as UTF-16 text: open it and save it as CSV"):
        batch.run(_config(u16, tmp_path / "out"))
    assert not (tmp_path / "out").exists()


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="flock is POSIX")
def test_a_file_system_that_cannot_lock_runs_unguarded(
    doj: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Some network shares refuse flock (ENOLCK): the review runs as before instead of claiming a second run."""
    import errno
    import fcntl
    import os

    def no_locks(fd: int, op: int) -> None:
        raise OSError(errno.ENOLCK, os.strerror(errno.ENOLCK))

    monkeypatch.setattr(fcntl, "flock", no_locks)
    assert batch.run(_config(doj, tmp_path / "out")).complete


@pytest.mark.parametrize("damage", ['{"fingerprint": ', "[1, 2]", '{"fingerprint": "x"}', "\udcff"])
def test_a_damaged_checkpoint_is_one_line_not_a_traceback(
    doj: Path, tmp_path: Path, damage: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    batch.run(_config(doj, out, chunk_people=60))
    (out / batch.CHECKPOINT).write_bytes(damage.encode("utf-8", "surrogateescape"))
    code = cli.main(["batch", str(doj), "--out", str(out), "--resume", "--no-progress"])
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err and "is damaged: run again without --resume" in err
    assert batch.run(_config(doj, out)).complete  # a fresh run replaces it


def test_resume_with_nothing_to_resume_makes_no_folder(doj: Path, tmp_path: Path) -> None:
    with pytest.raises(batch.BatchError, match="nothing to resume"):
        batch.run(_config(doj, tmp_path / "typo", resume=True))
    assert not (tmp_path / "typo").exists()
