"""Throw-away PostgreSQL databases: made on a server, used, dropped (tests and benchmarks).

One lifecycle for both: `tests/pg.py` makes one per test, `benchmarks/bench_office.py`
one per run. The server URL names a role allowed to CREATE DATABASE.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL

from inspector.storage.engine import server_url


def create_scratch(server: str | URL, prefix: str, template: str | None = None) -> str:
    """Create an empty database named `prefix`_<random> (or a copy of `template`, much
    faster than migrating again) and return its URL, password included."""
    admin_url = server_url(server)
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    copy = f' TEMPLATE "{template}"' if template else ""
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"{copy}'))
    finally:
        admin.dispose()
    return admin_url.set(database=name).render_as_string(hide_password=False)


def drop_scratch(server: str | URL, url: str | URL) -> None:
    """Drop the database at `url`, connecting to `server` (the database it was made from)."""
    admin = create_engine(server_url(server), isolation_level="AUTOCOMMIT")
    name = server_url(url).database
    try:
        with admin.connect() as conn:
            # Not DROP … WITH (FORCE): that also tries to terminate an autovacuum
            # worker, which a non-superuser may not do. End our own sessions (a
            # leftover pool), then a plain DROP stops autovacuum itself.
            conn.execute(text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = :db AND usename = current_user AND pid <> pg_backend_pid()"
            ), {"db": name})
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
    finally:
        admin.dispose()


@contextmanager
def scratch_database(server: str | URL, prefix: str, template: str | None = None) -> Iterator[str]:
    """`create_scratch`, yielded, then dropped whatever happens inside."""
    url = create_scratch(server, prefix, template)
    try:
        yield url
    finally:
        drop_scratch(server, url)
