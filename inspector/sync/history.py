"""The version graph of each synced row, and the ancestry judgement built on it.

A row stores its own edge (`version_id` → `base_version`). Older edges live in
`row_version`: a flush guard records the edge of the version an ORM edit
replaces, the importer records the edges a bundle ships (`_edges`) and the
edge of every version it replaces, and a conflict resolution records its
second parent. Bundles ship, for each exported row, the edges reachable from
its base (capped at `MAX_EDGES`): a device can edit a row many times between
two exports, and the receiver must still see that the last version descends
from the one it holds.

`record_local_edits` is one of the app's write rules (`inspector.appdb.WRITE_RULES`),
so every session of the app's database records.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterable, Mapping
from typing import Any, cast

from sqlalchemy import Connection, Table, select
from sqlalchemy.orm import Session

from inspector.domain.base import SyncedMixin
from inspector.domain.sync import RowVersion
from inspector.sync.format import MAX_EDGES

Edges = dict[str, list[str]]
"""version → its parents."""

_WALK_LIMIT = 10_000
_T = cast(Table, RowVersion.__table__)


def insert_ignore(conn: Connection | Session, rows: list[dict[str, Any]]) -> None:
    """Add edges, ignoring ones already known (same on SQLite and PostgreSQL)."""
    if not rows:
        return
    dialect = conn.get_bind().dialect.name if isinstance(conn, Session) else conn.dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        stmt: Any = pg_insert(_T).on_conflict_do_nothing()
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        stmt = sqlite_insert(_T).on_conflict_do_nothing()
    conn.execute(stmt, rows)


def edge_rows(table: str, row_id: str, pairs: Iterable[tuple[str, str | None]]) -> list[dict[str, Any]]:
    return [
        {"table_name": table, "row_id": row_id, "version_id": v, "parent": p}
        for v, p in pairs
        if p is not None and v != p
    ]


def load_edges(conn: Connection, table: str, row_ids: list[str]) -> dict[str, Edges]:
    """Known edges of each of `row_ids` (row id → version → parents)."""
    out: dict[str, Edges] = defaultdict(lambda: defaultdict(list))
    for start in range(0, len(row_ids), 500):
        chunk = row_ids[start : start + 500]
        rows = conn.execute(
            select(_T.c.row_id, _T.c.version_id, _T.c.parent).where(
                _T.c.table_name == table, _T.c.row_id.in_(chunk)
            )
        )
        for row_id, version, parent in rows:
            out[row_id][version].append(parent)
    return out


def ancestors(start: str, *graphs: Mapping[str, list[str]]) -> set[str]:
    """Every version `start` descends from (not `start` itself), over the union of graphs."""
    seen: set[str] = set()
    queue = deque([start])
    while queue and len(seen) < _WALK_LIMIT:
        v = queue.popleft()
        for g in graphs:
            for p in g.get(v, ()):
                if p not in seen:
                    seen.add(p)
                    queue.append(p)
    return seen


def edges_to_ship(version: str, base: str | None, known: Mapping[str, list[str]]) -> list[list[str]]:
    """The edges reachable from a row's base, for its bundle line (`_edges`)."""
    if base is None:
        return []
    out: list[list[str]] = []
    seen = {version, base}
    queue = deque([base])
    while queue and len(out) < MAX_EDGES:
        v = queue.popleft()
        for p in known.get(v, ()):
            out.append([v, p])
            if len(out) >= MAX_EDGES:
                break
            if p not in seen:
                seen.add(p)
                queue.append(p)
    return out


def record_local_edits(session: Session) -> None:
    """Flush guard: keep the edge of each version an ORM edit is about to replace.

    Runs before the stamping hook, so `version_id`/`base_version` still name the
    old version; the hook then makes the old version the new one's base.
    """
    rows: list[dict[str, Any]] = []
    for obj in session.dirty:
        if (
            isinstance(obj, SyncedMixin)
            and obj.base_version is not None
            and session.is_modified(obj, include_collections=False)
        ):
            table = obj.__table__.name  # type: ignore[attr-defined]
            rows += edge_rows(table, obj.id, [(obj.version_id, obj.base_version)])
    if rows:
        with session.no_autoflush:
            insert_ignore(session, rows)
