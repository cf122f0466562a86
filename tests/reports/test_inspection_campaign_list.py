"""`inspector inspections list --campaign CODE`: one 专项行动's inspections, as a table
and as JSON; an unknown code is refused rather than listing nothing."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import orjson

from inspector.appdb import open_app_database
from inspector.cases.targets import save_campaign
from inspector.queries.inspections import list_inspections
from tests.conftest import run_cli


def _tagged(demo_db: Path, tmp_path: Path) -> tuple[Path, set[str]]:
    """A copy of the demo office with campaign WINTER on three inspections."""
    path = tmp_path / "office.db"
    shutil.copy(demo_db, path)
    db = open_app_database(path)
    with db.uow() as s:
        save_campaign(s, code="WINTER", name="冬季根治欠薪专项行动")
    db.dispose()
    with sqlite3.connect(path) as con:
        ids = [r[0] for r in con.execute(
            "SELECT id FROM inspection WHERE tombstone = 0 ORDER BY id LIMIT 3")]
    for iid in ids:
        run_cli("inspections", "campaign", iid, "WINTER", db=path, check=True)
    return path, set(ids)


def test_list_filters_by_campaign(demo_db: Path, tmp_path: Path) -> None:
    path, ids = _tagged(demo_db, tmp_path)
    out = run_cli("inspections", "list", "--campaign", "WINTER", "--json", db=path, check=True)
    rows = orjson.loads(out.stdout)
    assert {r["id"] for r in rows} == ids and {r["campaign"] for r in rows} == {"WINTER"}
    with sqlite3.connect(path) as con:
        total = con.execute("SELECT count(*) FROM inspection WHERE tombstone = 0").fetchone()[0]
    assert len(orjson.loads(run_cli("inspections", "list", "--json", db=path,
                                    check=True).stdout)) == total > len(ids)
    table = run_cli("inspections", "list", "--campaign", "WINTER", db=path, check=True).stdout
    assert "专项行动" in table and "共 3 次检查。" in table
    db = open_app_database(path)
    try:  # the core filter, combined with the others
        finalized = {r["id"] for r in rows if r["status"] == "finalized"}
        assert finalized and {r.id for r in list_inspections(
            db, campaign="WINTER", status="finalized")} == finalized
    finally:
        db.dispose()


def test_unknown_campaign_is_refused(demo_db: Path, tmp_path: Path) -> None:
    path, _ = _tagged(demo_db, tmp_path)
    bad = run_cli("inspections", "list", "--campaign", "NOPE", "--json", db=path)
    assert bad.returncode == 1 and "E_CAMPAIGN_NOT_FOUND" in bad.stderr + bad.stdout
    assert "找不到专项行动" in bad.stderr + bad.stdout and "Traceback" not in bad.stderr


def test_report_ledger_takes_the_campaign(demo_db: Path, tmp_path: Path) -> None:
    path, ids = _tagged(demo_db, tmp_path)
    out = run_cli("report", "ledger", "inspections", "--campaign", "WINTER", "--json",
                  db=path, check=True)
    assert len(orjson.loads(out.stdout)["rows"]) == len(ids)
    xlsx = tmp_path / "冬季.xlsx"
    bad = run_cli("report", "ledger", "inspections", "--campaign", "NOPE", "--out", xlsx, db=path)
    assert bad.returncode == 1 and "E_CAMPAIGN_NOT_FOUND" in bad.stderr + bad.stdout
    assert not xlsx.exists()
