"""The cases tests run on an office database: cases live with the office, and a field
laptop only holds the ones assigned to its inspectors (tests/sync/test_case_sync.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from inspector.appdb import open_app_database
from inspector.storage import Database
from tests.conftest import NewDevice


@pytest.fixture
def db(db_path: Path, new_device: NewDevice) -> Iterator[Database]:
    database = open_app_database(new_device(db_path, role="office"))
    yield database
    database.dispose()
