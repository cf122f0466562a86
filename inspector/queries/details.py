"""Detail pages of one site or one employer: facts, people, inspection history, orders."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from inspector.domain.inspections import Finding, Inspection
from inspector.domain.registry import (
    INDUSTRIES,
    REGULATORS,
    SITE_STATUSES,
    Employer,
    Site,
    SiteSubcontractor,
)
from inspector.errors import NotFoundError
from inspector.queries.orders import OrderRow, list_orders

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from inspector.storage import Database

@dataclass(frozen=True)
class Person:
    """A party on a site: role (建设单位 …), name, credit code and contact."""

    role: str
    name: str
    credit_code: str = ""
    contact: str = ""
    employer_id: str | None = None


@dataclass(frozen=True)
class HistoryRow:
    id: str
    started_at: datetime
    status: str
    template: str
    findings: int


@dataclass(frozen=True)
class Detail:
    """What a detail page shows; `facts` are (label, value) pairs in display order."""

    id: str
    kind: str  # site | employer
    name: str
    facts: list[tuple[str, str]]
    people: list[Person] = field(default_factory=list)
    inspections: list[HistoryRow] = field(default_factory=list)
    orders: list[OrderRow] = field(default_factory=list)


def _yuan(fen: int | None) -> str:
    if fen is None:
        return ""
    return f"{fen / 100:,.2f} 元"


def _d(value: date | None) -> str:
    return f"{value.year}年{value.month}月{value.day}日" if value else ""


def _employer_person(s: Session, role: str, employer_id: str | None) -> Person | None:
    if not employer_id:
        return None
    emp = s.get(Employer, employer_id)
    if emp is None:
        return None
    contact = " ".join(x for x in (emp.contact_name, emp.contact_phone) if x)
    return Person(role=role, name=emp.name, credit_code=emp.credit_code, contact=contact,
                  employer_id=emp.id)


def _history(s: Session, where: object) -> list[HistoryRow]:
    from sqlalchemy import func

    from inspector.domain.checklists import ChecklistTemplate

    n = (select(Finding.inspection_id, func.count().label("n"))
         .group_by(Finding.inspection_id).subquery())
    q = (
        select(Inspection, ChecklistTemplate.name, func.coalesce(n.c.n, 0))
        .join(ChecklistTemplate, ChecklistTemplate.id == Inspection.template_id)
        .outerjoin(n, n.c.inspection_id == Inspection.id)
        .where(where, Inspection.tombstone.is_(False))  # type: ignore[arg-type]
        .order_by(Inspection.started_at.desc())
    )
    return [HistoryRow(id=i.id, started_at=i.started_at, status=i.status, template=tpl,
                       findings=int(k)) for i, tpl, k in s.execute(q)]


def _orders(db: Database, *, site_id: str | None = None,
            employer_id: str | None = None) -> list[OrderRow]:
    """The orders list's own rows for one site or employer, latest deadline first."""
    rows = list_orders(db, site_id=site_id, employer_id=employer_id)
    return sorted(rows, key=lambda r: r.deadline, reverse=True)


def site_detail(db: Database, site_id: str) -> Detail:
    """Facts, parties, inspections and orders of one site."""
    with db.session() as s:
        site = s.get(Site, site_id)
        if site is None:
            raise NotFoundError("工程项目不存在。", code="E_SITE_NOT_FOUND")
        facts = [
            ("项目编号", site.code or ""),
            ("项目名称", site.name),
            ("地址", site.address),
            ("乡镇（街道）", site.township),
            ("行业主管部门", REGULATORS.get(site.regulator, site.regulator)),
            ("状态", SITE_STATUSES.get(site.status, site.status)),
            ("合同金额", _yuan(site.contract_amount_fen)),
            ("开工日期", _d(site.start_date)),
            ("计划竣工日期", _d(site.planned_end_date)),
            ("实名登记人数", "" if site.headcount_registered is None else str(site.headcount_registered)),
            ("在场人数", "" if site.headcount_active is None else str(site.headcount_active)),
            ("备注", site.notes),
        ]
        people = [
            p for p in (
                _employer_person(s, "建设单位", site.project_owner_id),
                _employer_person(s, "施工总承包单位", site.general_contractor_id),
            ) if p is not None
        ]
        subs = s.scalars(select(SiteSubcontractor).where(
            SiteSubcontractor.site_id == site.id, SiteSubcontractor.tombstone.is_(False)))
        for sub in subs:
            p = _employer_person(s, "分包单位" + (f"（{sub.scope}）" if sub.scope else ""),
                                 sub.employer_id)
            if p is not None:
                people.append(p)
        if site.wage_manager_name:
            people.append(Person(role="劳资专管员", name=site.wage_manager_name,
                                 contact=site.wage_manager_phone))
        return Detail(
            id=site.id, kind="site", name=site.name, facts=facts, people=people,
            inspections=_history(s, Inspection.site_id == site.id),
            orders=_orders(db, site_id=site.id),
        )


def employer_detail(db: Database, employer_id: str) -> Detail:
    """Facts, contacts, inspections and orders of one employer."""
    with db.session() as s:
        emp = s.get(Employer, employer_id)
        if emp is None:
            raise NotFoundError("用人单位不存在。", code="E_EMPLOYER_NOT_FOUND")
        facts = [
            ("单位名称", emp.name),
            ("统一社会信用代码", emp.credit_code),
            ("法定代表人", emp.legal_rep),
            ("地址", emp.address),
            ("乡镇（街道）", emp.township),
            ("行业", f"{emp.industry} {INDUSTRIES.get(emp.industry, '')}".strip()),
        ]
        people = []
        if emp.legal_rep:
            people.append(Person(role="法定代表人", name=emp.legal_rep))
        if emp.contact_name or emp.contact_phone:
            people.append(Person(role="联系人", name=emp.contact_name, contact=emp.contact_phone))
        return Detail(
            id=emp.id, kind="employer", name=emp.name, facts=facts, people=people,
            inspections=_history(s, Inspection.employer_id == emp.id),
            orders=_orders(db, employer_id=emp.id),
        )


def subcontractors(db: Database, site_id: str) -> list[tuple[str, str]]:
    """(employer id, name) of a site's 分包单位, for choosing who answers for an item."""
    with db.session() as s:
        rows = s.execute(
            select(Employer.id, Employer.name)
            .join(SiteSubcontractor, SiteSubcontractor.employer_id == Employer.id)
            .where(SiteSubcontractor.site_id == site_id, SiteSubcontractor.tombstone.is_(False))
            .order_by(Employer.name)
        ).all()
        return [(r[0], r[1]) for r in rows]

