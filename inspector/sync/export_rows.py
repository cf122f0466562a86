"""Streaming a bundle's rows: from one read transaction to bundle lines, chunk by chunk.

`plan_tables` counts what each table will ship (progress gets its total up
front); `write_members` streams every planned table into the writer, then the
blobs its rows name. Both exports (`sync.export`) use them. This is the hot path
of an export: on SQLite each line is written by SQLite itself (`json_object`) and
read through the driver cursor; elsewhere rows are read as dicts and dumped by orjson.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import orjson
from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    LargeBinary,
    String,
    case,
    cast,
    func,
    literal_column,
    select,
    type_coerce,
)

from inspector.cases.field_rights import RowRewrite
from inspector.progress import Meter
from inspector.storage import Database
from inspector.storage.blobs import blob_path
from inspector.sync.errors import BlobMissingError
from inspector.sync.format import EDGES_KEY, TableCodec
from inspector.sync.history import edges_to_ship, load_edges
from inspector.sync.writer import BundleWriter

_CHUNK_ROWS = 2000
"""Rows per fetch and per chunk handed to the writer (≈1 MB of JSON for item results):
per-chunk costs vanish beside per-row ones; larger chunks were no faster (measured
1,000–4,096) and peak memory grows with them (≈+8 MB per 1,000 rows)."""

def _json_value(col: Any, kind: str) -> ColumnElement[Any]:
    """One column's value as `json_object` should see it: already in wire form.

    Datetimes are stored by SQLAlchemy as 'YYYY-MM-DD HH:MM:SS.ffffff' (one space,
    never a zone): replacing the space gives the bundle's ISO form (`replace()`
    costs nothing measurable; a CASE on `substr(…, 11, 1)` cost ≈50 ms per 100k
    rows). Booleans become JSON true/false/null through `json()`, which
    `json_object` embeds as JSON rather than as a string. Other values (text,
    integers; synced tables have no floats) are what `json_object` writes as is.
    """
    if kind == "datetime":
        return func.replace(col, " ", "T")
    if kind == "bool":
        return func.json(case((col.is_(None), "null"), (cast(col, Integer) != 0, "true"),
                              else_="false"))
    return type_coerce(col, String)


def _sqlite_order(codec: TableCodec) -> list[ColumnElement[Any]]:
    """Row order on SQLite: id order where it matters, else the change index's own order.

    A table that references itself (an order superseding another) must travel in
    id order — uuid7 ids follow creation, so parents come before the rows that
    reference them, and the importer inserts in bundle order with foreign keys on.
    Any other synced table has no order constraint inside itself (its parents are
    in earlier tables), so it is read in `(change_seq, rowid)` order, which the
    `change_seq` index already holds: no sort of the whole selection in a temp
    B-tree (≈90 ms of ≈400 ms of SQLite time for 100k item results). The order
    is still total, so the same database always gives the same bytes.
    """
    t = codec.table
    if not codec.synced or any(fk.column.table is t for fk in t.foreign_keys):
        return [t.c.id]
    return [t.c.change_seq, literal_column("rowid")]


def _sqlite_lines(
    conn: Connection, codec: TableCodec, where: ColumnElement[bool], extra: list[str]
) -> Iterator[list[Any]]:
    """Rows as `(line bytes, *extra columns)` in chunks of `_CHUNK_ROWS`, in `_sqlite_order`.

    SQLite writes each line itself (`json_object`, in C, keys in column order,
    UTF-8 as orjson writes it): building a dict per row and serialising it was
    three quarters of the export's own time (bench_sync). Read through the
    driver cursor: SQLAlchemy's per-value result processing would parse every
    datetime. `extra` columns come alongside for what Python still needs (the
    version graph, blob names).
    """
    t = codec.table
    pairs: list[Any] = []
    for s in codec.specs:
        pairs += [literal_column(repr(s.name)), _json_value(t.c[s.name], s.kind)]
    line = cast(func.json_object(*pairs), LargeBinary)
    stmt = select(line, *[t.c[c] for c in extra]).where(where).order_by(*_sqlite_order(codec))
    compiled = stmt.compile(dialect=conn.dialect)
    params = compiled.construct_params()
    args = tuple(params[k] for k in compiled.positiontup or ())
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(str(compiled), args)
        while chunk := cursor.fetchmany(_CHUNK_ROWS):
            yield chunk
    finally:
        cursor.close()


def _with_edges(line: bytes, shipped: list[list[str]]) -> bytes:
    """A line with the `_edges` key appended last, as a dict with it added would dump."""
    return line[:-1] + b',"' + EDGES_KEY.encode() + b'":' + orjson.dumps(shipped) + b"}"


def _sqlite_chunks(
    conn: Connection, codec: TableCodec, where: ColumnElement[bool], blobs: set[str]
) -> Iterator[tuple[bytes, int]]:
    """`_chunks` on SQLite: lines from `_sqlite_lines`, edges and blob names from its extras."""
    blob_columns = list(codec.blob_columns)
    tomb = ["tombstone"] if blob_columns and "tombstone" in codec.table.c else []
    graph = ["id", "version_id", "base_version"] if codec.synced else []
    for chunk in _sqlite_lines(conn, codec, where, graph + blob_columns + tomb):
        lines = [r[0] for r in chunk]
        if graph:
            edited = [i for i, r in enumerate(chunk) if r[3] is not None]
            if edited:
                known = load_edges(conn, codec.name, [chunk[i][1] for i in edited])
                for i in edited:
                    _, row_id, version, base = chunk[i][:4]
                    if shipped := edges_to_ship(version, base, known.get(row_id, {})):
                        lines[i] = _with_edges(lines[i], shipped)
        if blob_columns:
            first = 1 + len(graph)
            for r in chunk:
                if not (tomb and r[-1]):
                    blobs.update(v for v in r[first : first + len(blob_columns)] if v)
        # One join per chunk: the trailing b"" gives the last line its newline.
        yield b"\n".join([*lines, b""]), len(chunk)


def _partitions(
    conn: Connection, codec: TableCodec, where: ColumnElement[bool]
) -> Iterator[list[dict[str, Any]]]:
    """Rows as plain dicts in id order, in chunks of `_CHUNK_ROWS` (databases other than SQLite)."""
    t = codec.table
    names = codec.columns
    stmt = select(*[t.c[c] for c in names]).where(where).order_by(t.c.id)
    result = conn.execution_options(yield_per=_CHUNK_ROWS).execute(stmt)
    for part in result.partitions():
        yield [dict(zip(names, r, strict=True)) for r in part]


def _dict_chunks(
    conn: Connection, codec: TableCodec, where: ColumnElement[bool], blobs: set[str],
    rewrite: RowRewrite | None = None,
) -> Iterator[tuple[bytes, int]]:
    """`_chunks` on other databases, and wherever rows are rewritten before they leave
    (an assignment's masked ID numbers): row dicts serialised by orjson."""
    dumps = orjson.dumps
    blob_columns = codec.blob_columns
    for rows in _partitions(conn, codec, where):
        if codec.synced:
            edited = [r for r in rows if r["base_version"] is not None]
            if edited:
                known = load_edges(conn, codec.name, [r["id"] for r in edited])
                for row in edited:
                    shipped = edges_to_ship(
                        row["version_id"], row["base_version"], known.get(row["id"], {})
                    )
                    if shipped:
                        row[EDGES_KEY] = shipped
        if blob_columns:
            for row in rows:
                if not row.get("tombstone"):
                    for col in blob_columns:
                        if row[col]:
                            blobs.add(row[col])
        if rewrite is not None:
            rewrite(codec.name, rows)
        yield b"\n".join([*map(dumps, rows), b""]), len(rows)


def _chunks(
    conn: Connection, codec: TableCodec, where: ColumnElement[bool], blobs: set[str],
    meter: Meter, label: str, rewrite: RowRewrite | None = None,
) -> Iterator[tuple[bytes, int]]:
    """A table's rows as bundle lines, `(bytes of whole lines, row count)` per chunk.

    Streamed chunk by chunk, so memory stays flat. Per-row Python work is kept
    to what a row needs: the version-graph lookup only for rows with a
    `base_version` (one batched `row_version` query per chunk), blob names only
    for tables with blob columns. Progress is reported once per chunk, after
    the chunk was handed to the writer; a `Cancelled` raised there unwinds
    through the writer, which discards its temporary file.
    """
    if rewrite is not None:  # assignments only (small): the rows pass through Python anyway
        chunks = _dict_chunks(conn, codec, where, blobs, rewrite)
    elif conn.dialect.name == "sqlite":
        chunks = _sqlite_chunks(conn, codec, where, blobs)
    else:
        chunks = _dict_chunks(conn, codec, where, blobs)
    for data, n in chunks:
        yield data, n
        meter.advance(n, label)


Wanted = list[tuple[str, TableCodec, ColumnElement[bool]]]
"""(table, codec, row filter) of every table that may have rows to ship, parents first."""

Plan = list[tuple[str, TableCodec, ColumnElement[bool], int]]
"""(table, codec, row filter, row count) of every table with rows to ship, parents first."""


def plan_tables(conn: Connection, wanted: Wanted) -> Plan:
    """Count every candidate table's rows in one statement; keep the tables that have some.

    The counts give progress its total up front. One SELECT of scalar subqueries
    instead of a COUNT statement per table: the counting itself is an index range
    on `change_seq` (≈7 ms for 100k rows), but each separate statement cost about
    as much again in compiling and executing, for about twenty mostly empty tables.
    """
    if not wanted:
        return []
    counts = conn.execute(
        select(*[
            select(func.count()).select_from(codec.table).where(where).scalar_subquery()
            for _, codec, where in wanted
        ])
    ).one()
    return [
        (name, codec, where, int(n))
        for (name, codec, where), n in zip(wanted, counts, strict=True)
        if n
    ]


def write_members(
    w: BundleWriter, db: Database, conn: Connection, plan: Plan, meter: Meter,
    rewrite: RowRewrite | None = None,
) -> int:
    """Stream the planned tables, then the blobs they name; returns the blob count.

    Empty tables get no member: a bundle lists only what it carries. The total
    is the row count up front, grown by the attachments once the rows named them.
    """
    blobs: set[str] = set()
    meter.total = sum(n for *_, n in plan)
    for name, codec, where, n in plan:
        label = f"正在导出数据表 {name}（{n} 行）…"
        meter.report(label)
        w.add_rows(name, _chunks(conn, codec, where, blobs, meter, label, rewrite))
    meter.total += len(blobs)
    for i, sha in enumerate(sorted(blobs), 1):
        path = blob_path(db.data_dir, sha)
        if not path.exists():
            raise BlobMissingError(
                f"本机缺少附件 {sha[:12]}…，无法导出完整的同步包。请先找回该文件。"
            )
        w.add_blob(sha, path)
        meter.advance(1, f"正在复制附件 {i}/{len(blobs)}…")
    return len(blobs)
