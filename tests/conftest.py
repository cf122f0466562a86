"""Fixtures shared by every test tree: a fresh, initialized SQLite database per test."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from inspector import clock
from tests import clirun

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


NewDevice = Callable[..., Path]


@pytest.fixture(scope="session")
def new_device(tmp_path_factory: pytest.TempPathFactory) -> NewDevice:
    """`new_device(path, role="field", code=None)`: an initialized, empty database at
    `path`, as `open_app_database` + `init_device` make it, in a fraction of the time.

    Migrating a new file and loading the built-in templates take a second or two;
    each kind of device is made once per session (per xdist worker) and its folder
    copied, the database with its keys. Every copy of a kind has the same identity,
    which no test can see: each test's database is alone in its own folder."""
    made: dict[tuple[str, str | None, str], Path] = {}

    def copy(path: Path, role: str = "field", code: str | None = None) -> Path:
        kind = (role, code, path.name)
        if kind not in made:
            made[kind] = _build_device(tmp_path_factory.mktemp(f"device-{role}"), *kind)
        shutil.copytree(made[kind].parent, path.parent, dirs_exist_ok=True)
        return path

    return copy


def _build_device(folder: Path, role: str, code: str | None, name: str) -> Path:
    from inspector.appdb import open_app_database
    from inspector.devices import init_device

    # Session fixtures run before the per-test clock is set: the rows carry the tests' day.
    with clock.frozen_at(TEST_NOW):
        database = open_app_database(folder / name)
        init_device(database, role=role, code=code)
        database.dispose()
    return folder / name


@pytest.fixture
def db(db_path: Path, new_device: NewDevice):  # -> inspector.storage.Database
    from inspector.appdb import open_app_database

    database = open_app_database(new_device(db_path))
    yield database
    database.dispose()


def run_cli(*args: str | Path, db: Path | None = None, check: bool = False,
            env: dict[str, str] | None = None,
            process: bool = False) -> subprocess.CompletedProcess[str]:
    """Run `inspector` as a user would: its exit code, stdout and stderr.

    In this process by default (tests/clirun.py: as if it were a new one, a second
    faster); `process=True` starts a real one, for what only a process can show."""
    argv = (["--db", str(db)] if db is not None else []) + [str(a) for a in args]
    proc = clirun.in_subprocess(argv, env) if process else clirun.in_process(argv, env)
    if check and proc.returncode != 0:
        raise AssertionError(f"inspector {argv} exited {proc.returncode}:\n"
                             f"{proc.stdout}\n{proc.stderr}")
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
