"""A fresh PostgreSQL database per test on the server named by INSPECTOR_TEST_PG.

INSPECTOR_TEST_PG is a URL of a role allowed to CREATE DATABASE, e.g.
`postgresql://inspector:inspector@127.0.0.1:5432/postgres`. Without it a developer
gets a skip with the reason; with CI=true a missing or unreachable server fails the
test instead, so CI can never pass by skipping the server half of the suite.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from sqlalchemy.engine import URL, make_url

from inspector.storage.scratch import create_scratch, drop_scratch

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
    try:
        url = create_scratch(admin_url, "inspector_test", template)
    except Exception as exc:  # any driver error: the server is not there or refuses us
        _unavailable(f"{admin_url.render_as_string(hide_password=True)}: {exc}")
    try:
        yield url
    finally:
        drop_scratch(admin_url, url)
