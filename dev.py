#!/usr/bin/env python3
"""Set up reliefdesk on a fresh machine and run it or its tests.

    python3 dev.py run     install everything, open the app on the demo database
    python3 dev.py test    install everything, run ruff, mypy, import-linter and pytest

Needs only Python 3.11+. It makes a virtual environment in .venv, installs the
project and its development tools there, and on Debian/Ubuntu installs the
system libraries Qt needs (and Tesseract for OCR) with apt-get when it can.
When there is no display, the app opens offscreen.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".reliefdesk-installed"
DEMO_DB = ROOT / ".demo" / "demo.sqlite"

# What Qt (PySide6 wheels) needs on a minimal Debian, plus OCR.
APT_PACKAGES = [
    "libgl1",
    "libegl1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libfontconfig1",
    "libglib2.0-0",
    "libdbus-1-3",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-shape0",
    "libxcb-xinerama0",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-image0",
    "tesseract-ocr",
]


def say(msg: str) -> None:
    print(f"[dev] {msg}", flush=True)


def run(cmd: list[str], **kw: object) -> int:
    return subprocess.call(cmd, **kw)  # type: ignore[arg-type]


def apt_install(packages: list[str]) -> None:
    if not sys.platform.startswith("linux") or not shutil.which("apt-get"):
        return
    missing = []
    for pkg in packages:
        probe = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", pkg], capture_output=True, text=True
        )
        if "install ok installed" not in probe.stdout:
            missing.append(pkg)
    if not missing:
        return
    prefix: list[str] = []
    if os.geteuid() != 0:
        if not shutil.which("sudo"):
            say(f"please install with your package manager: {' '.join(missing)}")
            return
        prefix = ["sudo"]
    say(f"installing system packages: {' '.join(missing)}")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    run([*prefix, "apt-get", "update", "-qq"], env=env)
    if run([*prefix, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing], env=env):
        say("some system packages could not be installed; continuing (OCR tests will be skipped)")


def ensure_venv() -> None:
    if not PY.exists():
        say("creating the virtual environment in .venv")
        if run([sys.executable, "-m", "venv", str(VENV)]) != 0:
            apt_install([f"python3.{sys.version_info.minor}-venv"])
            shutil.rmtree(VENV, ignore_errors=True)
            if run([sys.executable, "-m", "venv", str(VENV)]) != 0:
                sys.exit("[dev] could not create a virtual environment: install python3-venv")
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == digest:
        return
    say("installing reliefdesk and its tools into .venv (first run takes a few minutes)")
    pip = [str(PY), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    if run([*pip, "--upgrade", "pip"]) or run([*pip, "-e", f"{ROOT}[dev]"]):
        sys.exit("[dev] pip install failed: see the messages above")
    STAMP.write_text(digest)


def setup() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 (dev.py runs on whatever python3 is)
        sys.exit("[dev] reliefdesk needs Python 3.11 or newer")
    apt_install(APT_PACKAGES)
    ensure_venv()


def gui_env() -> dict[str, str]:
    env = dict(os.environ)
    headless = sys.platform.startswith("linux") and not (
        env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")
    )
    if headless:
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def cmd_run(extra: list[str]) -> int:
    setup()
    env = gui_env()
    DEMO_DB.parent.mkdir(exist_ok=True)
    reliefdesk = [str(PY), "-m", "reliefdesk"]
    if not DEMO_DB.exists():
        say(f"building the demo database {DEMO_DB}")
        code = run([*reliefdesk, "demo", "db", "--db", str(DEMO_DB)], env=env)
        if code:
            return code
    args = [*reliefdesk, "gui", "--db", str(DEMO_DB), *extra]
    if env.get("QT_QPA_PLATFORM") == "offscreen":
        shots = ROOT / ".demo" / "screenshots"
        say(f"no display: opening the app offscreen and saving its screens to {shots}")
        args += ["--screenshots", str(shots)]
    return run(args, env=env)


def cmd_test(extra: list[str]) -> int:
    setup()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    steps = [
        ("ruff", [str(BIN / "ruff"), "check", "reliefdesk", "tests", "benchmarks", "dev.py"]),
        ("mypy", [str(BIN / "mypy")]),
        ("import-linter", [str(BIN / "lint-imports")]),
    ]
    for name, cmd in steps:
        say(f"{name}: {' '.join(Path(c).name if i == 0 else c for i, c in enumerate(cmd))}")
        if run(cmd, cwd=ROOT, env=env):
            say(f"{name} failed")
            return 1
    say("pytest")
    code = run([str(PY), "-m", "pytest", *extra], cwd=ROOT, env=env)
    return 0 if code == 5 else code  # 5: no tests collected (a filtered run)


def main(argv: list[str]) -> int:
    commands = {"run": cmd_run, "test": cmd_test, "setup": lambda _: (setup(), 0)[1]}
    if not argv or argv[0] not in commands:
        print(__doc__)
        return 2
    return commands[argv[0]](argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
