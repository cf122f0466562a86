"""What every CLI command shares: opening the database, printing, errors.

Exit codes: 0 ok, 1 error (a message and a stable code on stderr), 2 usage.
Every command that prints records or a report takes `--json` and then prints
exactly one JSON document on stdout.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import orjson

from inspector.appdb import open_app_database
from inspector.paths import default_db_path
from inspector.storage import Database

Handler = Callable[[argparse.Namespace], int]


def db_target(args: argparse.Namespace) -> str | Path:
    return args.db if getattr(args, "db", None) else default_db_path()


def shown_target(args: argparse.Namespace) -> str:
    """The database as it may be printed: a server URL without its password."""
    target = str(db_target(args))
    if "://" not in target:
        return target
    from sqlalchemy.engine import make_url

    return make_url(target).render_as_string(hide_password=True)


def open_db(args: argparse.Namespace) -> Database:
    data_dir = getattr(args, "data_dir", None)
    db = open_app_database(db_target(args), data_dir=Path(data_dir) if data_dir else None)
    # A shared, missing or mismatched device key is said when the database is opened,
    # not first when something is signed (inspector.identity).
    from inspector.identity import problem_on_open

    if (problem := problem_on_open(db)) is not None:
        sys.stderr.write(f"警告 [{problem.code}]：{problem.message}\n")
    return db


def add_json_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print one JSON document (for scripts)")


def _default(obj: Any) -> Any:
    if is_dataclass(obj) and not isinstance(obj, type):
        return asdict(obj)
    if isinstance(obj, datetime | date):
        return obj.isoformat()
    if isinstance(obj, Path):
        return str(obj)
    if isinstance(obj, set | frozenset | tuple):
        return list(obj)
    raise TypeError(f"not JSON serialisable: {type(obj).__name__}")


def print_json(doc: Any) -> None:
    sys.stdout.write(
        orjson.dumps(doc, default=_default, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS)
        .decode()
        + "\n"
    )


def print_table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """A plain aligned table; widths count CJK characters as two columns."""
    rows = [["" if v is None else str(v) for v in r] for r in rows]

    def width(text: str) -> int:
        return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)

    widths = [width(h) for h in headers]
    for r in rows:
        for i, v in enumerate(r):
            widths[i] = max(widths[i], width(v))

    def line(cells: Sequence[str]) -> str:
        return "  ".join(c + " " * (widths[i] - width(c)) for i, c in enumerate(cells)).rstrip()

    print(line(list(headers)))
    for r in rows:
        print(line(r))


def fail(message: str, code: str) -> int:
    sys.stderr.write(f"错误 [{code}]：{message}\n")
    return 1


def print_import_report(report: Any, *, as_json: bool, counted: str, unit: str) -> int:
    """Print a file import's report (the sites', the cases', the history's): the counts,
    then each refused row. Rows with errors were not imported, so a script must notice:
    the exit code is 1 when any row was refused.

    `counted` follows the first count (个案件, 次), `unit` the others (个, 次). An error
    row has one `reason`, or several `reasons` (the cases' import names every one)."""
    if as_json:
        print_json({"ok": report.ok, "created": report.created, "updated": report.updated,
                    "unchanged": report.unchanged,
                    "errors": [_error_doc(e) for e in report.errors]})
    else:
        print(f"新增 {report.created} {counted}，更新 {report.updated} {unit}，"
              f"未变 {report.unchanged} {unit}；错误 {len(report.errors)} 行。")
        for e in report.errors:
            reasons = getattr(e, "reasons", None)
            print(f"  第 {e.row} 行：" + ("；".join(reasons) if reasons is not None else e.reason))
    return 0 if report.ok else 1


def _error_doc(error: Any) -> dict[str, Any]:
    if hasattr(error, "reasons"):
        return {"row": error.row, "reasons": error.reasons}
    return {"row": error.row, "reason": error.reason}
