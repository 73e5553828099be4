"""Petition packet rendering speed.

    .venv/bin/python benchmarks/bench_documents.py [--packets N] [--workers W]

Prints: the time to render one full packet (every court document, the combined
PDF and the client letter) for each Illinois demo person, with the analysis
from the real engine; the 40-case person; and N packets (default 1,000) rendered
serially and across W worker processes (default: all cores). Targets: one packet
under 300 ms; 1,000 packets under 60 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reliefdesk.model import Analysis, Record, record_from_json  # noqa: E402
from reliefdesk.services.analysis import analyze_record  # noqa: E402
from reliefdesk.services.packets import PacketSettings, build_packet  # noqa: E402

AS_OF = date(2026, 11, 21)
SETTINGS = PacketSettings(clinic_name="Uptown Legal Clinic", clinic_address="4750 N Sheridan Rd, Chicago, IL 60640")
DEMO = ROOT / "resources" / "demo"


def demo_people() -> list[tuple[str, Record, Analysis]]:
    out = []
    for path in sorted(DEMO.glob("*.record.json")):
        rec = record_from_json(path.read_text(encoding="utf-8"))
        out.append((path.name.split(".")[0], rec, analyze_record(rec, AS_OF)))
    return out


def forty() -> tuple[Record, Analysis]:
    from tests.documents.samples import forty_cases

    return forty_cases()


def _time_packet(rec: Record, an: Analysis, out: Path, repeat: int = 5) -> tuple[float, float, int]:
    times = []
    pages = 0
    for i in range(repeat):
        t0 = time.perf_counter()
        result = build_packet(rec, an, out / str(i), SETTINGS)
        times.append(time.perf_counter() - t0)
        pages = sum(result.pages.values())
    return min(times) * 1000, statistics.median(times) * 1000, pages


_PEOPLE: list[tuple[str, Record, Analysis]] = []


def _init() -> None:
    _PEOPLE.extend(demo_people())


def _one(args: tuple[int, str]) -> int:
    i, folder = args
    name, rec, an = _PEOPLE[i % len(_PEOPLE)]
    result = build_packet(rec, an, Path(folder) / f"{i:05d}", SETTINGS)
    return len(result.documents)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--packets", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()
    people = demo_people()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        # Warm up: fonts, form files, imports.
        build_packet(people[0][1], people[0][2], out / "warm", SETTINGS)
        print("one packet (court documents + combined PDF + letter), best / median of 5:")
        for name, rec, an in people:
            best, median, pages = _time_packet(rec, an, out / name)
            print(f"  {name:<34} {best:6.0f} ms / {median:6.0f} ms  ({pages} pages)")
        rec, an = forty()
        best, median, pages = _time_packet(rec, an, out / "forty")
        print(f"  {'40 cases (continuation pages)':<34} {best:6.0f} ms / {median:6.0f} ms  ({pages} pages)")

        n = args.packets
        _PEOPLE.extend(people)
        t0 = time.perf_counter()
        docs = sum(_one((i, str(out / "serial"))) for i in range(n))
        serial = time.perf_counter() - t0
        print(f"{n} packets, 1 process:   {serial:6.1f} s  ({serial / n * 1000:.0f} ms each, {docs} documents)")
        if args.workers > 1:
            t0 = time.perf_counter()
            with ProcessPoolExecutor(args.workers, initializer=_init) as pool:
                docs = sum(pool.map(_one, [(i, str(out / "pool")) for i in range(n)], chunksize=20))
            pooled = time.perf_counter() - t0
            print(f"{n} packets, {args.workers} processes: {pooled:6.1f} s  ({docs} documents)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
