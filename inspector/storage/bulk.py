"""Fast multi-row inserts for the bulk paths (bundle-free: demo, back-office entry, benchmarks).

On SQLite the statement is compiled once from the Table and executed with the
driver's `executemany` on the session's own connection (same transaction);
values are converted exactly as SQLAlchemy's SQLite types store them, so ORM
reads see identical data. SQLAlchemy's per-row parameter processing is what
this skips: it costs more than SQLite itself on wide rows (see bench_storage).
Other databases use a plain Core insert.
"""

from __future__ import annotations

from datetime import datetime
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import Date, DateTime, Table
from sqlalchemy.orm import Session
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from inspector.domain.base import Base


def insert_new_rows(session: Session, model: type[Base], rows: list[dict[str, Any]]) -> None:
    """Stamp brand-new local rows with their sync columns, then insert them (the bulk write path)."""
    if rows:
        from inspector.domain import values
        from inspector.storage.session import stamp_new_rows

        table = str(cast(Table, model.__table__).name)
        stamped = stamp_new_rows(session, rows)
        for row in stamped:  # the rules every other write obeys (domain.values)
            values.refuse(table, row)
        insert_rows(session, model, stamped)


def _datetime_text(cache: dict[datetime, str], value: datetime | None) -> str | None:
    # Bulk rows share a few timestamps (the batch's `updated_at`): format each once.
    if value is None:
        return None
    text = cache.get(value)
    if text is None:
        # SQLAlchemy's SQLite DateTime storage format (always with microseconds).
        text = cache[value] = value.strftime("%Y-%m-%d %H:%M:%S.%f")
    return text


def insert_rows(session: Session, model: type[Base], rows: list[dict[str, Any]]) -> None:
    """Insert complete rows of `model` (every column without a default present in each dict)."""
    if not rows:
        return
    table = cast(Table, model.__table__)
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        conn.execute(table.insert(), rows)
        return
    first = rows[0]
    missing = [c.name for c in table.columns
               if c.name not in first and not c.nullable and c.default is None
               and c.server_default is None]
    if missing:
        raise ValueError(f"insert_rows({table.name}): missing columns {missing}")
    cols = [c for c in table.columns if c.name in first]
    # Client-side scalar defaults the ORM would have applied.
    defaults = [(c.name, cast(ScalarElementColumnDefault, c.default).arg)
                for c in table.columns
                if c.name not in first and c.default is not None and c.default.is_scalar]
    names = [c.name for c in cols] + [n for n, _ in defaults]
    get = itemgetter(*[c.name for c in cols])
    tail = tuple(v for _, v in defaults)
    dt_pos = [i for i, c in enumerate(cols) if isinstance(c.type, DateTime)]
    d_pos = [i for i, c in enumerate(cols) if isinstance(c.type, Date)]
    cache: dict[datetime, str] = {}
    params: list[tuple[Any, ...]] = []
    for r in rows:
        values = get(r)
        if len(cols) == 1:
            values = (values,)
        if dt_pos or d_pos:
            values = list(values)
            for i in dt_pos:
                values[i] = _datetime_text(cache, values[i])
            for i in d_pos:
                if values[i] is not None:
                    values[i] = values[i].isoformat()
        params.append(tuple(values) + tail)
    sql = (f'INSERT INTO "{table.name}" (' + ", ".join(f'"{n}"' for n in names)
           + ") VALUES (" + ", ".join("?" * len(names)) + ")")
    conn.exec_driver_sql(sql, params)
