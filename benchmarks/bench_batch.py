"""Bulk review benchmark: the DOJ bulk file end to end, against a bare csv.reader pass.

    .venv/bin/python benchmarks/bench_batch.py [--rows 100000] [--million] [--workers N] [--keep DIR] [--repeat N]
                                               [--skip-il | --il-only] [--python PATH]

Prints, for this machine:
- rows per second for a 100,000-row DOJ file end to end (read, analyze, write
  every output including summary.pdf), with 1 worker and with N workers;
- the same file read bare with Python's csv.reader (the floor) and the ratio;
- peak memory (RSS of the batch process, and of the largest worker);
- with --million: the same for 1,000,000 rows (target: peak under 300 MB);
- the Illinois spreadsheet of 100,000 charges analyzed and written (target < 10 s),
  with its county motions, the multi-person motion for 1,000 people (target < 20 s),
  and packets per second (``--packets``).

Every batch runs in a fresh child process, so peak memory is that run's own.
Targets (issue 9): end to end in at most 3x the csv.reader pass.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reliefdesk.services import synthetic  # noqa: E402

CHILD = r"""
import json, resource, sys, time
from datetime import date
from pathlib import Path
from reliefdesk.services import batch
cfg = batch.BatchConfig(input=Path(sys.argv[1]), out=Path(sys.argv[2]), as_of=date(2026, 12, 1),
                        workers=int(sys.argv[3]), options=json.loads(sys.argv[4]) if sys.argv[4] != "-" else None,
                        packets=len(sys.argv) > 5 and sys.argv[5] == "packets")
t = time.perf_counter()
r = batch.run(cfg)
seconds = time.perf_counter() - t
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"seconds": seconds, "rows": r.rows, "people": r.people, "errors": r.errors,
    "review": r.timings.get("review", seconds), "court_documents": r.timings.get("court_documents", 0.0),
    "cpu": me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime,
    "peak_self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "peak_worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def doj_file(rows: int, folder: Path) -> Path:
    path = folder / f"doj_{rows}.csv"
    if path.exists():
        return path
    # About 4.9 rows a person in the synthetic files: aim a little high, then cut at `rows`.
    people = int(rows / 4.7) + 10
    tmp = synthetic.generate("ca-doj-bulk", people, 1, folder / "doj_tmp.csv")
    with tmp.open(newline="") as src, path.open("w", newline="") as dst:
        w = csv.writer(dst, lineterminator="\n")
        last_subject = None
        for n, row in enumerate(csv.reader(src)):
            if n >= rows and row[2] != last_subject:
                break
            last_subject = row[2]
            w.writerow(row)
    tmp.unlink()
    return path


FLOOR = r"""
import csv, json, sys, time
best = best_cpu = float("inf")
n = 0
for _ in range(int(sys.argv[2])):
    t, c = time.perf_counter(), time.process_time()
    n = 0
    with open(sys.argv[1], newline="") as f:
        for _row in csv.reader(f):
            n += 1
    best = min(best, time.perf_counter() - t)
    best_cpu = min(best_cpu, time.process_time() - c)
print(json.dumps([best, best_cpu, n]))
"""

#: The interpreter of the DOJ runs and of their floor (``--python``): both always the same one.
PYTHON = sys.executable


def floor(path: Path, passes: int = 3) -> tuple[float, float, int]:
    """Best wall time and CPU time of a bare csv.reader pass (of ``passes``, by the same interpreter), and the rows."""
    proc = subprocess.run([PYTHON, "-c", FLOOR, str(path), str(passes)], capture_output=True, text=True, check=True)
    best, best_cpu, n = json.loads(proc.stdout)
    return best, best_cpu, int(n)


def run_child(path: Path, out: Path, workers: int, options: str = "-") -> dict[str, float]:
    proc = subprocess.run(
        [PYTHON, "-c", CHILD, str(path), str(out), str(workers), options],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )  # fmt: skip
    if proc.returncode != 0:
        raise SystemExit(f"batch failed:\n{proc.stderr}")
    data: dict[str, float] = json.loads(proc.stdout.strip().splitlines()[-1])
    return data


def run_median(path: Path, out: Path, workers: int, repeat: int) -> dict[str, float]:
    """``repeat`` runs; each figure is the median over them (peak memory: the largest)."""
    runs = [run_child(path, out, workers) for _ in range(max(1, repeat))]
    got: dict[str, float] = {}
    for key in runs[0]:
        values = sorted(r[key] for r in runs)
        got[key] = max(values) if key.startswith("peak") else values[len(values) // 2]
    return got


def bench_doj(rows: int, folder: Path, workers: int, repeat: int = 1) -> None:
    t = time.perf_counter()
    path = doj_file(rows, folder)
    gen = time.perf_counter() - t
    size_mb = path.stat().st_size / 1e6
    bare, bare_cpu, n = floor(path)
    print(f"DOJ file: {n:,} rows, {size_mb:.0f} MB (generated in {gen:.1f} s)")
    print(f"  csv.reader bare pass (floor): {bare:.2f} s = {n / bare:,.0f} rows/s")
    if repeat > 1:
        print(f"  (each figure: median of {repeat} runs)")
    for w in sorted({1, workers}):
        r = run_median(path, folder / f"out_{rows}_{w}", w, repeat)
        ratio = r["seconds"] / bare
        print(f"  end to end, {w} worker{'s' if w > 1 else ''}: {r['seconds']:.2f} s = "
              f"{r['rows'] / r['seconds']:,.0f} rows/s, {r['people']:,.0f} people; "
              f"ratio to csv.reader {ratio:.1f}x (target <= 3x); CPU {r['cpu']:.1f} s = {r['cpu'] / bare_cpu:.1f}x "
              f"the csv.reader CPU; "
              f"peak RSS {r['peak_self_mb']:.0f} MB (+ largest worker {r['peak_worker_mb']:.0f} MB)")  # fmt: skip
    if repeat > 1 and workers > 1:
        paired(path, folder / f"out_{rows}_{workers}", workers, repeat)


def paired(path: Path, out: Path, workers: int, repeat: int) -> None:
    """The ratio measured in pairs: a bare csv.reader pass, then the batch, ``repeat`` times.

    On a shared machine whose speed drifts from minute to minute, a ratio of
    two figures taken side by side is steadier than the ratio of a best floor
    and a median batch taken a minute apart; both are printed.
    """
    ratios = []
    for _ in range(repeat):
        bare = floor(path, passes=1)[0]
        ratios.append(run_child(path, out, workers)["seconds"] / bare)
    ratios.sort()
    print(f"  paired, {workers} workers: batch / the csv.reader pass just before it, {repeat} pairs: "
          f"median {ratios[len(ratios) // 2]:.2f}x (from {ratios[0]:.2f}x to {ratios[-1]:.2f}x)")


def bench_il(folder: Path, workers: int, repeat: int = 1) -> None:
    path = folder / "il_100k.csv"
    if not path.exists():
        synthetic.generate("il-csv", 46_000, 1, path)
    with path.open(newline="") as f:
        charges = sum(1 for _ in f) - 1
    try:
        r = run_median(path, folder / "out_il", workers, repeat)
    except SystemExit as exc:
        last = str(exc).strip().splitlines()[-1]
        print(f"Illinois spreadsheet ({charges:,} charges): not available: {last}")
        return
    motions = sorted((folder / "out_il" / "court").glob("motion-*.pdf"))
    each = f" (median of {repeat} runs)" if repeat > 1 else ""
    print(f"Illinois spreadsheet: {charges:,} charges, {r['people']:,.0f} people read, analyzed and written in "
          f"{r['review']:.2f} s{each} (target < 10 s); then {len(motions)} county motions and orders in "
          f"{r['court_documents']:.2f} s; CPU {r['cpu']:.1f} s; peak RSS {r['peak_self_mb']:.0f} MB")  # fmt: skip


def bench_motion(people: int) -> None:
    """The multi-person motion and its order for ``people`` people in one court."""
    from datetime import date, timedelta

    from reliefdesk.documents import fonts, multi_motion

    fonts.register_fonts()
    rows = [
        multi_motion.ExhibitRow(
            name=f"{synthetic.LAST[i % 40].title()}, {synthetic.FIRST[i % 30].title()} {i}",
            dob=date(1960, 1, 1) + timedelta(days=i * 7),
            case_number=f"{10 + i % 9}-1-{i:06d}-01",
            conviction_date=date(2005, 1, 1) + timedelta(days=i * 3),
            statute="720 ILCS 550/4(c)",
            offense_class="A",
        )
        for i in range(people)
    ]
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        paths = multi_motion.write_motion_documents("Cook", "Circuit Court of Cook County", rows, Path(tmp),
                                                    date(2026, 12, 1))  # fmt: skip
        seconds = time.perf_counter() - t
        from pypdf import PdfReader

        pages = sum(len(PdfReader(str(p)).pages) for p in paths)
    print(f"multi-person motion + order for {people:,} people: {seconds:.2f} s, {pages} pages (target < 20 s)")


def bench_packets(folder: Path, people: int = 40) -> None:
    """Packets per second: ``--packets`` on an Illinois sheet (one packet per person eligible now)."""
    path = folder / "il_packets.csv"
    synthetic.generate("il-csv", people, 2, path)
    import json as _json

    proc = subprocess.run([sys.executable, "-c", CHILD, str(path), str(folder / "out_packets"), "1", "-", "packets"],
                          capture_output=True, text=True, cwd=ROOT, check=False)  # fmt: skip
    if proc.returncode != 0:
        print(f"packets: not available: {proc.stderr.strip().splitlines()[-1:]}")
        return
    r = _json.loads(proc.stdout.strip().splitlines()[-1])
    summary = _json.loads((folder / "out_packets" / "summary.json").read_text())
    n = summary.get("packets", 0)
    print(f"packets: {n} packets for {people} people in {r['seconds']:.2f} s = {n / r['seconds']:.1f} packets/s "
          f"(whole run, analysis included)")  # fmt: skip


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--million", action="store_true", help="also run 1,000,000 rows (about 5 minutes)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--keep", metavar="DIR", help="keep generated files and outputs in DIR (reused next time)")
    ap.add_argument("--skip-il", action="store_true")
    ap.add_argument("--il-only", action="store_true", help="only the Illinois figures (with --repeat: medians)")
    ap.add_argument("--repeat", type=int, default=1, metavar="N", help="run each DOJ batch N times: medians")
    ap.add_argument("--python", metavar="PATH", help="run the DOJ batches and their csv.reader floor with this "
                    "interpreter (it needs the project's dependencies): how much the interpreter's build matters")
    args = ap.parse_args()
    global PYTHON
    if args.python:
        PYTHON = args.python
    version = subprocess.run([PYTHON, "-c", "import sys; print(sys.version.split()[0], sys.executable)"],
                             capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    print(f"machine: {os.cpu_count()} cores, Python {version}, load average {load:.1f} "
          "(a busy machine slows wall times; the CPU figures are steadier)")
    if args.keep:
        folder = Path(args.keep)
        folder.mkdir(parents=True, exist_ok=True)
        ctx = None
    else:
        ctx = tempfile.TemporaryDirectory(prefix="bench_batch_")
        folder = Path(ctx.name)
    try:
        if not args.il_only:
            bench_doj(args.rows, folder, args.workers, args.repeat)
            if args.million:
                bench_doj(1_000_000, folder, args.workers)
        if not args.skip_il:
            bench_il(folder, args.workers, args.repeat)
            bench_motion(1000)
            bench_packets(folder)
    finally:
        if ctx is not None:
            ctx.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
