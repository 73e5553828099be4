"""Benchmark the Illinois engine: analyze a record with 200 cases (target: under 50 ms).

    .venv/bin/python benchmarks/bench_rules.py [--cases N] [--repeat R]

Builds the record from the three demo people's cases (renumbered), so every
rule family runs: cannabis, expungement, sealing, exclusions, mixed cases.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reliefdesk.model import record_from_dict  # noqa: E402
from reliefdesk.rules import illinois  # noqa: E402


def build(n_cases: int) -> dict[str, object]:
    pool = []
    for name in ("hernandez", "kowalski", "washington"):
        data = json.loads((ROOT / "resources" / "demo" / f"{name}.record.json").read_text(encoding="utf-8"))
        pool.extend(data["cases"])
    cases = []
    for i in range(n_cases):
        c = dict(pool[i % len(pool)])
        c["case_number"] = f"BENCH{i:05d}"
        cases.append(c)
    return {"schema": "reliefdesk.record/1", "jurisdiction": "IL",
            "person": {"name": "BENCH, MARK", "dob": "1980-01-01"}, "cases": cases}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    record = record_from_dict(build(args.cases))
    charges = sum(len(c.charges) for c in record.cases)
    as_of = date(2026, 11, 21)
    for filing in (as_of, date(2026, 1, 15)):
        illinois.analyze(record, as_of, filing, {})  # warm up
        times = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            a = illinois.analyze(record, as_of, filing, {})
            times.append((time.perf_counter() - t0) * 1000)
        a.to_json()
        print(f"{a.rules_version}: {len(record.cases)} cases, {charges} charges: "
              f"median {statistics.median(times):.1f} ms, min {min(times):.1f} ms, max {max(times):.1f} ms "
              f"({args.repeat} runs)")
    t0 = time.perf_counter()
    text = illinois.analyze(record, as_of, as_of, {}).to_json()
    print(f"analyze + to_json: {(time.perf_counter() - t0) * 1000:.1f} ms ({len(text) // 1024} KiB of JSON)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
