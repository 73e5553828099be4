"""docs/rules.md is generated from the catalog and never drifts; the CLI prints the analysis."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from reliefdesk.rules.illinois import docs
from reliefdesk.rules.illinois.catalog import ASSUMPTIONS, CATALOG, RULE_ROWS
from reliefdesk.rules.illinois.options import QUESTION_DOCS

ROOT = Path(__file__).resolve().parents[3]
PACKAGE = ROOT / "reliefdesk" / "rules" / "illinois"
DEMO = ROOT / "resources" / "demo"


def _source(skip: str = "") -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(PACKAGE.glob("*.py")) if p.name != skip)


def test_docs_rules_md_is_up_to_date() -> None:
    committed = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert committed == docs.generate(), (
        "docs/rules.md is stale: run `python -m reliefdesk.rules.illinois.docs --write docs/rules.md`")


def test_every_code_question_and_assumption_is_documented() -> None:
    text = docs.generate()
    for code, spec in CATALOG.items():
        assert f"`{code}`" in text and spec.citation and spec.tag in "PSMU"
    for qid, _, _ in QUESTION_DOCS:
        assert f"`{qid}`" in text
    for code in ASSUMPTIONS:
        assert f"`{code}`" in text


def test_every_code_the_engine_uses_is_in_the_catalog_and_every_catalog_code_is_used() -> None:
    src = _source(skip="catalog.py")
    used = set(re.findall(r'"((?:IL_[A-Z0-9_]+)|MIXED_CASE)"', src))
    assert used <= set(CATALOG), used - set(CATALOG)
    assert set(CATALOG) <= used, set(CATALOG) - used
    assumed = set(re.findall(r'assumption\(\s*"([A-Z0-9_]+)"', src))
    assert assumed == set(ASSUMPTIONS), assumed ^ set(ASSUMPTIONS)
    for _, _, codes in RULE_ROWS:
        assert set(codes) <= set(CATALOG)


def test_every_question_id_asked_is_documented() -> None:
    src = _source()
    asked = set(re.findall(r'Question\(\s*f?"([a-z_]+)', src))
    documented = {qid.split(":")[0] for qid, _, _ in QUESTION_DOCS}
    assert asked == documented


def test_docs_module_runs() -> None:
    out = subprocess.run([sys.executable, "-m", "reliefdesk.rules.illinois.docs"], capture_output=True,
                         text=True, check=True, cwd=ROOT)
    assert out.stdout == docs.generate()


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "reliefdesk", *args], capture_output=True, text=True, cwd=ROOT)


def test_cli_analyze_with_dates_and_answers(tmp_path: Path) -> None:
    out = _cli("analyze", str(DEMO / "kowalski.record.json"), "--as-of", "2026-11-21", "--filing-date", "2026-01-15")
    assert out.returncode == 0, out.stderr
    a = json.loads(out.stdout)
    assert (a["schema"], a["rules_version"], a["as_of"], a["filing_date"]) == (
        "reliefdesk.analysis/1", "IL-pre-2026", "2026-11-21", "2026-01-15")
    uuw = next(c for c in a["charges"] if c["case_number"] == "19CR0233301")
    assert (uuw["relief"], uuw["status"], uuw["eligible_on"]) == ("seal", "eligible_now", "2024-01-15")
    assert all(r["citation"] for c in a["charges"] for r in c["reasons"])
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"other_sentences": "2025-12-01"}), encoding="utf-8")
    out = _cli("analyze", str(DEMO / "kowalski.record.json"), "--as-of", "2026-11-21", "--answers", str(answers))
    assert out.returncode == 0, out.stderr
    uuw = next(c for c in json.loads(out.stdout)["charges"] if c["case_number"] == "19CR0233301")
    assert (uuw["status"], uuw["eligible_on"]) == ("eligible_later", "2028-12-01")


def test_cli_bad_answer_is_one_line(tmp_path: Path) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"registration": "perhaps"}), encoding="utf-8")
    out = _cli("analyze", str(DEMO / "kowalski.record.json"), "--as-of", "2026-11-21", "--answers", str(answers))
    assert out.returncode == 1
    assert "registration" in out.stderr and len(out.stderr.strip().splitlines()) == 1
