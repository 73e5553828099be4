"""The command line on California files: `--format auto` finds the CA reader, the analysis
comes from the California rules, settings ride in the answers file (a real subprocess)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.readers.test_california_sheets import SYNTHETIC


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "reliefdesk", *args], capture_output=True, text=True, timeout=120)


def test_parse_and_analyze_auto(tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.txt"
    sheet.write_text(SYNTHETIC, encoding="utf-8")
    parsed = run("parse", str(sheet))
    assert parsed.returncode == 0, parsed.stderr
    record = json.loads(parsed.stdout)
    assert (record["jurisdiction"], record["source"]["format"]) == ("CA", "ca-doj-text")
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"ca.prior_only": "false"}), encoding="utf-8")
    done = run("analyze", str(sheet), "--as-of", "2026-12-01", "--answers", str(answers))
    assert done.returncode == 0, done.stderr
    analysis = json.loads(done.stdout)
    assert analysis["jurisdiction"] == "CA" and analysis["rules_version"] == "CA-2023-01"
    assert analysis["assumptions"][0]["code"] == "CA_ANY_DISQUALIFIER"
    # The 2001 misdemeanor 11358 convictions: the later PC 290 registration now counts.
    sd = [c for c in analysis["charges"] if c["case_number"] == "M45678"]
    assert [c["status"] for c in sd] == ["not_eligible", "not_eligible"]
    assert sd[0]["reasons"][0]["code"] == "CA_DQ_PC290"


def test_bad_setting_is_one_line(tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.txt"
    sheet.write_text(SYNTHETIC, encoding="utf-8")
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"ca.prior_only": "sometimes"}), encoding="utf-8")
    done = run("analyze", str(sheet), "--answers", str(answers))
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0 and "ca.prior_only" in done.stderr
