"""Working-day arithmetic for deadlines (整改期限).

A deadline of N working days skips Saturdays, Sundays and the holidays listed in
the `work_calendar` setting; weekend days listed there as `workdays` (调休补班)
count as working days. The setting is a JSON object
`{"holidays": ["2026-10-01", …], "workdays": ["2026-10-10", …]}` kept in the
`setting` table, so the office can hand it to laptops with other settings;
without it only weekends are skipped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import orjson
from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector.domain.settings import Setting

CALENDAR_KEY = "work_calendar"


@dataclass(frozen=True)
class WorkCalendar:
    holidays: frozenset[date] = field(default_factory=frozenset)
    workdays: frozenset[date] = field(default_factory=frozenset)

    def is_working_day(self, d: date) -> bool:
        if d in self.workdays:
            return True
        if d in self.holidays:
            return False
        return d.weekday() < 5

    def add_working_days(self, start: date, days: int) -> date:
        """The date `days` working days after `start` (start itself not counted)."""
        d = start
        left = max(0, days)
        while left:
            d += timedelta(days=1)
            if self.is_working_day(d):
                left -= 1
        return d


def load_calendar(session: Session) -> WorkCalendar:
    row = session.scalar(select(Setting).where(Setting.key == CALENDAR_KEY))
    if row is None:
        return WorkCalendar()
    data = orjson.loads(row.value)
    return WorkCalendar(
        holidays=frozenset(date.fromisoformat(x) for x in data.get("holidays", [])),
        workdays=frozenset(date.fromisoformat(x) for x in data.get("workdays", [])),
    )
