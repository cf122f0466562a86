"""`inspector cases …` and `inspector calendar …` as a user runs them (in this process,
tests/clirun.py): --json, exit codes, masking."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook

from tests.cases.helpers import IDS
from tests.conftest import run_cli


def _json(*args: str | Path, db: Path) -> object:
    return json.loads(run_cli(*args, "--json", db=db, check=True).stdout)


def test_a_case_from_registration_to_closing(tmp_path: Path) -> None:
    db = tmp_path / "o.db"
    run_cli("init", "--role", "office", db=db, check=True)
    for name, cred in (("王五", "33990001"), ("赵六", "33990002")):
        run_cli("inspectors", "add", "--name", name, "--credential", cred, db=db, check=True)
    added = _json("cases", "add", "--source", "hotline_12345", "--received", "2026-11-18",
                  "--ref", "12345-77", "--employer", "宏达劳务",
                  "--worker", f"张三,{IDS[1]},4,8000.50", "--worker", f"李四,{IDS[2]},1,1000",
                  db=db)
    assert isinstance(added, dict) and added["case_no"] == "QX2026-00001"
    no = added["case_no"]
    rows = _json("cases", "list", "--open", db=db)
    assert isinstance(rows, list) and rows[0]["online"] is True and rows[0]["owed_fen"] == 900_050
    # 18 Nov + 5 working days = 25 Nov = today: due, not yet overdue.
    assert rows[0]["flag"] == "due_soon"
    assert _json("cases", "list", "--overdue", db=db) == []
    assert _json("cases", "list", "--source", "visit", db=db) == []

    bad = run_cli("cases", "status", no, "--to", "立案", db=db)
    assert bad.returncode == 1 and "错误 [E_CASE_TRANSITION]" in bad.stderr
    run_cli("cases", "status", no, "--to", "受理", "--date", "2026-11-19", db=db, check=True)
    refused = run_cli("cases", "status", no, "--to", "立案", db=db)
    assert refused.returncode == 1 and "E_CASE_INSPECTORS" in refused.stderr
    run_cli("cases", "assign", no, "--inspector", "33990001", "--inspector", "33990002",
            db=db, check=True)
    run_cli("cases", "status", no, "--to", "filed", "--reason", "立案审批", db=db, check=True)
    pay = _json("cases", "payment", no, "--amount", "3000", "--date", "2026-11-24",
                "--worker", IDS[1], db=db)
    assert isinstance(pay, dict) and pay["amount_fen"] == 300_000
    assert isinstance(_json("cases", "refer", no, "--to", "police", "--number", "移〔2026〕1号",
                            db=db), dict)

    shown = run_cli("cases", "show", no, "--json", db=db, check=True).stdout
    detail = json.loads(shown)
    assert detail["status"] == "filed" and detail["total_paid_fen"] == 300_000
    assert detail["referrals"][0]["receiving_body"] == "公安机关"
    assert IDS[1] not in shown and IDS[2] not in shown  # masked by default
    revealed = run_cli("cases", "show", no, "--reveal", "--json", db=db, check=True).stdout
    assert IDS[1] in revealed
    ledger = run_cli("cases", "workers", "--json", db=db, check=True).stdout
    assert IDS[1] not in ledger and IDS[1][-4:] in ledger
    text = run_cli("cases", "list", db=db, check=True).stdout
    assert "QX2026-00001" in text and "调查" not in text and "立案" in text

    usage = run_cli("cases", "status", no, db=db)
    assert usage.returncode == 2  # --to missing


def test_five_haves_blacklist_and_parties_from_the_cli(tmp_path: Path) -> None:
    """(Reveal on a field laptop, with a case it received: tests/sync/test_case_sync.py.)"""
    db = tmp_path / "o.db"
    run_cli("init", "--role", "office", db=db, check=True)
    no = _json("cases", "add", "--source", "visit", "--received", "2026-11-20",
               "--worker", f"张三,{IDS[1]},1,100", "--party", f"legal_rep:李四:{IDS[7]}",
               "--party", "crew_boss:王包工", "--duty-unit", "城关镇", "--mass-incident", db=db)
    assert isinstance(no, dict)
    out = run_cli("cases", "show", no["case_no"], db=db, check=True)
    assert IDS[1] not in out.stdout and IDS[1][-4:] in out.stdout
    five = _json("cases", "five", db=db)
    assert isinstance(five, list) and five[0]["missing"] == ["责任领导", "责任人", "整改措施", "完成时限"]
    bl = run_cli("cases", "blacklist", no["case_no"], "--json", db=db, check=True).stdout
    doc = json.loads(bl)
    assert doc["eligible"] is False and doc["persons"][0]["name"] == "李四"
    assert IDS[7] not in bl and IDS[7][-4:] in bl
    parties = json.loads(run_cli("cases", "show", no["case_no"], "--json", db=db,
                                 check=True).stdout)["parties"]
    assert {p["role"] for p in parties} == {"legal_rep", "crew_boss"}


def test_a_field_laptop_adds_no_case(tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    run_cli("init", db=db, check=True)
    out = run_cli("cases", "add", "--source", "visit", "--received", "2026-11-20", db=db)
    assert out.returncode == 1 and "E_RIGHTS" in out.stderr, out


def test_template_import_figures_and_calendar(tmp_path: Path) -> None:
    db = tmp_path / "i.db"
    run_cli("init", "--role", "office", db=db, check=True)
    tpl = tmp_path / "t.xlsx"
    run_cli("cases", "template", "--out", tpl, db=db, check=True)
    wb = load_workbook(tpl)
    ws = wb.worksheets[0]
    head = [c.value for c in ws[1]]
    row = {h: "" for h in head}
    row.update({"案件来源*": "来访", "来源编号*": "LF-9", "收到日期*": "2026-11-02",
                "劳动者姓名": "张三", "身份证号": IDS[5], "拖欠金额（元）": "100"})
    ws.append([row[h] for h in head])
    ws.append(["来访", "LF-10", "2026-11-02"] + [""] * (len(head) - 3))
    ws.append(["来访", "", "2026-11-02"] + [""] * (len(head) - 3))
    wb.save(tpl)
    imp = run_cli("cases", "import", tpl, "--json", db=db)
    assert imp.returncode == 1  # a bad row: scripts must notice
    report = json.loads(imp.stdout)
    assert report["created"] == 2 and report["errors"][0]["row"] == 4
    again = json.loads(run_cli("cases", "import", tpl, "--json", db=db).stdout)
    assert again["created"] == 0 and again["unchanged"] == 2
    fig = _json("cases", "figures", "--from", "2026-11-01", "--to", "2026-11-30", db=db)
    assert isinstance(fig, dict) and fig["received"] == 2 and fig["owed_fen"] == 10_000

    cal = _json("calendar", "add-holiday", "2027-01-01", db=db)
    assert cal == [{"date": "2027-01-01", "kind": "holiday", "weekday": "周五"}]
    run_cli("calendar", "add-workday", "2027-01-03", db=db, check=True)
    weekday = run_cli("calendar", "add-workday", "2027-01-04", db=db)
    assert weekday.returncode == 1 and "E_CALENDAR_WEEKDAY" in weekday.stderr
    run_cli("calendar", "remove", "2027-01-01", db=db, check=True)
    assert _json("calendar", "show", db=db) == [
        {"date": "2027-01-03", "kind": "workday", "weekday": "周日"}]
    th = _json("cases", "threshold", "--province", "湖南", db=db)
    assert isinstance(th, dict) and th["current"]["single_fen"] == 600_000
