"""Import cases from the clue platforms' spreadsheets (and write the template).

A column mapping (resources/cases/mappings/NAME.json, or a path to such a file)
says which header holds which field; `fixed` gives fields a whole file shares
(e.g. every row of a national-platform export has that source). One row is one
worker; rows with the same source and 来源编号 are one case, so re-importing a
file updates its cases and never duplicates them. Every bad row is reported
with its spreadsheet row number (header = row 1) and every reason; the good
rows are saved in one transaction. Files are read by the registry's one
reader (`read_sheet`: .xlsx, UTF-8 or GB18030 .csv).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import orjson

from inspector.cases import idcard
from inspector.cases.service import CaseInput, PartyInput, WorkerInput, save_case
from inspector.domain.cases import SOURCES
from inspector.errors import ImportFileError, InspectorError
from inspector.paths import resources_dir
from inspector.registry import credit_code
from inspector.registry.import_rows import FileImportReport
from inspector.registry.service import EmployerInput
from inspector.registry.sites_io import parse_date, parse_int, read_sheet, write_sheet
from inspector.storage import Database

REQUIRED = ("source", "source_ref", "received_on")
_SOURCE_BY_LABEL = {label: code for code, (label, _) in SOURCES.items()}
_SOURCE_BY_LABEL.update({"全国平台": "national_platform", "国家平台": "national_platform",
                         "省平台": "provincial_platform", "12345": "hotline_12345",
                         "12345热线": "hotline_12345"})
INSTRUCTIONS = [
    "带 * 的列必须填写；每行一名劳动者，同一线索（案件来源与来源编号相同）的多行合并为一个案件。",
    "案件来源填：" + "、".join(label for label, _ in SOURCES.values()) + "。",
    "身份证号按 GB 11643 校验第18位校验码；统一社会信用代码按 GB 32100 校验。",
    "日期格式：2026-11-25 或 2026/11/25；拖欠金额单位为元，最多两位小数。",
    "再次导入同一线索会更新该案件（按 案件来源 + 来源编号 匹配），不会重复。",
]


@dataclass
class RowError:
    row: int
    reasons: list[str]


CaseImportReport = FileImportReport[RowError]


@dataclass
class Mapping:
    name: str
    columns: dict[str, str]  # header → field
    fixed: dict[str, str] = field(default_factory=dict)


def load_mapping(name: str = "default") -> Mapping:
    path = Path(name)
    if path.suffix.lower() != ".json":
        path = resources_dir() / "cases" / "mappings" / f"{name}.json"
    if not path.exists():
        raise ImportFileError(f"找不到列映射：{name}", code="E_MAPPING_NOT_FOUND")
    try:
        data: dict[str, Any] = orjson.loads(path.read_bytes())
        return Mapping(str(data.get("name") or path.stem),
                       {str(k).rstrip("*").strip(): str(v) for k, v in data["columns"].items()},
                       {str(k): str(v) for k, v in (data.get("fixed") or {}).items()})
    except (orjson.JSONDecodeError, KeyError, AttributeError) as exc:
        raise ImportFileError(f"列映射文件格式错误：{path}（{exc}）", code="E_MAPPING") from exc


def template_headers() -> list[str]:
    data = orjson.loads((resources_dir() / "cases" / "mappings" / "default.json").read_bytes())
    return list(data["columns"])


def write_template(path: Path) -> None:
    write_sheet(path, template_headers(), title="欠薪案件", instructions=INSTRUCTIONS)


def _fen(text: str) -> int:
    try:
        value = Decimal(text.replace(",", "").replace("，", ""))
    except InvalidOperation:
        raise ValueError(f"拖欠金额“{text}”应为数字（单位：元）。") from None
    if value < 0 or value != value.quantize(Decimal("0.01")):
        raise ValueError(f"拖欠金额“{text}”应为不小于0、最多两位小数的数（单位：元）。")
    return int(value * 100)


@dataclass
class _Row:
    number: int
    key: tuple[str, str]
    case: CaseInput
    worker: WorkerInput | None


def _worker(r: dict[str, str], reasons: list[str],
            attempt: Callable[..., Any]) -> WorkerInput | None:
    """The row's worker, when it names one (None else, or when a reason was added)."""
    worker = None
    if r.get("worker_name") or r.get("worker_id"):
        if not r.get("worker_name"):
            reasons.append("填写了身份证号，须同时填写劳动者姓名。")
        ident = attempt(idcard.validate, r.get("worker_id", "")) if r.get("worker_id") else None
        if not r.get("worker_id"):
            reasons.append("劳动者身份证号必须填写（用于按人去重）。")
        months = attempt(parse_int, r.get("months_owed", ""), "拖欠月数") or 0
        amount = attempt(_fen, r["amount_owed"]) if r.get("amount_owed") else 0
        if months < 0:
            reasons.append("拖欠月数不能为负数。")
        if ident and r.get("worker_name"):
            worker = WorkerInput(r["worker_name"], ident, r.get("worker_phone", ""), months,
                                 amount or 0)
    return worker


def _parse(number: int, r: dict[str, str]) -> _Row:
    """One row → its case part and worker part; raises ValueError with every reason."""
    reasons: list[str] = []

    def attempt(fn: Any, *args: Any) -> Any:
        try:
            return fn(*args)
        except (InspectorError, ValueError) as exc:
            reasons.append(str(exc))
            return None

    for f in REQUIRED:
        if not r.get(f):
            reasons.append({"source": "案件来源", "source_ref": "来源编号",
                            "received_on": "收到日期"}[f] + "必须填写。")
    source = r.get("source", "")
    source = source if source in SOURCES else _SOURCE_BY_LABEL.get(source, source)
    if r.get("source") and source not in SOURCES:
        reasons.append(f"案件来源“{r['source']}”不是可选的来源。")
    received = attempt(parse_date, r.get("received_on", ""), "收到日期")
    employer = None
    if r.get("employer_code"):
        code = attempt(credit_code.validate, r["employer_code"])
        if code and not r.get("employer_name"):
            reasons.append("填写了统一社会信用代码，须同时填写用人单位名称。")
        elif code:
            employer = EmployerInput(r["employer_name"], code, legal_rep=r.get("employer_rep", ""))
    worker = _worker(r, reasons, attempt)
    parties = [PartyInput(role, r[role]) for role in
               ("project_owner", "general_contractor", "subcontractor", "crew_boss")
               if r.get(role)]
    mass = r.get("mass_incident", "")
    if mass not in ("", "是", "否"):
        reasons.append(f"是否引发群体性事件应填 是 或 否，而不是“{mass}”。")
    case = CaseInput(
        source=source, received_on=received, source_ref=r.get("source_ref", ""),
        summary=r.get("summary", ""), complainant=r.get("complainant", ""),
        complainant_phone=r.get("complainant_phone", ""), employer=employer,
        employer_name=r.get("employer_name", ""), site_code=r.get("site_code", ""),
        area=r.get("area", ""), campaign_code=r.get("campaign", ""),
        declared_workers=attempt(parse_int, r.get("declared_workers", ""), "涉及人数"),
        violation_on=attempt(parse_date, r.get("violation_on", ""), "欠薪发生日期"),
        mass_incident=mass == "是", duty_unit=r.get("duty_unit", ""),
        duty_leader=r.get("duty_leader", ""), duty_person=r.get("duty_person", ""),
        measures=r.get("measures", ""),
        complete_by=attempt(parse_date, r.get("complete_by", ""), "完成时限"),
        parties=parties,
    )
    if reasons:
        raise ValueError("\n".join(reasons))
    return _Row(number, (source, r["source_ref"]), case, worker)


def _rows(path: Path, mapping: Mapping) -> list[tuple[int, dict[str, str]]]:
    rows = read_sheet(path)
    header = next(rows, None)
    if header is None:
        raise ImportFileError("文件是空的。", code="E_IMPORT_EMPTY")
    fields = [mapping.columns.get(h.strip().rstrip("*")) for h in header]
    missing = [f for f in REQUIRED if f not in fields and f not in mapping.fixed]
    if missing:
        names = {v: k for k, v in mapping.columns.items()}
        raise ImportFileError("表头缺少必填列：" + "、".join(names.get(f, f) for f in missing)
                              + f"（列映射：{mapping.name}）。", code="E_IMPORT_HEADER")
    out = []
    for number, row in enumerate(rows, start=2):
        if not any(c.strip() for c in row):
            continue
        values = dict(mapping.fixed)
        values.update({f: row[i].strip() for i, f in enumerate(fields)
                       if f and i < len(row) and row[i].strip()})
        out.append((number, values))
    return out


def _merge(rows: list[_Row]) -> CaseInput:
    """The case of a group of rows: the first row's case fields, every row's worker."""
    case = rows[0].case
    for r in rows[1:]:
        for name in ("summary", "employer_name", "area", "site_code", "duty_unit",
                     "duty_leader", "duty_person", "measures"):
            if not getattr(case, name) and getattr(r.case, name):
                setattr(case, name, getattr(r.case, name))
        case.employer = case.employer or r.case.employer
        case.parties += [p for p in r.case.parties if p not in case.parties]
    case.workers = [r.worker for r in rows if r.worker is not None]
    return case


def import_cases(db: Database, path: Path, *, mapping: str = "default") -> CaseImportReport:
    """Validate every row, then save the good ones in one transaction."""
    m = load_mapping(mapping)
    report = CaseImportReport()
    groups: dict[tuple[str, str], list[_Row]] = {}
    for number, raw in _rows(path, m):
        try:
            row = _parse(number, raw)
        except ValueError as exc:
            report.errors.append(RowError(number, str(exc).split("\n")))
            continue
        group = groups.setdefault(row.key, [])
        if row.worker and any(r.worker and r.worker.id_number == row.worker.id_number
                              for r in group):
            report.errors.append(RowError(number, [
                f"身份证号 {idcard.mask(row.worker.id_number)} 在同一线索中重复出现。"]))
            continue
        group.append(row)
    with db.uow() as s:
        for rows in groups.values():
            try:
                with s.begin_nested():
                    _, outcome = save_case(s, _merge(rows))
            except InspectorError as exc:
                report.errors.extend(RowError(r.number, [exc.message]) for r in rows)
                continue
            setattr(report, outcome, getattr(report, outcome) + 1)
    report.errors.sort(key=lambda e: e.row)
    return report
