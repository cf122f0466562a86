"""The `inspector` CLI through a subprocess, on real files: exit codes, --json, messages."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli


def test_init_demo_list_roundtrip(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    out = run_cli("init", "--json", db=db, check=True)
    info = json.loads(out.stdout)
    assert info["role"] == "field" and len(info["key_id"]) == 16
    key = tmp_path / "cli.db.keys" / "device_ed25519.pem"  # the key belongs to this database
    assert key.stat().st_mode & 0o077 == 0, "the private key is readable only by its owner"
    run_cli("demo", "--sites", "8", "--seed", "5", db=db, check=True)
    sites = json.loads(run_cli("sites", "list", "--json", db=db, check=True).stdout)
    assert len(sites) == 8
    one = sites[0]["name"][:3]
    found = json.loads(run_cli("sites", "list", "--search", one, "--json", db=db).stdout)
    assert found and all(one in s["name"] or one in s["general_contractor"] for s in found)
    insp = json.loads(run_cli("inspections", "list", "--json", db=db, check=True).stdout)
    assert len(insp) >= 8 and {i["status"] for i in insp} <= {"draft", "finalized"}
    again = run_cli("demo", "--if-empty", "--json", db=db, check=True)
    assert json.loads(again.stdout)["skipped"] is True


def test_env_var_selects_the_database(tmp_path: Path) -> None:
    db = tmp_path / "env.db"
    run_cli("init", env={"INSPECTOR_DB": str(db)}, check=True)
    assert db.exists()


def test_usage_error_exits_2_and_domain_error_exits_1_with_code(tmp_path: Path) -> None:
    db = tmp_path / "e.db"
    assert run_cli("sites", "frobnicate", db=db).returncode == 2
    run_cli("init", db=db, check=True)
    bad = tmp_path / "bad.csv"
    bad.write_text("名称\n甲\n", encoding="utf-8")
    proc = run_cli("sites", "import", bad, db=db)
    assert proc.returncode == 1
    assert "E_IMPORT_HEADER" in proc.stderr and "表头缺少必填列" in proc.stderr
    proc = run_cli("inspections", "show", "no-such-id", db=db)
    assert proc.returncode == 1 and "E_INSPECTION_NOT_FOUND" in proc.stderr


def test_template_then_import_with_row_errors(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    run_cli("init", db=db, check=True)
    tpl = tmp_path / "模板.xlsx"
    run_cli("sites", "template", "--out", tpl, db=db, check=True)
    from openpyxl import load_workbook

    from inspector.registry.credit_code import make

    wb = load_workbook(tpl)
    ws = wb["工程项目"]
    ws.append(["XM1", "一号工地", "", "城关镇", "住建", "在建", "", "", "甲建设公司",
               make("91339901MA0000020")])
    ws.append(["XM2", "二号工地", "", "城关镇", "住建", "在建", "", "", "乙建设公司",
               "91339901MA00000200"])
    wb.save(tpl)
    proc = run_cli("sites", "import", tpl, "--json", db=db)
    assert proc.returncode == 1, "a rejected row must be visible to scripts"
    report = json.loads(proc.stdout)
    assert report["created"] == 1 and report["errors"][0]["row"] == 3


def test_audit_verify(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    run_cli("demo", "--sites", "3", db=db, check=True)
    proc = run_cli("audit", "verify", "--json", db=db, check=True)
    assert json.loads(proc.stdout)["ok"] is True
