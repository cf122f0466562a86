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
