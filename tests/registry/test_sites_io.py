"""Sites template and import: headers, per-row errors, one transaction, re-import updates."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from inspector.errors import ImportFileError
from inspector.registry.service import list_sites
from inspector.registry.sites_io import HEADERS, import_sites, write_template
from tests.core.helpers import GC_CODE, OWNER_CODE, SUB_CODE

GOOD = {"项目编号": "XM9", "项目名称*": "滨江花园二期", "所属乡镇（街道）": "滨江街道",
        "行业主管部门（住建/交通/水利/其他）": "住建", "项目状态（在建/停工/已完工）": "在建",
        "建设单位名称": "安居置业有限公司", "建设单位统一社会信用代码": OWNER_CODE,
        "施工总承包单位名称*": "宏达建设集团有限公司", "施工总承包单位统一社会信用代码*": GC_CODE,
        "分包单位（名称:信用代码，多个用分号分隔）": f"劳务公司:{SUB_CODE}",
        "合同金额（万元）": "1200.5", "开工日期": "2026/01/05", "在职人数": "98"}


def _row(**over: str) -> list[str]:
    data = {**GOOD, **over}
    return [data.get(h, "") for h in HEADERS]


def _csv(path: Path, rows: list[list[str]], encoding: str = "utf-8-sig") -> Path:
    with open(path, "w", encoding=encoding, newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADERS)
        w.writerows(rows)
    return path


def test_templates_have_the_chinese_headers(tmp_path: Path) -> None:
    write_template(tmp_path / "t.xlsx")
    write_template(tmp_path / "t.csv")
    wb = load_workbook(tmp_path / "t.xlsx")
    assert [c.value for c in wb["工程项目"][1]] == HEADERS
    assert "填写说明" in wb.sheetnames
    assert (tmp_path / "t.csv").read_text(encoding="utf-8-sig").strip().split(",") == HEADERS


def test_bad_rows_are_reported_by_number_and_good_rows_imported(db, tmp_path: Path) -> None:
    f = _csv(tmp_path / "in.csv", [
        _row(),
        _row(**{"项目编号": "XM10", "施工总承包单位统一社会信用代码*": "913301001234567890"}),
        _row(**{"项目编号": "XM11", "项目状态（在建/停工/已完工）": "施工中"}),
        _row(**{"项目编号": "XM12", "开工日期": "去年"}),
        _row(**{"项目编号": "XM13", "项目名称*": "城北污水厂", "在职人数": "40"}),
    ])
    report = import_sites(db, f)
    assert (report.created, report.updated) == (2, 0)
    assert [e.row for e in report.errors] == [3, 4, 5]
    assert "校验位错误" in report.errors[0].reason
    assert "项目状态“施工中”" in report.errors[1].reason
    assert "开工日期“去年”不是有效日期" in report.errors[2].reason
    sites = {s.name: s for s in list_sites(db)}
    assert set(sites) == {"滨江花园二期", "城北污水厂"}
    assert sites["滨江花园二期"].headcount_active == 98


def test_reimport_updates_instead_of_duplicating(db, tmp_path: Path) -> None:
    import_sites(db, _csv(tmp_path / "a.csv", [_row()]))
    report = import_sites(db, _csv(tmp_path / "b.csv", [_row(**{"在职人数": "120"})]))
    assert (report.created, report.updated) == (0, 1)
    again = import_sites(db, _csv(tmp_path / "c.csv", [_row(**{"在职人数": "120"})]))
    assert (again.created, again.updated, again.unchanged) == (0, 0, 1)
    sites = list_sites(db)
    assert len(sites) == 1 and sites[0].headcount_active == 120


def test_gbk_csv_from_excel_and_xlsx_both_import(db, tmp_path: Path) -> None:
    report = import_sites(db, _csv(tmp_path / "gbk.csv", [_row()], encoding="gb18030"))
    assert report.created == 1 and report.ok
    wb = Workbook()
    wb.active.append(HEADERS)
    wb.active.append(_row(**{"项目编号": "XM20", "项目名称*": "第三中学教学楼"}))
    wb.save(tmp_path / "in.xlsx")
    report = import_sites(db, tmp_path / "in.xlsx")
    assert report.created == 1 and report.ok
    assert len(list_sites(db, search="中学")) == 1


def test_wrong_file_is_refused_clearly(db, tmp_path: Path) -> None:
    (tmp_path / "x.csv").write_text("名称,地址\n甲,乙\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="表头缺少必填列"):
        import_sites(db, tmp_path / "x.csv")
    (tmp_path / "x.xlsx").write_bytes(b"not a zip")
    with pytest.raises(ImportFileError, match="无法读取 Excel"):
        import_sites(db, tmp_path / "x.xlsx")
    assert list_sites(db) == []
