"""The import-linter contracts hold, and they really catch a layer violation."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINT = Path(sys.executable).parent / "lint-imports"


def _lint(cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(LINT)], cwd=cwd, capture_output=True, text=True, timeout=300)


def _copy(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "reliefdesk", tmp_path / "reliefdesk", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_contracts_are_kept() -> None:
    out = _lint(ROOT)
    assert out.returncode == 0, out.stdout + out.stderr


def test_a_qt_import_under_rules_breaks_the_contract(tmp_path: Path) -> None:
    tree = _copy(tmp_path)
    (tree / "reliefdesk" / "rules" / "sneaky.py").write_text("from PySide6 import QtCore\n")
    out = _lint(tree)
    assert out.returncode != 0
    assert "reliefdesk.rules is not allowed to import PySide6" in out.stdout


def test_an_upward_import_breaks_the_layers(tmp_path: Path) -> None:
    tree = _copy(tmp_path)
    (tree / "reliefdesk" / "model" / "sneaky.py").write_text("import reliefdesk.services.analysis\n")
    out = _lint(tree)
    assert out.returncode != 0
    assert "Layers import only downward BROKEN" in out.stdout
