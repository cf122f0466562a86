"""Excel/CSV ledgers (台账) of cases and of workers, for the office to file or send on.

ID numbers are always masked here: an exported file leaves the program's control
(人社部令第45号第四条, personal-information protection), whatever the user's role.
"""

from __future__ import annotations

import csv
from pathlib import Path

from inspector.cases.clocks import STATE_LABELS
from inspector.cases.queries import list_cases, workers_ledger
from inspector.errors import ImportFileError
from inspector.storage import Database

CASE_HEADERS = ["案号", "来源", "线上/线下", "来源编号", "收到日期", "用人单位", "地区", "专项行动",
                "状态", "涉及人数", "拖欠金额（元）", "已追回（元）", "时限"]
WORKER_HEADERS = ["姓名", "身份证号（脱敏）", "电话", "案件数", "案号", "拖欠金额（元）", "已付（元）"]


def _yuan(fen: int) -> str:
    return f"{fen / 100:.2f}"


def ledger_rows(db: Database, *, workers: bool = False,
                campaign: str | None = None) -> tuple[list[str], list[list[str]]]:
    if workers:
        return WORKER_HEADERS, [
            [w.name, w.id_number, w.phone, str(w.cases), "、".join(w.case_nos),
             _yuan(w.owed_fen), _yuan(w.paid_fen)] for w in workers_ledger(db)]
    return CASE_HEADERS, [
        [r.case_no, r.source_label, "线上" if r.online else "线下", r.source_ref,
         r.received_on.isoformat(), r.employer, r.area, r.campaign, r.status_label,
         str(r.workers), _yuan(r.owed_fen), _yuan(r.paid_fen), STATE_LABELS[r.flag]]
        for r in list_cases(db, campaign=campaign)]


def export_ledger(db: Database, path: Path, *, workers: bool = False,
                  campaign: str | None = None) -> int:
    """Write the ledger to .xlsx or .csv (UTF-8 with BOM); returns the number of rows."""
    headers, rows = ledger_rows(db, workers=workers, campaign=campaign)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        with open(path, "w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(headers)
            w.writerows(rows)
    elif suffix == ".xlsx":
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        ws.title = "劳动者台账" if workers else "欠薪案件台账"
        ws.append(headers)
        for r in rows:
            ws.append(r)
        wb.save(path)
    else:
        raise ImportFileError("台账只能导出为 .xlsx 或 .csv 文件。", code="E_EXPORT_TYPE")
    return len(rows)
