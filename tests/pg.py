"""A fresh PostgreSQL database per test on the server named by INSPECTOR_TEST_PG.

INSPECTOR_TEST_PG is a URL of a role allowed to CREATE DATABASE, e.g.
`postgresql://inspector:inspector@127.0.0.1:5432/postgres`. Without it a developer
gets a skip with the reason; with CI=true a missing or unreachable server fails the
test instead, so CI can never pass by skipping the server half of the suite.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

ENV_VAR = "INSPECTOR_TEST_PG"


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI=true but the PostgreSQL test server is unusable: {reason}")
    pytest.skip(f"no PostgreSQL test server: {reason}")


def server_url() -> URL:
    raw = os.environ.get(ENV_VAR)
    if not raw:
        _unavailable(f"set {ENV_VAR}=postgresql://USER:PASS@127.0.0.1:5432/postgres")
    url = make_url(str(raw))
    # psycopg 3 is the driver the app uses; a plain postgresql:// would pick psycopg2.
    return url.set(drivername="postgresql+psycopg")


def fresh_database(template: str | None = None) -> Iterator[str]:
    """Create an empty database (or a copy of `template`, which is much faster than
    migrating again), yield its URL (password included), drop it afterwards."""
    admin_url = server_url()
    name = f"inspector_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    copy = f' TEMPLATE "{template}"' if template else ""
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"{copy}'))
    except Exception as exc:  # any driver error: the server is not there or refuses us
        admin.dispose()
        _unavailable(f"{admin_url.render_as_string(hide_password=True)}: {exc}")
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            # Not DROP … WITH (FORCE): that also tries to terminate an autovacuum
            # worker, which a non-superuser may not do. End our own sessions (a
            # test's leftover pool), then a plain DROP stops autovacuum itself.
            conn.execute(text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = :db AND usename = current_user AND pid <> pg_backend_pid()"
            ), {"db": name})
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()
