"""The Spanish interface: every visible string translated, the shipped .qm built from the .ts."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "reliefdesk_es.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    path = BIN / name
    if not path.exists():
        pytest.skip(f"{name} is not installed")
    return str(path)


def test_every_string_of_the_interface_has_a_spanish_translation(tmp_path: Path) -> None:
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "reliefdesk" / "gui").glob("*.py"))
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-ts", str(copy), "-no-obsolete"], check=True,
                   capture_output=True, cwd=tmp_path)  # fmt: skip
    unfinished, wrong = [], []
    for m in ET.parse(copy).iter("message"):
        source = m.findtext("source") or ""
        tr = m.find("translation")
        assert tr is not None
        texts = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
        if tr.get("type") == "unfinished" or not all(texts):
            unfinished.append(source)
        for text in texts:
            if sorted(re.findall(r"%\d|%n", source)) != sorted(re.findall(r"%\d|%n", text)):
                wrong.append((source, text))
    assert not unfinished, f"strings to translate in {TS.name} (run pyside6-lupdate, then translate): {unfinished}"
    assert not wrong, f"placeholders differ: {wrong}"


def test_the_shipped_qm_is_built_from_the_ts(tmp_path: Path) -> None:
    """The .qm the app loads says what the .ts says, message by message (rebuild it with pyside6-lrelease)."""
    from PySide6.QtCore import QTranslator

    out = tmp_path / QM.name
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(out)], check=True, capture_output=True)
    shipped, fresh = QTranslator(), QTranslator()
    assert shipped.load(str(QM)) and fresh.load(str(out))
    found = 0
    for context in ET.parse(TS).iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            source = m.findtext("source") or ""
            n = 2 if m.get("numerus") == "yes" else -1
            got = shipped.translate(name, source, None, n)
            assert got == fresh.translate(name, source, None, n), (
                f"{name}: {source!r}: run .venv/bin/pyside6-lrelease resources/translations/reliefdesk_es.ts")
            found += bool(got)
    assert found > 350


def test_the_window_speaks_spanish_with_a_spanish_locale() -> None:
    code = (
        "import sys\n"
        "from PySide6.QtCore import QLocale\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from reliefdesk.gui.app import install_translators\n"
        "from reliefdesk.gui.batch_window import BatchWindow\n"
        "app = QApplication(sys.argv)\n"
        "install_translators(app, QLocale('es'))\n"
        "w = BatchWindow()\n"
        "print(w.windowTitle(), '|', w.start_button.text(), '|', w.stop_button.text())\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "Revisión masiva | Iniciar | Detener" in proc.stdout
