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
slower); foreign versions are written verbatim with `change_seq = 0`, so the
receiver does not re-export them as its own changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import orjson
from sqlalchemy import Connection, Table, bindparam, insert, select, update

from inspector.domain.sync import SyncConflict
from inspector.ids import utcnow, uuid7
from inspector.storage.blobs import has_blob
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
    t = codec.table
    sel = select(*[t.c[c] for c in codec.columns])
    out: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        for row in conn.execute(sel.where(t.c.id.in_(ids[start : start + 500]))).mappings():
            out[row["id"]] = dict(row)
    return out


def _winner_key(row: dict[str, Any]) -> tuple[bool, int, str, str]:
    return (bool(row["tombstone"]), int(row["rev"]), str(row["updated_at"]), row["version_id"])


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
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    edges: list[dict[str, Any]] = []
    conflicts: list[dict[str, Any]] = []
    pending: list[tuple[dict[str, Any], dict[str, Any], list[list[str]]]] = []
    for r in batch:
        shipped = r.pop(EDGES_KEY, None) or []
        s = stored.get(r["id"])
        if s is None:
            inserts.append(r)
            edges += edge_rows(table, r["id"], [(v, p) for v, p in shipped])
        elif s["version_id"] == r["version_id"]:
            check_immutable(table, s, r)
            counts.unchanged += 1
        else:
            check_immutable(table, s, r)
            pending.append((s, r, shipped))
    if pending:
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
                    conflicts.append(_conflict(ctx, table, s, r, "local"))
                    edges += own_r + shipped_rows
                else:
                    ctx.judge.forward(table, s, r)
                    updates.append(r)
                    edges += own_s + shipped_rows
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
            conflicts.append(_conflict(ctx, table, s, r, winner))
            if winner == "incoming":
                updates.append(r)
                edges += own_s + shipped_rows
            else:
                edges += own_r + shipped_rows
    _check_blobs(ctx, codec, inserts + updates)
    # A natural key another row already holds is parked and queued for review.
    conflicts += park_keys(ctx.conn, table, inserts + updates, bundle_id=ctx.bundle_id,
                           source_device_id=ctx.source_device_id)
    updates = release_first(table, updates)
    conn = ctx.conn
    t = codec.table
    if inserts:
        for r in inserts:
            r["change_seq"] = 0
        conn.execute(insert(t), inserts)
        counts.new += len(inserts)
    if updates:
        cols = [c for c in codec.columns if c != "id"]
        stmt = (
            update(t)
            .where(t.c.id == bindparam("k_id"))
            .values({**{c: bindparam(f"k_{c}") for c in cols}, "change_seq": 0})
        )
        conn.execute(stmt, [{f"k_{c}": r[c] for c in codec.columns} for r in updates])
    if edges:
        insert_ignore(conn, edges)
    if conflicts:
        conn.execute(insert(_CONFLICTS), conflicts)
        counts.conflicts += len(conflicts)
        result.conflict_ids += [c["id"] for c in conflicts]
    if inserts or updates:
        release_parked(conn, table, ctx.bundle_id)


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
        ctx.conn.execute(insert(codec.table), inserts)
        counts.new += len(inserts)
