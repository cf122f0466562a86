"""The site import carries the province platform's figures, and a platform export imports as is."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

from inspector.registry.sites_io import HEADERS, import_sites
from tests.core.helpers import GC_CODE

PLATFORM = ["实名采集人数", "在职人数", "在职人员劳动合同签订人数", "工资保证金已登记（是/否）",
            "工资专用账户已绑定（是/否）"]


def _csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def _sites(db_path: Path) -> list[tuple]:
    with sqlite3.connect(db_path) as con:
        return con.execute("""SELECT name, status, headcount_registered, headcount_active,
            contracts_signed, wage_deposit_registered, wage_account_bound FROM site
            ORDER BY name""").fetchall()


def test_template_has_the_platform_columns() -> None:
    assert all(h in HEADERS for h in PLATFORM)


def test_platform_columns_import_and_are_checked(db, db_path: Path, tmp_path: Path) -> None:
    def row(name: str, *platform: str) -> list[str]:
        data = {"项目名称*": name, "施工总承包单位名称*": "宏达建设集团有限公司",
                "施工总承包单位统一社会信用代码*": GC_CODE, **dict(zip(PLATFORM, platform, strict=False))}
        return [data.get(h, "") for h in HEADERS]

    report = import_sites(db, _csv(tmp_path / "s.csv", HEADERS, [
        row("甲工地", "150", "60", "58", "是", "否"),
        row("乙工地", "10", "5", "6", "是", "是"),       # more contracts than people
        row("丙工地", "", "", "", "登记了", "是"),        # not 是/否
        row("丁工地"),                                     # all optional
    ]))
    assert (report.created, [e.row for e in report.errors]) == (2, [3, 4])
    assert "在职人员劳动合同签订人数不能多于在职人数" in report.errors[0].reason
    assert "应填 是 或 否" in report.errors[1].reason
    assert _sites(db_path) == [("丁工地", "building", None, None, None, None, None),
                               ("甲工地", "building", 150, 60, 58, 1, 0)]


def test_a_platform_export_maps_onto_the_template(db, db_path: Path, tmp_path: Path) -> None:
    """The 陇明公 project export's own headers (docs/sites-import.md), in its own order."""
    header = ["序号", "项目编码", "项目名称", "所在乡镇", "项目状态", "施工总承包单位",
              "总承包单位统一社会信用代码", "实名制采集人数", "在职人员数", "劳动合同签订人数",
              "是否登记工资保证金", "是否绑定工资专用账户"]
    report = import_sites(db, _csv(tmp_path / "p.csv", header, [
        ["1", "P-001", "城南安置房", "城南街道", "完工", "宏达建设集团有限公司", GC_CODE,
         "300", "0", "0", "是", "是"],
        ["2", "P-002", "北环路改造", "北山镇", "在建", "宏达建设集团有限公司", GC_CODE,
         "86", "40", "40", "否", "是"],
    ]))
    assert report.ok and report.created == 2
    assert _sites(db_path) == [("北环路改造", "building", 86, 40, 40, 0, 1),
                               ("城南安置房", "completed", 300, 0, 0, 1, 1)]
    again = import_sites(db, tmp_path / "p.csv")
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
