"""Demo orders cover every state deterministically; migration 0002 matches the models."""

from __future__ import annotations

import random
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from inspector.appdb import open_app_database
from inspector.demo import load_demo
from inspector.domain.base import Base
from inspector.orders.verify import verify_stored
from inspector.queries.orders import list_orders
from inspector.storage import migrate

ORDER_TABLES = {"number_block", "number_use", "rectification_order", "order_violation",
                "order_service", "order_recheck"}


def _states(path: Path) -> list[tuple[str | None, str, str, int]]:
    db = open_app_database(path)
    report = load_demo(db, sites=14, seed=5)
    counts = report["counts"]
    for state in ("draft", "issued", "served", "overdue", "rechecked", "escalated", "closed",
                  "superseded", "revoked"):
        assert counts.get(f"orders_{state}", 0) >= 1, (state, counts)
    rows = list_orders(db)
    assert {"draft", "issued", "served", "closed", "superseded", "revoked"} <= {
        r.status for r in rows}
    assert any(r.overdue for r in rows) and any(r.escalation == "pending" for r in rows)
    assert all(verify_stored(db, r.id).code in ("OK", "E_REVOKED", "E_SUPERSEDED")
               for r in rows if r.status != "draft")
    db.dispose()
    return sorted((r.number, r.status, r.escalation, r.rectified) for r in rows
                  if r.number)


def test_demo_orders_every_state_and_deterministic(tmp_path: Path) -> None:
    assert _states(tmp_path / "a.db") == _states(tmp_path / "b.db")


def test_demo_orders_without_candidates(db) -> None:
    from inspector.orders.demo import add_demo_orders

    assert add_demo_orders(db, random.Random(1)) == {"orders": 0}


def test_migration_matches_models_and_downgrades(tmp_path: Path) -> None:
    db = open_app_database(tmp_path / "m.db")
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diffs = [d for d in compare_metadata(ctx, Base.metadata) if ORDER_TABLES & _tables(d)]
    assert diffs == []
    db.dispose()
    migrate.downgrade(db.url, "0001")
    engine = open_app_database(tmp_path / "m.db", migrate_to_head=False).engine
    assert not ORDER_TABLES & set(inspect(engine).get_table_names())
    engine.dispose()
    migrate.upgrade(db.url)
    engine = open_app_database(tmp_path / "m.db", migrate_to_head=False).engine
    assert set(inspect(engine).get_table_names()) >= ORDER_TABLES
    engine.dispose()


def _tables(diff: object) -> set[str]:
    names: set[str] = set()
    items = diff if isinstance(diff, list | tuple) else [diff]
    for item in items:
        if isinstance(item, str):
            names.add(item)
        for attr in ("name", "table"):
            val = getattr(item, attr, None)
            if isinstance(val, str):
                names.add(val)
            elif val is not None and isinstance(getattr(val, "name", None), str):
                names.add(val.name)
        if isinstance(item, list | tuple):
            names |= _tables(item)
    return names
