"""The core's one clock: every deadline, overdue flag, document date and timestamp asks it.

Nothing in the core calls `date.today()` or `datetime.now()` directly, so a test,
the demo or a training session can move the clock and everything moves with it.

The clock is the system clock plus an offset. Setting it ("it is now 2026-11-25
10:00") fixes the offset, not the time: time keeps running, so timestamps stay
ordered and ids stay time-ordered, yet the date is the one asked for.

A process started with `INSPECTOR_CLOCK=2026-11-25T10:00:00` (local time) begins
at that moment; tests set it for the subprocesses they start (the CLI), and it is
the same mechanism for a training laptop that must show a fixed calendar.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta

ENV_VAR = "INSPECTOR_CLOCK"

_offset = timedelta(0)


def _system_now() -> datetime:
    """The system's local time, naive (the only place that reads the wall clock)."""
    return datetime.now()


def now() -> datetime:
    """Local time now, naive: what a person reads on a document or a screen."""
    return _system_now() + _offset


def today() -> date:
    """The local calendar date: deadlines, overdue flags, issue dates."""
    return now().date()


def utcnow() -> datetime:
    """Now in UTC, naive (all stored times are UTC; SQLite has no time zones)."""
    return datetime.now(UTC).replace(tzinfo=None) + _offset


def set_now(moment: datetime | date) -> None:
    """From here on the clock reads `moment` (a date means 10:00 that day) and runs on."""
    global _offset
    if not isinstance(moment, datetime):
        moment = datetime.combine(moment, time(10, 0))
    _offset = moment.replace(tzinfo=None) - _system_now()


def reset() -> None:
    """Back to the system clock."""
    global _offset
    _offset = timedelta(0)


@contextmanager
def frozen_at(moment: datetime | date) -> Iterator[None]:
    """Run a block with the clock set to `moment`; the previous setting comes back after."""
    global _offset
    saved = _offset
    set_now(moment)
    try:
        yield
    finally:
        _offset = saved


def load_from_environment() -> None:
    """Honour INSPECTOR_CLOCK (ISO date or date-time, local) if the process was given one."""
    value = os.environ.get(ENV_VAR, "").strip()
    if not value:
        return
    try:
        moment: datetime | date = (
            datetime.fromisoformat(value) if "T" in value or " " in value
            else date.fromisoformat(value)
        )
    except ValueError:
        return  # a malformed setting is ignored rather than stopping the program
    set_now(moment)


load_from_environment()
