"""The periodic summary an office sends upward: JSON, a text to copy, a PDF, a workbook.

Every number comes from `inspector.reports.figures` (one definition each, traceable);
this module only arranges them. Money is in 元 with two decimals, rates in percent
with one decimal, counts as integers.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inspector.config import load_authority
from inspector.errors import ValidationError
from inspector.reports.figures import FIGURES, Period, compute
from inspector.reports.tabular import Column, Sheet, write_xlsx
from inspector.storage import Database
from inspector.storage.files import write_bytes_atomically


def rate(part: int, whole: int) -> float | None:
    """part ÷ whole in percent, one decimal; None when there is nothing to divide by."""
    return None if whole == 0 else round(part * 100.0 / whole, 1)


def check_campaign(db: Database, code: str) -> str:
    """The campaign's name; refuses a code no campaign has (a typo would report zeros)."""
    from sqlalchemy import select

    from inspector.domain.cases import Campaign

    with db.session() as s:
        name = s.scalar(select(Campaign.name).where(Campaign.code == code,
                                                    Campaign.tombstone.is_(False)))
    if name is None:
        raise ValidationError(f"找不到专项行动：{code}", code="E_CAMPAIGN_NOT_FOUND")
    return name


def build_summary(db: Database, period: Period) -> dict[str, Any]:
    """The summary document (the `--json` output): the period and every figure; for a
    campaign (`period.campaign`) the same keys over that campaign's records, plus
    `campaign` and `campaign_name`."""
    doc: dict[str, Any] = {"period_from": period.start.isoformat(),
                           "period_to": period.end.isoformat()}
    if period.campaign:
        doc["campaign"] = period.campaign
        doc["campaign_name"] = check_campaign(db, period.campaign)
    doc.update(compute(db, period))
    from inspector.reports.case_figures import cases_by_source

    with db.session() as s:
        doc["cases_by_source"] = cases_by_source(s, period)
    return doc


def _n(doc: dict[str, Any], key: str) -> int:
    return int(doc.get(key) or 0)


def summary_text(doc: dict[str, Any], authority: str = "") -> str:
    """The summary as the work plans write it: one paragraph, figures in their order."""
    from datetime import date

    from inspector.documents.dates import format_cn_date

    start, end = date.fromisoformat(doc["period_from"]), date.fromisoformat(doc["period_to"])
    by_ind = doc.get("employers_by_industry") or {}
    during = f"在{doc['campaign_name']}中，" if doc.get("campaign_name") else ""
    parts = [f"{format_cn_date(start)}至{format_cn_date(end)}，{during}"
             f"{authority or '我局'}共监察在建建筑工地{_n(doc, 'construction_sites_inspected')}个，"
             f"各类用人单位{_n(doc, 'employers_inspected')}户"]
    if by_ind:
        parts[-1] += "，其中" + "，".join(f"{k}{v}户" for k, v in by_ind.items())
    if doc.get("contract_rate_percent") is not None:
        parts.append(f"主动上门督促签订劳动合同{_n(doc, 'contracts_signed_on_visits')}人，"
                     f"劳动合同签订率达{doc['contract_rate_percent']}%")
    if doc.get("collective_contract_rate_percent") is not None:
        parts[-1] += f"，集体合同签订率{doc['collective_contract_rate_percent']}%"
    parts.append(f"签发《限期改正指令书》{_n(doc, 'orders_issued')}份，"
                 f"已整改{_n(doc, 'orders_rectified')}份，逾期未整改{_n(doc, 'orders_overdue')}份")
    if _n(doc, "complaints_received"):
        parts.append(f"受理举报投诉案件{_n(doc, 'complaints_received')}件，结案{_n(doc, 'complaints_closed')}件，"
                     f"为{_n(doc, 'workers_involved')}名劳动者追回被拖欠工资"
                     f"{doc.get('wages_recovered_yuan') or 0:.2f}元，移送公安机关"
                     f"{_n(doc, 'cases_referred_police')}件，移送法院{_n(doc, 'cases_referred_court')}件")
    status = doc.get("projects_by_status") or {}
    if status:
        total = sum(status.values())
        parts.append(f"登记工程项目{total}个，其中" + "，".join(f"{k}{v}个" for k, v in status.items()))
    if _n(doc, "projects_realname_collected"):
        parts.append(f"实名采集人员数{_n(doc, 'projects_realname_collected')}人，"
                     f"在职人员数{_n(doc, 'projects_employed')}人，"
                     f"在职人员劳动合同签订人数{_n(doc, 'projects_contracts_signed')}人，"
                     f"登记农民工工资保证金{_n(doc, 'projects_deposit_registered')}个，"
                     f"绑定农民工工资专用账户{_n(doc, 'projects_wage_account_bound')}个")
    return "；".join(parts) + "。"


def _authority_name(db: Database) -> str:
    with db.session() as s:
        return load_authority(s).authority_name


@dataclass(frozen=True)
class SummaryFile:
    path: Path
    kind: str  # txt | pdf | xlsx


def write_summary(db: Database, period: Period, out: Path) -> SummaryFile:
    """Write the summary to `out` by its suffix: .txt, .pdf or .xlsx."""
    doc = build_summary(db, period)
    suffix = Path(out).suffix.lower()
    text = summary_text(doc, _authority_name(db))
    if suffix == ".txt":
        write_bytes_atomically(Path(out), (text + "\n").encode("utf-8"))
        return SummaryFile(Path(out), "txt")
    if suffix == ".xlsx":
        write_xlsx(Path(out), _sheets(doc))
        return SummaryFile(Path(out), "xlsx")
    if suffix == ".pdf":
        from inspector.reports.summary_pdf import render_summary_pdf
        render_summary_pdf(db, doc, text, Path(out))
        return SummaryFile(Path(out), "pdf")
    raise ValidationError("汇总只能保存为 .txt、.pdf 或 .xlsx 文件。", code="E_EXPORT_TYPE")


def _sheets(doc: dict[str, Any]) -> list[Sheet]:
    """One sheet of the plain figures, and one per breakdown."""
    flat, groups = [], []
    for key, fig in FIGURES.items():
        value = doc.get(key)
        if isinstance(value, dict):
            groups.append(Sheet(fig.label[:31], (Column("分组", width=20), Column("数量", "int")),
                                sorted(value.items())))
        else:
            flat.append((fig.label, key, value))
    head = Sheet("汇总", (Column("指标", width=30), Column("JSON 键", width=30),
                          Column("数值", "any", 14)),
                 [("统计期间", "period", f"{doc['period_from']} 至 {doc['period_to']}"), *flat])
    by_source = doc.get("cases_by_source") or {}
    if by_source:
        groups.append(Sheet("案件按来源", (
            Column("来源", width=28), Column("受理", "int"), Column("结案", "int"),
            Column("涉及劳动者", "int"), Column("追回工资（元）", "any", 16)),
            [(k, v["received"], v["closed"], v["workers"], v["wages_recovered_yuan"])
             for k, v in by_source.items()]))
    return [head, *groups]
