"""Review and resolve conflicts: two versions of a row where neither descends from the other.

Resolving writes a new version of the row through the ORM (so the usual stamp
applies: new version id, `rev` + 1, this device's change counter, so it is
exported) whose parents are *both* conflicting versions: every device that
later sees it fast-forwards, and the losing version, if it arrives again, is
stale. `rev` is also lifted above both sides so the resolution wins any
provisional-winner comparison. The resolution is an audit event.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import select
from sqlalchemy.orm import Session, attributes

from inspector.audit import record
from inspector.domain import load_all_models
from inspector.domain.base import SYNC_META_COLUMNS, Base
from inspector.domain.sync import CONFLICT_RESOLUTIONS, SyncConflict
from inspector.errors import NotFoundError, ValidationError
from inspector.ids import utcnow
from inspector.storage import Database
from inspector.storage.locks import serialise_writers
from inspector.sync.errors import ConflictError, RowError
from inspector.sync.format import codecs
from inspector.sync.history import edge_rows, insert_ignore
from inspector.sync.natkeys import (
    BOTH,
    KEY_RESOLUTIONS,
    KEY_WINNER,
    MERGE,
    NATURAL_KEYS,
    check_free,
    remap_references,
)


@dataclass(frozen=True)
class ConflictInfo:
    id: str
    table: str
    row_id: str
    status: str
    winner: str
    local_version_id: str
    incoming_version_id: str
    differing: list[str]
    local: dict[str, Any]
    incoming: dict[str, Any]
    created_at: str
    resolution: str | None
    resolved_by: str | None
    key_column: str = ""
    """The natural key two rows share (a `winner == "key"` conflict), else empty."""


def _info(c: SyncConflict) -> ConflictInfo:
    local, incoming = orjson.loads(c.local_row), orjson.loads(c.incoming_row)
    skip = {"rev", "version_id", "base_version", "updated_at", "origin_device", "_edges"}
    differing = sorted(k for k in local.keys() | incoming.keys()
                       if k not in skip and local.get(k) != incoming.get(k))
    return ConflictInfo(
        c.id, c.table_name, c.row_id, c.status, c.winner, c.local_version_id,
        c.incoming_version_id, differing, local, incoming, c.created_at.isoformat(),
        c.resolution, c.resolved_by,
        NATURAL_KEYS[c.table_name].column if c.winner == KEY_WINNER else "",
    )


def list_conflicts(db: Database, *, status: str | None = "open") -> list[ConflictInfo]:
    with db.session() as s:
        q = select(SyncConflict).order_by(SyncConflict.created_at, SyncConflict.id)
        if status:
            q = q.where(SyncConflict.status == status)
        return [_info(c) for c in s.scalars(q)]


def get_conflict(db: Database, conflict_id: str) -> ConflictInfo:
    with db.session() as s:
        c = _find(s, conflict_id)
        return _info(c)


def _find(s: Session, conflict_id: str) -> SyncConflict:
    c = s.get(SyncConflict, conflict_id)
    if c is None:  # accept an unambiguous prefix, as printed by `conflicts list`
        found = s.scalars(
            select(SyncConflict).where(SyncConflict.id.startswith(conflict_id)).limit(2)
        ).all()
        if len(found) == 1 and len(conflict_id) >= 8:
            c = found[0]
    if c is None:
        raise NotFoundError(f"找不到冲突 {conflict_id}。", code="E_CONFLICT_NOT_FOUND")
    return c


def _coerce(specs: list[Any], values: dict[str, Any]) -> dict[str, Any]:
    """Typed values from the command line's text (JSON-like spellings accepted)."""
    kinds = {s.name: s.kind for s in specs}
    out: dict[str, Any] = {}
    for col, v in values.items():
        if col not in kinds:
            raise ValidationError(f"没有字段 {col}。", code="E_CONFLICT_VALUE")
        if isinstance(v, str):
            kind = kinds[col]
            try:
                if v == "null":
                    v = None
                elif kind == "int":
                    v = int(v)
                elif kind == "float":
                    v = float(v)
                elif kind == "bool":
                    v = {"true": True, "false": False, "1": True, "0": False}[v.lower()]
            except (ValueError, KeyError):
                raise ValidationError(f"字段 {col} 的值 {v!r} 类型不对。", code="E_CONFLICT_VALUE") from None
        out[col] = v
    return out


def _model(table: str) -> type[Any]:
    load_all_models()  # a conflict names its table by string: any area's
    for mapper in Base.registry.mappers:
        if getattr(mapper.local_table, "name", None) == table:
            return mapper.class_
    raise ConflictError(f"未知的数据表 {table}。")


def resolve_conflict(
    db: Database, conflict_id: str, keep: str, *, values: dict[str, Any] | None = None,
    actor: str = "", reason: str = "",
) -> ConflictInfo:
    """Resolve by keeping `local`, `incoming`, or `merged` (current row + `values`, given
    as text or JSON values and typed by the column). A natural-key conflict
    (`winner == "key"`) is resolved by `merge` (the newcomer into the row holding the
    key) or `both` (`values` holds the newcomer's corrected key). One transaction;
    audited with `actor` and `reason`."""
    if keep not in CONFLICT_RESOLUTIONS + KEY_RESOLUTIONS:
        choices = "/".join(CONFLICT_RESOLUTIONS + KEY_RESOLUTIONS)
        raise ValidationError(f"--keep 必须是 {choices} 之一。")
    if keep not in ("merged", BOTH) and values:
        raise ValidationError("只有 --keep merged 或 both 可以指定字段值。")
    with db.uow() as s:
        # Under the writer lock the status read below is the latest committed one:
        # a second clerk resolving the same conflict waits, then is refused.
        serialise_writers(s)
        c = _find(s, conflict_id)
        if (c.winner == KEY_WINNER) != (keep in KEY_RESOLUTIONS):
            raise ConflictError(
                "同一编号冲突只能用 --keep merge（合并为已有记录）或 both（更正编号后都保留）处理。"
                if c.winner == KEY_WINNER else "--keep merge/both 只用于同一编号的冲突。",
                code="E_CONFLICT_KIND",
            )
        if c.winner == KEY_WINNER:
            typed = _coerce(codecs()[c.table_name].specs, values or {})
            return _resolve_key(s, c, keep, typed, actor, reason)
        if keep == "merged":
            values = _coerce(codecs()[c.table_name].specs, values or {})
        return _resolve(s, c, keep, values or {}, actor, reason)


def merge_conflict(
    db: Database, conflict_id: str, take: dict[str, str], *, actor: str = "", reason: str = "",
) -> ConflictInfo:
    """Resolve field by field: `take` names, per differing field, the side (`local` or
    `incoming`) whose value the resolution keeps; fields not named keep the stored value.
    The values are the sides' own (already typed), so nothing is re-parsed from text."""
    with db.uow() as s:
        c = _find(s, conflict_id)
        if c.winner == KEY_WINNER:
            raise ConflictError("同一编号冲突请用 --keep merge 或 both 处理。", code="E_CONFLICT_KIND")
        sides = {"local": orjson.loads(c.local_row), "incoming": orjson.loads(c.incoming_row)}
        values: dict[str, Any] = {}
        for col, side in take.items():
            if side not in sides or col not in sides[side] or col in SYNC_META_COLUMNS:
                raise ValidationError(f"无法从“{side}”取字段 {col}。", code="E_CONFLICT_VALUE")
            values[col] = sides[side][col]
        return _resolve(s, c, "merged", values, actor, reason)


def resolve_identical(db: Database, *, actor: str = "", reason: str = "") -> list[ConflictInfo]:
    """Resolve, in one transaction, every open conflict whose two versions hold the same
    values (only versions differ, as when two laptops made the same edit). Each keeps the
    stored version and is audited on its own, with `actor` and `reason`."""
    with db.uow() as s:
        open_ = s.scalars(select(SyncConflict).where(SyncConflict.status == "open")
                          .order_by(SyncConflict.created_at, SyncConflict.id)).all()
        return [_resolve(s, c, "local", {}, actor, reason or "两个版本内容相同")
                for c in open_ if c.winner != KEY_WINNER and not _info(c).differing]


def _resolve(
    s: Session, c: SyncConflict, keep: str, values: dict[str, Any], actor: str, reason: str
) -> ConflictInfo:
    if c.status != "open":
        raise ConflictError(f"冲突 {c.id} 已经处理过了。", code="E_CONFLICT_RESOLVED")
    codec = codecs()[c.table_name]
    obj = s.get(_model(c.table_name), c.row_id)
    if obj is None:
        raise NotFoundError(f"找不到记录 {c.table_name} {c.row_id}。")
    local, incoming = orjson.loads(c.local_row), orjson.loads(c.incoming_row)
    if keep == "merged":
        current = {col: getattr(obj, col) for col in codec.columns}
        source = {**orjson.loads(orjson.dumps(current)), **values}
    else:
        source = local if keep == "local" else incoming
    source.pop("_edges", None)
    try:
        source = codec.decode(codec.check(dict(source), f"{c.table_name} {c.row_id}"))
    except RowError as exc:
        raise ValidationError(exc.message, code="E_CONFLICT_VALUE") from None
    for col in codec.columns:
        if col not in SYNC_META_COLUMNS or col == "tombstone":
            setattr(obj, col, source[col])
    obj.rev = max(int(local["rev"]), int(incoming["rev"]), obj.rev)
    attributes.flag_modified(obj, "rev")  # a new version even if the values already match
    s.flush()
    # The resolution descends from both sides (one of them is already its base).
    parents = [(obj.version_id, c.local_version_id), (obj.version_id, c.incoming_version_id)]
    insert_ignore(s, edge_rows(c.table_name, c.row_id, parents))
    c.status, c.resolution = "resolved", keep
    c.resolved_version_id, c.resolved_at = obj.version_id, utcnow()
    c.resolved_by = actor or str(s.info.get("device_id") or "")
    record(
        s, "conflict.resolve", c.table_name, c.row_id,
        {"conflict": c.id, "keep": keep, "version": obj.version_id,
         "fields": sorted(values), "reason": reason},
        actor=actor,
    )
    return _info(c)


def _resolve_key(
    s: Session, c: SyncConflict, keep: str, values: dict[str, Any], actor: str, reason: str
) -> ConflictInfo:
    """Merge the newcomer into the row that holds its key, or keep both with a new key."""
    if c.status != "open":
        raise ConflictError(f"冲突 {c.id} 已经处理过了。", code="E_CONFLICT_RESOLVED")
    nk = NATURAL_KEYS[c.table_name]
    kept = str(orjson.loads(c.local_row)["id"])
    obj = s.get(_model(c.table_name), c.row_id)
    if obj is None:
        raise NotFoundError(f"找不到记录 {c.table_name} {c.row_id}。")
    detail: dict[str, Any] = {"conflict": c.id, "keep": keep, "reason": reason}
    if keep == MERGE:
        if values:
            raise ValidationError("合并时不能指定字段值。", code="E_CONFLICT_VALUE")
        detail["into"] = kept
        detail["remapped"] = remap_references(s, c.table_name, c.row_id, kept)
        obj.tombstone = True
    else:
        if set(values) != {nk.column}:
            raise ValidationError(
                f"保留两条记录时请只用 --set {nk.column}=… 给新记录更正{nk.label}。",
                code="E_CONFLICT_VALUE",
            )
        check_free(s, c.table_name, c.row_id, values[nk.column])
        setattr(obj, nk.column, values[nk.column])
        detail[nk.column] = values[nk.column]
    s.flush()
    c.status, c.resolution = "resolved", keep
    c.resolved_version_id, c.resolved_at = obj.version_id, utcnow()
    c.resolved_by = actor or str(s.info.get("device_id") or "")
    record(s, "conflict.resolve", c.table_name, c.row_id, detail, actor=actor)
    return _info(c)
