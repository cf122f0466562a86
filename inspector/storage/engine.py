"""The one engine factory. SQLite gets its pragmas on every new connection."""

from __future__ import annotations

from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, make_url

from inspector.errors import StorageError

BUSY_TIMEOUT_MS = 10_000


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # pysqlite's own transaction handling defers BEGIN and mishandles SAVEPOINT;
    # take control and emit BEGIN ourselves (SQLAlchemy's documented recipe).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    # WAL: readers (the UI's lists) never block the writer, and a crash mid-write
    # leaves the last committed state.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    # NORMAL is durable at every checkpoint under WAL and much faster than FULL.
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.close()


def server_url(url: str | URL) -> URL:
    """`url` parsed, with a bare postgresql:// meaning psycopg 3 (SQLAlchemy's own
    default is psycopg2, which this program does not ship)."""
    parsed = make_url(url)
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def make_engine(url: str | URL, **kwargs: Any) -> Engine:
    """An engine for `url` (sqlite:///… or postgresql://…, driven by psycopg 3)."""
    parsed = server_url(url)
    try:
        engine = create_engine(parsed, **kwargs)
    except ModuleNotFoundError as exc:
        raise StorageError(
            f"缺少数据库驱动 {exc.name}：连接 PostgreSQL 需要安装 site-inspector[office]。",
            code="E_DB_DRIVER",
        ) from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        from inspector.storage.errors import install_error_mapping

        install_error_mapping(engine, engine.url.database or url)
    return engine


def _sqlite_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN")
