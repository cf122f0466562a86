"""The sites import template and its importer (CSV or XLSX with Chinese headers).

Offices work 下载模板 → 填写 → 导入. Every bad row is reported with its row
number (as the office sees it in Excel: the header is row 1) and the reason; the
good rows are imported together in one transaction. Re-importing a site updates
it (matched by 项目编号, else by name + 总包信用代码), never duplicates it.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable, Iterator
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import partial
from pathlib import Path
from typing import Any

from inspector.domain.registry import REGULATORS, SITE_STATUSES
from inspector.errors import (
    ImportFileError,
    InspectorError,
    StorageError,
    ValidationError,
    catalogued,
)
from inspector.progress import Meter, ProgressFn
from inspector.registry.credit_code import validate as validate_credit_code
from inspector.registry.import_rows import ImportReport, ProblemList, RowError, RowProblems
from inspector.registry.service import EmployerInput, SiteInput, check_site, upsert_site
from inspector.storage import Database

# (header, field); "*" marks a required column.
COLUMNS: list[tuple[str, str]] = [
    ("项目编号", "code"),
    ("项目名称*", "name"),
    ("项目地址", "address"),
    ("所属乡镇（街道）", "township"),
    ("行业主管部门（住建/交通/水利/其他）", "regulator"),
    ("项目状态（在建/停工/已完工）", "status"),
    ("建设单位名称", "owner_name"),
    ("建设单位统一社会信用代码", "owner_code"),
    ("施工总承包单位名称*", "gc_name"),
    ("施工总承包单位统一社会信用代码*", "gc_code"),
    ("施工总承包单位法定代表人", "gc_rep"),
    ("分包单位（名称:信用代码，多个用分号分隔）", "subs"),
    ("合同金额（万元）", "amount"),
    ("开工日期", "start"),
    ("计划竣工日期", "end"),
    ("实名采集人数", "registered"),
    ("在职人数", "active"),
    ("在职人员劳动合同签订人数", "contracts_signed"),
    ("工资保证金已登记（是/否）", "deposit"),
    ("工资专用账户已绑定（是/否）", "account"),
    ("劳资专管员", "wm_name"),
    ("劳资专管员电话", "wm_phone"),
]
HEADERS = [h for h, _ in COLUMNS]
PLATFORM_ALIASES: list[tuple[str, str]] = [
    # The province platform's (陇明公) project export, read as it is (docs/sites-import.md).
    ("项目编码", "code"), ("所在乡镇", "township"), ("所属乡镇", "township"),
    ("施工总承包单位", "gc_name"), ("总承包单位统一社会信用代码", "gc_code"),
    ("行业主管部门", "regulator"), ("项目状态", "status"),
    ("开工时间", "start"), ("计划竣工时间", "end"),
    ("实名制采集人数", "registered"), ("实名采集人员数", "registered"),
    ("在职人员数", "active"), ("劳动合同签订人数", "contracts_signed"),
    ("是否登记工资保证金", "deposit"), ("是否绑定工资专用账户", "account"),
]
"""Other headers for the same fields, so a platform export imports without retyping."""
_STATUS_ALIASES = {"完工": "已完工", "竣工": "已完工"}
_YES = {"是", "有", "已登记", "已绑定", "Y", "y", "1", "TRUE", "True", "true"}
_NO = {"否", "无", "未登记", "未绑定", "N", "n", "0", "FALSE", "False", "false"}
_REGULATOR_BY_CN = {v: k for k, v in REGULATORS.items()}
_STATUS_BY_CN = {v: k for k, v in SITE_STATUSES.items()}

INSTRUCTIONS = [
    "带 * 的列必须填写；每行一个工程项目。",
    "统一社会信用代码为18位，系统按 GB 32100-2015 校验第18位校验码。",
    "行业主管部门填：住建、交通、水利或其他；项目状态填：在建、停工或已完工。",
    "分包单位可填多个，格式：单位名称:信用代码；单位名称:信用代码",
    "日期格式：2026-11-25 或 2026/11/25；合同金额单位为万元。",
    "工资保证金已登记、工资专用账户已绑定填 是 或 否（可不填）；"
    "在职人员劳动合同签订人数不能多于在职人数。",
    "也可直接导入省平台的项目导出表（表头见 docs/sites-import.md）。",
    "再次导入同一项目（项目编号相同，或项目名称与总包信用代码相同）会更新该项目，不会重复。",
]




def write_template(path: Path) -> None:
    """Write the empty template: .xlsx (with a 填写说明 sheet) or .csv (UTF-8 with BOM)."""
    write_sheet(path, HEADERS, title="工程项目", instructions=INSTRUCTIONS)


def write_sheet(path: Path, headers: list[str], *, title: str, instructions: list[str]) -> None:
    """An empty import template of `headers` (shared by every importer)."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        # The BOM makes Excel on Windows open it as UTF-8.
        with open(path, "w", encoding="utf-8-sig", newline="") as fh:
            csv.writer(fh).writerow(headers)
    elif suffix == ".xlsx":
        from openpyxl import Workbook
        from openpyxl.styles import Font

        wb = Workbook()
        ws = wb.active
        ws.title = title
        ws.append(headers)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for i, h in enumerate(headers, start=1):
            ws.column_dimensions[ws.cell(1, i).column_letter].width = max(12, len(h) * 2)
        notes = wb.create_sheet("填写说明")
        for line in instructions:
            notes.append([line])
        wb.save(path)
    else:
        raise ImportFileError("模板只能保存为 .xlsx 或 .csv 文件。", code="E_TEMPLATE_TYPE")


def read_sheet(path: Path) -> Iterator[list[str]]:
    """Every row of a .csv (UTF-8 or GB18030) or of an .xlsx's first sheet, as text,
    header first. Shared by every importer, so each format is parsed in one place."""
    suffix = path.suffix.lower()
    if not path.exists():
        raise ImportFileError(f"找不到文件：{path}", code="E_FILE_NOT_FOUND")
    if suffix == ".csv":
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            # Excel on Chinese Windows saves CSV as GB18030/GBK.
            try:
                text = raw.decode("gb18030", errors="strict")
            except UnicodeDecodeError as exc:
                raise catalogued("E_FILE_ENCODING", ImportFileError, where=path) from exc
        return csv.reader(io.StringIO(text))
    if suffix == ".xlsx":
        from openpyxl import load_workbook

        if not zipfile.is_zipfile(path):  # an .xlsx is a ZIP; anything else was renamed
            raise catalogued("E_FILE_NOT_XLSX", ImportFileError, where=path)
        try:
            wb = load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many (English) types for a bad file
            raise catalogued("E_FILE_NOT_XLSX", ImportFileError, where=path) from exc
        return _sheet_rows(wb)
    raise ImportFileError("只能导入 .xlsx 或 .csv 文件。", code="E_IMPORT_TYPE")


def _sheet_rows(wb: Any) -> Iterator[list[str]]:
    """The first sheet's rows as text; the workbook is closed when the rows are read to
    the end or the reader is dropped (a read-only workbook keeps the file open)."""
    try:
        for r in wb.worksheets[0].iter_rows(values_only=True):
            yield [_cell_text(v) for v in r]
    finally:
        wb.close()


def read_rows(path: Path, columns: list[tuple[str, str]]) -> Iterator[tuple[int, dict[str, str]]]:
    """(row number, {field: text}) for each non-empty data row of an import file whose
    header row names `columns` ((header, field); a header ending in "*" is required).
    Headers match without their "*" and surrounding spaces, or by their name alone
    (before the bracketed hint: "检查人员" for "检查人员（姓名:执法证号…）*").
    Shared by every importer."""
    by_header = {h.rstrip("*"): f for h, f in columns}
    for h, f in columns:
        by_header.setdefault(h.rstrip("*").split("（")[0].strip(), f)
    rows = read_sheet(path)
    header = next(rows, None)
    if header is None:
        raise ImportFileError("文件是空的。", code="E_IMPORT_EMPTY")
    fields = [by_header.get(h.strip().rstrip("*")) for h in header]
    missing = [h for h, f in columns if h.endswith("*") and f not in fields]
    if missing:
        raise ImportFileError(
            "表头缺少必填列：" + "、".join(missing) + "。请使用“下载模板”生成的文件。",
            code="E_IMPORT_HEADER",
        )
    for number, row in enumerate(rows, start=2):
        if not any(c.strip() for c in row):
            continue
        yield number, {f: row[i].strip() for i, f in enumerate(fields) if f and i < len(row)}


def _read_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    return read_rows(path, COLUMNS + PLATFORM_ALIASES)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _date(text: str, label: str) -> date | None:
    if not text:
        return None
    for fmt in ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y年%m月%d日"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValidationError(f"{label}“{text}”不是有效日期（例：2026-11-25）。")


def _int(text: str, label: str) -> int | None:
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        raise ValidationError(f"{label}“{text}”应为整数。") from None


def _yes_no(text: str, label: str) -> bool | None:
    if not text:
        return None
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise ValidationError(f"{label}“{text}”应填 是 或 否。")


def _amount_fen(text: str) -> int | None:
    if not text:
        return None
    try:
        return int((Decimal(text.replace(",", "")) * 1_000_000).to_integral_value())
    except InvalidOperation:
        raise ValidationError(f"合同金额“{text}”应为数字（单位：万元）。") from None




def _platform(r: dict[str, str], check: Callable[[Callable[[], Any]], Any]) -> tuple[Any, ...]:
    """The province platform's figures of a row: 实名采集人数, 在职人数, 在职人员劳动合同
    签订人数, 工资保证金已登记, 工资专用账户已绑定 (each None when empty or wrong)."""
    return (check(lambda: _int(r.get("registered", ""), "实名采集人数")),
            check(lambda: _int(r.get("active", ""), "在职人数")),
            check(lambda: _int(r.get("contracts_signed", ""), "在职人员劳动合同签订人数")),
            check(lambda: _yes_no(r.get("deposit", ""), "工资保证金已登记")),
            check(lambda: _yes_no(r.get("account", ""), "工资专用账户已绑定")))


def row_to_input(r: dict[str, str]) -> SiteInput:
    """The row as a `SiteInput`; raises `RowProblems` naming every problem of the row."""
    problems = ProblemList()
    check = problems.check
    regulator = r.get("regulator") or "住建"
    status = r.get("status") or "在建"
    status = _STATUS_ALIASES.get(status, status)
    if not r.get("name", "").strip():
        problems.append("项目名称不能为空。")
    if regulator not in _REGULATOR_BY_CN:
        problems.append(f"行业主管部门“{regulator}”应为 住建/交通/水利/其他。")
    if status not in _STATUS_BY_CN:
        problems.append(f"项目状态“{status}”应为 在建/停工/已完工。")
    if not r.get("gc_name") or not r.get("gc_code"):
        problems.append("施工总承包单位名称和统一社会信用代码必须填写。")
    else:
        check(lambda: validate_credit_code(r["gc_code"]))
    subs = []
    for part in filter(None, (p.strip() for p in r.get("subs", "").replace("；", ";").split(";"))):
        name, sep, code = part.replace("：", ":").rpartition(":")
        if not sep or not name.strip():
            problems.append(f"分包单位“{part}”应写作 单位名称:信用代码。")
            continue
        if check(partial(validate_credit_code, code.strip())) is not None:
            subs.append(EmployerInput(name=name.strip(), credit_code=code.strip()))
    owner = None
    if r.get("owner_name") or r.get("owner_code"):
        if not (r.get("owner_name") and r.get("owner_code")):
            problems.append("建设单位名称和信用代码须同时填写。")
        elif check(lambda: validate_credit_code(r["owner_code"])) is not None:
            owner = EmployerInput(name=r["owner_name"], credit_code=r["owner_code"], industry="K")
    amount = check(lambda: _amount_fen(r.get("amount", "")))
    start = check(lambda: _date(r.get("start", ""), "开工日期"))
    end = check(lambda: _date(r.get("end", ""), "计划竣工日期"))
    registered, active, signed, deposit, account = _platform(r, check)
    if problems:
        raise RowProblems(problems)
    data = SiteInput(
        code=r.get("code") or None, name=r.get("name", ""), address=r.get("address", ""),
        township=r.get("township", ""), regulator=_REGULATOR_BY_CN[regulator],
        status=_STATUS_BY_CN[status],
        general_contractor=EmployerInput(name=r["gc_name"], credit_code=r["gc_code"],
                                         legal_rep=r.get("gc_rep", "")),
        project_owner=owner, subcontractors=subs, contract_amount_fen=amount,
        start_date=start, planned_end_date=end, headcount_registered=registered,
        headcount_active=active, contracts_signed=signed, wage_deposit_registered=deposit,
        wage_account_bound=account,
        wage_manager_name=r.get("wm_name", ""), wage_manager_phone=r.get("wm_phone", ""),
    )
    check(lambda: check_site(data))  # the service's own rules (dates in order, no negatives)
    if problems:
        raise RowProblems(problems)
    return data


_REPORT_EVERY = 50
"""Rows between progress reports (checking a row is cheap; saving one is a few queries)."""


def import_sites(db: Database, path: Path, *, progress: ProgressFn | None = None) -> ImportReport:
    """Validate every row, then import the good ones in one transaction.

    `progress` (see `inspector.progress`) counts rows twice — once checked, once
    saved — so `total` is twice the data rows; its last call comes inside the
    transaction, just before the commit. A `Cancelled` raised by it at any call
    leaves the database exactly as before: checking writes nothing and saving
    is one transaction, rolled back.
    """
    meter = Meter(progress)
    meter.report("正在读取文件…")
    report = ImportReport()
    rows = list(_read_rows(path))  # a spreadsheet: small enough to hold, and we need its size
    n = len(rows)
    meter.total = 2 * n
    good: list[tuple[int, SiteInput]] = []
    first_row_of: dict[str, int] = {}
    for i, (number, raw) in enumerate(rows, 1):
        code = raw.get("code", "")
        if code and code in first_row_of:
            # Two rows for one project in one file: importing both would silently let
            # the later overwrite the earlier. The later row is the error.
            report.errors.append(RowError(
                number, f"项目编号“{code}”与第 {first_row_of[code]} 行重复，本行未导入。"))
            continue
        if code:
            first_row_of[code] = number
        try:
            good.append((number, row_to_input(raw)))
        except RowProblems as exc:
            report.errors.extend(RowError(number, p) for p in exc.problems)
        except InspectorError as exc:
            report.errors.append(RowError(number, exc.message))
        if i % _REPORT_EVERY == 0:
            meter.at(i, f"正在检查第 {i}/{n} 行…")
    meter.at(n, "正在保存…")
    with db.uow() as s:
        for k, (number, data) in enumerate(good, 1):
            # The report stays outside the per-row `try`: `Cancelled` is an
            # `InspectorError`, and must end the import, not become a row error.
            if k % _REPORT_EVERY == 0:
                meter.at(n + k - 1, f"正在保存第 {k}/{len(good)} 个工程项目…")
            try:
                with s.begin_nested():
                    _, outcome = upsert_site(s, data)
            except StorageError:
                raise  # a full disk or a lock is the file's failure, not this row's
            except InspectorError as exc:
                report.errors.append(RowError(number, exc.message))
                continue
            setattr(report, outcome, getattr(report, outcome) + 1)
        meter.at(2 * n, "正在提交…")
    report.errors.sort(key=lambda e: e.row)
    return report


# Shared with the other importers (cases): one way to read a date or an integer cell.
parse_date = _date
parse_int = _int
parse_yes_no = _yes_no
