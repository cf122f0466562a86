"""The figures an office reports upward, each defined once and traceable to its records.

A figure is computed from the list of records that make it — the same list that
`inspector report trace FIGURE` prints — so a figure and its trace can never
disagree. A count is the number of its records; an amount is the sum of their
amounts (fen, shown in 元); a rate is built from two figures. Definitions are
written beside each figure (`definition`) and collected in docs/figures.md.

The period is a range of local calendar days, both ends included. Snapshot
figures (projects by status …) describe the register as it stands, not a period.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector import clock
from inspector.documents.dates import format_cn_date, local_date
from inspector.domain.inspections import Inspection
from inspector.domain.registry import INDUSTRIES, SITE_STATUSES, Employer, Site
from inspector.errors import ValidationError
from inspector.reports.ledgers import LedgerFilter, utc_bounds
from inspector.storage import Database


@dataclass(frozen=True)
class Period:
    """The days a summary covers and, when given, the one 专项行动 (campaign code) it is
    about: then only that campaign's inspections (and their orders, their sites) and its
    cases count (docs/figures.md)."""

    start: date
    end: date
    campaign: str = ""

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise ValidationError("起始日期晚于截止日期。", code="E_DATES")

    @property
    def label(self) -> str:
        return f"{format_cn_date(self.start)}至{format_cn_date(self.end)}"

    def bounds(self) -> tuple[Any, Any]:
        return utc_bounds(LedgerFilter(date_from=self.start, date_to=self.end))

    def as_of(self) -> date:
        """The day deadline flags are judged on: the period's end, or today if earlier."""
        return min(self.end, clock.today())


@dataclass(frozen=True)
class Record:
    """One record behind a figure: what it is, its id, a line a person reads, an amount."""

    kind: str
    id: str
    text: str
    group: str = ""      # for figures broken down (industry, status, source …)
    amount_fen: int = 0  # an amount (fen), a headcount to sum, or a rate's numerator
    base: int = 0        # a rate's denominator


RecordsFn = Callable[[Session, Period], Iterator[Record]]


@dataclass(frozen=True)
class Figure:
    key: str
    label: str
    definition: str
    records: RecordsFn
    unit: str = "count"  # count | sum | yuan | grouped | percent


def _finalized_in(period: Period) -> list[Any]:
    start, end = period.bounds()
    out = [Inspection.tombstone.is_(False), Inspection.status == "finalized",
           Inspection.started_at >= start, Inspection.started_at < end]
    if period.campaign:
        out.append(Inspection.campaign == period.campaign)
    return out


def _register_scope(p: Period) -> list[Any]:
    """Snapshot figures cover the whole register, or for a campaign the sites its
    inspections in the period visited."""
    out: list[Any] = [Site.tombstone.is_(False)]
    if p.campaign:
        out.append(Site.id.in_(select(Inspection.site_id).where(
            Inspection.target_kind == "site", *_finalized_in(p))))
    return out


def _sites_inspected(s: Session, p: Period) -> Iterator[Record]:
    rows = s.execute(
        select(Site.id, Site.name, Inspection.started_at)
        .join(Inspection, Inspection.site_id == Site.id)
        .where(Inspection.target_kind == "site", *_finalized_in(p))
        .order_by(Site.name, Site.id, Inspection.started_at))
    seen: set[str] = set()
    for sid, name, at in rows:
        if sid not in seen:
            seen.add(sid)
            yield Record("site", sid, f"{name}（首次检查 {format_cn_date(local_date(at))}）")


def _employers_inspected(s: Session, p: Period) -> Iterator[Record]:
    rows = s.execute(
        select(Employer.id, Employer.name, Employer.credit_code, Employer.industry)
        .join(Inspection, Inspection.employer_id == Employer.id)
        .where(Inspection.target_kind == "employer", *_finalized_in(p))
        .distinct().order_by(Employer.name, Employer.id))
    for eid, name, code, industry in rows:
        yield Record("employer", eid, f"{name}（{code}）",
                     group=INDUSTRIES.get(industry, industry))


def _orders_in(s: Session, p: Period) -> list[Any]:
    from inspector.queries.orders import list_orders

    db = s.info["database"]
    scope: set[str] | None = None
    if p.campaign:
        from inspector.domain.orders import Order

        scope = set(s.scalars(select(Order.id).join(Inspection, Inspection.id == Order.inspection_id)
                              .where(Inspection.tombstone.is_(False),
                                     Inspection.campaign == p.campaign)))
    return [r for r in list_orders(db, today=p.as_of())
            if r.issue_date is not None and p.start <= r.issue_date <= p.end
            and r.status not in ("revoked", "superseded", "draft")
            and (scope is None or r.id in scope)]


def _order_record(r: Any) -> Record:
    return Record("order", r.id, f"{r.number} {r.employer_name}（期限 {format_cn_date(r.deadline)}）")


def _orders_issued(s: Session, p: Period) -> Iterator[Record]:
    for r in _orders_in(s, p):
        yield _order_record(r)


def _orders_rectified(s: Session, p: Period) -> Iterator[Record]:
    for r in _orders_in(s, p):
        if r.violations and r.rectified == r.violations:
            yield _order_record(r)


def _orders_overdue(s: Session, p: Period) -> Iterator[Record]:
    for r in _orders_in(s, p):
        if r.overdue:
            yield _order_record(r)


def _latest_visits(s: Session, p: Period) -> list[tuple[str, str, Any, Any]]:
    """Each inspected unit's latest finalized inspection in the period:
    (inspection id, unit text, started_at, counts)."""
    from inspector.inspections.measures import visit_counts

    rows = s.execute(
        select(Inspection.id, Inspection.target_kind, Inspection.site_id,
               Inspection.employer_id, Site.name, Employer.name, Inspection.started_at)
        .outerjoin(Site, Site.id == Inspection.site_id)
        .outerjoin(Employer, Employer.id == Inspection.employer_id)
        .where(*_finalized_in(p)).order_by(Inspection.started_at, Inspection.id))
    latest: dict[str, tuple[str, str, Any]] = {}
    for iid, kind, sid, eid, s_name, e_name, at in rows:
        unit = f"site:{sid}" if kind == "site" else f"employer:{eid}"
        latest[unit] = (iid, (s_name if kind == "site" else e_name) or "", at)
    counts = visit_counts(s, [v[0] for v in latest.values()])
    return sorted(((iid, name, at, counts[iid]) for iid, name, at in latest.values()),
                  key=lambda r: (r[2], r[0]))


def _visit_text(name: str, at: Any) -> str:
    return f"{format_cn_date(local_date(at))} {name}"


def _contracts_urged(s: Session, p: Period) -> Iterator[Record]:
    from inspector.inspections.measures import visit_counts

    rows = list(s.execute(
        select(Inspection.id, Inspection.target_kind, Site.name, Employer.name,
               Inspection.started_at)
        .outerjoin(Site, Site.id == Inspection.site_id)
        .outerjoin(Employer, Employer.id == Inspection.employer_id)
        .where(*_finalized_in(p)).order_by(Inspection.started_at, Inspection.id)))
    counts = visit_counts(s, [r[0] for r in rows])
    for iid, kind, s_name, e_name, at in rows:
        n = counts[iid].urged
        if n:
            name = (s_name if kind == "site" else e_name) or ""
            yield Record("inspection", iid, f"{_visit_text(name, at)}：督促签订 {n} 人",
                         amount_fen=n)


def _contract_rate(s: Session, p: Period) -> Iterator[Record]:
    for iid, name, at, c in _latest_visits(s, p):
        if c.headcount and c.signed is not None:
            yield Record("inspection", iid,
                         f"{_visit_text(name, at)}：在岗 {c.headcount} 人，已签 {c.signed} 人",
                         amount_fen=c.signed, base=c.headcount)


def _collective_rate(s: Session, p: Period) -> Iterator[Record]:
    for iid, name, at, c in _latest_visits(s, p):
        if c.collective is not None:
            yield Record("inspection", iid,
                         f"{_visit_text(name, at)}：集体合同{'有' if c.collective else '无'}",
                         amount_fen=1 if c.collective else 0, base=1)


def _projects_by_status(s: Session, p: Period) -> Iterator[Record]:
    for sid, name, status in s.execute(
            select(Site.id, Site.name, Site.status).where(*_register_scope(p))
            .order_by(Site.name, Site.id)):
        yield Record("site", sid, name, group=SITE_STATUSES.get(status, status))


def _site_flag(column: Any, label: str) -> RecordsFn:
    def records(s: Session, p: Period) -> Iterator[Record]:
        for sid, name in s.execute(
                select(Site.id, Site.name)
                .where(*_register_scope(p), column.is_(True))
                .order_by(Site.name, Site.id)):
            yield Record("site", sid, f"{name}：{label}")
    return records


def _site_sum(column: Any, label: str) -> RecordsFn:
    def records(s: Session, p: Period) -> Iterator[Record]:
        for sid, name, n in s.execute(
                select(Site.id, Site.name, column)
                .where(*_register_scope(p), column.is_not(None), column > 0)
                .order_by(Site.name, Site.id)):
            yield Record("site", sid, f"{name}：{label} {n} 人", amount_fen=int(n))
    return records


FIGURES: dict[str, Figure] = {f.key: f for f in (
    Figure("construction_sites_inspected", "监察在建工地（个）",
           "期间内至少有一次已定稿的工程项目检查的工程项目数（同一项目多次检查计一个）。",
           _sites_inspected),
    Figure("employers_inspected", "监察用人单位（户）",
           "期间内至少有一次已定稿的用人单位检查的单位数（按统一社会信用代码计一户）。",
           _employers_inspected),
    Figure("employers_by_industry", "用人单位按行业（户）",
           "同“监察用人单位”，按单位登记的国民经济行业门类（GB/T 4754）分组。",
           _employers_inspected, unit="grouped"),
    Figure("orders_issued", "签发限期改正指令书（份）",
           "出具日期在期间内、未被撤销或被替代的指令书份数（更正后的新指令书计一份）。",
           _orders_issued),
    Figure("orders_rectified", "已整改的指令书（份）",
           "“签发指令书”中，每一项违法行为的最近一次复查结论均为已改正的份数。",
           _orders_rectified),
    Figure("orders_overdue", "逾期未整改的指令书（份）",
           "“签发指令书”中，截至期间末（或今天，取较早者）有违法行为已过整改期限且未复查改正的份数。",
           _orders_overdue),
    Figure("contracts_signed_on_visits", "督促签订劳动合同（人）",
           "期间内每次已定稿检查记录的“本次督促签订（补签）劳动合同人数”之和。",
           _contracts_urged, unit="sum"),
    Figure("contract_rate_percent", "劳动合同签订率（%）",
           "期间内被检查的每个工程项目或用人单位取其最近一次已定稿检查，已签订劳动合同人数之和 ÷ "
           "在岗人数之和 × 100，保留一位小数；两项都填写了的检查才计入。",
           _contract_rate, unit="percent"),
    Figure("collective_contract_rate_percent", "集体合同签订率（%）",
           "期间内被检查的单位（各取最近一次已定稿检查）中，“是否签订集体合同”答“有”的户数 ÷ "
           "作了回答的户数 × 100，保留一位小数。",
           _collective_rate, unit="percent"),
    Figure("projects_by_status", "工程项目按状态（个）",
           "登记的全部工程项目按项目状态（在建/停工/已完工）分组；为报告时的现状，不按期间。",
           _projects_by_status, unit="grouped"),
    Figure("projects_realname_collected", "实名采集人员数（人）",
           "全部工程项目登记的“实名采集人数”之和（报告时现状）。",
           _site_sum(Site.headcount_registered, "实名采集"), unit="sum"),
    Figure("projects_employed", "在职人员数（人）",
           "全部工程项目登记的“在职人数”之和（报告时现状）。",
           _site_sum(Site.headcount_active, "在职"), unit="sum"),
    Figure("projects_contracts_signed", "在职人员劳动合同签订人数（人）",
           "全部工程项目登记的“在职人员劳动合同签订人数”之和（报告时现状）。",
           _site_sum(Site.contracts_signed, "已签合同"), unit="sum"),
    Figure("projects_deposit_registered", "登记农民工工资保证金的项目（个）",
           "“工资保证金已登记”为是的工程项目数（报告时现状）。",
           _site_flag(Site.wage_deposit_registered, "工资保证金已登记")),
    Figure("projects_wage_account_bound", "绑定农民工工资专用账户的项目（个）",
           "“工资专用账户已绑定”为是的工程项目数（报告时现状）。",
           _site_flag(Site.wage_account_bound, "工资专用账户已绑定")),
)}


def figure(key: str) -> Figure:
    try:
        return FIGURES[key]
    except KeyError:
        raise ValidationError(f"没有名为 {key} 的统计指标；可选：{'、'.join(FIGURES)}。",
                              code="E_FIGURE_UNKNOWN") from None


def trace(db: Database, key: str, period: Period) -> list[Record]:
    """The records that make one figure, in the order a person checks them."""
    fig = figure(key)
    with db.session() as s:
        s.info["database"] = db
        return list(fig.records(s, period))


def value_of(records: list[Record], unit: str) -> Any:
    """A figure's value from its records: a count, a sum, or counts per group."""
    if unit == "grouped":
        out: dict[str, int] = {}
        for r in records:
            out[r.group] = out.get(r.group, 0) + 1
        return dict(sorted(out.items()))
    if unit == "sum":
        return sum(r.amount_fen for r in records)
    if unit == "yuan":
        return round(sum(r.amount_fen for r in records) / 100, 2)
    if unit == "percent":
        base = sum(r.base for r in records)
        return None if base == 0 else round(sum(r.amount_fen for r in records) * 100 / base, 1)
    return len(records)


def compute(db: Database, period: Period, keys: list[str] | None = None) -> dict[str, Any]:
    """Every figure (or the ones named) for the period, in one read session."""
    out: dict[str, Any] = {}
    with db.session() as s:
        s.info["database"] = db
        for key in keys or list(FIGURES):
            fig = figure(key)
            out[key] = value_of(list(fig.records(s, period)), fig.unit)
    return out


def definitions_markdown() -> str:
    """docs/figures.md: each figure's key, label and definition."""
    lines = ["# 统计指标定义 · Figures", "",
             "每个指标只在 `inspector/reports/figures.py` 中定义一次；`inspector report trace 指标 "
             "--from D --to D` 列出构成该指标的全部记录。本页由 "
             "`python -m inspector.reports.figures` 生成，请勿手改。", "",
             "期间为本地日历日，含起止两日。", "",
             "| 指标（JSON 键） | 名称 | 定义 |", "|---|---|---|"]
    lines += [f"| `{f.key}` | {f.label} | {f.definition} |" for f in FIGURES.values()]
    lines.append("| `cases_by_source` | 案件按来源 | 每个来源的受理、结案、涉及劳动者、追回工资（元），"
                 "口径同上面各项，按案件来源分组。 |")
    lines += ["", "## 专项行动（`--campaign 代码`）", "",
              "指定专项行动时，各指标口径不变，只计该专项行动的记录：检查类指标只计标记为该专项行动的"
              "已定稿检查（含导入的历史检查）；指令书类指标只计这些检查出具的指令书；案件类指标只计"
              "所属专项行动为该行动的案件；工程项目现状类指标只计期间内该专项行动检查过的工程项目。"]
    return "\n".join(lines) + "\n"


# The wage-arrears figures register themselves beside these (their own module).
from inspector.reports import case_figures as _case_figures  # noqa: E402, F401

if __name__ == "__main__":
    # Through the imported module: run as a script, this file is `__main__`, and the
    # case figures register themselves in the importable module's FIGURES.
    from inspector.reports import figures as _module

    print(_module.definitions_markdown(), end="")
