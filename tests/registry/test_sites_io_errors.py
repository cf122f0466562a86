"""Bad import files and rows: a code and a Chinese message, every problem named, nothing lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from inspector.cli.main import main
from inspector.config import get_authority, update_authority
from inspector.errors import ImportFileError, ValidationError
from inspector.registry.service import list_sites, save_inspector
from inspector.registry.sites_io import import_sites
from tests.registry.test_sites_io import _csv, _row


def test_csv_that_is_neither_utf8_nor_gbk(db, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    import_sites(db, _csv(tmp_path / "ok.csv", [_row()]))
    bad = tmp_path / "bad.csv"
    bad.write_bytes(_csv(tmp_path / "x.csv", [_row(**{"项目编号": "XM2"})]).read_bytes()
                    + b"\xff\xff\xff,\x80\n")
    with pytest.raises(ImportFileError) as err:
        import_sites(db, bad)
    assert err.value.code == "E_FILE_ENCODING" and "CSV UTF-8" in err.value.message
    rc = main(["--db", str(db.url.removeprefix("sqlite:///")), "sites", "import", str(bad)])
    out = capsys.readouterr()
    assert rc == 1 and out.err.startswith("错误 [E_FILE_ENCODING]：")
    assert "Traceback" not in out.err and "UnicodeDecodeError" not in out.err
    assert [s.code for s in list_sites(db)] == ["XM9"], "what was stored stays"


@pytest.mark.parametrize("content", [b"plain text renamed to xlsx\n", b"PK\x03\x04broken zip"])
def test_a_renamed_file_is_not_excel(db, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "sites.xlsx"
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as err:
        import_sites(db, path)
    assert err.value.code == "E_FILE_NOT_XLSX"
    assert "zip" not in err.value.message.lower() and "另存为" in err.value.message


def test_a_zip_that_is_not_a_workbook(db, tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "sites.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("readme.txt", "not a workbook")
    with pytest.raises(ImportFileError) as err:
        import_sites(db, path)
    assert err.value.code == "E_FILE_NOT_XLSX"


def test_a_code_repeated_in_one_file_is_an_error_on_the_later_rows(db, tmp_path: Path) -> None:
    wb = Workbook()
    from inspector.registry.sites_io import HEADERS

    wb.active.append(HEADERS)
    wb.active.append(_row(**{"在职人数": "10"}))
    wb.active.append(_row(**{"项目编号": "XM8", "项目名称*": "另一工地"}))
    wb.active.append(_row(**{"在职人数": "99"}))
    wb.save(tmp_path / "dup.xlsx")
    report = import_sites(db, tmp_path / "dup.xlsx")
    assert [(e.row, "与第 2 行重复" in e.reason) for e in report.errors] == [(4, True)]
    sites = {s.code: s for s in list_sites(db)}
    assert set(sites) == {"XM9", "XM8"} and sites["XM9"].headcount_active == 10


def test_every_problem_of_a_row_is_reported(db, tmp_path: Path) -> None:
    f = _csv(tmp_path / "many.csv", [_row(**{
        "项目状态（在建/停工/已完工）": "施工中", "开工日期": "去年", "在职人数": "很多",
        "施工总承包单位统一社会信用代码*": "913301001234567890", "合同金额（万元）": "一千"})])
    report = import_sites(db, f)
    reasons = [e.reason for e in report.errors]
    assert {e.row for e in report.errors} == {2} and len(reasons) == 5
    for words in ("项目状态“施工中”", "开工日期“去年”", "在职人数“很多”", "校验位", "合同金额“一千”"):
        assert any(words in r for r in reasons), words
    assert list_sites(db) == []


def test_credential_number_is_checked_against_the_configured_pattern(db) -> None:
    with pytest.raises(ValidationError) as err:
        save_inspector(db, name="王五", credential_no="33-99")
    assert err.value.code == "E_CREDENTIAL_FORMAT"
    settings = get_authority(db)
    settings.credential_pattern = r"浙\d{8}"
    update_authority(db, settings)
    save_inspector(db, name="王五", credential_no="浙33990001")
    with pytest.raises(ValidationError):
        save_inspector(db, name="赵六", credential_no="33990002")
    settings.credential_pattern = "([unclosed"
    with pytest.raises(ValidationError) as bad:
        update_authority(db, settings)
    assert bad.value.code == "E_CREDENTIAL_PATTERN"
