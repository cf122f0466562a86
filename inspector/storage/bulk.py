"""Fast multi-row inserts for the bulk paths (bundle-free: demo, back-office entry, benchmarks).

On SQLite the statement is compiled once from the Table and executed with the
driver's `executemany` on the session's own connection (same transaction);
values are converted exactly as SQLAlchemy's SQLite types store them, so ORM
reads see identical data. SQLAlchemy's per-row parameter processing is what
this skips: it costs more than SQLite itself on wide rows (see bench_storage).
Other databases use a plain Core insert.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from itertools import repeat
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import Boolean, Connection, Date, DateTime, Table, update
from sqlalchemy.exc import DBAPIError
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


def update_local_row(session: Session, model: type[Base], row_id: str,
                     changes: dict[str, Any]) -> None:
    """Change one synced row with a Core UPDATE, stamped as a flush stamps an ORM change
    (new version, the old one as base, rev + 1, this transaction's change counter), after
    the same value rules (domain.values). For bulk paths that must change rows the ORM
    guards refuse on purpose — an office re-importing its own historical ledger rewrites
    inspections that are finalized — so the guard's exception is this one named function."""
    from inspector.domain import values
    from inspector.ids import new_version, utcnow
    from inspector.storage.session import stamp_new_rows

    table: Any = cast(Any, model).__table__
    values.refuse(str(table.name), changes)
    seq = stamp_new_rows(session, [{}])[0]["change_seq"]  # the transaction's one counter value
    session.execute(update(table).where(table.c.id == row_id).values(
        **changes, base_version=table.c.version_id, version_id=new_version(),
        rev=table.c.rev + 1, updated_at=utcnow(), origin_device=session.info.get("device_id"),
        change_seq=seq))


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


def insert_plain(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert complete rows that all have the same columns, at the driver's speed.

    The sync importer's path for brand-new rows: they are plain inserts, and
    SQLAlchemy's per-row parameter handling cost more than SQLite itself
    (bench_office). SQLite gets one driver `executemany`, PostgreSQL a `COPY`
    on the same connection, so both stay inside the caller's transaction.
    Values are stored exactly as each column type's own bind processor would
    store them (`_bound`), so the stored form is what a Core insert would have
    stored; driver errors come out as SQLAlchemy's (an `IntegrityError` stays
    one). Rows whose keys differ take the Core insert, which fills each row's
    defaults itself. Datetimes are naive UTC, as the bundle codec decodes them (COPY
    would store an aware one's wall time, where a Core insert converts it).
    """
    if not rows:
        return
    names = list(rows[0])
    get = itemgetter(*names)
    params: list[Any] | None = None
    # Same keys in every row: each has as many as the first and all of the first's
    # (two C loops; a key missing from a row stops the itemgetter).
    if conn.dialect.name in ("sqlite", "postgresql") and set(map(len, rows)) == {len(names)}:
        try:
            params = list(map(get, rows)) if len(names) > 1 else [(get(r),) for r in rows]
        except KeyError:
            params = None
    if params is None:
        conn.execute(table.insert(), rows)
        return
    procs = [(i, p) for i, c in enumerate(names)
             if (p := table.c[c].type._cached_bind_processor(conn.dialect)) is not None]
    if procs:
        # A column at a time: the transposes are C loops, and most columns need
        # no conversion at all.
        columns: list[Sequence[Any]] = list(zip(*params, strict=True))
        for i, proc in procs:
            columns[i] = _bound(table.c[names[i]].type, proc, columns[i])
        params = list(zip(*columns, strict=True))
    cols = ", ".join(f'"{n}"' for n in names)
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(
            f'INSERT INTO "{table.name}" ({cols}) VALUES ({", ".join("?" * len(names))})', params
        )
        return
    _copy(conn, f'COPY "{table.name}" ({cols}) FROM STDIN', params)


_NONE = type(None)


def _bound(type_: Any, proc: Callable[[Any], Any], values: Sequence[Any]) -> Sequence[Any]:
    """`proc` applied to one column's values, or the same result reached faster.

    Measured on bench_office's million rows, SQLAlchemy's SQLite DATETIME processor
    (a dict and a %-format per value) took longer than SQLite took to store them.
    The short cuts give exactly what `proc` gives, and check it on the first value:
    - booleans: both drivers bind a bool as the processor's value would (1/0 on
      SQLite, a boolean on PostgreSQL), so bool and None pass unchanged;
    - naive datetimes: `isoformat(" ", "microseconds")` is SQLAlchemy's SQLite
      storage text; an aware one (its text is longer) or any other value falls
      back to `proc`, which drops the zone as it always did.
    """
    kinds = set(map(type, values))
    if isinstance(type_, Boolean) and kinds <= {bool, _NONE}:
        return values
    if isinstance(type_, DateTime) and kinds <= {datetime, _NONE}:
        if kinds == {_NONE}:
            return values
        text = (list(map(datetime.isoformat, values, repeat(" "), repeat("microseconds")))
                if _NONE not in kinds
                else [None if v is None else v.isoformat(" ", "microseconds") for v in values])
        first = next(i for i, v in enumerate(values) if v is not None)
        if set(map(len, filter(None, text))) == {26} and text[first] == proc(values[first]):
            return text
    return list(map(proc, values))


def _copy(conn: Connection, sql: str, params: list[Any]) -> None:
    import psycopg

    raw = conn.connection.driver_connection
    assert isinstance(raw, psycopg.Connection)
    try:
        with raw.cursor() as cur, cur.copy(sql) as copy:
            for values in params:
                copy.write_row(values)
    except psycopg.Error as exc:
        raise DBAPIError.instance(sql, None, exc, psycopg.Error) from None
