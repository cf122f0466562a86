"""Fixtures shared by every test tree: a fresh, initialized SQLite database per test."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from inspector import clock

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent

# Every test runs on this day, whatever the wall clock says (a Wednesday; the
# orders tests count working days from it). Subprocesses get it through the
# environment, so the CLI sees the same day.
TODAY = date(2026, 11, 25)
TEST_NOW = datetime(2026, 11, 25, 10, 0, 0)


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Set the core's one clock for the test and for the CLI processes it starts."""
    monkeypatch.setenv(clock.ENV_VAR, TEST_NOW.isoformat())
    with clock.frozen_at(TEST_NOW):
        yield


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "inspector.db"


@pytest.fixture
def db(db_path: Path):  # -> inspector.storage.Database
    from inspector.appdb import open_app_database
    from inspector.devices import init_device

    database = open_app_database(db_path)
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


@pytest.fixture
def pg_url() -> Iterator[str]:
    """The URL of a fresh, empty PostgreSQL database, dropped after the test (tests/pg.py)."""
    from tests.pg import fresh_database

    yield from fresh_database()


@pytest.fixture(params=["sqlite", "postgresql"])
def office_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty office database on each backend: a SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'office' / 'inspector.db'}"
        return
    from tests.pg import fresh_database

    yield from fresh_database()
