"""Move an office's database to a server: `inspector db copy --to postgresql://…`.

The target must hold no rows (it is migrated to head first, so both sides have
the very same tables); every table is copied inside ONE transaction on the
target, then counted and checksummed on both sides before the commit. Any
difference, error or cancel rolls the whole copy back: a server is either
untouched or a complete copy, never half of one.

The checksum of a table is SHA-256 over its rows in primary-key order, each row
the JSON array of its values in column order, normalised so that what the two
databases store differently compares equal when it means the same: booleans are
true/false (SQLite stores 0/1), times are ISO text with microseconds, dates ISO
text. Rows are read through the same SQLAlchemy types on both sides, and key
text is ordered by code point on both (`COLLATE "C"` on PostgreSQL, whose
default collation would otherwise sort `change_seq` and `device_id` its own way).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

import orjson
from sqlalchemy import Connection, Engine, String, Table, func, inspect, select
from sqlalchemy.sql.elements import ColumnElement

from inspector.domain.base import Base
from inspector.errors import StorageError
from inspector.storage import migrate
from inspector.storage.database import Database
from inspector.storage.engine import make_engine
from inspector.storage.locks import serialise_writers
from inspector.storage.schema import SCHEMA_HEAD

BATCH = 2_000
"""Rows per INSERT batch: large enough for psycopg's multi-row VALUES, small in memory."""


class CopyError(StorageError):
    code = "E_COPY"


@dataclass
class TableCopy:
    table: str
    source_rows: int
    target_rows: int
    source_sha256: str
    target_sha256: str

    @property
    def ok(self) -> bool:
        return (self.source_rows, self.source_sha256) == (self.target_rows, self.target_sha256)


@dataclass
class CopyReport:
    source: str
    target: str
    revision: str
    tables: list[TableCopy] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(t.ok for t in self.tables)

    @property
    def rows(self) -> int:
        return sum(t.target_rows for t in self.tables)

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "target": self.target, "revision": self.revision,
                "ok": self.ok, "rows": self.rows,
                "tables": [{**asdict(t), "ok": t.ok} for t in self.tables]}


TableHook = Callable[[str, int], None]
"""Called after each table is written with (table, rows); raising aborts the copy."""


def tables() -> list[Table]:
    """Every table of the models, parents before children."""
    from inspector.domain import load_all_models

    load_all_models()
    return list(Base.metadata.sorted_tables)


def _normal(value: Any) -> Any:
    if isinstance(value, bool) or value is None or isinstance(value, int | str | float):
        return value
    if isinstance(value, datetime):
        return value.isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


def _order(conn: Connection, table: Table) -> list[ColumnElement[Any]]:
    cols: list[ColumnElement[Any]] = []
    for c in table.primary_key.columns:
        binary = conn.dialect.name == "postgresql" and isinstance(c.type, String)
        cols.append(c.collate("C") if binary else c)
    return cols


def _rows(conn: Connection, table: Table) -> Iterator[tuple[Any, ...]]:
    # Per statement: Connection.execution_options() would change the connection
    # itself, and a later UPDATE on it would go through a server-side cursor.
    result = conn.execute(
        select(*table.columns).order_by(*_order(conn, table)),
        execution_options={"stream_results": True, "yield_per": BATCH},
    )
    for row in result:
        yield tuple(row)


def checksum(conn: Connection, table: Table) -> tuple[int, str]:
    """(rows, sha256) of `table` as seen through `conn`: the same on any backend."""
    h = hashlib.sha256()
    n = 0
    for row in _rows(conn, table):
        h.update(orjson.dumps([_normal(v) for v in row]))
        h.update(b"\n")
        n += 1
    return n, h.hexdigest()


def _parents_first(table: Table, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Rows of a self-referencing table (an order superseding another) in an order the
    foreign key accepts: each row after the row it names."""
    self_fks = [fk for fk in table.foreign_keys if fk.column.table is table]
    if not self_fks or len(table.primary_key.columns) != 1:
        return rows
    names = [c.name for c in table.columns]
    key = names.index(table.primary_key.columns[0].name)
    refs = [names.index(fk.parent.name) for fk in self_fks]
    placed: set[Any] = set()
    ids = {r[key] for r in rows}
    out: list[tuple[Any, ...]] = []
    pending = rows
    while pending:
        later = []
        for r in pending:
            if all(r[i] is None or r[i] in placed or r[i] not in ids for i in refs):
                out.append(r)
                placed.add(r[key])
            else:
                later.append(r)
        if len(later) == len(pending):  # a cycle: let the database name the problem
            out += later
            break
        pending = later
    return out


def _copy_table(src: Connection, dst: Connection, table: Table) -> int:
    names = [c.name for c in table.columns]
    stmt = table.insert()
    n = 0
    if any(fk.column.table is table for fk in table.foreign_keys):
        everything = _parents_first(table, list(_rows(src, table)))
        for start in range(0, len(everything), BATCH):
            dst.execute(stmt, [dict(zip(names, r, strict=True))
                               for r in everything[start : start + BATCH]])
        return len(everything)
    batch: list[dict[str, Any]] = []
    for r in _rows(src, table):
        batch.append(dict(zip(names, r, strict=True)))
        if len(batch) >= BATCH:
            dst.execute(stmt, batch)
            n += len(batch)
            batch = []
    if batch:
        dst.execute(stmt, batch)
        n += len(batch)
    return n


def _occupied(conn: Connection) -> list[str]:
    """Tables of ours in the target that already hold rows."""
    present = set(inspect(conn).get_table_names())
    return [t.name for t in tables() if t.name in present
            and conn.execute(select(func.count()).select_from(t)).scalar()]


def _prepare_target(url: str, shown: str) -> Engine:
    engine = make_engine(url)
    rev = migrate.current_revision(engine, shown)
    migrate.check_not_newer(rev, shown)
    with engine.connect() as conn:
        if full := _occupied(conn):
            engine.dispose()
            raise CopyError(
                f"目标数据库 {shown} 不是空的（数据表 {'、'.join(full[:5])} 已有数据），"
                "拒绝复制。请指定一个新建的空数据库。",
                code="E_COPY_TARGET_NOT_EMPTY",
            )
    if rev != SCHEMA_HEAD:
        migrate.upgrade(engine.url.render_as_string(hide_password=False))
    return engine


def copy_database(source: Database, target_url: str, *,
                  on_table: TableHook | None = None) -> CopyReport:
    """Copy every row of `source` into the empty database at `target_url`, verified.

    Raises `CopyError` (E_COPY_TARGET_NOT_EMPTY, E_COPY_VERIFY) or `StorageError`
    (E_DB_CONNECT); in every failure the target keeps no copied row.
    """
    probe = make_engine(target_url)
    shown = probe.url.render_as_string(hide_password=True)
    probe.dispose()
    target = _prepare_target(target_url, shown)
    report = CopyReport(
        source=source.engine.url.render_as_string(hide_password=True), target=shown,
        revision=SCHEMA_HEAD,
    )
    try:
        with source.engine.connect() as src, target.connect() as dst, dst.begin():
            # Nobody else may write while the copy is in flight (a clerk who opened
            # the new server early); the emptiness check is repeated under the lock.
            serialise_writers(dst)
            if full := _occupied(dst):
                raise CopyError(f"目标数据库 {shown} 在复制开始前已被写入（{full[0]}），拒绝复制。",
                                code="E_COPY_TARGET_NOT_EMPTY")
            for table in tables():
                written = _copy_table(src, dst, table)
                if on_table is not None:
                    on_table(table.name, written)
            for table in tables():
                n_src, sha_src = checksum(src, table)
                n_dst, sha_dst = checksum(dst, table)
                report.tables.append(TableCopy(table.name, n_src, n_dst, sha_src, sha_dst))
            if bad := [t for t in report.tables if not t.ok]:
                raise CopyError(
                    f"复制后校验不符（数据表 {bad[0].table}：源 {bad[0].source_rows} 行，"
                    f"目标 {bad[0].target_rows} 行，校验和不同），已全部撤销。",
                    code="E_COPY_VERIFY",
                )
    finally:
        target.dispose()
    return report
