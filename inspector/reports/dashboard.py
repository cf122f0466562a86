"""The office dashboard's charts, each built from the records behind its bars.

A chart is a list of bars; a bar holds one count per series. Every count is the
number of records the chart put under that bar and series, and `chart_records`
returns exactly those records, so clicking a bar lists what makes it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector.documents.dates import format_cn_date, local_date
from inspector.domain.checklists import TemplateItem
from inspector.domain.inspections import Finding, Inspection, ItemResult
from inspector.domain.registry import REGULATORS, Employer, Site
from inspector.errors import ValidationError
from inspector.reports.figures import Period, Record, _finalized_in, _orders_in
from inspector.storage import Database

Entry = tuple[str, int, Record]  # (bar key, series index, record)


@dataclass(frozen=True)
class Bar:
    key: str
    label: str
    values: tuple[int, ...]


@dataclass(frozen=True)
class Chart:
    key: str
    title: str
    series: tuple[str, ...]
    bars: tuple[Bar, ...]


def _target(kind: str, site: str | None, emp: str | None) -> str:
    return (site if kind == "site" else emp) or ""


def _by_category(s: Session, p: Period) -> Iterator[Entry]:
    rows = s.execute(
        select(ItemResult.id, ItemResult.answer, TemplateItem.category, TemplateItem.code,
               Inspection.target_kind, Site.name, Employer.name, Inspection.started_at)
        .join(Inspection, Inspection.id == ItemResult.inspection_id)
        .join(TemplateItem, TemplateItem.id == ItemResult.item_id)
        .outerjoin(Site, Site.id == Inspection.site_id)
        .outerjoin(Employer, Employer.id == Inspection.employer_id)
        .where(ItemResult.tombstone.is_(False),
               ItemResult.answer.in_(("compliant", "non_compliant")),
               TemplateItem.answer_type.in_(("yes_no", "yes_no_na")), *_finalized_in(p))
        .order_by(Inspection.started_at, ItemResult.id))
    for rid, answer, cat, code, kind, site, emp, at in rows:
        yield cat, 0 if answer == "compliant" else 1, Record(
            "item_result", rid, f"{format_cn_date(local_date(at))} {_target(kind, site, emp)} {code}")


def _inspections(s: Session, p: Period, group: Callable[[Any], str | None]) -> Iterator[Entry]:
    from sqlalchemy import func
    findings = (select(func.count()).where(Finding.inspection_id == Inspection.id,
                                           Finding.tombstone.is_(False))
                .correlate(Inspection).scalar_subquery())
    rows = s.execute(
        select(Inspection.id, Inspection.target_kind, Site.name, Site.township, Site.regulator,
               Employer.name, Employer.township, Inspection.started_at, findings)
        .outerjoin(Site, Site.id == Inspection.site_id)
        .outerjoin(Employer, Employer.id == Inspection.employer_id)
        .where(*_finalized_in(p)).order_by(Inspection.started_at, Inspection.id))
    for row in rows:
        key = group(row)
        if key is None:
            continue
        iid, kind, site, _, _, emp, _, at, n = row
        yield key, 0 if n == 0 else 1, Record(
            "inspection", iid, f"{format_cn_date(local_date(at))} {_target(kind, site, emp)}"
                               f"（问题 {n} 项）")


def _by_township(s: Session, p: Period) -> Iterator[Entry]:
    return _inspections(s, p, lambda r: (r[3] if r[1] == "site" else r[6]) or "（未填）")


def _by_regulator(s: Session, p: Period) -> Iterator[Entry]:
    return _inspections(s, p, lambda r: REGULATORS.get(r[4], r[4]) if r[1] == "site" else None)


def _orders_by_month(s: Session, p: Period) -> Iterator[Entry]:
    for r in _orders_in(s, p):
        key = f"{r.issue_date.year}-{r.issue_date.month:02d}"  # sorts by time
        rec = Record("order", r.id, f"{r.number} {r.employer_name}")
        yield key, 0, rec
        if r.violations and r.rectified == r.violations:
            yield key, 1, rec
        if r.overdue:
            yield key, 2, rec


def _top_violations(s: Session, p: Period) -> Iterator[Entry]:
    rows = s.execute(
        select(Finding.id, TemplateItem.code, TemplateItem.text, Inspection.target_kind,
               Site.name, Employer.name, Inspection.started_at)
        .join(Inspection, Inspection.id == Finding.inspection_id)
        .join(TemplateItem, TemplateItem.id == Finding.item_id)
        .outerjoin(Site, Site.id == Inspection.site_id)
        .outerjoin(Employer, Employer.id == Inspection.employer_id)
        .where(Finding.tombstone.is_(False), *_finalized_in(p))
        .order_by(Inspection.started_at, Finding.id))
    for fid, code, text, kind, site, emp, at in rows:
        yield f"{code} {text}", 0, Record(
            "finding", fid, f"{format_cn_date(local_date(at))} {_target(kind, site, emp)}")


@dataclass(frozen=True)
class ChartDef:
    key: str
    title: str
    series: tuple[str, ...]
    entries: Callable[[Session, Period], Iterator[Entry]]
    order: str = "label"  # label | count (largest first)
    limit: int = 0
    label: Callable[[str], str] = str


def _month_label(key: str) -> str:
    year, month = key.split("-")
    return f"{year}年{int(month)}月"


CHARTS: dict[str, ChartDef] = {c.key: c for c in (
    ChartDef("compliance_by_category", "各类检查项的符合情况", ("符合", "不符合"), _by_category),
    ChartDef("compliance_by_township", "各乡镇（街道）检查发现问题情况", ("无问题", "有问题"),
             _by_township),
    ChartDef("compliance_by_regulator", "各行业主管部门工程项目检查情况", ("无问题", "有问题"),
             _by_regulator),
    ChartDef("orders_by_month", "每月指令书：签发、已整改、逾期", ("签发", "已整改", "逾期未整改"),
             _orders_by_month, label=_month_label),
    ChartDef("top_violations", "最常见的违法问题（前10项）", ("问题数",), _top_violations,
             order="count", limit=10),
)}


def _chart_def(key: str) -> ChartDef:
    try:
        return CHARTS[key]
    except KeyError:
        raise ValidationError(f"没有名为 {key} 的图表。", code="E_CHART_UNKNOWN") from None


def _build(c: ChartDef, entries: list[Entry]) -> Chart:
    counts: dict[str, list[int]] = {}
    for key, series, _ in entries:
        counts.setdefault(key, [0] * len(c.series))[series] += 1
    keys = sorted(counts, key=lambda k: (-sum(counts[k]), k)) if c.order == "count" \
        else sorted(counts)
    if c.limit:
        keys = keys[:c.limit]
    return Chart(c.key, c.title, c.series, tuple(Bar(k, c.label(k), tuple(counts[k])) for k in keys))


def dashboard(db: Database, period: Period) -> list[Chart]:
    """Every chart for the period, in one read session."""
    with db.session() as s:
        s.info["database"] = db
        return [_build(c, list(c.entries(s, period))) for c in CHARTS.values()]


def chart_records(db: Database, chart: str, bar: str, series: int | None,
                  period: Period) -> list[Record]:
    """The records behind one bar (one series of it, or all of its series)."""
    c = _chart_def(chart)
    with db.session() as s:
        s.info["database"] = db
        seen: set[str] = set()
        out = []
        for key, idx, rec in c.entries(s, period):
            if key == bar and (series is None or idx == series) and rec.id not in seen:
                seen.add(rec.id)
                out.append(rec)
        return out
