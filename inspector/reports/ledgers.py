"""The office's ledgers (台账): one definition per ledger — its columns and its rows.

A ledger's rows are streamed from the database in chunks (`yield_per`), so an
export of 100,000 inspections holds one chunk in memory, not the whole list.
Filters are the ones an office asks for: period, township, regulator, industry,
inspector, device, 专项行动 (campaign). Every ledger is written by `inspector.reports.tabular`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Executable, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from inspector.documents.dates import local_date, local_from_utc
from inspector.domain.checklists import ChecklistTemplate, TemplateItem
from inspector.domain.inspections import (
    INSPECTION_STATUS_LABELS,
    Finding,
    Inspection,
    InspectionInspector,
)
from inspector.domain.orders import ESCALATION_LABELS, ORDER_STATUS_LABELS, Order
from inspector.domain.registry import (
    INDUSTRIES,
    REGULATORS,
    SITE_STATUSES,
    Device,
    Employer,
    Inspector,
    Site,
)
from inspector.errors import ValidationError
from inspector.progress import Meter, ProgressFn
from inspector.reports import case_ledgers
from inspector.reports.tabular import Column
from inspector.storage import Database

CHUNK = 2000
TARGET_KINDS = {"site": "工程项目", "employer": "用人单位"}


@dataclass(frozen=True)
class LedgerFilter:
    """What an office narrows a ledger by; every field optional."""

    date_from: date | None = None
    date_to: date | None = None
    township: str | None = None
    regulator: str | None = None  # housing | transport | water | other
    industry: str | None = None   # GB/T 4754 门类 letter
    inspector_id: str | None = None
    device_code: str | None = None
    campaign: str | None = None   # 专项行动 code: that campaign's inspections (and theirs)


def utc_bounds(f: LedgerFilter) -> tuple[datetime | None, datetime | None]:
    """The period's local calendar days as naive-UTC [start, end) for stored times."""
    def at(d: date) -> datetime:
        return datetime.combine(d, time.min).astimezone(UTC).replace(tzinfo=None)
    return (at(f.date_from) if f.date_from else None,
            at(f.date_to + timedelta(days=1)) if f.date_to else None)


@dataclass(frozen=True)
class Ledger:
    name: str
    title: str
    columns: Sequence[Column]
    rows: Callable[[Session, LedgerFilter], Iterator[Sequence[Any]]]


class LocalDays:
    """`local_date` for many stored times, with one time-zone lookup per UTC day.

    Asking the system for the zone's offset is a third of a ledger row's own cost.
    On a UTC day whose first and last minute have the same offset (every day but the
    two DST changes, if the zone has them) that offset holds all day; other days
    ask for each time.
    """

    def __init__(self) -> None:
        self._offsets: dict[date, timedelta | None] = {}

    def __call__(self, at: datetime) -> date:
        day = at.date()
        if day not in self._offsets:
            start = datetime.combine(day, time.min)
            first, last = (local_from_utc(t) - t for t in (start, start + timedelta(hours=24)))
            self._offsets[day] = first if first == last else None
        offset = self._offsets[day]
        return local_date(at) if offset is None else (at + offset).date()


def _stream(s: Session, q: Executable) -> Iterator[Any]:
    yield from s.execute(q.execution_options(yield_per=CHUNK))


def _inspector_names(s: Session) -> dict[str, str]:
    return {i: f"{n}（{c}）" for i, n, c in s.execute(
        select(Inspector.id, Inspector.name, Inspector.credential_no))}


def _device_id(s: Session, code: str | None) -> str | None:
    if code is None:
        return None
    dev = s.scalar(select(Device.id).where(Device.code == code))
    if dev is None:
        raise ValidationError(f"没有代码为 {code} 的设备。", code="E_DEVICE_UNKNOWN")
    return dev


def _inspection_where(s: Session, f: LedgerFilter, site: Any, emp: Any) -> list[Any]:
    start, end = utc_bounds(f)
    where: list[Any] = [Inspection.tombstone.is_(False)]
    if start:
        where.append(Inspection.started_at >= start)
    if end:
        where.append(Inspection.started_at < end)
    if f.township:
        where.append(or_(site.township == f.township, emp.township == f.township))
    if f.regulator:
        where.append(site.regulator == f.regulator)
    if f.industry:
        where.append(emp.industry == f.industry)
    if f.inspector_id:
        where.append(Inspection.id.in_(select(InspectionInspector.inspection_id).where(
            InspectionInspector.inspector_id == f.inspector_id,
            InspectionInspector.tombstone.is_(False))))
    dev = _device_id(s, f.device_code)
    if dev:
        where.append(Inspection.origin_device == dev)
    if f.campaign:
        where.append(Inspection.campaign == f.campaign)
    return where


def _campaign_inspections(f: LedgerFilter, column: Any) -> Any:
    """`column` (site_id, employer_id or id) of the campaign's live inspections in the
    period: the sites, employers and orders a campaign ledger keeps."""
    start, end = utc_bounds(f)
    q = select(column).where(Inspection.tombstone.is_(False), Inspection.campaign == f.campaign)
    if start:
        q = q.where(Inspection.started_at >= start)
    if end:
        q = q.where(Inspection.started_at < end)
    return q


INSPECTION_COLUMNS = (
    Column("检查日期", "date", 12), Column("对象类型", width=8), Column("名称", width=30),
    Column("统一社会信用代码", width=20), Column("乡镇（街道）", width=12),
    Column("行业主管部门", width=8), Column("行业门类", width=14), Column("检查人员", width=36),
    Column("检查表", width=20), Column("状态", width=8), Column("发现问题数", "int"),
    Column("设备"), Column("检查地点", width=20),
)


def _inspection_rows(s: Session, f: LedgerFilter) -> Iterator[Sequence[Any]]:
    names = _inspector_names(s)
    devices = {i: c for i, c in s.execute(select(Device.id, Device.code))}
    site, emp, gc = aliased(Site), aliased(Employer), aliased(Employer)
    findings = (select(func.count()).where(Finding.inspection_id == Inspection.id,
                                           Finding.tombstone.is_(False))
                .correlate(Inspection).scalar_subquery())
    people = (select(func.aggregate_strings(InspectionInspector.inspector_id, ","))
              .where(InspectionInspector.inspection_id == Inspection.id,
                     InspectionInspector.tombstone.is_(False))
              .correlate(Inspection).scalar_subquery())
    q = (select(Inspection.started_at, Inspection.target_kind, site.name, site.township,
                site.regulator, gc.credit_code, emp.name, emp.credit_code, emp.township,
                emp.industry, people, ChecklistTemplate.name, Inspection.status, findings,
                Inspection.origin_device, Inspection.location)
         .join(ChecklistTemplate, ChecklistTemplate.id == Inspection.template_id)
         .outerjoin(site, site.id == Inspection.site_id)
         .outerjoin(gc, gc.id == site.general_contractor_id)
         .outerjoin(emp, emp.id == Inspection.employer_id)
         .where(*_inspection_where(s, f, site, emp))
         .order_by(Inspection.started_at, Inspection.id))
    local_day = LocalDays()
    for (at, kind, s_name, s_town, reg, gc_code, e_name, e_code, e_town, ind, who, tpl,
         status, n, dev, place) in _stream(s, q):
        on_site = kind == "site"
        yield (local_day(at), TARGET_KINDS.get(kind, kind), s_name if on_site else e_name,
               (gc_code if on_site else e_code) or "", (s_town if on_site else e_town) or "",
               REGULATORS.get(reg, "") if on_site else "",
               "" if on_site else INDUSTRIES.get(ind, ind or ""),
               "、".join(names.get(i, i) for i in (who or "").split(",") if i), tpl,
               INSPECTION_STATUS_LABELS.get(status, status), n, devices.get(dev, ""), place)


FINDING_COLUMNS = (
    Column("检查日期", "date", 12), Column("对象", width=30), Column("乡镇（街道）", width=12),
    Column("检查项代码"), Column("检查项", width=40), Column("类别", width=14),
    Column("责任单位", width=30), Column("违法事实", width=50),
)


def _finding_rows(s: Session, f: LedgerFilter) -> Iterator[Sequence[Any]]:
    site, emp, resp = aliased(Site), aliased(Employer), aliased(Employer)
    q = (select(Inspection.started_at, Inspection.target_kind, site.name, site.township,
                emp.name, emp.township, TemplateItem.code, TemplateItem.text,
                TemplateItem.category, resp.name, Finding.fact)
         .join(Inspection, Inspection.id == Finding.inspection_id)
         .join(TemplateItem, TemplateItem.id == Finding.item_id)
         .outerjoin(site, site.id == Inspection.site_id)
         .outerjoin(emp, emp.id == Inspection.employer_id)
         .outerjoin(resp, resp.id == Finding.employer_id)
         .where(Finding.tombstone.is_(False), *_inspection_where(s, f, site, emp))
         .order_by(Inspection.started_at, Finding.id))
    local_day = LocalDays()
    for at, kind, s_name, s_town, e_name, e_town, code, text, cat, r_name, fact in _stream(s, q):
        on_site = kind == "site"
        yield (local_day(at), s_name if on_site else e_name,
               (s_town if on_site else e_town) or "", code, text, cat, r_name or "", fact)


SITE_COLUMNS = (
    Column("项目编号", width=14), Column("项目名称", width=30), Column("项目地址", width=30),
    Column("乡镇（街道）", width=12), Column("行业主管部门"), Column("项目状态"),
    Column("建设单位", width=28), Column("施工总承包单位", width=28),
    Column("总包统一社会信用代码", width=20), Column("合同金额（元）", "money", 16),
    Column("开工日期", "date", 12), Column("计划竣工日期", "date", 12),
    Column("实名采集人数", "int"), Column("在职人数", "int"),
    Column("在职人员劳动合同签订人数", "int"), Column("工资保证金已登记", "bool"),
    Column("工资专用账户已绑定", "bool"), Column("劳资专管员"),
    Column("检查次数", "int"), Column("最近检查日期", "datetime", 18),
)


def _site_rows(s: Session, f: LedgerFilter) -> Iterator[Sequence[Any]]:
    owner, gc = aliased(Employer), aliased(Employer)
    start, end = utc_bounds(f)
    cond = [Inspection.site_id == Site.id, Inspection.tombstone.is_(False)]
    if start:
        cond.append(Inspection.started_at >= start)
    if end:
        cond.append(Inspection.started_at < end)
    if f.campaign:
        cond.append(Inspection.campaign == f.campaign)
    visits = select(func.count(), func.max(Inspection.started_at)).where(and_(*cond))
    q = (select(Site.code, Site.name, Site.address, Site.township, Site.regulator, Site.status,
                owner.name, gc.name, gc.credit_code, Site.contract_amount_fen, Site.start_date,
                Site.planned_end_date, Site.headcount_registered, Site.headcount_active,
                Site.contracts_signed, Site.wage_deposit_registered, Site.wage_account_bound,
                Site.wage_manager_name,
                visits.with_only_columns(func.count()).correlate(Site).scalar_subquery(),
                visits.with_only_columns(func.max(Inspection.started_at))
                .correlate(Site).scalar_subquery())
         .outerjoin(owner, owner.id == Site.project_owner_id)
         .outerjoin(gc, gc.id == Site.general_contractor_id)
         .where(Site.tombstone.is_(False)).order_by(Site.township, Site.name, Site.id))
    if f.township:
        q = q.where(Site.township == f.township)
    if f.regulator:
        q = q.where(Site.regulator == f.regulator)
    if f.campaign:
        q = q.where(Site.id.in_(_campaign_inspections(f, Inspection.site_id)))
    for row in _stream(s, q):
        r = list(row)
        r[4] = REGULATORS.get(r[4], r[4])
        r[5] = SITE_STATUSES.get(r[5], r[5])
        r[-1] = None if r[-1] is None else _local(r[-1])
        yield r


def _local(dt: datetime) -> datetime:
    return local_from_utc(dt)


EMPLOYER_COLUMNS = (
    Column("单位名称", width=30), Column("统一社会信用代码", width=20), Column("法定代表人"),
    Column("地址", width=30), Column("乡镇（街道）", width=12), Column("行业门类", width=14),
    Column("联系人"), Column("联系电话", width=14),
)


def _employer_rows(s: Session, f: LedgerFilter) -> Iterator[Sequence[Any]]:
    q = (select(Employer.name, Employer.credit_code, Employer.legal_rep, Employer.address,
                Employer.township, Employer.industry, Employer.contact_name,
                Employer.contact_phone)
         .where(Employer.tombstone.is_(False)).order_by(Employer.name, Employer.id))
    if f.township:
        q = q.where(Employer.township == f.township)
    if f.industry:
        q = q.where(Employer.industry == f.industry)
    if f.campaign:
        q = q.where(Employer.id.in_(_campaign_inspections(f, Inspection.employer_id)))
    for row in _stream(s, q):
        r = list(row)
        r[5] = INDUSTRIES.get(r[5], r[5])
        yield r


ORDER_COLUMNS = (
    Column("文号", width=24), Column("状态", width=8), Column("被指令单位", width=28),
    Column("统一社会信用代码", width=20), Column("工程项目", width=28),
    Column("出具日期", "date", 12), Column("整改期限", "date", 12), Column("违法事项数", "int"),
    Column("已复查改正数", "int"), Column("逾期未改正", "bool"), Column("存档联迟交", "bool"),
    Column("后续处置", width=12),
)


def _order_rows(s: Session, f: LedgerFilter) -> Iterator[Sequence[Any]]:
    # The deadline flags (overdue, archive late) are defined once, in the orders' read
    # model; the ledger only narrows its rows. Orders are far fewer than inspections.
    from inspector.queries.orders import list_orders

    db = s.info["database"]
    site, emp = aliased(Site), aliased(Employer)
    keep = select(Order.id).outerjoin(site, site.id == Order.site_id).join(
        emp, emp.id == Order.employer_id).where(Order.tombstone.is_(False))
    if f.township:
        keep = keep.where(or_(site.township == f.township, emp.township == f.township))
    if f.regulator:
        keep = keep.where(site.regulator == f.regulator)
    if f.industry:
        keep = keep.where(emp.industry == f.industry)
    if f.inspector_id:
        keep = keep.where(or_(Order.inspector1_id == f.inspector_id,
                              Order.inspector2_id == f.inspector_id))
    dev = _device_id(s, f.device_code)
    if dev:
        keep = keep.where(Order.issued_device_id == dev)
    if f.campaign:  # the order's inspection was part of the campaign (whenever it was)
        keep = keep.where(Order.inspection_id.in_(select(Inspection.id).where(
            Inspection.campaign == f.campaign, Inspection.tombstone.is_(False))))
    wanted = set(s.scalars(keep))
    for r in reversed(list_orders(db)):
        if r.id not in wanted or r.issue_date is None:
            continue
        if (f.date_from and r.issue_date < f.date_from) or (f.date_to and r.issue_date > f.date_to):
            continue
        yield (r.number, ORDER_STATUS_LABELS.get(r.status, r.status), r.employer_name,
               r.credit_code, r.site_name, r.issue_date, r.deadline, r.violations, r.rectified,
               r.overdue, r.archive_late, ESCALATION_LABELS.get(r.escalation, r.escalation))


LEDGERS: dict[str, Ledger] = {
    "sites": Ledger("sites", "工程项目台账", SITE_COLUMNS, _site_rows),
    "employers": Ledger("employers", "用人单位台账", EMPLOYER_COLUMNS, _employer_rows),
    "inspections": Ledger("inspections", "检查台账", INSPECTION_COLUMNS, _inspection_rows),
    "findings": Ledger("findings", "问题台账", FINDING_COLUMNS, _finding_rows),
    "orders": Ledger("orders", "指令书台账", ORDER_COLUMNS, _order_rows),
    "cases": Ledger("cases", "欠薪案件台账", case_ledgers.CASE_COLUMNS, case_ledgers.case_rows),
    "payments": Ledger("payments", "追回工资台账", case_ledgers.PAYMENT_COLUMNS,
                       case_ledgers.payment_rows),
    "workers": Ledger("workers", "劳动者台账", case_ledgers.WORKER_COLUMNS,
                      case_ledgers.worker_rows),
}


def ledger(name: str) -> Ledger:
    try:
        return LEDGERS[name]
    except KeyError:
        raise ValidationError(
            f"没有名为 {name} 的台账；可选：{'、'.join(LEDGERS)}。", code="E_LEDGER_UNKNOWN"
        ) from None


def iter_ledger(db: Database, name: str, f: LedgerFilter) -> Iterator[Sequence[Any]]:
    """The ledger's rows, streamed in one read session."""
    led = ledger(name)
    if f.campaign:  # a mistyped code would give an empty ledger that looks like "none"
        from inspector.reports.summary import check_campaign

        check_campaign(db, f.campaign)
    with db.session() as s:
        s.info["database"] = db
        yield from led.rows(s, f)


def export_ledger(db: Database, name: str, f: LedgerFilter, out: Path,
                  progress: ProgressFn | None = None) -> int:
    """Write one ledger to `out` (.xlsx or .csv); returns the rows written.

    Progress is reported every few thousand rows (the total is not known in
    advance). A cancel (`progress` raising `Cancelled`) or any failure leaves no
    file at `out` and an existing file there untouched.
    """
    from inspector.reports.tabular import write_table

    led = ledger(name)
    meter = Meter(progress)
    meter.report(f"正在导出{led.title}…")

    def rows() -> Iterator[Sequence[Any]]:
        for n, row in enumerate(iter_ledger(db, name, f), start=1):
            if n % CHUNK == 0:
                meter.at(n, f"正在导出{led.title}：已写 {n} 行…")
            yield row

    return write_table(out, led.title, led.columns, rows())
