"""The case ledgers (cases, payments recovered, workers): every row against the tests'
own SQL, money as real 元 cells, ID numbers masked in the file, and the period filter."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import orjson
from openpyxl import load_workbook

from inspector.appdb import open_app_database
from inspector.reports.ledgers import LEDGERS, LedgerFilter, iter_ledger
from inspector.reports.tabular import write_table
from tests.conftest import run_cli
from tests.reports.conftest import sql_count


def _rows(demo_db: Path, name: str, f: LedgerFilter | None = None) -> list[list[Any]]:
    db = open_app_database(demo_db)
    try:
        return [list(r) for r in iter_ledger(db, name, f or LedgerFilter())]
    finally:
        db.dispose()


def test_case_ledgers_have_every_row_and_amount(demo_db: Path) -> None:
    cases = _rows(demo_db, "cases")
    assert len(cases) == sql_count(demo_db, "SELECT count(*) FROM wage_case WHERE tombstone = 0")
    assert sum(int(r[9]) for r in cases) == sql_count(
        demo_db, "SELECT sum(amount_owed_fen) FROM case_worker WHERE tombstone = 0")
    payments = _rows(demo_db, "payments")
    assert len(payments) == sql_count(demo_db, "SELECT count(*) FROM case_payment WHERE tombstone = 0")
    assert sum(int(r[2]) for r in payments) == sql_count(
        demo_db, "SELECT sum(amount_fen) FROM case_payment WHERE tombstone = 0")
    workers = _rows(demo_db, "workers")
    # One person per ID number, however many cases they are in.
    assert len(workers) == sql_count(demo_db, "SELECT count(DISTINCT w.id_number) FROM arrears_worker w"
                                     " JOIN case_worker c ON c.worker_id = w.id WHERE c.tombstone = 0")
    assert sum(int(r[3]) for r in workers) == sql_count(
        demo_db, "SELECT count(*) FROM case_worker WHERE tombstone = 0")


def test_period_narrows_cases_and_payments(demo_db: Path) -> None:
    f = LedgerFilter(date_from=date(2026, 11, 1), date_to=date(2026, 11, 30))
    assert len(_rows(demo_db, "cases", f)) == sql_count(
        demo_db, "SELECT count(*) FROM wage_case WHERE tombstone = 0"
        " AND received_on BETWEEN '2026-11-01' AND '2026-11-30'")
    paid = _rows(demo_db, "payments", f)
    assert sum(int(r[2]) for r in paid) == sql_count(
        demo_db, "SELECT sum(amount_fen) FROM case_payment WHERE tombstone = 0"
        " AND paid_on BETWEEN '2026-11-01' AND '2026-11-30'")
    assert 0 < len(paid) < len(_rows(demo_db, "payments"))


def test_workbook_has_money_cells_and_no_whole_id_number(demo_db: Path, tmp_path: Path) -> None:
    whole = {r[0] for r in _sql_ids(demo_db)}
    for name in ("cases", "payments", "workers"):
        led = LEDGERS[name]
        out = tmp_path / f"{name}.xlsx"
        db = open_app_database(demo_db)
        try:
            write_table(out, led.title, led.columns, iter_ledger(db, name, LedgerFilter()))
        finally:
            db.dispose()
        ws = load_workbook(out, read_only=True).active
        assert ws is not None
        values = [v for row in ws.iter_rows(min_row=2, values_only=True) for v in row]
        assert not whole & {str(v) for v in values}, name
        money = [i for i, c in enumerate(led.columns) if c.kind == "money"]
        first = next(ws.iter_rows(min_row=2, max_row=2, values_only=True))
        assert all(isinstance(first[i], int | float | Decimal) for i in money), name
    raw = out.read_bytes()  # the workers file: not even inside the zip's XML
    assert all(n.encode() not in raw for n in whole)


def _sql_ids(demo_db: Path) -> list[tuple[str]]:
    import sqlite3

    with sqlite3.connect(demo_db) as con:
        return list(con.execute("SELECT id_number FROM arrears_worker"))


def test_cli_ledger_payments_json(demo_db: Path) -> None:
    proc = run_cli("report", "ledger", "payments", "--json", db=demo_db, check=True)
    doc = orjson.loads(proc.stdout)
    assert len(doc["rows"]) == sql_count(demo_db, "SELECT count(*) FROM case_payment WHERE tombstone = 0")
