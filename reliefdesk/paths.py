"""Where reliefdesk keeps and finds things: the one module for folders.

The user data folder comes from platformdirs, and ``RELIEFDESK_HOME``
overrides it (tests point it at a temporary folder, so they never touch a
real user's files). ``--db PATH`` overrides the database file itself, and
``RELIEFDESK_DB`` does the same from the environment.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "reliefdesk"
HOME_ENV = "RELIEFDESK_HOME"
DB_ENV = "RELIEFDESK_DB"
DB_FILENAME = "reliefdesk.sqlite"

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent


def data_dir() -> Path:
    """The user data folder (created on first use)."""
    override = os.environ.get(HOME_ENV)
    if override:
        path = Path(override)
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override)
    return data_dir() / DB_FILENAME


def db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    return Path(explicit) if explicit else default_db_path()


def _shipped(name: str) -> Path:
    """A folder the product ships: next to the package in a checkout, inside it when installed."""
    for candidate in (PROJECT_DIR / name, PACKAGE_DIR / "_data" / name):
        if candidate.is_dir():
            return candidate
    return PROJECT_DIR / name


def resources_dir() -> Path:
    return _shipped("resources")


def forms_dir() -> Path:
    return _shipped("forms")


def demo_dir() -> Path:
    return resources_dir() / "demo"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def user_forms_dir() -> Path:
    """Where a clinic drops official fillable PDFs (checked before the shipped forms)."""
    return data_dir() / "forms"
