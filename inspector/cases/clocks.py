"""The legal clocks of a case, counted on the work calendar.

- 受理: decide within 5 working days of receipt (劳社部令第25号《关于实施〈劳动
  保障监察条例〉若干规定》; the day of receipt is not counted);
- 调查: complete within 60 working days of 立案, plus 30 more when the head of
  the office approves (《劳动保障监察条例》第十七条);
- 追溯时效: a violation neither found nor complained of within 2 years is no
  longer investigated (第二十条) — counted in calendar years from the day of the
  violation (or the day it ended, when it continued).

A clock is `due_soon` within `DUE_SOON_WORKING_DAYS` of its due date and
`overdue` after it; a clock that was met (the decision made, the case out of
investigation) is `met` and never flags.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from inspector.orders.calendar import WorkCalendar

ACCEPT_WORKING_DAYS = 5
INVESTIGATE_WORKING_DAYS = 60
EXTENSION_WORKING_DAYS = 30
LIMITATION_YEARS = 2
DUE_SOON_WORKING_DAYS = 3
CLOCK_LABELS = {"accept": "受理期限", "investigate": "调查期限", "limitation": "追溯时效"}
STATE_LABELS = {"ok": "未到期", "due_soon": "即将到期", "overdue": "已逾期", "met": "已完成",
                "expired": "已超过时效"}


@dataclass(frozen=True)
class Clock:
    kind: str  # accept | investigate | limitation
    due: date
    state: str  # ok | due_soon | overdue | met | expired
    working_days_left: int | None = None


@dataclass(frozen=True)
class CaseDates:
    """What the clocks need from a case (a plain value, so queries can pass rows)."""

    status: str
    received_on: date
    accepted_on: date | None = None
    filed_on: date | None = None
    closed_on: date | None = None
    violation_on: date | None = None
    extension_days: int = 0


def working_days_between(cal: WorkCalendar, start: date, end: date) -> int:
    """Working days after `start` up to and including `end` (negative when end < start)."""
    if end < start:
        return -working_days_between(cal, end, start)
    n, d = 0, start
    while d < end:
        d += timedelta(days=1)
        n += cal.is_working_day(d)
    return n


def add_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def _state(cal: WorkCalendar, due: date, today: date) -> tuple[str, int]:
    left = working_days_between(cal, today, due)
    if today > due:
        return "overdue", left
    return ("due_soon" if left <= DUE_SOON_WORKING_DAYS else "ok"), left


def case_clocks(cal: WorkCalendar, c: CaseDates, today: date) -> list[Clock]:
    out: list[Clock] = []
    accept_due = cal.add_working_days(c.received_on, ACCEPT_WORKING_DAYS)
    if c.status == "registered":
        out.append(Clock("accept", accept_due, *_state(cal, accept_due, today)))
    else:
        out.append(Clock("accept", accept_due, "met"))
    if c.filed_on is not None:
        due = cal.add_working_days(c.filed_on,
                                   INVESTIGATE_WORKING_DAYS + max(0, c.extension_days))
        if c.status in ("filed", "investigating"):
            out.append(Clock("investigate", due, *_state(cal, due, today)))
        else:
            out.append(Clock("investigate", due, "met"))
    if c.violation_on is not None:
        limit = add_years(c.violation_on, LIMITATION_YEARS)
        out.append(Clock("limitation", limit, "expired" if c.received_on > limit else "met"))
    return out


def worst_state(clocks: list[Clock]) -> str:
    states = {c.state for c in clocks}
    for s in ("overdue", "due_soon"):
        if s in states:
            return s
    return "ok"
