"""The core's one clock: settable, running, inherited by subprocesses, the only wall-clock reader."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta

from inspector import clock
from inspector.ids import utcnow
from tests.conftest import ROOT, TODAY


def test_tests_run_on_the_fixed_day() -> None:
    """The autouse fixture puts every test on the same Wednesday, whatever the system date."""
    assert clock.today() == TODAY
    assert clock.now().date() == TODAY


def test_set_clock_keeps_running_and_moves_utc_too() -> None:
    with clock.frozen_at(datetime(2030, 2, 28, 23, 0)):
        first = clock.now()
        assert first.date() == date(2030, 2, 28)
        assert clock.now() >= first  # time runs on from the set moment
        assert abs(clock.utcnow() - utcnow()) < timedelta(seconds=5)
        assert abs((clock.now() - clock.utcnow()) - (datetime.now() - datetime.now(UTC).replace(tzinfo=None))) \
            < timedelta(seconds=5)
    assert clock.today() == TODAY  # the previous setting is back


def test_a_date_means_ten_in_the_morning() -> None:
    with clock.frozen_at(date(2027, 1, 4)):
        assert clock.now().hour == 10


def test_subprocess_inherits_the_clock() -> None:
    """A process started by a test (the CLI) reads the test's day, and a set one on request."""
    code = "from inspector import clock; print(clock.today().isoformat())"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT).stdout.strip()
    assert out == TODAY.isoformat()
    env = {**os.environ, clock.ENV_VAR: "2031-06-01T09:00:00"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT, env=env).stdout.strip()
    assert out == "2031-06-01"


def test_malformed_environment_setting_is_ignored(monkeypatch) -> None:
    monkeypatch.setenv(clock.ENV_VAR, "next tuesday")
    with clock.frozen_at(TODAY):
        clock.load_from_environment()
        assert clock.today() == TODAY


def test_no_module_reads_the_wall_clock_itself() -> None:
    """Only inspector/clock.py may call date.today() / datetime.now(); the rest ask the clock."""
    pattern = re.compile(r"\bdate\.today\(\)|\bdatetime\.(now|utcnow|today)\(")
    offenders = []
    for tree in ("inspector", "ui"):
        for path in (ROOT / tree).rglob("*.py"):
            if path.name == "clock.py" and path.parent.name == "inspector":
                continue
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if pattern.search(line):
                    offenders.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert offenders == []
