"""Legal clocks on the work calendar: weekends, a holiday, a make-up working day."""

from __future__ import annotations

from datetime import date

from inspector.cases import settings as cal_settings
from inspector.cases.clocks import CaseDates, case_clocks, working_days_between
from inspector.orders.calendar import WorkCalendar, load_calendar

# 2026-10-01..07 National Day off; Saturday 2026-10-10 a make-up working day.
NATIONAL_DAY = WorkCalendar(
    holidays=frozenset(date(2026, 10, d) for d in range(1, 8)),
    workdays=frozenset({date(2026, 10, 10)}),
)


def _clock(clocks, kind):
    return next(c for c in clocks if c.kind == kind)


def test_acceptance_skips_a_weekend() -> None:
    # Received Thursday 2026-11-19: Fri, Mon, Tue, Wed, Thu → due 2026-11-26.
    c = case_clocks(WorkCalendar(), CaseDates("registered", date(2026, 11, 19)), date(2026, 11, 25))
    acc = _clock(c, "accept")
    assert acc.due == date(2026, 11, 26)
    assert acc.state == "due_soon" and acc.working_days_left == 1


def test_acceptance_across_a_holiday_and_a_make_up_day() -> None:
    # Received Tue 2026-09-29: Wed 30 (1), holidays 1–7, Thu 8 (2), Fri 9 (3),
    # Sat 10 make-up (4), Mon 12 (5).
    c = case_clocks(NATIONAL_DAY, CaseDates("registered", date(2026, 9, 29)), date(2026, 10, 13))
    acc = _clock(c, "accept")
    assert acc.due == date(2026, 10, 12)
    assert acc.state == "overdue"
    # Without the calendar the same receipt would be due on Tuesday 6 October.
    plain = case_clocks(WorkCalendar(), CaseDates("registered", date(2026, 9, 29)), date(2026, 10, 1))
    assert _clock(plain, "accept").due == date(2026, 10, 6)


def test_investigation_60_working_days_and_the_30_day_extension() -> None:
    cal = WorkCalendar()
    filed = date(2026, 9, 1)  # a Tuesday
    c = case_clocks(cal, CaseDates("investigating", date(2026, 8, 28), filed_on=filed),
                    date(2026, 11, 25))
    inv = _clock(c, "investigate")
    assert working_days_between(cal, filed, inv.due) == 60 and cal.is_working_day(inv.due)
    assert inv.due == date(2026, 11, 24) and inv.state == "overdue"
    ext = case_clocks(cal, CaseDates("investigating", date(2026, 8, 28), filed_on=filed,
                                     extension_days=30), date(2026, 11, 25))
    assert working_days_between(cal, filed, _clock(ext, "investigate").due) == 90
    assert _clock(ext, "investigate").state == "ok"
    # A case that left investigation has met its clock: no flag.
    done = case_clocks(cal, CaseDates("handling", date(2026, 8, 28), filed_on=filed),
                       date(2026, 11, 25))
    assert _clock(done, "investigate").state == "met"


def test_two_year_limitation() -> None:
    cal = WorkCalendar()
    old = case_clocks(cal, CaseDates("registered", date(2026, 3, 2), violation_on=date(2024, 3, 1)),
                      date(2026, 3, 2))
    assert _clock(old, "limitation").state == "expired"
    fresh = case_clocks(cal, CaseDates("registered", date(2026, 3, 1),
                                       violation_on=date(2024, 3, 1)), date(2026, 3, 2))
    assert _clock(fresh, "limitation").state == "met"


def test_calendar_setting_round_trip(db) -> None:
    with db.uow() as s:
        cal_settings.add_holiday(s, date(2026, 10, 1))
        cal_settings.add_workday(s, date(2026, 10, 10))
    with db.session() as s:
        cal = load_calendar(s)
    assert not cal.is_working_day(date(2026, 10, 1)) and cal.is_working_day(date(2026, 10, 10))
    with db.uow() as s:
        cal_settings.remove_day(s, date(2026, 10, 1))
    with db.session() as s:
        assert load_calendar(s).is_working_day(date(2026, 10, 1))


def test_flagged_cases_count_on_the_stored_calendar(db) -> None:
    """Received Thu 19 Nov: due Thu 26 Nov on a plain calendar (due soon today, 25 Nov);
    with Fri 20 Nov a holiday it moves to Fri 27 Nov; with Mon 23 Nov too, to Mon 30."""
    from inspector.cases.queries import flagged_cases
    from tests.cases.helpers import new_case

    cid = new_case(db, received=date(2026, 11, 19))
    new_case(db, ref="old", received=date(2026, 11, 2))  # long overdue
    flags = {r.id: r for r in flagged_cases(db)}
    assert flags[cid].flag == "due_soon" and flags[cid].clocks[0].due == date(2026, 11, 26)
    with db.uow() as s:
        cal_settings.add_holiday(s, date(2026, 11, 20))
        cal_settings.add_holiday(s, date(2026, 11, 23))
    row = next(r for r in flagged_cases(db) if r.id == cid)
    assert row.clocks[0].due == date(2026, 11, 30) and row.flag == "due_soon"
    assert sum(r.flag == "overdue" for r in flagged_cases(db)) == 1
