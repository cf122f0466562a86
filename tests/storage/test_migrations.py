"""Alembic discipline: one head, empty → head, upgrade with data, check clean, safe failure."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from inspector.appdb import open_app_database
from inspector.errors import SchemaTooNewError
from inspector.paths import repo_root
from inspector.storage.migrate import alembic_config, downgrade, sqlite_revision, upgrade
from inspector.storage.schema import KNOWN_REVISIONS, SCHEMA_HEAD


def _url(p: Path) -> str:
    return f"sqlite:///{p}"


def test_single_head_equals_the_constant_start_up_reads() -> None:
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    assert script.get_heads() == [SCHEMA_HEAD]
    chain = [r.revision for r in script.walk_revisions()][::-1]
    assert tuple(chain) == KNOWN_REVISIONS


def test_empty_to_head_and_back(tmp_path: Path) -> None:
    p = tmp_path / "m.db"
    upgrade(_url(p))
    assert sqlite_revision(p) == SCHEMA_HEAD
    downgrade(_url(p), "base")
    con = sqlite3.connect(p)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    con.close()
    assert tables <= {"alembic_version"}


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    p = tmp_path / "m.db"
    upgrade(_url(p))
    command.check(alembic_config(_url(p)))  # raises when autogenerate would emit anything


def test_upgrade_with_data_present_keeps_rows_and_takes_a_backup(tmp_path: Path) -> None:
    p = tmp_path / "m.db"
    upgrade(_url(p), "0001")
    con = sqlite3.connect(p)
    # Raw SQL, not the ORM: the data must not depend on today's models.
    con.execute(
        "INSERT INTO employer (id, rev, version_id, updated_at, tombstone, change_seq, name,"
        " credit_code, legal_rep, address, township, industry, contact_name, contact_phone)"
        " VALUES ('e1', 1, 'v1', '2026-11-01 00:00:00', 0, 1, '甲公司', '91350100M000100Y43',"
        " '', '', '', 'E', '', '')"
    )
    con.execute(
        "INSERT INTO site (id, rev, version_id, updated_at, tombstone, change_seq, name, address,"
        " township, regulator, general_contractor_id, status, wage_manager_name,"
        " wage_manager_phone, notes) VALUES ('s1', 1, 'v2', '2026-11-01 00:00:00', 0, 1,"
        " '一号工地', '', '城关镇', 'housing', 'e1', 'building', '', '', '')"
    )
    con.commit()
    con.close()
    db = open_app_database(p)
    assert sqlite_revision(p) == SCHEMA_HEAD
    with db.engine.connect() as c:
        assert c.exec_driver_sql("SELECT name FROM site WHERE id='s1'").scalar() == "一号工地"
        assert c.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    backups = list((tmp_path / "backups").glob("m_v0001_*.db"))
    assert len(backups) == 1
    assert sqlite_revision(backups[0]) == "0001"


def test_database_from_a_newer_program_is_refused_untouched(tmp_path: Path) -> None:
    p = tmp_path / "m.db"
    upgrade(_url(p))
    con = sqlite3.connect(p)
    con.execute("UPDATE alembic_version SET version_num='9999'")
    con.commit()
    con.close()
    before = hashlib.sha256(p.read_bytes()).hexdigest()
    with pytest.raises(SchemaTooNewError) as err:
        open_app_database(p)
    assert "9999" in err.value.message and SCHEMA_HEAD in err.value.message
    assert hashlib.sha256(p.read_bytes()).hexdigest() == before


FAILING = '''
from alembic import op
import sqlalchemy as sa
revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None

def upgrade():
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("INSERT INTO half_done (id) VALUES (1)")
    op.execute("UPDATE site SET name = 'changed'")
    raise RuntimeError("migration fails midway")

def downgrade():
    pass
'''


def test_failing_migration_leaves_the_database_as_it_was(tmp_path: Path) -> None:
    scripts = tmp_path / "migrations"
    shutil.copytree(repo_root() / "migrations", scripts,
                    ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_fails.py").write_text(FAILING.format(head=SCHEMA_HEAD))
    p = tmp_path / "m.db"
    upgrade(_url(p))
    con = sqlite3.connect(p)
    con.execute(
        "INSERT INTO site (id, rev, version_id, updated_at, tombstone, change_seq, name, address,"
        " township, regulator, status, wage_manager_name, wage_manager_phone, notes) VALUES"
        " ('s1', 1, 'v', '2026-11-01', 0, 1, '原名', '', '', 'housing', 'building', '', '', '')"
    )
    con.commit()
    con.close()
    cfg = Config()
    cfg.set_main_option("script_location", str(scripts))
    cfg.set_main_option("sqlalchemy.url", _url(p))
    with pytest.raises(RuntimeError, match="midway"):
        command.upgrade(cfg, "head")
    con = sqlite3.connect(p)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    name = con.execute("SELECT name FROM site WHERE id='s1'").fetchone()[0]
    con.close()
    assert "half_done" not in tables
    assert name == "原名"
    assert sqlite_revision(p) == SCHEMA_HEAD


# ------------------------------------------------------------------ the same on PostgreSQL

def _pg_tables(url: str) -> set[str]:
    from sqlalchemy import create_engine, inspect

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return set(inspect(conn).get_table_names())
    finally:
        engine.dispose()


def test_postgresql_empty_to_head_models_agree_and_back(pg_url: str) -> None:
    upgrade(pg_url)
    assert {"site", "sync_conflict", "rectification_order"} <= _pg_tables(pg_url)
    command.check(alembic_config(pg_url))  # the models' types map to what PG was given
    db = open_app_database(pg_url, data_dir=Path("/nonexistent"))  # at head: opens, no upgrade
    with db.engine.connect() as c:
        assert c.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == SCHEMA_HEAD
    db.dispose()
    downgrade(pg_url, "base")
    assert _pg_tables(pg_url) <= {"alembic_version"}


def test_postgresql_failing_migration_leaves_the_database_as_it_was(
    tmp_path: Path, pg_url: str
) -> None:
    scripts = tmp_path / "migrations"
    shutil.copytree(repo_root() / "migrations", scripts,
                    ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_fails.py").write_text(FAILING.format(head=SCHEMA_HEAD))
    upgrade(pg_url)
    cfg = Config()
    cfg.set_main_option("script_location", str(scripts))
    cfg.set_main_option("sqlalchemy.url", pg_url.replace("%", "%%"))
    with pytest.raises(RuntimeError, match="midway"):
        command.upgrade(cfg, "head")
    assert "half_done" not in _pg_tables(pg_url)
    db = open_app_database(pg_url, data_dir=tmp_path)
    with db.engine.connect() as c:
        assert c.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == SCHEMA_HEAD
    db.dispose()


def test_unreachable_server_is_a_clear_error_not_a_traceback(tmp_path: Path) -> None:
    from inspector.errors import StorageError
    from tests.conftest import run_cli

    # Port 9 (discard) on loopback: nothing listens there, the connection is refused.
    url = "postgresql://clerk:secret@127.0.0.1:9/office"
    with pytest.raises(StorageError) as err:
        open_app_database(url, data_dir=tmp_path)
    assert err.value.code == "E_DB_CONNECT" and "secret" not in err.value.message
    proc = run_cli("--db", url, "--data-dir", tmp_path, "devices", "list")
    assert proc.returncode == 1
    assert "E_DB_CONNECT" in proc.stderr and "Traceback" not in proc.stderr
    assert "secret" not in proc.stderr
