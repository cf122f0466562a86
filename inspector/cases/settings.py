"""Settings rows the cases area reads and writes: the work calendar and the region thresholds.

Both are JSON values in the `setting` table (one row per key, id derived from the
key), so they travel with the office's other settings once assignment bundles
carry them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import orjson
from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector.audit import record
from inspector.domain.settings import Setting, setting_id
from inspector.errors import ValidationError
from inspector.orders.calendar import CALENDAR_KEY, WorkCalendar, load_calendar


def load_json(s: Session, key: str) -> Any | None:
    row = s.scalar(select(Setting).where(Setting.key == key))
    return None if row is None else orjson.loads(row.value)


def save_json(s: Session, key: str, value: Any) -> None:
    text = orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()
    row = s.get(Setting, setting_id(key))
    if row is None:
        s.add(Setting(id=setting_id(key), key=key, value=text))
    elif row.value != text:
        row.value = text
    else:
        return
    s.flush()
    record(s, "setting.update", "setting", setting_id(key), {"key": key})


# --- the work calendar (`inspector calendar …`) ---------------------------------

def _store_calendar(s: Session, cal: WorkCalendar) -> None:
    save_json(s, CALENDAR_KEY, {
        "holidays": sorted(d.isoformat() for d in cal.holidays),
        "workdays": sorted(d.isoformat() for d in cal.workdays),
    })


def add_holiday(s: Session, day: date) -> WorkCalendar:
    """Mark a day off (法定节假日, including the weekdays of a long holiday)."""
    cal = load_calendar(s)
    if day in cal.workdays:
        raise ValidationError(f"{day} 已登记为调休上班日，请先删除。", code="E_CALENDAR_CONFLICT")
    new = WorkCalendar(holidays=cal.holidays | {day}, workdays=cal.workdays)
    _store_calendar(s, new)
    return new


def add_workday(s: Session, day: date) -> WorkCalendar:
    """Mark a weekend day as a working day (调休补班)."""
    cal = load_calendar(s)
    if day in cal.holidays:
        raise ValidationError(f"{day} 已登记为节假日，请先删除。", code="E_CALENDAR_CONFLICT")
    if day.weekday() < 5:
        raise ValidationError(f"{day} 是工作日，无需登记为调休上班日。", code="E_CALENDAR_WEEKDAY")
    new = WorkCalendar(holidays=cal.holidays, workdays=cal.workdays | {day})
    _store_calendar(s, new)
    return new


def remove_day(s: Session, day: date) -> WorkCalendar:
    cal = load_calendar(s)
    if day not in cal.holidays and day not in cal.workdays:
        raise ValidationError(f"{day} 不在工作日历中。", code="E_CALENDAR_MISSING")
    new = WorkCalendar(holidays=cal.holidays - {day}, workdays=cal.workdays - {day})
    _store_calendar(s, new)
    return new
