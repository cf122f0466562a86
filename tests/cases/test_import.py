"""Import from spreadsheets: good, bad and repeated rows; xlsx, UTF-8 and GB18030 csv; mappings."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import text

from inspector.cases.cases_io import import_cases, template_headers, write_template
from inspector.cases.queries import case_detail, list_cases
from inspector.errors import ImportFileError
from tests.cases.helpers import IDS

HEAD = ["案件来源*", "来源编号*", "收到日期*", "用人单位名称", "劳动者姓名", "身份证号",
        "拖欠月数", "拖欠金额（元）", "是否引发群体性事件（是/否）"]
BAD_ID = IDS[3][:17] + ("1" if IDS[3][17] != "1" else "2")

GOOD = [
    ["来访", "LF-001", "2026-11-02", "宏达劳务", "张三", IDS[1], "3", "6000.50", "否"],
    ["来访", "LF-001", "2026-11-02", "宏达劳务", "李四", IDS[2], "2", "4000", ""],
    ["全国根治欠薪线索反映平台", "GZ-9", "2026/11/05", "安居置业", "王五", IDS[4], "1", "1000", ""],
]
BAD = [
    # every reason of a row, not just the first
    ["火星", "", "2026-13-01", "某公司", "赵六", BAD_ID, "x", "12.345", "也许"],
    ["来访", "LF-001", "2026-11-02", "宏达劳务", "张三（重复）", IDS[1], "1", "1", ""],
]


def _xlsx(path: Path, rows: list[list[str]], head: list[str] = HEAD) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(head)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def _csv(path: Path, rows: list[list[str]], encoding: str) -> Path:
    with open(path, "w", encoding=encoding, newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEAD)
        w.writerows(rows)
    return path


def _count(db, table: str) -> int:
    with db.session() as s:
        return int(s.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar() or 0)


def test_good_and_bad_rows_xlsx(db, tmp_path: Path) -> None:
    report = import_cases(db, _xlsx(tmp_path / "c.xlsx", GOOD + BAD))
    assert (report.created, report.updated) == (2, 0)
    rows = {e.row: e.reasons for e in report.errors}
    assert set(rows) == {5, 6}
    assert len(rows[5]) >= 6, rows[5]  # source, ref, date, ID, months, amount, 是/否
    joined = "\n".join(rows[5])
    for word in ("案件来源“火星”", "来源编号必须填写", "收到日期", "校验位", "拖欠月数", "两位小数", "是 或 否"):
        assert word in joined
    assert BAD_ID not in joined  # the ID number is masked even in an error
    assert "重复" in rows[6][0]
    lf = next(r for r in list_cases(db) if r.source_ref == "LF-001")
    assert lf.workers == 2 and lf.owed_fen == 600_050 + 400_000
    assert _count(db, "case_worker") == 3


def test_reimport_updates_never_duplicates(db, tmp_path: Path) -> None:
    import_cases(db, _xlsx(tmp_path / "a.xlsx", GOOD))
    changed = [r[:] for r in GOOD]
    changed[1][7] = "4500"
    report = import_cases(db, _xlsx(tmp_path / "b.xlsx", changed))
    assert (report.created, report.updated, report.unchanged) == (0, 1, 1)
    assert len(list_cases(db)) == 2 and _count(db, "case_worker") == 3
    again = import_cases(db, _xlsx(tmp_path / "b.xlsx", changed))
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030"])
def test_csv_in_utf8_and_gb18030(db, tmp_path: Path, encoding: str) -> None:
    report = import_cases(db, _csv(tmp_path / "c.csv", GOOD + BAD[:1], encoding))
    assert report.created == 2 and [e.row for e in report.errors] == [5]
    names = {w["name"] for r in list_cases(db) for w in case_detail(db, r.id)["workers"]}
    assert names == {"张三", "李四", "王五"}


def test_a_failing_case_rolls_back_only_its_rows(db, tmp_path: Path) -> None:
    head = [*HEAD, "项目编号"]
    rows = [GOOD[0] + [""], ["来信", "XX-1", "2026-11-03", "甲", "", "", "", "", "", "NO-SUCH"]]
    report = import_cases(db, _xlsx(tmp_path / "c.xlsx", rows, head))
    assert report.created == 1 and [e.row for e in report.errors] == [3]
    assert "找不到项目编号" in report.errors[0].reasons[0]


def test_national_platform_mapping(db, tmp_path: Path) -> None:
    head = ["线索编号", "反映时间", "被反映单位", "欠薪人姓名", "欠薪人身份证号", "欠薪金额（元）"]
    path = _xlsx(tmp_path / "n.xlsx", [["GZ-1", "2026-11-01", "宏达", "张三", IDS[1], "800"]], head)
    with pytest.raises(ImportFileError) as err:
        import_cases(db, path)  # the default layout has no 案件来源 column here
    assert err.value.code == "E_IMPORT_HEADER"
    report = import_cases(db, path, mapping="national_platform")
    assert report.created == 1
    (row,) = list_cases(db)
    assert row.source == "national_platform" and row.online and row.owed_fen == 80_000


def test_template_round_trip(db, tmp_path: Path) -> None:
    write_template(tmp_path / "t.xlsx")
    ws = load_workbook(tmp_path / "t.xlsx").worksheets[0]
    assert [c.value for c in ws[1]] == template_headers()
    write_template(tmp_path / "t.csv")
    assert (tmp_path / "t.csv").read_text("utf-8-sig").strip().split(",") == template_headers()
    with pytest.raises(ImportFileError):
        import_cases(db, tmp_path / "t.csv", mapping="no_such_mapping")


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_exported_ledgers_mask_id_numbers(db, tmp_path: Path, suffix: str) -> None:
    from inspector.cases.export import export_ledger

    import_cases(db, _xlsx(tmp_path / "c.xlsx", GOOD))
    out = tmp_path / f"w{suffix}"
    assert export_ledger(db, out, workers=True) == 3
    assert export_ledger(db, tmp_path / f"c{suffix}") == 2
    if suffix == ".csv":
        body = out.read_text("utf-8-sig") + (tmp_path / "c.csv").read_text("utf-8-sig")
    else:
        body = "\n".join(str(c.value) for p in (out, tmp_path / "c.xlsx")
                         for row in load_workbook(p).worksheets[0].iter_rows() for c in row)
    for n in (IDS[1], IDS[2], IDS[4]):
        assert n not in body and n[:3] + "*" * 11 + n[-4:] in body
    assert "张三" in body and "6000.50" in body
