"""A case's worker list read from a sheet: checked whole, every bad line named, nothing
taken from a file with one bad line."""

from __future__ import annotations

from pathlib import Path

import pytest

from inspector.cases.worker_list import read_worker_list
from inspector.errors import InspectorError
from tests.cases.helpers import IDS

HEADER = "姓名,身份证号,电话,拖欠月数,拖欠金额（元）\n"


def test_reads_a_list_with_exact_money(tmp_path: Path) -> None:
    f = tmp_path / "名单.csv"
    f.write_text(HEADER + f"工人1,{IDS[1]},138,3,1234.5\n\n工人2, {IDS[2].lower()} ,,,\n",
                 encoding="utf-8")
    got = read_worker_list(f)
    assert [(w.name, w.id_number, w.months_owed, w.amount_owed_fen) for w in got] == [
        ("工人1", IDS[1], 3, 123_450), ("工人2", IDS[2], 0, 0)]


def test_gbk_file_from_excel(tmp_path: Path) -> None:
    f = tmp_path / "名单.csv"
    f.write_bytes((HEADER + f"工人3,{IDS[3]},,1,100\n").encode("gb18030"))
    assert [w.name for w in read_worker_list(f)] == ["工人3"]


def test_every_bad_line_named_and_nothing_taken(tmp_path: Path) -> None:
    wrong = IDS[4][:-1] + ("0" if IDS[4][-1] != "0" else "1")
    f = tmp_path / "名单.csv"
    f.write_text(HEADER + f"工人1,{IDS[1]},,1,100\n工人4,{wrong},,1,100\n"
                 f",{IDS[5]},,1,100\n工人6,{IDS[6]},,两个月,100\n工人7,{IDS[7]},,1,-5\n",
                 encoding="utf-8")
    with pytest.raises(InspectorError) as e:
        read_worker_list(f)
    assert e.value.code == "E_WORKER_LIST"
    assert all(f"第{n}行" in str(e.value) for n in (3, 4, 5, 6))
    assert "第2行" not in str(e.value)


def test_wrong_header_refused(tmp_path: Path) -> None:
    f = tmp_path / "名单.csv"
    f.write_text(f"名字,号码\n工人1,{IDS[1]}\n", encoding="utf-8")
    with pytest.raises(InspectorError) as e:
        read_worker_list(f)
    assert e.value.code == "E_WORKER_LIST"
