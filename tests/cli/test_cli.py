"""The command line as a user runs it: a real subprocess, real files."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from reliefdesk.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reliefdesk", *args], capture_output=True, text=True, cwd=cwd, timeout=120
    )


def test_version() -> None:
    out = run("--version")
    assert out.returncode == 0
    assert out.stdout.startswith("reliefdesk ")


def test_parse_record_json_prints_the_same_record() -> None:
    src = DEMO / "kowalski.record.json"
    out = run("parse", str(src), "--format", "record-json")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == json.loads(src.read_text())


def test_broken_record_exits_1_with_one_line_naming_the_field(tmp_path: Path) -> None:
    data = json.loads((DEMO / "washington.record.json").read_text())
    data["cases"][2]["charges"][0]["disposition"] = "gulity"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data))
    out = run("parse", str(bad), "--format", "record-json")
    assert out.returncode == 1
    assert out.stdout == ""
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "cases[2].charges[0].disposition: 'gulity' is not a disposition" in lines[0]
    assert "Traceback" not in out.stderr


def test_missing_file_is_a_user_error(tmp_path: Path) -> None:
    out = run("parse", str(tmp_path / "nope.txt"))
    assert out.returncode == 1
    assert "does not exist" in out.stderr


def test_bad_date_is_bad_usage() -> None:
    out = run("analyze", str(DEMO / "kowalski.record.json"), "--as-of", "12/01/2026")
    assert out.returncode == 2
    assert "YYYY-MM-DD" in out.stderr


def test_analyze_prints_an_analysis() -> None:
    out = run("analyze", str(DEMO / "kowalski.record.json"), "--as-of", "2026-12-01")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["schema"] == "reliefdesk.analysis/1"
    assert data["as_of"] == "2026-12-01" and data["filing_date"] == "2026-12-01"


def _commands() -> list[list[str]]:
    """Every command and sub-action of the parser."""
    out: list[list[str]] = []

    def walk(parser: argparse.ArgumentParser, prefix: list[str]) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    out.append([*prefix, name])
                    walk(sub, [*prefix, name])

    walk(build_parser(), [])
    return out


@pytest.mark.parametrize("command", _commands(), ids=" ".join)
def test_every_command_has_help(command: list[str]) -> None:
    out = run(*command, "--help")
    assert out.returncode == 0, out.stderr
    assert "usage: reliefdesk" in out.stdout


@pytest.mark.parametrize("command", _commands(), ids=" ".join)
def test_every_command_is_documented(command: list[str]) -> None:
    docs = (ROOT / "README.md").read_text() + "".join(p.read_text() for p in (ROOT / "docs").glob("*.md"))
    assert f"reliefdesk {' '.join(command)}" in docs, f"`reliefdesk {' '.join(command)}` is not in README.md or docs/"
