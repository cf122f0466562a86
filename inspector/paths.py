"""Where data lives: the database file and, beside it, blobs, keys and backups."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "site-inspector"
DB_FILENAME = "inspector.db"


def default_db_path() -> Path:
    """`INSPECTOR_DB` if set, else inspector.db in the user data directory (platformdirs)."""
    env = os.environ.get("INSPECTOR_DB")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / DB_FILENAME


def repo_root() -> Path:
    """The folder holding resources/ and migrations/ (the source tree or a frozen bundle)."""
    import sys

    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return repo_root() / "resources"
