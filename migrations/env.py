"""Alembic environment: batch mode on SQLite, one transaction per migration.

SQLite traps handled here (TECH-NOTES):
- ALTER needs batch mode: `render_as_batch` on SQLite;
- pysqlite does not BEGIN before DDL, so a failed migration would leave a
  half-changed schema: we take over transaction control and emit BEGIN ourselves;
- batch mode rebuilds tables with DROP TABLE, which with foreign keys on would
  cascade-delete child rows: migrations run with foreign keys off, then
  `PRAGMA foreign_key_check` must come back empty.
On PostgreSQL none of that applies: DDL is transactional, batch mode is off.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine, event, pool, text

from inspector.domain import Base, load_all_models

load_all_models()  # autogenerate and `alembic check` compare every table

config = context.config
target_metadata = Base.metadata


def run_migrations_offline() -> None:
    url = config.get_main_option("sqlalchemy.url")
    context.configure(
        url=url,
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
        dialect_opts={"paramstyle": "named"},
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    url = config.get_main_option("sqlalchemy.url")
    assert url is not None
    connectable = config.attributes.get("connection")
    if connectable is not None:
        _run(connectable)
        return
    engine = create_engine(url, poolclass=pool.NullPool)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _connect(dbapi_conn, _rec):  # type: ignore[no-untyped-def]
            dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (see docstring)
            dbapi_conn.execute("PRAGMA foreign_keys=OFF")

        @event.listens_for(engine, "begin")
        def _begin(conn):  # type: ignore[no-untyped-def]
            conn.exec_driver_sql("BEGIN")

    with engine.connect() as connection:
        _run(connection)
        if engine.dialect.name == "sqlite":
            bad = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
            if bad:
                raise RuntimeError(f"foreign key check failed after migration: {bad[:5]}")
    engine.dispose()


def _include(obj, name, type_, reflected, compare_to) -> bool:  # type: ignore[no-untyped-def]
    # PostgreSQL's gram search indexes live in migration 0004 only (a model
    # declaration would make SQLite build them as plain btrees).
    return not (type_ == "index" and name and str(name).endswith("_grams"))


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_object=_include,
        render_as_batch=connection.dialect.name == "sqlite",
        transaction_per_migration=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
