"""Historical inspections in: the template and the checking of its rows.

An office starts with years of spreadsheets (检查台账). One row is one past
inspection of a 工程项目 or a 用人单位. Rows are checked like the site import
(`inspector.registry.sites_io`, whose one reader parses every file): every
problem of a row is reported with its row number, and only a file's good rows
are saved, together (`inspector.inspections.history_save`).

Decisions (docs/reports.md, "历史检查台账导入"):
- A 工程项目 row names a site already registered (import the site list first):
  名称 = 项目名称 and 统一社会信用代码 = its 施工总承包单位's code. A 用人单位
  row creates or updates the employer with that code (名称, 行业, 乡镇).
- Re-import key: 对象类型 + unit + 检查日期 (one past inspection of a unit a day);
  a row with a known key updates that imported inspection, never duplicates it.
- Checklist items not listed under 发现问题 are recorded as 未检查: the old
  ledger only says what was wrong, not what was checked and found right.
- An order row (指令书文号 + 出具日期) counts as issued on its date; it is stored
  as 已结案 with no recheck, so it is never counted rectified or overdue.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from inspector.domain.inspections import MIN_INSPECTORS
from inspector.domain.registry import INDUSTRIES
from inspector.inspections.measures import COLLECTIVE_YES, VisitCounts, problems_of
from inspector.registry.credit_code import validate as validate_credit_code
from inspector.registry.import_rows import ProblemList, RowProblems
from inspector.registry.sites_io import parse_date, parse_int, write_sheet

KINDS = {"工程项目": "site", "用人单位": "employer"}
COLUMNS: list[tuple[str, str]] = [
    ("检查日期*", "date"),
    ("对象类型（工程项目/用人单位）*", "kind"),
    ("名称*", "name"),
    ("统一社会信用代码*", "credit_code"),
    ("行业（GB/T 4754 门类）", "industry"),
    ("乡镇（街道）", "township"),
    ("检查人员（姓名:执法证号，多人用分号分隔）*", "inspectors"),
    ("在岗人数", "headcount"),
    ("已签订劳动合同人数", "signed"),
    ("本次督促签订人数", "urged"),
    ("集体合同（有/无）", "collective"),
    ("发现问题（检查项编号，多个用分号分隔）", "findings"),
    ("指令书文号", "order_no"),
    ("出具日期", "order_date"),
    ("专项行动", "campaign"),
    ("备注", "notes"),
]
HEADERS = [h for h, _ in COLUMNS]
INSTRUCTIONS = [
    "带 * 的列必须填写；每行一次过去的检查。",
    "对象类型填 工程项目 或 用人单位。工程项目须已登记（请先导入工程项目），"
    "名称填项目名称，统一社会信用代码填其施工总承包单位的代码。",
    "用人单位按统一社会信用代码（GB 32100 校验）新建或更新；行业填门类字母（如 C）或门类名称（如 制造业）。",
    "检查人员至少2人，格式：姓名:执法证号；姓名:执法证号",
    "集体合同填 有 或 无；已签订劳动合同人数不能多于在岗人数。",
    "发现问题填检查表的检查项编号（如 C03；E05），未列出的检查项记为未检查。",
    "签发了指令书的，填指令书文号和出具日期（不早于检查日期）。",
    "再次导入同一对象同一检查日期的行会更新该检查，不会重复。",
]
_INDUSTRY_BY_NAME = {v: k for k, v in INDUSTRIES.items()}


@dataclass(frozen=True)
class HistoryRow:
    """One checked row, before it is matched to the database."""

    number: int
    on: date
    kind: str  # site | employer
    name: str
    credit_code: str
    industry: str | None
    township: str
    inspectors: tuple[tuple[str, str], ...]  # (name, 执法证号)
    counts: VisitCounts
    findings: tuple[str, ...]  # item codes
    order_no: str
    order_date: date | None
    campaign: str
    notes: str = ""
    raw: dict[str, str] = field(default_factory=dict, compare=False)

    def digest(self) -> str:
        """The row's content, to tell an unchanged re-import (the row number excluded)."""
        parts = [self.on.isoformat(), self.kind, self.name, self.credit_code,
                 self.industry or "", self.township, repr(self.inspectors), repr(self.counts),
                 repr(self.findings), self.order_no,
                 self.order_date.isoformat() if self.order_date else "", self.campaign,
                 self.notes]
        return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def write_template(path: Path) -> None:
    """The empty template: .xlsx (with a 填写说明 sheet) or .csv (UTF-8 with BOM)."""
    write_sheet(path, HEADERS, title="检查台账", instructions=INSTRUCTIONS)


def _split(text: str) -> list[str]:
    return [p.strip() for p in text.replace("；", ";").replace("，", ";").replace("、", ";")
            .split(";") if p.strip()]


def _inspectors(text: str, problems: list[str]) -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    for part in _split(text):
        norm = part.replace("：", ":").replace("（", ":").replace("(", ":")
        name, sep, cred = norm.rstrip("）)").partition(":")
        if not sep or not name.strip() or not cred.strip():
            problems.append(f"检查人员“{part}”应写作 姓名:执法证号。")
            continue
        out.append((name.strip(), cred.strip()))
    if len({c for _, c in out}) < MIN_INSPECTORS and len(out) == len(_split(text)):
        problems.append("检查人员不得少于2人（劳动保障监察条例第十六条）。")
    return tuple(out)


def _industry(text: str, problems: list[str]) -> str | None:
    if not text:
        return None
    code = text.upper() if text.upper() in INDUSTRIES else _INDUSTRY_BY_NAME.get(text)
    if code is None:
        problems.append(f"行业“{text}”不是 GB/T 4754 的门类（填字母如 C，或名称如 制造业）。")
    return code


def _collective(text: str, problems: list[str]) -> bool | None:
    if not text:
        return None
    if text not in ("有", "无"):
        problems.append(f"集体合同“{text}”应填 有 或 无。")
        return None
    return text == COLLECTIVE_YES


def check_row(number: int, r: dict[str, str]) -> HistoryRow:
    """The row checked on its own (no database); raises `RowProblems` naming every problem."""
    problems = ProblemList()
    check = problems.check
    on = check(lambda: parse_date(r.get("date", ""), "检查日期"))
    if not r.get("date"):
        problems.append("检查日期不能为空。")
    kind = KINDS.get(r.get("kind", ""))
    if kind is None:
        problems.append(f"对象类型“{r.get('kind', '')}”应为 工程项目 或 用人单位。")
    if not r.get("name"):
        problems.append("名称不能为空。")
    code = check(lambda: validate_credit_code(r.get("credit_code", "")))
    industry = _industry(r.get("industry", ""), problems)
    inspectors = _inspectors(r.get("inspectors", ""), problems)
    counts = VisitCounts(
        headcount=check(lambda: parse_int(r.get("headcount", ""), "在岗人数")),
        signed=check(lambda: parse_int(r.get("signed", ""), "已签订劳动合同人数")),
        urged=check(lambda: parse_int(r.get("urged", ""), "本次督促签订人数")),
        collective=_collective(r.get("collective", ""), problems))
    for n in (counts.headcount, counts.signed, counts.urged):
        if n is not None and n < 0:
            problems.append("人数不能为负数。")
            break
    problems.extend(p + "。" for p in problems_of(counts))
    order_no, order_text = r.get("order_no", ""), r.get("order_date", "")
    order_date = check(lambda: parse_date(order_text, "出具日期"))
    findings = tuple(c.upper() for c in _split(r.get("findings", "")))
    if bool(order_no) != bool(order_text):
        problems.append("指令书文号和出具日期须同时填写。")
    elif order_no and not findings:
        problems.append("签发了指令书的检查须在“发现问题”中列出违法行为的检查项编号。")
    if on and order_date and order_date < on:
        problems.append("出具日期早于检查日期。")
    if problems or on is None or kind is None or code is None:
        raise RowProblems(problems or ["本行有误。"])
    return HistoryRow(number=number, on=on, kind=kind, name=r["name"], credit_code=code,
                      industry=industry, township=r.get("township", ""),
                      inspectors=inspectors, counts=counts, findings=findings,
                      order_no=order_no, order_date=order_date,
                      campaign=r.get("campaign", ""), notes=r.get("notes", ""), raw=r)
