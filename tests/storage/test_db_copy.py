"""`inspector db copy --to postgresql://…`: verified, all or nothing, only into an empty target."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from inspector.appdb import open_app_database
from inspector.demo import load_demo
from inspector.domain.orders import Order
from inspector.domain.registry import Site
from inspector.storage import Database
from inspector.storage import copy as dbcopy
from tests.conftest import run_cli


def _row_counts(url: str) -> dict[str, int]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar() or 0)
                    for t in dbcopy.tables()}
    finally:
        engine.dispose()


@pytest.fixture
def demo_office(db: Database, db_path: Path) -> Path:
    """An office-sized SQLite database: sites, inspections, issued orders, audit chain."""
    load_demo(db, sites=12, seed=7)
    return db_path


def test_copy_to_postgresql_is_complete_verified_and_usable(
    demo_office: Path, pg_url: str, db: Database
) -> None:
    proc = run_cli("db", "copy", "--to", pg_url, "--json", db=demo_office)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["ok"] is True and ":***@" in report["target"]  # never the password
    by_table = {t["table"]: t for t in report["tables"]}
    assert set(by_table) == {t.name for t in dbcopy.tables()}
    sqlite_counts = _row_counts(f"sqlite:///{demo_office}")
    assert _row_counts(pg_url) == sqlite_counts
    assert all(by_table[t]["target_rows"] == n for t, n in sqlite_counts.items())
    assert sqlite_counts["site"] == 12 and sqlite_counts["rectification_order"] > 0
    assert all(t["source_sha256"] == t["target_sha256"] for t in report["tables"])

    # The same values through the ORM on both sides (booleans, times, money).
    server = open_app_database(pg_url, data_dir=demo_office.parent)
    try:
        with db.session() as a, server.session() as b:
            for model in (Site, Order):
                left = a.scalars(select(model).order_by(model.id)).all()
                right = b.scalars(select(model).order_by(model.id)).all()
                cols = [c.key for c in model.__mapper__.column_attrs]
                assert [[getattr(o, c) for c in cols] for o in left] == \
                    [[getattr(o, c) for c in cols] for o in right]
        assert server.device_id == db.device_id  # the office keeps its identity
    finally:
        server.dispose()

    # The server copy works from the CLI, with the office's folder for keys and blobs.
    listed = run_cli("--db", pg_url, "--data-dir", demo_office.parent, "sites", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 12


def test_a_target_with_rows_is_refused_and_left_alone(demo_office: Path, pg_url: str) -> None:
    assert run_cli("db", "copy", "--to", pg_url, db=demo_office).returncode == 0
    before = _row_counts(pg_url)
    again = run_cli("db", "copy", "--to", pg_url, db=demo_office)
    assert again.returncode == 1 and "E_COPY_TARGET_NOT_EMPTY" in again.stderr
    assert "Traceback" not in again.stderr
    assert _row_counts(pg_url) == before


def test_a_failure_midway_leaves_no_row_behind(db: Database, demo_office: Path,
                                              pg_url: str) -> None:
    def fail_after_sites(table: str, _rows: int) -> None:
        if table == "site":
            raise RuntimeError("the network went away")

    with pytest.raises(RuntimeError, match="network"):
        dbcopy.copy_database(db, pg_url, on_table=fail_after_sites)
    counts = _row_counts(pg_url)  # migrated to head, yet empty
    assert counts and set(counts.values()) == {0}


def test_a_lost_row_is_caught_by_verification_and_rolled_back(
    db: Database, demo_office: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_rows = dbcopy._rows
    reads: dict[str, int] = {}

    def drop_one_item_result_on_first_read(conn, table):
        rows = real_rows(conn, table)
        reads[table.name] = reads.get(table.name, 0) + 1
        if table.name == "item_result" and reads[table.name] == 1:
            next(rows)  # the copy never sees this row; the checksums later do
        return rows

    monkeypatch.setattr(dbcopy, "_rows", drop_one_item_result_on_first_read)
    with pytest.raises(dbcopy.CopyError) as err:
        dbcopy.copy_database(db, pg_url)
    assert err.value.code == "E_COPY_VERIFY" and "item_result" in err.value.message
    assert set(_row_counts(pg_url).values()) == {0}


def test_checksums_agree_across_backends_and_see_a_changed_value(
    db: Database, demo_office: Path, pg_url: str
) -> None:
    dbcopy.copy_database(db, pg_url)
    engine = create_engine(pg_url)
    site = next(t for t in dbcopy.tables() if t.name == "site")
    try:
        with db.engine.connect() as a, engine.connect() as b:
            assert dbcopy.checksum(a, site) == dbcopy.checksum(b, site)
            b.execute(text("UPDATE site SET tombstone = NOT tombstone WHERE id = "
                           "(SELECT min(id) FROM site)"))
            b.commit()
            assert dbcopy.checksum(a, site)[1] != dbcopy.checksum(b, site)[1]
    finally:
        engine.dispose()


def test_init_and_demo_on_a_server_database_from_the_cli(pg_url: str, tmp_path: Path) -> None:
    """An office starting on the server directly: init names the database without its
    password, and keys land in --data-dir, not in the current folder."""
    init = run_cli("--db", pg_url, "--data-dir", tmp_path, "init", "--role", "office",
                   "--code", "OFFICE", "--json")
    assert init.returncode == 0, init.stderr
    doc = json.loads(init.stdout)
    assert ":***@" in doc["database"] and doc["role"] == "office"
    assert list((tmp_path / "keys").iterdir())
    demo = run_cli("--db", pg_url, "--data-dir", tmp_path, "demo", "--sites", "3")
    assert demo.returncode == 0, demo.stderr
    listed = run_cli("--db", pg_url, "--data-dir", tmp_path, "sites", "list", "--json")
    assert len(json.loads(listed.stdout)) == 3
