"""`inspector calendar show|add-holiday|add-workday|remove`: the work calendar every
working-day clock counts on (order deadlines, case time limits)."""

from __future__ import annotations

import argparse

from inspector.cases.settings import add_holiday, add_workday, remove_day
from inspector.cli.cases import date_arg
from inspector.cli.common import add_json_flag, open_db, print_json, print_table
from inspector.orders.calendar import WorkCalendar, load_calendar

_WEEKDAYS = "一二三四五六日"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("calendar", help="工作日历：节假日与调休上班日")
    s = p.add_subparsers(dest="calendar_command", metavar="ACTION")
    s.required = True
    sh = s.add_parser("show", help="列出登记的节假日和调休上班日")
    sh.add_argument("--year", type=int)
    add_json_flag(sh)
    sh.set_defaults(func=_show)
    for name, help_text, fn in (("add-holiday", "登记节假日（不上班）", add_holiday),
                                ("add-workday", "登记调休上班日（周末上班）", add_workday),
                                ("remove", "删除一个登记的日子", remove_day)):
        c = s.add_parser(name, help=help_text)
        c.add_argument("dates", nargs="+", type=date_arg, metavar="YYYY-MM-DD")
        add_json_flag(c)
        c.set_defaults(func=_change, change=fn)


def _rows(cal: WorkCalendar, year: int | None) -> list[dict[str, str]]:
    days = [(d, "holiday") for d in cal.holidays] + [(d, "workday") for d in cal.workdays]
    return [{"date": d.isoformat(), "kind": k, "weekday": f"周{_WEEKDAYS[d.weekday()]}"}
            for d, k in sorted(days) if year is None or d.year == year]


def _print(cal: WorkCalendar, year: int | None, as_json: bool) -> None:
    rows = _rows(cal, year)
    if as_json:
        print_json(rows)
        return
    print_table(["日期", "星期", "类型"],
                [[r["date"], r["weekday"], "节假日" if r["kind"] == "holiday" else "调休上班"]
                 for r in rows])


def _show(args: argparse.Namespace) -> int:
    with open_db(args).session() as s:
        cal = load_calendar(s)
    _print(cal, args.year, args.json)
    return 0


def _change(args: argparse.Namespace) -> int:
    db = open_db(args)
    with db.uow() as s:
        for d in args.dates:
            cal = args.change(s, d)
    _print(cal, None, args.json)
    return 0
