"""Apply a verified bundle inside the caller's transaction, judging each row by ancestry.

For each incoming row version I against the stored version S of the same id:
- no S: insert I;
- same version id: unchanged;
- S is an ancestor of I: I replaces S (fast-forward);
- I is an ancestor of S: I is stale, ignored;
- anything else: a conflict. Both versions are kept (the row holds a
  deterministic provisional winner, `sync_conflict` holds both), queued for review.
A tombstone is never resurrected: a live version against a tombstone is always
a conflict the tombstone wins. `rev` is never compared to decide ancestry; it
only orders the provisional winner (tombstone, rev, updated_at, version id).

Writes go through Core executemany (TECH-NOTES: the ORM unit of work is ~8×
slower), new rows through the driver itself (`insert_plain`: executemany on
SQLite, COPY on PostgreSQL); foreign versions are written verbatim with `change_seq = 0`, so the
receiver does not re-export them as its own changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import orjson
from sqlalchemy import (
    Connection,
    Select,
    String,
    Table,
    any_,
    bindparam,
    func,
    insert,
    literal_column,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY

from inspector.domain.sync import SyncConflict
from inspector.ids import utcnow, uuid7
from inspector.storage.blobs import has_blob
from inspector.storage.bulk import insert_plain
from inspector.sync.authority import Judge
from inspector.sync.errors import BlobMissingError, TamperedError
from inspector.sync.format import EDGES_KEY, TableCodec, codecs
from inspector.sync.history import ancestors, edge_rows, insert_ignore, load_edges
from inspector.sync.natkeys import Aliases, park_keys, release_first, release_parked
from inspector.sync.reader import VerifiedBundle
from inspector.sync.rules import check_immutable

_CONFLICTS = cast(Table, SyncConflict.__table__)


@dataclass
class TableCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    ignored: int = 0
    """Office-owned rows an older field program sent as its own: not written."""


@dataclass
class ApplyResult:
    tables: dict[str, TableCounts] = field(default_factory=dict)
    conflict_ids: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Ctx:
    conn: Connection
    bundle_id: str
    source_device_id: str
    data_dir: Path
    known_blobs: set[str]
    judge: Judge
    aliases: Aliases


BatchHook = Callable[[str, int], None]
"""Called after each batch is written with (table, rows of that table done so far)."""


def apply_bundle(
    conn: Connection, bundle: VerifiedBundle, *, tables: Iterable[str], data_dir: Path,
    receiver_role: str, on_batch: BatchHook | None = None,
) -> ApplyResult:
    """Apply `tables` of `bundle` (parents first). Raises a `BundleError` to roll back.

    `on_batch` is the importer's progress hook; anything it raises (a
    `Cancelled` above all) propagates unchanged, so the caller's transaction
    rolls back exactly as for a refused bundle. Every batch is first held to the
    signer's rights (`sync.authority`) as this receiver (`receiver_role`) sees them.
    """
    m = bundle.manifest
    ctx = _Ctx(conn, m.bundle_id, m.device_id, data_dir, set(bundle.blobs),
               Judge(conn, m, receiver_role), Aliases(conn))
    result = ApplyResult()
    for table in tables:
        codec = codecs()[table]
        counts = result.tables.setdefault(table, TableCounts())
        done = 0
        for batch in bundle.batches(table):
            if codec.append_only:
                _apply_append_only(ctx, codec, batch, counts)
            else:
                _apply_batch(ctx, codec, batch, counts, result)
            done += len(batch)
            if on_batch is not None:
                on_batch(table, done)
    return result


def _fetch(conn: Connection, codec: TableCodec, ids: list[str]) -> dict[str, dict[str, Any]]:
    """The stored rows of a batch's ids, by one statement per batch with one parameter.
    An IN list of 500 binds was rendered anew each time (and, on PostgreSQL, planned:
    ≈12 ms a statement, a sixth of a large merge in bench_office)."""
    t = codec.table
    sel = select(*[t.c[c] for c in codec.columns])
    out: dict[str, dict[str, Any]] = {}
    if conn.dialect.name == "postgresql":
        stmt = sel.where(t.c.id == any_(bindparam("ids", type_=ARRAY(String))))
        for row in conn.execute(stmt, {"ids": ids}).mappings():
            out[row["id"]] = dict(row)
        return out
    if conn.dialect.name == "sqlite":
        # The same on SQLite: the ids as one JSON array parameter, unpacked by json_each.
        listed: Select[tuple[str]] = select(literal_column("value")).select_from(func.json_each(bindparam("ids")))
        stmt = sel.where(t.c.id.in_(listed))
        for row in conn.execute(stmt, {"ids": orjson.dumps(ids).decode()}).mappings():
            out[row["id"]] = dict(row)
        return out
    for start in range(0, len(ids), 500):
        for row in conn.execute(sel.where(t.c.id.in_(ids[start : start + 500]))).mappings():
            out[row["id"]] = dict(row)
    return out


def _winner_key(row: dict[str, Any]) -> tuple[bool, int, str, str]:
    return (bool(row["tombstone"]), int(row["rev"]), str(row["updated_at"]), row["version_id"])


@dataclass
class _Plan:
    """What one batch writes, as its rows are judged."""

    inserts: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    edges: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)


_Pending = tuple[dict[str, Any], dict[str, Any], list[list[str]]]
"""(stored row, incoming row, its shipped edges): a version to judge by ancestry."""


def _apply_batch(
    ctx: _Ctx, codec: TableCodec, batch: list[dict[str, Any]], counts: TableCounts,
    result: ApplyResult,
) -> None:
    table = codec.name
    ctx.aliases.remap(table, batch)  # references to rows merged away name the kept row
    stored = _fetch(ctx.conn, codec, [r["id"] for r in batch])
    skip = ctx.judge.check(table, batch, stored)
    if skip:
        counts.ignored += len(skip)
        batch = [r for r in batch if r["id"] not in skip]
    plan = _Plan()
    pending = _sort_rows(table, batch, stored, plan, counts)
    if pending:
        _judge_versions(ctx, table, pending, plan, counts)
    _check_blobs(ctx, codec, plan.inserts + plan.updates)
    # A natural key another row already holds is parked and queued for review.
    plan.conflicts += park_keys(ctx.conn, table, plan.inserts + plan.updates,
                                bundle_id=ctx.bundle_id, source_device_id=ctx.source_device_id)
    plan.updates = release_first(table, plan.updates)
    _write(ctx, codec, plan, counts, result)


def _sort_rows(
    table: str, batch: list[dict[str, Any]], stored: dict[str, dict[str, Any]], plan: _Plan,
    counts: TableCounts,
) -> list[_Pending]:
    """New rows go to `plan`, the same version is unchanged; returns the versions to judge."""
    pending: list[_Pending] = []
    if not stored:  # the usual batch of a merge: every row new
        plan.inserts += batch
        for r in batch:
            if shipped := r.pop(EDGES_KEY, None):
                plan.edges += edge_rows(table, r["id"], [(v, p) for v, p in shipped])
        return pending
    for r in batch:
        shipped = r.pop(EDGES_KEY, None) or []
        s = stored.get(r["id"])
        if s is None:
            plan.inserts.append(r)
            if shipped:  # a new row's history, so later versions can be judged against it
                plan.edges += edge_rows(table, r["id"], [(v, p) for v, p in shipped])
        elif s["version_id"] == r["version_id"]:
            check_immutable(table, s, r)
            counts.unchanged += 1
        else:
            check_immutable(table, s, r)
            pending.append((s, r, shipped))
    return pending


def _judge_versions(
    ctx: _Ctx, table: str, pending: list[_Pending], plan: _Plan, counts: TableCounts
) -> None:
    """Each stored row met by another version: fast-forward, stale, or a conflict."""
    local = load_edges(ctx.conn, table, [s["id"] for s, _, _ in pending])
    seen = _open_conflicts(ctx.conn, table, [s["id"] for s, _, _ in pending])
    for s, r, shipped in pending:
        known = local.get(s["id"], {})
        g_in: dict[str, list[str]] = {}
        for v, p in [(r["version_id"], r["base_version"]), *shipped]:
            if p is not None:
                g_in.setdefault(v, []).append(p)
        own_s = edge_rows(table, s["id"], [(s["version_id"], s["base_version"])])
        own_r = edge_rows(table, r["id"], [(r["version_id"], r["base_version"])])
        shipped_rows = edge_rows(table, r["id"], [(v, p) for v, p in shipped])
        if s["version_id"] in ancestors(r["version_id"], g_in, known):
            if s["tombstone"] and not r["tombstone"]:
                plan.conflicts.append(_conflict(ctx, table, s, r, "local"))
                plan.edges += own_r + shipped_rows
            else:
                ctx.judge.forward(table, s, r)
                plan.updates.append(r)
                plan.edges += own_s + shipped_rows
                counts.updated += 1
            continue
        s_graph = {s["version_id"]: [s["base_version"]]} if s["base_version"] else {}
        if r["version_id"] in ancestors(s["version_id"], s_graph, known):
            counts.unchanged += 1  # stale: the stored version already descends from it
            continue
        if (s["id"], r["version_id"]) in seen:
            counts.unchanged += 1  # this conflict is already queued
            continue
        # An issued order's conflict waits for review with the stored version in place:
        # counters any sender can inflate never decide it.
        by_counters = ctx.judge.counters_decide(table, s)
        winner = "incoming" if by_counters and _winner_key(r) > _winner_key(s) else "local"
        plan.conflicts.append(_conflict(ctx, table, s, r, winner))
        if winner == "incoming":
            plan.updates.append(r)
            plan.edges += own_s + shipped_rows
        else:
            plan.edges += own_r + shipped_rows


def _write(
    ctx: _Ctx, codec: TableCodec, plan: _Plan, counts: TableCounts, result: ApplyResult
) -> None:
    """Write a judged batch: new rows, replaced versions, edges, conflicts."""
    conn = ctx.conn
    t = codec.table
    if plan.inserts:
        for r in plan.inserts:
            r["change_seq"] = 0
        insert_plain(conn, t, plan.inserts)
        counts.new += len(plan.inserts)
    if plan.updates:
        cols = [c for c in codec.columns if c != "id"]
        stmt = (
            update(t)
            .where(t.c.id == bindparam("k_id"))
            .values({**{c: bindparam(f"k_{c}") for c in cols}, "change_seq": 0})
        )
        conn.execute(stmt, [{f"k_{c}": r[c] for c in codec.columns} for r in plan.updates])
    if plan.edges:
        insert_ignore(conn, plan.edges)
    if plan.conflicts:
        conn.execute(insert(_CONFLICTS), plan.conflicts)
        counts.conflicts += len(plan.conflicts)
        result.conflict_ids += [c["id"] for c in plan.conflicts]
    if plan.inserts or plan.updates:
        release_parked(conn, table=codec.name, bundle_id=ctx.bundle_id)


def _conflict(
    ctx: _Ctx, table: str, s: dict[str, Any], r: dict[str, Any], winner: str
) -> dict[str, Any]:
    return {
        "id": uuid7(),
        "table_name": table,
        "row_id": s["id"],
        "local_version_id": s["version_id"],
        "incoming_version_id": r["version_id"],
        "local_row": orjson.dumps(s).decode(),
        "incoming_row": orjson.dumps(r).decode(),
        "winner": winner,
        "bundle_id": ctx.bundle_id,
        "source_device_id": ctx.source_device_id,
        "status": "open",
        "resolution": None,
        "resolved_version_id": None,
        "created_at": utcnow(),
        "resolved_at": None,
        "resolved_by": None,
    }


def _open_conflicts(conn: Connection, table: str, row_ids: list[str]) -> set[tuple[str, str]]:
    """(row id, incoming version) pairs already recorded, so a repeat is not queued twice."""
    c = _CONFLICTS.c
    out: set[tuple[str, str]] = set()
    for start in range(0, len(row_ids), 500):
        rows = conn.execute(
            select(c.row_id, c.incoming_version_id, c.local_version_id).where(
                c.table_name == table, c.row_id.in_(row_ids[start : start + 500])
            )
        )
        for row_id, incoming, local in rows:
            out.add((row_id, incoming))
            out.add((row_id, local))
    return out


def _check_blobs(ctx: _Ctx, codec: TableCodec, rows: list[dict[str, Any]]) -> None:
    """Every blob a written row names must be in the bundle or already here: no
    partial attachments."""
    for col in codec.blob_columns:
        for r in rows:
            sha = r.get(col)
            if not sha or r.get("tombstone") or sha in ctx.known_blobs:
                continue
            if not isinstance(sha, str) or not has_blob(ctx.data_dir, sha):
                raise BlobMissingError(
                    f"{codec.name} {r['id']} 引用的附件 {str(sha)[:12]}… 既不在同步包中，"
                    "也不在本机，已拒绝整个同步包。"
                )
            ctx.known_blobs.add(sha)


def _apply_append_only(
    ctx: _Ctx, codec: TableCodec, batch: list[dict[str, Any]], counts: TableCounts
) -> None:
    """Append-only rows (the audit log): new ones inserted; a known id must be identical."""
    stored = _fetch(ctx.conn, codec, [r["id"] for r in batch])
    inserts: list[dict[str, Any]] = []
    for r in batch:
        if "device_id" in r and r["device_id"] != ctx.source_device_id:
            raise TamperedError(
                f"同步包含有其他设备的审计日志条目（{r['id']}），整个同步包已拒绝。"
            )
        s = stored.get(r["id"])
        if s is None:
            inserts.append(r)
        elif any(s[c] != r[c] for c in codec.columns):
            raise TamperedError(f"审计日志条目 {r['id']} 与本机记录不同（疑似篡改），整个同步包已拒绝。")
        else:
            counts.unchanged += 1
    if inserts:
        insert_plain(ctx.conn, codec.table, inserts)
        counts.new += len(inserts)
