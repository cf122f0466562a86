"""Natural keys two devices may both create: a conflict to review, never a blocked bundle.

An inspector's 执法证号, an employer's 统一社会信用代码 and a site's 项目编号 are
unique columns. Two laptops that each create the same person or place offline
make two rows (two ids) with one key; writing the second verbatim would break
the unique index, refuse the bundle (E_BUNDLE_CONSTRAINT) and with it every
later bundle of that device, which all carry the row again.

So import *parks* the key instead: the newcomer row is written under its own id
(rows of the bundle that point at it stay valid) with its key column set to a
parked value (`NULL` where the column allows it, else `~` and 17 hex digits
derived from the row id), and a conflict (`winner = "key"`) keeps both rows as
they arrived: `local_row` is the row that holds the key, `incoming_row` the
newcomer with its real key. Review then either
- merges (`merge`): every reference to the newcomer is pointed at the row that
  holds the key, the newcomer is tombstoned, and later bundles that still name
  the newcomer's id are remapped as they are imported (`Aliases`); or
- keeps both (`both`): the clerk gives the newcomer its corrected key.
When the row holding the key gives it up (re-keyed, or merged away at the office
and its tombstone arriving at the laptop that made it), the parked row takes its
key back and its conflict resolves itself (`released`).

References are remapped in place, keeping their row versions: the reference
names the same person or place, and the sender's history of those rows (an
issued order's signed content above all) must stay exactly as it sent it, so
its later versions still descend from what is stored. The audit event lists
every remapped row.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any, cast

import orjson
from sqlalchemy import Column, Connection, Table, and_, select, update
from sqlalchemy.orm import Session

from inspector.domain import load_all_models, values
from inspector.domain.base import Base
from inspector.domain.sync import SyncConflict
from inspector.errors import ValidationError
from inspector.ids import utcnow, uuid7

# Natural keys are looked up, and referenced, by table name across every area.
load_all_models()

KEY_WINNER = "key"
"""`SyncConflict.winner` of a natural-key conflict: neither row won; the key is parked."""
MERGE, BOTH = "merge", "both"
KEY_RESOLUTIONS = (MERGE, BOTH)
RELEASED = "released"
"""Resolved by itself: the row that held the key gave it up (its own device re-keyed or
merged it away), so the parked row takes its real key back."""

_CONFLICTS = cast(Table, SyncConflict.__table__)


@dataclass(frozen=True)
class NaturalKey:
    table: str
    column: str
    label: str

    @property
    def col(self) -> Column[Any]:
        return cast(Column[Any], Base.metadata.tables[self.table].c[self.column])

    def parked(self, row_id: str) -> str | None:
        """The value the newcomer's key holds while it waits for review."""
        if self.col.nullable:
            return None
        return values.PARKED_PREFIX + hashlib.sha256(row_id.encode()).hexdigest()[:17]


NATURAL_KEYS: dict[str, NaturalKey] = {
    k.table: k
    for k in (
        NaturalKey("inspector", "credential_no", "执法证号"),
        NaturalKey("employer", "credit_code", "统一社会信用代码"),
        NaturalKey("site", "code", "项目编号"),
    )
}


def park_keys(
    conn: Connection, table: str, rows: list[dict[str, Any]], *, bundle_id: str,
    source_device_id: str,
) -> list[dict[str, Any]]:
    """Park the key of every row in `rows` (about to be written) whose key another row
    holds; returns the new conflict records. Rows are changed in place."""
    nk = NATURAL_KEYS.get(table)
    if nk is None or not rows:
        return []
    wanted = {r[nk.column] for r in rows if r.get(nk.column) is not None}
    if not wanted:
        return []
    ids = {r["id"] for r in rows}
    t = Base.metadata.tables[table]
    holders: dict[Any, dict[str, Any]] = {}
    wanted_list = list(wanted)
    for start in range(0, len(wanted_list), 500):
        sel = select(t).where(t.c[nk.column].in_(wanted_list[start : start + 500]))
        for h in conn.execute(sel).mappings():
            if h["id"] not in ids:  # a row of this batch is judged by its incoming version
                holders[h[nk.column]] = {k: v for k, v in h.items() if k != "change_seq"}
    waiting = _open_key_conflicts(conn, table, list(ids))
    out: list[dict[str, Any]] = []
    claimed: dict[Any, dict[str, Any]] = {}
    for r in rows:
        key = r.get(nk.column)
        if key is None:
            continue
        holder = holders.get(key) or claimed.get(key)
        if holder is None:
            claimed[key] = r
            continue
        if r["id"] not in waiting:
            out.append(_record(table, holder, r, bundle_id, source_device_id))
        r[nk.column] = nk.parked(r["id"])
    return out


def release_first(table: str, updates: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Updates that give a key up (parked or emptied) before those that may take it: one
    batch can move a key from one row to another (the office's merge arriving at the
    laptop whose copy was merged away)."""
    nk = NATURAL_KEYS.get(table)
    if nk is None:
        return updates

    def gives_up(r: dict[str, Any]) -> bool:
        v = r.get(nk.column)
        return v is None or str(v).startswith(values.PARKED_PREFIX)

    return sorted(updates, key=lambda r: not gives_up(r))


def release_parked(conn: Connection, table: str, bundle_id: str) -> list[str]:
    """Give parked rows their real key back where no row holds it any more; returns the
    conflicts so resolved."""
    nk = NATURAL_KEYS.get(table)
    if nk is None:
        return []
    c = _CONFLICTS.c
    t = Base.metadata.tables[table]
    waiting = conn.execute(select(c.id, c.row_id, c.incoming_row).where(
        c.table_name == table, c.winner == KEY_WINNER, c.status == "open")).all()
    done: list[str] = []
    for cid, row_id, incoming in waiting:
        real = orjson.loads(incoming).get(nk.column)
        if conn.scalar(select(t.c.id).where(t.c[nk.column] == real).limit(1)) is not None:
            continue
        current = conn.execute(select(t.c[nk.column]).where(t.c.id == row_id)).first()
        if current is not None and current[0] == nk.parked(row_id):
            conn.execute(update(t).where(t.c.id == row_id).values({nk.column: real}))
        conn.execute(update(_CONFLICTS).where(c.id == cid).values(
            status="resolved", resolution=RELEASED, resolved_at=utcnow(),
            resolved_by=f"同步包 {bundle_id}"))
        done.append(str(cid))
    return done


def _record(
    table: str, holder: dict[str, Any], r: dict[str, Any], bundle_id: str, device: str
) -> dict[str, Any]:
    return {
        "id": uuid7(), "table_name": table, "row_id": r["id"],
        "local_version_id": holder["version_id"], "incoming_version_id": r["version_id"],
        "local_row": orjson.dumps(holder).decode(), "incoming_row": orjson.dumps(r).decode(),
        "winner": KEY_WINNER, "bundle_id": bundle_id, "source_device_id": device,
        "status": "open", "resolution": None, "resolved_version_id": None,
        "created_at": utcnow(), "resolved_at": None, "resolved_by": None,
    }


def _open_key_conflicts(conn: Connection, table: str, row_ids: list[str]) -> set[str]:
    c = _CONFLICTS.c
    out: set[str] = set()
    for start in range(0, len(row_ids), 500):
        out.update(conn.scalars(select(c.row_id).where(
            c.table_name == table, c.winner == KEY_WINNER, c.status == "open",
            c.row_id.in_(row_ids[start : start + 500]),
        )))
    return out


# ------------------------------------------------------------------ references


@cache
def references() -> dict[str, list[tuple[str, str]]]:
    """natural-key table → [(table, column)] of every column that points at its rows."""
    out: dict[str, list[tuple[str, str]]] = {t: [] for t in NATURAL_KEYS}
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            target = fk.column.table.name
            if target in out and fk.column.name == "id":
                out[target].append((str(table.name), str(fk.parent.name)))
    return out


class Aliases:
    """Ids merged away (newcomer → the row that holds the key), applied to incoming rows so
    a device that still names its own copy writes references to the kept row."""

    def __init__(self, conn: Connection) -> None:
        c = _CONFLICTS.c
        self.by_table: dict[str, dict[str, str]] = {}
        rows = conn.execute(select(c.table_name, c.row_id, c.local_row).where(
            c.winner == KEY_WINNER, c.resolution == MERGE))
        for table, row_id, local_row in rows:
            self.by_table.setdefault(table, {})[row_id] = orjson.loads(local_row)["id"]
        self._columns: dict[str, list[tuple[str, dict[str, str]]]] = {}
        for target, refs in references().items():
            if target in self.by_table:
                for table, col in refs:
                    self._columns.setdefault(table, []).append((col, self.by_table[target]))

    def remap(self, table: str, rows: Iterable[dict[str, Any]]) -> None:
        cols = self._columns.get(table)
        if not cols:
            return
        for r in rows:
            for col, mapping in cols:
                v = r.get(col)
                if v is not None and v in mapping:
                    r[col] = mapping[v]


def remap_references(s: Session, target: str, old: str, new: str) -> dict[str, list[str]]:
    """Point every reference to `target` row `old` at `new`, in place (see the module
    note); returns "table.column" → ids of the rows changed. A row that would then
    duplicate a row already pointing at `new` (the same subcontractor on one site
    twice) keeps pointing at `old` and is tombstoned instead, as a new version."""
    from inspector.storage.session import tombstone

    out: dict[str, list[str]] = {}
    for table, col in references()[target]:
        t = Base.metadata.tables[table]
        ids = list(s.scalars(select(t.c.id).where(t.c[col] == old)))
        if not ids:
            continue
        twins = _would_duplicate(s, t, col, ids, new)
        moved = [i for i in ids if i not in twins]
        if moved:
            s.execute(update(t).where(t.c.id.in_(moved)).values({col: new}))
        if twins:
            model = _model(table)
            for i in twins:
                tombstone(s, model, i)
        out[f"{table}.{col}"] = moved + [f"{i}（重复，已作废）" for i in twins]
    return out


def _would_duplicate(s: Session, t: Table, col: str, ids: list[str], new: str) -> set[str]:
    twins: set[str] = set()
    for index in t.indexes:
        names = [c.name for c in index.columns]
        if not index.unique or col not in names:
            continue
        others = [n for n in names if n != col]
        for row in s.execute(select(t).where(t.c.id.in_(ids))).mappings():
            clash = s.scalar(select(t.c.id).where(and_(
                t.c[col] == new, *(t.c[n] == row[n] for n in others))).limit(1))
            if clash is not None:
                twins.add(row["id"])
    return twins


def _model(table: str) -> type[Any]:
    for mapper in Base.registry.mappers:
        if getattr(mapper.local_table, "name", None) == table:
            return mapper.class_
    raise KeyError(table)


def check_free(s: Session, table: str, row_id: str, key: Any) -> None:
    """The corrected key is well formed and no other row holds it."""
    nk = NATURAL_KEYS[table]
    if key is None or key == "" or str(key).startswith(values.PARKED_PREFIX):
        raise ValidationError(f"请填写新的{nk.label}。", code="E_CONFLICT_VALUE")
    t = Base.metadata.tables[table]
    holder = s.scalar(select(t.c.id).where(t.c[nk.column] == key, t.c.id != row_id))
    if holder is not None:
        raise ValidationError(
            f"{nk.label} {key} 已被另一条记录（{holder}）使用，请核对后再填。",
            code="E_CONFLICT_KEY_TAKEN",
        )
