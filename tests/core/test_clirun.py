"""The in-process CLI runner (tests/clirun.py) behaves like a new process and leaves
nothing behind: environment, clock, working directory, open databases."""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path

import pytest

from inspector import clock
from tests import clirun
from tests.conftest import TODAY

Body = Callable[[list[str], list[object]], int]


def _fake_main(monkeypatch: pytest.MonkeyPatch, body: Body) -> list[object]:
    """Stand `body` in for the CLI's main; what it notes in `seen` is returned."""
    seen: list[object] = []

    def main(argv: Sequence[str] | None = None) -> int:
        return body(list(argv or []), seen)

    monkeypatch.setattr("inspector.cli.main.main", main)
    return seen


def test_output_and_exit_code_are_returned(monkeypatch: pytest.MonkeyPatch) -> None:
    def body(argv: list[str], seen: list[object]) -> int:
        print("出", *argv)
        sys.stderr.write("错误 [E_X]：坏\n")
        return 3

    _fake_main(monkeypatch, body)
    proc = clirun.in_process(["a", "b"])
    assert (proc.returncode, proc.stdout, proc.stderr) == (3, "出 a b\n", "错误 [E_X]：坏\n")
    assert proc.args == ["inspector", "a", "b"]


@pytest.mark.parametrize(("code", "status", "stderr"),
                         [(None, 0, ""), (2, 2, ""), ("用法错误", 1, "用法错误\n")])
def test_system_exit_becomes_the_exit_status(monkeypatch: pytest.MonkeyPatch, code: object,
                                             status: int, stderr: str) -> None:
    def body(argv: list[str], seen: list[object]) -> int:
        raise SystemExit(code)

    _fake_main(monkeypatch, body)
    proc = clirun.in_process([])
    assert (proc.returncode, proc.stderr) == (status, stderr)


def test_an_uncaught_exception_is_a_traceback_and_exit_1(monkeypatch: pytest.MonkeyPatch) -> None:
    def body(argv: list[str], seen: list[object]) -> int:
        raise RuntimeError("未捕获")

    _fake_main(monkeypatch, body)
    proc = clirun.in_process([])
    assert proc.returncode == 1
    assert proc.stderr.startswith("Traceback") and "RuntimeError: 未捕获" in proc.stderr


def test_environment_clock_and_cwd_are_the_new_process_ones_and_come_back(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def body(argv: list[str], seen: list[object]) -> int:
        seen += [os.environ.get("INSPECTOR_DB"), clock.today(), Path.cwd()]
        os.environ["INSPECTOR_LEFT_BEHIND"] = "1"  # a command that sets a variable
        clock.set_now(date(2030, 1, 1))  # and moves the clock
        return 0

    seen = _fake_main(monkeypatch, body)
    monkeypatch.chdir(tmp_path)
    with clock.frozen_at(datetime(2027, 3, 3, 9, 0)):
        proc = clirun.in_process([], env={"INSPECTOR_DB": "x.db"})
        assert clock.today() == date(2027, 3, 3), "the test's clock is its own again"
    assert proc.returncode == 0
    # The CLI read INSPECTOR_CLOCK (the tests' day), not the test's in-process setting.
    assert seen == ["x.db", TODAY, clirun.ROOT]
    assert "INSPECTOR_DB" not in os.environ and "INSPECTOR_LEFT_BEHIND" not in os.environ
    assert Path.cwd() == tmp_path


def test_the_databases_a_call_opened_are_closed(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    clirun.in_process(["--db", str(db), "init"])
    # WAL mode: the last connection to close folds the log back and removes it, as a
    # process exit does; a pooled connection left open would keep the -wal file.
    assert db.exists() and not Path(f"{db}-wal").exists()
    con = sqlite3.connect(db)
    try:
        assert con.execute("SELECT count(*) FROM local_state").fetchone()[0] > 0
    finally:
        con.close()
