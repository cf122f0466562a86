"""The `inspector` CLI on real files: exit codes, --json, messages.

Most calls run in this process (tests/clirun.py); the exit codes, the environment
variable and the console script are checked in real processes too.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from inspector.storage.schema import SCHEMA_HEAD
from tests.conftest import ROOT, run_cli


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
    run_cli("init", env={"INSPECTOR_DB": str(db)}, check=True, process=True)
    assert db.exists()


# Both ways: the real process is the reference the in-process runner must match.
@pytest.mark.parametrize("process", [False, True], ids=["in-process", "subprocess"])
def test_usage_error_exits_2_and_domain_error_exits_1_with_code(tmp_path: Path,
                                                                 process: bool) -> None:
    db = tmp_path / "e.db"
    assert run_cli("sites", "frobnicate", db=db, process=process).returncode == 2
    run_cli("init", db=db, check=True, process=process)
    bad = tmp_path / "bad.csv"
    bad.write_text("名称\n甲\n", encoding="utf-8")
    proc = run_cli("sites", "import", bad, db=db, process=process)
    assert proc.returncode == 1
    assert "E_IMPORT_HEADER" in proc.stderr and "表头缺少必填列" in proc.stderr
    proc = run_cli("inspections", "show", "no-such-id", db=db, process=process)
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


def test_console_script_entry_point(tmp_path: Path) -> None:
    """The installed `inspector` script (pyproject's [project.scripts]) is the same
    program: its version line, exit 0, 1 with a code (main's return value reaches the
    process), 2 for a usage error."""
    script = Path(sys.executable).parent / "inspector"
    assert script.is_file(), f"{script}: the package is installed without its console script"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(script), "--db", str(tmp_path / "s.db"), *args],
                              capture_output=True, text=True, cwd=ROOT, timeout=120)

    version = run("--version")
    assert version.returncode == 0 and version.stdout.startswith("inspector ")
    assert f"(schema {SCHEMA_HEAD})" in version.stdout
    missing = run("inspections", "show", "no-such-id")
    assert missing.returncode == 1 and "E_INSPECTION_NOT_FOUND" in missing.stderr
    assert "Traceback" not in missing.stderr
    usage = run("sites", "frobnicate")
    assert usage.returncode == 2 and "用法：" in usage.stderr
