"""Revision 0004 on a released database: the 0003 field fixture upgrades with defaults in the
new columns, its issued orders still verify, and a downgrade keeps every row (batch mode
with foreign keys off: no cascade)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from inspector.appdb import open_app_database
from inspector.orders.verify import verify_stored
from inspector.queries.orders import list_orders
from inspector.storage import migrate
from inspector.storage.migrate import sqlite_revision
from inspector.storage.schema import SCHEMA_HEAD

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "db" / "field_v0003.sqlite"
TABLES = ("item_result", "finding", "order_violation", "order_service")


def _counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        con.close()


def _columns(path: Path, table: str) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[1] for r in con.execute(f"PRAGMA table_info({table})")}
    finally:
        con.close()


def test_0003_fixture_upgrades_and_downgrades(tmp_path: Path) -> None:
    path = tmp_path / "inspector.db"
    shutil.copy(FIXTURE, path)
    before = _counts(path)
    assert before["order_service"] > 0 and before["order_violation"] > 0
    db = open_app_database(path)
    assert sqlite_revision(path) == SCHEMA_HEAD  # 0004 and every revision after it
    assert {"receiver_on_behalf", "receiver_on_behalf_relation", "refusal_reason",
            "late"} <= _columns(path, "order_service")
    con = sqlite3.connect(path)
    assert con.execute("SELECT DISTINCT receiver_on_behalf, refusal_reason, late FROM order_service"
                       ).fetchall() == [("", "", 0)]
    assert con.execute("SELECT DISTINCT arrears_list, arrears_fen FROM order_violation"
                       ).fetchall() == [("[]", None)]
    con.close()
    issued = [r.id for r in list_orders(db) if r.status != "draft"]
    assert issued and {verify_stored(db, i).code for i in issued} <= {
        "OK", "E_REVOKED", "E_SUPERSEDED"}
    db.dispose()
    migrate.downgrade(db.url, "0003")
    assert sqlite_revision(path) == "0003"
    assert "late" not in _columns(path, "order_service")
    assert "arrears_fen" not in _columns(path, "item_result")
    assert _counts(path) == before
