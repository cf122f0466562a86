"""A case's worker list read from a sheet (.csv or .xlsx): 姓名, 身份证号, 电话, 拖欠月数,
拖欠金额（元）, header first — the shape the arrears list (清单) uses, with the ID number
the case ledger keys on. The whole list is checked before any of it is used: one bad
line refuses the file, naming every bad line, so a form never takes half a list.
"""

from __future__ import annotations

from pathlib import Path

from inspector.cases import idcard
from inspector.cases.service import WorkerInput
from inspector.errors import ValidationError
from inspector.inspections.arrears import parse_yuan
from inspector.registry.sites_io import read_sheet

HEADERS = ("姓名", "身份证号", "电话", "拖欠月数", "拖欠金额（元）")


def read_worker_list(path: Path) -> list[WorkerInput]:
    rows = list(read_sheet(path))
    if not rows or [h.strip() for h in rows[0][:2]] != list(HEADERS[:2]):
        raise ValidationError("劳动者名单的表头应为：" + "、".join(HEADERS) + "。",
                              code="E_WORKER_LIST")
    out: list[WorkerInput] = []
    problems: list[str] = []
    for number, row in enumerate(rows[1:], start=2):
        cells = [c.strip() for c in row] + [""] * (len(HEADERS) - len(row))
        if not any(cells):
            continue
        try:
            if not cells[0]:
                raise ValidationError("姓名为空", code="E_WORKER_NAME")
            if cells[3] and not cells[3].isdigit():
                raise ValidationError(f"拖欠月数“{cells[3]}”应为整数", code="E_NEGATIVE")
            out.append(WorkerInput(cells[0], idcard.validate(cells[1]), cells[2],
                                   int(cells[3] or 0), parse_yuan(cells[4] or "0")))
        except ValidationError as e:
            problems.append(f"第{number}行：{e}")
    if problems:
        raise ValidationError("劳动者名单有误，未导入：" + "；".join(problems[:10])
                              + ("……" if len(problems) > 10 else ""), code="E_WORKER_LIST")
    return out
