"""Fixtures shared by every test tree: a fresh, initialized SQLite database per test."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "inspector.db"


@pytest.fixture
def db(db_path: Path):  # -> inspector.storage.Database
    from inspector.devices import init_device
    from inspector.storage import open_database

    database = open_database(db_path)
    init_device(database)
    yield database
    database.dispose()


def run_cli(*args: str | Path, db: Path | None = None, check: bool = False,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run `inspector` in a subprocess, as a script or a user would."""
    cmd = [sys.executable, "-m", "inspector.cli.main"]
    if db is not None:
        cmd += ["--db", str(db)]
    cmd += [str(a) for a in args]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, **(env or {})}, timeout=300)
    if check and proc.returncode != 0:
        raise AssertionError(f"{cmd} exited {proc.returncode}:\n{proc.stdout}\n{proc.stderr}")
    return proc
