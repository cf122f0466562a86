"""Writing field bundles (field → office) and assignment bundles (office → field).

A field bundle holds every row this device changed since the office's last
acknowledgement (`change_seq` above the acknowledged high-water) in the tables
a field device may send (`inspector.rights`), its own audit
events after the acknowledged sequence, and every blob those rows name. So a
lost bundle loses nothing (the next one repeats it) and overlapping bundles are
normal. Everything is read in one read transaction: the high-water mark and the
rows come from the same snapshot.

Both exports report progress (rows, then attachments) and can be cancelled
until the signed file is about to be published: see `export_field_bundle`.

An assignment bundle is a full snapshot of the reference tables the office
hands out (`ASSIGNMENT_TABLES`), every number block, every other device's row
(public keys), the cases of the target's inspectors (`assign_scope.with_cases`, ID
numbers rewritten by `cases.field_rights.assignment_rewrite`) and acknowledgements of
what the office imported from that device.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    String,
    and_,
    cast,
    func,
    literal_column,
    select,
    true,
    type_coerce,
)

from inspector import __version__, identity, keys, rights
from inspector.audit import record
from inspector.audit.anchor import head_hash
from inspector.cases.field_rights import RowRewrite, assignment_rewrite
from inspector.devices import DeviceInfo, require_device
from inspector.domain.registry import Device
from inspector.domain.sync import ExportedBundle, ImportedBundle
from inspector.ids import utcnow, uuid7
from inspector.progress import Meter, ProgressFn
from inspector.storage import Database
from inspector.storage.blobs import blob_path
from inspector.storage.schema import SCHEMA_HEAD
from inspector.sync.assign_scope import CASE_TABLES, with_cases
from inspector.sync.errors import BlobMissingError, BundleError, WrongKindError
from inspector.sync.format import EDGES_KEY, FORMAT_NAME, FORMAT_VERSION, TableCodec, codecs
from inspector.sync.history import edges_to_ship, load_edges
from inspector.sync.state import (
    ACKED_AUDIT_SEQ,
    ACKED_HIGH_WATER,
    EXPORT_SEQ,
    change_counter,
    existing_tables,
    get_int,
    set_state,
)
from inspector.sync.writer import BundleWriter

ASSIGNMENT_TABLES: dict[str, tuple[str, str] | None] = {
    "inspector": None,
    "employer": None,
    "site": None,
    "site_subcontractor": None,
    "checklist_template": None,
    "template_item": None,
    "setting": None,
    "device": ("id", "!:target"),
    "number_block": None,
    **dict.fromkeys(CASE_TABLES),  # only the cases of the target's inspectors (with_cases)
    "device_inspector": ("device_id", ":target"),
}
"""Table → None (every row) or (column, value) filter (":target": the target's id; "!" negates).
Other devices' keys and blocks travel: a field device verifies a colleague's order offline."""

ACKS_SENT = 200


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    kind: str
    seq: int
    row_counts: dict[str, int]
    blobs: int
    since: int
    high_water: int


def _dest(out: Path, name: str) -> Path:
    return out / name if out.is_dir() else out


def _manifest(me: DeviceInfo, kind: str, seq: int, **extra: Any) -> dict[str, Any]:
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "schema_revision": SCHEMA_HEAD,
        "app_version": __version__,
        "kind": kind,
        "bundle_id": uuid7(),
        "device": {
            "id": me.id, "code": me.code, "role": me.role,
            "public_key": me.public_key, "key_id": me.key_id,
        },
        "seq": seq,
        "created_at": utcnow().isoformat(),
        "target_device": None,
        "since": 0,
        "high_water": 0,
        "audit_seq": 0,
        "acks": [],
        **extra,
    }


_CHUNK_ROWS = 2000
"""Rows per fetch and per chunk handed to the writer (≈1 MB of JSON for item results):
per-chunk costs vanish beside per-row ones; larger chunks were no faster (measured
1,000–4,096) and peak memory grows with them (≈+8 MB per 1,000 rows)."""

_BOOL: dict[Any, Any] = {0: False, 1: True, None: None}
"""Bool column values as normalised by `_sqlite_column` (0/1/NULL) → JSON values."""


def _sqlite_column(col: Any, kind: str) -> ColumnElement[Any]:
    """One selected column, already in its wire form where SQLite can do it in C.

    Datetimes are stored by SQLAlchemy as 'YYYY-MM-DD HH:MM:SS.ffffff' (one space,
    never a zone): replacing the space gives the bundle's ISO form. `replace()`
    costs nothing measurable; a CASE on `substr(…, 11, 1)` cost ≈50 ms per 100k
    rows. Booleans are normalised to 0/1/NULL, which `_BOOL` maps to JSON values.
    """
    if kind == "datetime":
        return type_coerce(func.replace(col, " ", "T"), String)
    if kind == "bool":
        return type_coerce(cast(col, Integer) != 0, Integer)
    return type_coerce(col, String)


_RowBuilder = Callable[[list[Any]], list[dict[str, Any]]]


@cache
def _row_builder(names: tuple[str, ...], bools: frozenset[str]) -> _RowBuilder:
    """A function turning fetched tuples into row dicts, generated once per table.

    `dict(zip(names, row))` plus a loop over the bool columns costs about twice
    what a comprehension with a literal dict display does (constant keys, no
    zip, no per-row loop), and this runs for every exported row. Keys are
    `repr`s of the table's own column names (from the schema, never from data).
    """
    args = [f"v{i}" for i in range(len(names))]
    items = ", ".join(
        f"{name!r}: _BOOL[{arg}]" if name in bools else f"{name!r}: {arg}"
        for name, arg in zip(names, args, strict=True)
    )
    source = f"lambda rows: [{{{items}}} for ({', '.join(args)},) in rows]"
    return eval(source, {"_BOOL": _BOOL, "__builtins__": {}})


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


def _partitions(
    conn: Connection, codec: TableCodec, where: ColumnElement[bool]
) -> Iterator[list[dict[str, Any]]]:
    """Rows as plain dicts in chunks of `_CHUNK_ROWS`: in id order on other
    databases, in `_sqlite_order` on SQLite (parents before self-references on both)."""
    t = codec.table
    names = codec.columns
    if conn.dialect.name != "sqlite":
        stmt = select(*[t.c[c] for c in names]).where(where).order_by(t.c.id)
        result = conn.execution_options(yield_per=_CHUNK_ROWS).execute(stmt)
        for part in result.partitions():
            yield [dict(zip(names, r, strict=True)) for r in part]
        return
    # SQLite: read through the driver cursor. SQLAlchemy's per-value result processing
    # (datetime parsing above all) costs more than the whole rest of the export; the
    # stored text is already what the bundle needs, bar the 'T' and the booleans,
    # which the SELECT fixes (see `_sqlite_column`).
    stmt = (
        select(*[_sqlite_column(t.c[s.name], s.kind) for s in codec.specs])
        .where(where)
        .order_by(*_sqlite_order(codec))
    )
    compiled = stmt.compile(dialect=conn.dialect)
    params = compiled.construct_params()
    args = tuple(params[k] for k in compiled.positiontup or ())
    build = _row_builder(tuple(names), frozenset(s.name for s in codec.specs if s.kind == "bool"))
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(str(compiled), args)
        while chunk := cursor.fetchmany(_CHUNK_ROWS):
            yield build(chunk)
    finally:
        cursor.close()


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
        # One join per chunk: the trailing b"" gives the last line its newline.
        yield b"\n".join([*map(dumps, rows), b""]), len(rows)
        meter.advance(len(rows), label)


_Wanted = list[tuple[str, TableCodec, ColumnElement[bool]]]
"""(table, codec, row filter) of every table that may have rows to ship, parents first."""

_Plan = list[tuple[str, TableCodec, ColumnElement[bool], int]]
"""(table, codec, row filter, row count) of every table with rows to ship, parents first."""


def _plan(conn: Connection, wanted: _Wanted) -> _Plan:
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


def _write_members(
    w: BundleWriter, db: Database, conn: Connection, plan: _Plan, meter: Meter,
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


def _finish(w: BundleWriter, manifest: dict[str, Any], key: keys.DeviceKey, meter: Meter) -> None:
    """Sign and publish. The report before it is the last point a cancel is honoured:
    once the file exists under its name, the bookkeeping must follow it (a bundle
    whose sequence was not recorded would block the next export's file name)."""
    meter.report("正在签名并写入同步包…")
    w.finish(manifest, key)


def export_field_bundle(
    db: Database, out: str | Path, *, progress: ProgressFn | None = None
) -> ExportResult:
    """Write everything the office has not acknowledged yet to a new bundle file.

    `progress` (see `inspector.progress`) counts rows, then attachments. If it
    raises `Cancelled` — at any call, the last one comes just before the file is
    signed and published — no bundle file and no temporary file remain (a
    destination folder the export had to create may stay, empty), and nothing
    is recorded: the export sequence, `exported_bundle` and the audit log are
    untouched, so the next export carries everything this one would have.
    """
    meter = Meter(progress)
    meter.report("正在准备导出…")
    me = require_device(db)
    if me.role != "field":
        raise WrongKindError("只有外勤设备导出外勤同步包；局端请使用 bundle assign。")
    key = identity.load_key(db)
    present = existing_tables(db.engine)
    with db.engine.connect() as conn, conn.begin():
        since = get_int(conn, ACKED_HIGH_WATER)
        audit_since = get_int(conn, ACKED_AUDIT_SEQ)
        high_water = change_counter(conn)
        seq = get_int(conn, EXPORT_SEQ) + 1
        dest = _dest(Path(out), f"{me.code}-{seq:05d}.field.zip")
        audit_seq = audit_since
        wanted: _Wanted = []
        for name, codec in codecs().items():
            if name not in present or not (codec.append_only or rights.field_sends(name)):
                continue
            t = codec.table
            if codec.append_only:
                top = conn.execute(
                    select(t.c.seq).where(t.c.device_id == me.id).order_by(t.c.seq.desc())
                ).scalar()
                audit_seq = max(audit_since, int(top or 0))
                where = and_(
                    t.c.device_id == me.id, t.c.seq > audit_since, t.c.seq <= audit_seq
                )
            else:
                where = and_(t.c.change_seq > since, t.c.change_seq <= high_water)
            wanted.append((name, codec, where))
        plan = _plan(conn, wanted)
        with BundleWriter(dest) as w:
            blobs = _write_members(w, db, conn, plan, meter)
            manifest = _manifest(me, "field", seq, since=since, high_water=high_water,
                                 audit_seq=audit_seq, audit_head=head_hash(conn, me.id, audit_seq))
            _finish(w, manifest, key, meter)
    _remember(db, manifest, w, dest)
    return ExportResult(
        dest, manifest["bundle_id"], "field", seq, dict(w.row_counts),
        blobs, since, high_water,
    )


def export_assignment_bundle(
    db: Database, device_code: str, out: str | Path, *, progress: ProgressFn | None = None,
    scope: dict[str, ColumnElement[bool]] | None = None,
) -> ExportResult:
    """Write the office's reference data, number blocks and acknowledgements for one device.

    `scope` narrows tables to the rows a condition selects (`sync.assign_scope` builds it
    from townships, regulators and site lists); tables not named go whole.

    Progress and cancelling as in `export_field_bundle`: a cancel leaves no file
    and records nothing (the office's export sequence does not advance).
    """
    meter = Meter(progress)
    meter.report("正在准备派发同步包…")
    me = require_device(db)
    if me.role != "office":
        raise WrongKindError("只有局端可以生成派发同步包。")
    key = identity.load_key(db)
    present = existing_tables(db.engine)
    with db.engine.connect() as conn, conn.begin():
        target = conn.execute(
            select(Device.id, Device.code, Device.revoked).where(Device.code == device_code)
        ).first()
        if target is None:
            raise BundleError(f"没有代码为 {device_code} 的设备。", code="E_DEVICE_UNKNOWN")
        if target.revoked:
            raise BundleError(f"设备 {device_code} 已被吊销。", code="E_BUNDLE_DEVICE_REVOKED")
        seq = get_int(conn, EXPORT_SEQ) + 1
        ib = ImportedBundle.__table__.c
        acks = [
            {"bundle_id": a.bundle_id, "seq": a.seq, "high_water": a.high_water,
             "audit_seq": a.audit_seq}
            for a in conn.execute(
                select(ib.bundle_id, ib.seq, ib.high_water, ib.audit_seq)
                .where(ib.device_id == target.id, ib.kind == "field")
                .order_by(ib.seq.desc())
                .limit(ACKS_SENT)
            )
        ]
        dest = _dest(Path(out), f"{me.code}-{seq:05d}-{target.code}.assign.zip")
        scope = with_cases(scope or {}, target.id)
        wanted: _Wanted = []
        for name, codec in codecs().items():
            if name not in ASSIGNMENT_TABLES or name not in present:
                continue
            spec = ASSIGNMENT_TABLES[name]
            t = codec.table
            where: ColumnElement[bool] = true()
            if spec is not None:
                col, value = spec
                v = target.id if value.lstrip("!") == ":target" else value.lstrip("!")
                where = t.c[col] != v if value.startswith("!") else t.c[col] == v
            if name in scope:
                where = and_(where, scope[name])
            wanted.append((name, codec, where))
        plan = _plan(conn, wanted)
        with BundleWriter(dest) as w:
            blobs = _write_members(w, db, conn, plan, meter, assignment_rewrite(conn))
            manifest = _manifest(
                me, "assignment", seq, acks=acks,
                target_device={"id": target.id, "code": target.code},
            )
            _finish(w, manifest, key, meter)
    _remember(db, manifest, w, dest, target_id=target.id)
    return ExportResult(dest, manifest["bundle_id"], "assignment", seq, dict(w.row_counts),
                        blobs, 0, 0)


def _remember(
    db: Database, manifest: dict[str, Any], w: BundleWriter, dest: Path,
    target_id: str | None = None,
) -> None:
    """Record the export (the sequence only advances once the file exists)."""
    with db.uow() as s:
        set_state(s, EXPORT_SEQ, manifest["seq"])
        s.add(
            ExportedBundle(
                bundle_id=manifest["bundle_id"], kind=manifest["kind"], seq=manifest["seq"],
                target_device_id=target_id, since=manifest["since"],
                high_water=manifest["high_water"], audit_seq=manifest["audit_seq"],
                created_at=utcnow(), file_name=dest.name,
            )
        )
        record(
            s, "bundle.export", "bundle", manifest["bundle_id"],
            {"kind": manifest["kind"], "seq": manifest["seq"], "rows": w.row_counts,
             "file": dest.name},
        )
