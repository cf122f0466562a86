"""Historical inspections in: template, row-by-row checks, one transaction, re-import updates,
and imported records counted by the figures like any other."""

from __future__ import annotations

import csv
import sqlite3
from datetime import date
from pathlib import Path

import orjson
import pytest
from openpyxl import Workbook, load_workbook

from inspector.inspections.history_io import HEADERS, write_template
from inspector.inspections.history_save import import_history
from inspector.registry.credit_code import make
from inspector.reports.figures import Period, compute
from tests.conftest import run_cli
from tests.core.helpers import GC_CODE, make_site

EMP_CODE = make("91339901MA0000020")
PEOPLE = "王五:33990001；赵六:33990002"
GOOD_EMPLOYER = {
    "检查日期": "2025-03-10", "对象类型": "用人单位", "名称": "精工机械有限公司",
    "统一社会信用代码": EMP_CODE, "行业": "制造业", "乡镇": "城关镇", "检查人员": PEOPLE,
    "在岗人数": "40", "已签订劳动合同人数": "36", "本次督促签订人数": "4", "集体合同": "无",
    "发现问题": "E04；E05", "指令书文号": "示劳监令〔2025〕3号", "出具日期": "2025/03/10",
    "备注": "=HYPERLINK(\"x\")"}
GOOD_SITE = {
    "检查日期": "2025年03月12日", "对象类型": "工程项目", "名称": "幸福里小区1号楼",
    "统一社会信用代码": GC_CODE, "检查人员": PEOPLE, "在岗人数": "120",
    "已签订劳动合同人数": "118", "集体合同": "有"}
PERIOD = Period(date(2025, 1, 1), date(2025, 3, 31))


@pytest.fixture
def db(db_path: Path, new_device):  # -> Database: an office's (the ledger is imported at the office)
    from inspector.appdb import open_app_database

    database = open_app_database(new_device(db_path, role="office", code="OFFICE"))
    yield database
    database.dispose()


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    plain = [h.split("*")[0].split("（")[0] for h in HEADERS]
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADERS)
        w.writerows([[r.get(p, "") for p in plain] for r in rows])
    return path


def _sql(db_path: Path, q: str) -> list[tuple]:
    with sqlite3.connect(db_path) as con:
        return con.execute(q).fetchall()


def test_template_has_the_issue_columns(tmp_path: Path) -> None:
    write_template(tmp_path / "t.xlsx")
    write_template(tmp_path / "t.csv")
    wb = load_workbook(tmp_path / "t.xlsx")
    assert [c.value for c in wb.worksheets[0][1]] == HEADERS
    assert wb.sheetnames == ["检查台账", "填写说明"]
    with open(tmp_path / "t.csv", encoding="utf-8-sig") as fh:
        assert next(csv.reader(fh)) == HEADERS
    for name in ("检查日期", "对象类型", "统一社会信用代码", "检查人员", "在岗人数",
                 "已签订劳动合同人数", "本次督促签订人数", "集体合同", "发现问题", "指令书文号",
                 "出具日期", "备注", "专项行动", "行业", "乡镇"):
        assert any(h.startswith(name) for h in HEADERS), name


def test_every_bad_row_is_reported_and_good_rows_count_in_the_figures(
        db, db_path: Path, tmp_path: Path) -> None:
    make_site(db)
    bad = [
        {**GOOD_EMPLOYER, "统一社会信用代码": "91339901MA00000200", "名称": "甲"},   # row 4
        {**GOOD_EMPLOYER, "检查人员": "王五:33990001", "检查日期": "2025-03-11"},    # row 5
        {**GOOD_EMPLOYER, "已签订劳动合同人数": "41", "检查日期": "2025-03-13"},     # row 6
        {**GOOD_EMPLOYER, "发现问题": "E99", "检查日期": "2025-03-14",
         "指令书文号": "", "出具日期": ""},                                           # row 7
        {**GOOD_EMPLOYER, "发现问题": "", "检查日期": "2025-03-15"},                  # row 8
        {**GOOD_SITE, "名称": "不存在的工地"},                                         # row 9
        {**GOOD_EMPLOYER, "出具日期": "2025-03-01", "检查日期": "2025-03-16"},       # row 10
        {**GOOD_EMPLOYER, "集体合同": "签了", "检查日期": "2025-03-17", "出具日期": "2025-03-17",
         "对象类型": "单位"},                                                         # row 11
    ]
    report = import_history(db, _write(tmp_path / "h.csv", [GOOD_EMPLOYER, GOOD_SITE, *bad]))
    assert (report.created, report.updated, report.unchanged) == (2, 0, 0)
    by_row: dict[int, list[str]] = {}
    for e in report.errors:
        by_row.setdefault(e.row, []).append(e.reason)
    assert sorted(by_row) == [4, 5, 6, 7, 8, 9, 10, 11]
    assert any("校验码" in r or "信用代码" in r for r in by_row[4])
    assert any("不得少于2人" in r for r in by_row[5])
    assert any("不能多于在岗人数" in r for r in by_row[6])
    assert any("E99" in r for r in by_row[7])
    assert any("列出违法行为" in r for r in by_row[8])
    assert any("请先导入工程项目" in r for r in by_row[9])
    assert any("早于检查日期" in r for r in by_row[10])
    assert len(by_row[11]) == 2  # both problems of the row, not just the first

    # The tests' own reading of the raw tables.
    rows = _sql(db_path, """SELECT target_kind, imported, status, campaign FROM inspection
                            WHERE tombstone = 0 ORDER BY target_kind""")
    assert rows == [("employer", 1, "finalized", ""), ("site", 1, "finalized", "")]
    assert _sql(db_path, """SELECT number, issue_date, status FROM rectification_order""") == [
        ("示劳监令〔2025〕3号", "2025-03-10", "closed")]
    assert _sql(db_path, "SELECT count(*) FROM order_violation")[0][0] == 2
    assert _sql(db_path, "SELECT industry FROM employer WHERE credit_code = ?".replace(
        "?", f"'{EMP_CODE}'")) == [("C",)]
    got = compute(db, PERIOD)
    assert got["employers_inspected"] == 1 and got["construction_sites_inspected"] == 1
    assert got["employers_by_industry"] == {"制造业": 1}
    assert got["orders_issued"] == 1 and got["orders_rectified"] == got["orders_overdue"] == 0
    assert got["contracts_signed_on_visits"] == 4
    assert got["contract_rate_percent"] == round((36 + 118) * 100 / (40 + 120), 1)
    assert got["collective_contract_rate_percent"] == 50.0


def test_reimport_updates_and_never_duplicates(db, db_path: Path, tmp_path: Path) -> None:
    make_site(db)
    f = _write(tmp_path / "h.csv", [GOOD_EMPLOYER, GOOD_SITE])
    assert import_history(db, f).created == 2
    again = import_history(db, f)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    changed = {**GOOD_EMPLOYER, "已签订劳动合同人数": "38", "发现问题": "E04",
               "指令书文号": "示劳监令〔2025〕4号", "检查人员": "王五:33990001；钱七:33990003"}
    third = import_history(db, _write(tmp_path / "h2.csv", [changed, GOOD_SITE]))
    assert (third.created, third.updated, third.unchanged, third.errors) == (0, 1, 1, [])
    assert _sql(db_path, "SELECT count(*) FROM inspection")[0][0] == 2
    assert _sql(db_path, """SELECT number FROM rectification_order WHERE tombstone = 0""") == [
        ("示劳监令〔2025〕4号",)]
    assert _sql(db_path, "SELECT count(*) FROM order_violation WHERE tombstone = 0")[0][0] == 1
    assert _sql(db_path, """SELECT count(*) FROM finding WHERE tombstone = 0""")[0][0] == 1
    names = _sql(db_path, """SELECT p.name FROM inspection_inspector l
        JOIN inspector p ON p.id = l.inspector_id JOIN inspection i ON i.id = l.inspection_id
        WHERE l.tombstone = 0 AND i.target_kind = 'employer' ORDER BY l.position""")
    assert names == [("王五",), ("钱七",)]
    # The update is a new version, so it travels in the next sync bundle.
    assert _sql(db_path, """SELECT rev FROM inspection WHERE target_kind = 'employer'""") == [(2,)]
    got = compute(db, PERIOD)
    assert got["contract_rate_percent"] == round((38 + 118) * 100 / (40 + 120), 1)
    assert got["orders_issued"] == 1


def test_a_field_device_may_not_import_the_ledger(db_path: Path, tmp_path: Path) -> None:
    from inspector.appdb import open_app_database
    from inspector.devices import init_device
    from inspector.errors import ValidationError

    field = open_app_database(tmp_path / "field.db")
    init_device(field)
    with pytest.raises(ValidationError) as exc:
        import_history(field, _write(tmp_path / "h.csv", [GOOD_EMPLOYER]))
    assert exc.value.code == "E_HISTORY_OFFICE_ONLY"
    field.dispose()


def test_cli_tags_an_inspection_with_a_campaign(db, db_path: Path, tmp_path: Path) -> None:
    from inspector.cases.targets import save_campaign

    with db.uow() as s:
        save_campaign(s, code="WINTER", name="冬季根治欠薪专项行动")
    import_history(db, _write(tmp_path / "h.csv", [GOOD_EMPLOYER]))
    (iid,) = _sql(db_path, "SELECT id FROM inspection")[0]
    db.dispose()
    out = run_cli("inspections", "campaign", iid, "WINTER", "--json", db=db_path, check=True)
    assert orjson.loads(out.stdout) == {"id": iid, "campaign": "WINTER"}
    assert _sql(db_path, "SELECT campaign FROM inspection") == [("WINTER",)]
    bad = run_cli("inspections", "campaign", iid, "NOPE", db=db_path)
    assert bad.returncode == 1 and "E_CAMPAIGN_NOT_FOUND" in bad.stderr
    assert _sql(db_path, "SELECT campaign FROM inspection") == [("WINTER",)]


def test_xlsx_import_and_cli(db, db_path: Path, tmp_path: Path) -> None:
    make_site(db)
    db.dispose()
    wb = Workbook()
    ws = wb.active
    ws.append(HEADERS)
    plain = [h.split("*")[0].split("（")[0] for h in HEADERS]
    ws.append([date(2025, 3, 12) if p == "检查日期" else GOOD_SITE.get(p, "") for p in plain])
    ws.append(["2025-03-13", "工程项目", "幸福里小区1号楼", GC_CODE])  # no inspectors
    wb.save(tmp_path / "h.xlsx")
    out = run_cli("inspections", "import", tmp_path / "h.xlsx", "--json", db=db_path)
    assert out.returncode == 1  # a row was refused: a script must notice
    doc = orjson.loads(out.stdout)
    assert doc["created"] == 1 and [e["row"] for e in doc["errors"]] == [3]
    tpl = run_cli("inspections", "template", "--out", tmp_path / "t.txt", db=db_path)
    assert tpl.returncode == 1 and "E_TEMPLATE_TYPE" in tpl.stderr and "Traceback" not in tpl.stderr
    missing = run_cli("inspections", "import", tmp_path / "nope.csv", db=db_path)
    assert missing.returncode == 1 and "E_FILE_NOT_FOUND" in missing.stderr


@pytest.mark.parametrize("header", ["检查日期*", "检查人员（姓名:执法证号，多人用分号分隔）*"])
def test_a_missing_required_column_refuses_the_file(db, tmp_path: Path, header: str) -> None:
    from inspector.errors import ImportFileError

    path = tmp_path / "h.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerow([h for h in HEADERS if h != header])
    with pytest.raises(ImportFileError) as exc:
        import_history(db, path)
    assert exc.value.code == "E_IMPORT_HEADER"


def test_a_cancel_at_the_last_moment_leaves_nothing(db, db_path: Path, tmp_path: Path) -> None:
    from inspector.progress import Cancelled

    make_site(db)
    seen: list[str] = []

    def progress(done: int, total: int, label: str) -> None:
        seen.append(label)
        if label.startswith("正在提交"):
            raise Cancelled("已取消。")

    with pytest.raises(Cancelled):
        import_history(db, _write(tmp_path / "h.csv", [GOOD_EMPLOYER, GOOD_SITE]),
                       progress=progress)
    assert any(s.startswith("正在保存第 2/2 行") for s in seen)
    for table in ("inspection", "item_result", "rectification_order", "order_violation"):
        assert _sql(db_path, f"SELECT count(*) FROM {table}")[0][0] == 0, table
    assert _sql(db_path, "SELECT count(*) FROM employer WHERE credit_code = "
                f"'{EMP_CODE}'")[0][0] == 0
