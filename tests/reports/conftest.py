"""A small office database for the report tests: demo data plus one hostile-looking site."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from inspector import clock
from inspector.demo import load_demo
from inspector.devices import init_device
from inspector.registry.service import EmployerInput, SiteInput, save_site
from inspector.storage import open_database

EVIL = "=HYPERLINK(\"http://evil.example\",\"点我\")"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ledgers") / "office.db"
    with clock.frozen_at(date(2026, 11, 25)):
        db = open_database(path)
        init_device(db)
        load_demo(db, sites=12, seed=7)
        with db.uow() as s:
            save_site(s, SiteInput(
                name=EVIL, township="+城南", code="@X1",
                general_contractor=EmployerInput(name="-总包", credit_code="91330100MA2B0Q7B1Q")))
        db.dispose()
    return path



def sql_count(path: Path, query: str, *args: object) -> int:
    """The tests' own count, straight from the raw tables."""
    with sqlite3.connect(path) as con:
        return int(con.execute(query, args).fetchone()[0] or 0)
