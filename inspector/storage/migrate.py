"""Alembic, driven from code: upgrade to head after a backup, refuse newer schemas."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from inspector import clock
from inspector.errors import SchemaTooNewError, StorageError
from inspector.paths import repo_root
from inspector.storage.schema import KNOWN_REVISIONS, SCHEMA_HEAD


def alembic_config(url: str):  # -> alembic.config.Config (imported lazily: it is slow)
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(repo_root() / "migrations"))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def sqlite_revision(path: Path) -> str | None:
    """The revision stamped in a SQLite file (None: empty or never migrated)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if row is None:
            return None
        rev = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return rev[0] if rev else None
    except sqlite3.DatabaseError as exc:
        from inspector.storage.errors import as_inspector_error

        known = as_inspector_error(exc, path)
        if known is not None:
            raise known from exc
        raise StorageError(f"无法读取数据库文件 {path}：{exc}", code="E_DB_UNREADABLE") from exc
    finally:
        con.close()


def check_not_newer(revision: str | None, where: str) -> None:
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise SchemaTooNewError(
            f"数据库 {where} 由更新版本的程序创建（数据库结构版本 {revision}），"
            f"本程序只支持到结构版本 {SCHEMA_HEAD}。请升级本程序后再打开。",
        )


def backup_sqlite(path: Path, revision: str | None) -> Path:
    """Copy the database with SQLite's online backup API into backups/ beside it."""
    folder = path.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = clock.utcnow().strftime("%Y%m%dT%H%M%S%f")
    target = folder / f"{path.stem}_v{revision or 'empty'}_{stamp}.db"
    src = sqlite3.connect(str(path))
    dst = sqlite3.connect(str(target))
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def upgrade(url: str, target: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(url), target)


def downgrade(url: str, target: str) -> None:
    from alembic import command

    command.downgrade(alembic_config(url), target)


def current_revision(engine, where: str = "") -> str | None:
    """The revision stamped in a server database; an unreachable server is E_DB_CONNECT."""
    from sqlalchemy import inspect, text
    from sqlalchemy.exc import OperationalError

    try:
        conn = engine.connect()
    except OperationalError as exc:
        # The driver's first line names the cause (refused, bad password, no database).
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise StorageError(
            f"无法连接数据库服务器 {where or engine.url.render_as_string(hide_password=True)}："
            f"{reason}。请检查地址、端口、用户名与密码，以及服务器是否已启动。",
            code="E_DB_CONNECT",
        ) from None
    with conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
