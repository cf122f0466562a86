"""Released formats stay readable: a stored database of every schema revision shipped.

`tests/fixtures/db/field_v0003.sqlite` is a field laptop's database at revision 0003
(the first release's schema) with demo data (3 sites, seed 11). When a later
revision lands, this test keeps proving that such a file opens, is backed up and
upgraded, and still holds its data. Add a fixture per released revision.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import func, select

from inspector.appdb import open_app_database
from inspector.audit import check_chain
from inspector.domain.inspections import Inspection, ItemResult
from inspector.domain.registry import Site
from inspector.queries.orders import list_orders
from inspector.storage.migrate import sqlite_revision
from inspector.storage.schema import SCHEMA_HEAD

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_upgrade_from_field_v0003(tmp_path: Path) -> None:
    path = tmp_path / "inspector.db"
    shutil.copy(FIXTURES / "db" / "field_v0003.sqlite", path)
    assert sqlite_revision(path) == "0003"
    db = open_app_database(path)
    try:
        assert sqlite_revision(path) == SCHEMA_HEAD
        with db.session() as s:
            assert s.scalar(select(func.count()).select_from(Site)) == 3
            assert s.scalar(select(func.count()).select_from(Inspection)) == 6
            assert s.scalar(select(func.count()).select_from(ItemResult)) == 132
            assert check_chain(s) is None
        assert len(list_orders(db)) == 7
    finally:
        db.dispose()
