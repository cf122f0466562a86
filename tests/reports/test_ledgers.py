"""Ledgers (台账): every row of the database, typed cells, filters, safe text, real files.

Counts are recounted here with the tests' own SQL over the raw tables; the files
are read back with openpyxl and, where it is installed, by LibreOffice itself.
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from inspector.appdb import open_app_database
from inspector.documents.dates import format_cn_date
from inspector.reports.ledgers import LEDGERS, LedgerFilter, iter_ledger
from inspector.reports.tabular import ExportError, neutralise, write_table
from inspector.storage import Database
from tests.conftest import run_cli
from tests.reports.conftest import EVIL, sql_count


def _open(path: Path) -> Database:
    return open_app_database(path)


def test_every_ledger_has_every_row(demo_db: Path) -> None:
    db = _open(demo_db)
    expected = {
        "inspections": sql_count(demo_db, "SELECT count(*) FROM inspection WHERE tombstone = 0"),
        "findings": sql_count(demo_db, "SELECT count(*) FROM finding WHERE tombstone = 0"),
        "sites": sql_count(demo_db, "SELECT count(*) FROM site WHERE tombstone = 0"),
        "employers": sql_count(demo_db, "SELECT count(*) FROM employer WHERE tombstone = 0"),
        "orders": sql_count(demo_db, "SELECT count(*) FROM rectification_order "
                                "WHERE tombstone = 0 AND issue_date IS NOT NULL"),
        "cases": sql_count(demo_db, "SELECT count(*) FROM wage_case WHERE tombstone = 0"),
        "payments": sql_count(demo_db, "SELECT count(*) FROM case_payment WHERE tombstone = 0"),
        "workers": sql_count(demo_db, "SELECT count(DISTINCT w.id_number) FROM arrears_worker w"
                             " JOIN case_worker c ON c.worker_id = w.id WHERE c.tombstone = 0"),
    }
    assert set(expected) == set(LEDGERS)
    for name, n in expected.items():
        rows = list(iter_ledger(db, name, LedgerFilter()))
        assert len(rows) == n, name
        assert all(len(r) == len(LEDGERS[name].columns) for r in rows)
    assert expected["inspections"] > 10 and expected["orders"] > 0
    db.dispose()


def test_filters_match_a_recount(demo_db: Path) -> None:
    db = _open(demo_db)
    town = next(iter(iter_ledger(db, "inspections", LedgerFilter())))[4]
    got = list(iter_ledger(db, "inspections", LedgerFilter(township=town)))
    want = sql_count(demo_db, """SELECT count(*) FROM inspection i LEFT JOIN site s ON s.id = i.site_id
                           LEFT JOIN employer e ON e.id = i.employer_id
                           WHERE i.tombstone = 0 AND (s.township = ? OR e.township = ?)""",
                town, town)
    assert len(got) == want > 0
    assert {r[4] for r in got} == {town}
    days = sorted(r[0] for r in iter_ledger(db, "inspections", LedgerFilter()))
    mid = days[len(days) // 2]
    period = list(iter_ledger(db, "inspections", LedgerFilter(date_from=mid, date_to=mid)))
    assert period and {r[0] for r in period} == {mid}
    assert len(period) == days.count(mid)
    db.dispose()


def test_xlsx_has_typed_cells_frozen_header_and_filter(demo_db: Path, tmp_path: Path) -> None:
    db = _open(demo_db)
    out = tmp_path / "sites.xlsx"
    led = LEDGERS["sites"]
    n = write_table(out, led.title, led.columns, iter_ledger(db, "sites", LedgerFilter()))
    ws = load_workbook(out)[led.title]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:T{n + 1}"
    assert [c.value for c in ws[1]] == [c.header for c in led.columns]
    assert ws.column_dimensions["B"].width >= 30
    money = [r[9] for r in ws.iter_rows(min_row=2) if r[9].value is not None]
    assert money and all(isinstance(c.value, int | float) for c in money)
    assert money[0].number_format == "#,##0.00"
    started = [r[10] for r in ws.iter_rows(min_row=2) if r[10].value is not None]
    assert started and started[0].is_date and "年" in started[0].number_format
    db.dispose()


def test_text_that_looks_like_a_formula_is_neutralised(demo_db: Path, tmp_path: Path) -> None:
    db = _open(demo_db)
    led = LEDGERS["sites"]
    xlsx, csv_path = tmp_path / "s.xlsx", tmp_path / "s.csv"
    write_table(xlsx, led.title, led.columns, iter_ledger(db, "sites", LedgerFilter()))
    write_table(csv_path, led.title, led.columns, iter_ledger(db, "sites", LedgerFilter()))
    ws = load_workbook(xlsx)[led.title]
    evil = [r for r in ws.iter_rows(min_row=2) if "HYPERLINK" in str(r[1].value)]
    assert len(evil) == 1
    cell = evil[0][1]
    assert cell.data_type == "s" and cell.value == "'" + EVIL
    assert evil[0][0].value == "'@X1" and evil[0][3].value == "'+城南"
    assert evil[0][7].value == "'-总包"
    with csv_path.open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    hit = [r for r in rows if "HYPERLINK" in r[1]]
    assert hit[0][1] == "'" + EVIL and hit[0][0] == "'@X1"
    assert neutralise("普通文字") == "普通文字" and neutralise("\t=1") == "'\t=1"
    db.dispose()


def test_a_failed_export_leaves_no_file(tmp_path: Path) -> None:
    def rows():
        yield ("a",)
        raise RuntimeError("disk went away")

    out = tmp_path / "x.xlsx"
    with pytest.raises(RuntimeError):
        write_table(out, "t", LEDGERS["employers"].columns[:1], rows())
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ExportError) as exc:
        write_table(tmp_path, "t", LEDGERS["employers"].columns[:1], [("a",)])
    assert exc.value.code == "E_EXPORT_PATH"
    with pytest.raises(ExportError) as exc:
        write_table(tmp_path / "x.ods", "t", LEDGERS["employers"].columns[:1], [("a",)])
    assert exc.value.code == "E_EXPORT_TYPE"


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) is required in CI: .ci/run installs it")
        pytest.skip("LibreOffice (soffice) is not installed (apt install libreoffice-calc-nogui)")
    return found


def _display(kind: str, value: object) -> str:
    """How LibreOffice prints a cell of this kind in CSV (formatted text)."""
    if value is None:
        return ""
    if kind == "date":
        assert isinstance(value, date)
        return format_cn_date(value)
    if kind == "money":
        return f"{Decimal(int(value)) / 100:,.2f}"  # type: ignore[call-overload]
    if kind == "bool":
        return "是" if value else "否"
    if kind == "int":
        return str(value)
    return neutralise(str(value))


def test_libreoffice_reads_the_workbook_back_equal(demo_db: Path, tmp_path: Path) -> None:
    soffice = _soffice()
    db = _open(demo_db)
    for name in ("inspections", "orders"):
        led = LEDGERS[name]
        out = tmp_path / f"{name}.xlsx"
        write_table(out, led.title, led.columns, iter_ledger(db, name, LedgerFilter()))
        subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                        "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76",
                        "--outdir", str(tmp_path / "lo_out"), str(out)],
                       check=True, capture_output=True, timeout=180)
        with (tmp_path / "lo_out" / f"{name}.csv").open(encoding="utf-8") as fh:
            back = list(csv.reader(fh))
        expected = [[c.header for c in led.columns]] + [
            [_display(c.kind, v) for c, v in zip(led.columns, row, strict=True)]
            for row in iter_ledger(db, name, LedgerFilter())]
        assert back == expected, name
    db.dispose()


def test_cli_ledger_json_and_errors(demo_db: Path, tmp_path: Path) -> None:
    import orjson
    proc = run_cli("report", "ledger", "findings", "--json", db=demo_db, check=True)
    doc = orjson.loads(proc.stdout)
    assert len(doc["rows"]) == sql_count(demo_db, "SELECT count(*) FROM finding WHERE tombstone = 0")
    out = tmp_path / "o.csv"
    proc = run_cli("report", "ledger", "orders", "--out", out, db=demo_db, check=True)
    assert out.exists() and "指令书台账" in proc.stdout
    bad = run_cli("report", "ledger", "nonsense", "--json", db=demo_db)
    assert bad.returncode == 1 and "E_LEDGER_UNKNOWN" in bad.stderr
    bad = run_cli("report", "ledger", "sites", "--from", "昨天", "--json", db=demo_db)
    assert bad.returncode == 1 and "E_DATE" in bad.stderr
    bad = run_cli("report", "ledger", "sites", "--regulator", "教育", "--json", db=demo_db)
    assert bad.returncode == 1 and "E_REGULATOR" in bad.stderr


def test_export_reports_progress_and_a_cancel_leaves_nothing(demo_db: Path, tmp_path: Path) -> None:
    from inspector.progress import Cancelled
    from inspector.reports import ledgers

    db = _open(demo_db)
    seen: list[tuple[int, int, str]] = []
    out = tmp_path / "f.xlsx"
    old = ledgers.CHUNK
    ledgers.CHUNK = 5  # report often enough to see it on a small database
    try:
        n = ledgers.export_ledger(db, "findings", LedgerFilter(), out,
                                  progress=lambda d, t, label: seen.append((d, t, label)))
        assert out.exists() and n == sql_count(
            demo_db, "SELECT count(*) FROM finding WHERE tombstone = 0")
        assert len(seen) >= 2 and [d for d, _, _ in seen] == sorted(d for d, _, _ in seen)
        before = out.read_bytes()

        def cancel(done: int, total: int, label: str) -> None:
            if done >= 5:
                raise Cancelled()

        with pytest.raises(Cancelled):
            ledgers.export_ledger(db, "findings", LedgerFilter(), out, progress=cancel)
        assert out.read_bytes() == before  # the earlier file is untouched, no part file left
        assert [p.name for p in tmp_path.iterdir()] == ["f.xlsx"]
    finally:
        ledgers.CHUNK = old
        db.dispose()
