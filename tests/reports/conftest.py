"""A small office database for the report tests: demo data plus one hostile-looking site."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from inspector import clock
from inspector.appdb import open_app_database
from inspector.demo import load_demo
from inspector.devices import init_device
from inspector.registry.service import EmployerInput, SiteInput, upsert_site

EVIL = "=HYPERLINK(\"http://evil.example\",\"点我\")"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ledgers") / "office.db"
    with clock.frozen_at(date(2026, 11, 25)):
        db = open_app_database(path)
        init_device(db, role="office")
        load_demo(db, sites=12, seed=7)
        _cases(db)
        with db.uow() as s:
            upsert_site(s, SiteInput(
                name=EVIL, township="+城南", code="@X1",
                general_contractor=EmployerInput(name="-总包", credit_code="91330100MA2B0Q7B1Q")))
        db.dispose()
    return path



def _cases(db) -> None:
    """Three cases: one closed with a payment, one referred to the police (a worker shared
    with the first), one received before the report period but paid within it."""
    from datetime import timedelta

    from sqlalchemy import select

    from inspector.cases.idcard import make
    from inspector.cases.service import (
        CaseInput,
        WorkerInput,
        add_payment,
        assign_inspectors,
        change_status,
        refer,
        save_case,
    )
    from inspector.domain.registry import Inspector

    today = date(2026, 11, 25)
    ids = [make(f"33010219800101{n:03d}") for n in range(1, 4)]
    with db.uow() as s:
        people = list(s.scalars(select(Inspector.id).limit(2)))
        a, _ = save_case(s, CaseInput(source="national_platform", received_on=today - timedelta(days=20),
                                      source_ref="N-1", workers=[
                                          WorkerInput("张三", ids[0], amount_owed_fen=600_000),
                                          WorkerInput("李四", ids[1], amount_owed_fen=400_000)]))
        change_status(s, a, "accepted", on=today - timedelta(days=18))
        assign_inspectors(s, a, people)
        for step, back in (("filed", 16), ("investigating", 14), ("handling", 10)):
            change_status(s, a, step, on=today - timedelta(days=back))
        add_payment(s, a, amount_fen=500_050, paid_on=today - timedelta(days=7))
        change_status(s, a, "closed", reason="已全部支付", on=today - timedelta(days=5))
        b, _ = save_case(s, CaseInput(source="hotline_12345", received_on=today - timedelta(days=10),
                                      source_ref="H-1", workers=[
                                          WorkerInput("李四", ids[1], amount_owed_fen=300_000),
                                          WorkerInput("王五", ids[2], amount_owed_fen=200_000)]))
        refer(s, b, target="police", referred_on=today - timedelta(days=3), receiving_body="示例县公安局")
        c, _ = save_case(s, CaseInput(source="visit", received_on=today - timedelta(days=80),
                                      source_ref="V-1",
                                      workers=[WorkerInput("张三", ids[0], amount_owed_fen=100_000)]))
        add_payment(s, c, amount_fen=100_000, paid_on=today - timedelta(days=30))


def sql_count(path: Path, query: str, *args: object) -> int:
    """The tests' own count, straight from the raw tables."""
    with sqlite3.connect(path) as con:
        return int(con.execute(query, args).fetchone()[0] or 0)
