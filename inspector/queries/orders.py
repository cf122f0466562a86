"""Read side of orders: lists with deadline flags, one order in detail.

(`resolve_order`, an id from an id or a document number, lives in `inspector.orders.lookup`.)

Flags (computed, never stored, so they are right on every device and every day):
- overdue: issued or served, and a violation past its deadline whose latest
  recheck (if any) did not find it rectified;
- due_soon: not overdue, and an open violation due within `due_soon_days`;
- archive_late: the 存档联 reached (or has still not reached) the office more
  than `archive_days` calendar days after the issue date (劳社部令第25号 第三十二条).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

import orjson
from sqlalchemy import select

from inspector import clock
from inspector.config import load_authority
from inspector.documents.dates import local_date
from inspector.domain.orders import Order, OrderViolation, Recheck, ServiceRecord
from inspector.domain.registry import Employer, Site
from inspector.orders.lookup import resolve_order
from inspector.storage import Database

OPEN_STATUSES = ("issued", "served")


@dataclass(frozen=True)
class ViolationRow:
    id: str
    position: int
    fact: str
    requirement: str
    deadline: date
    duty_articles: list[str]
    penalty_articles: list[str]
    rectified: bool | None  # latest recheck; None: not rechecked
    rechecked_on: date | None
    arrears_workers: int | None = None  # a wage-arrears violation: workers, amount (fen)
    arrears_fen: int | None = None


@dataclass(frozen=True)
class OrderRow:
    id: str
    number: str | None
    status: str
    title: str
    employer_name: str
    credit_code: str
    site_name: str
    deadline: date
    issue_date: date | None
    escalation: str
    overdue: bool
    due_soon: bool
    archive_late: bool
    violations: int
    rectified: int
    supersedes_id: str | None
    inspector1_id: str | None = None  # the two inspectors named on the order
    inspector2_id: str | None = None


@dataclass(frozen=True)
class ServiceRow:
    id: str
    method: str
    recipient_name: str
    recipient_position: str
    place: str
    served_at: datetime
    refused_to_sign: bool
    witness: str
    evidence_ids: list[str]
    server_ids: list[str]
    note: str
    receiver_on_behalf: str = ""  # 代收人
    receiver_on_behalf_relation: str = ""
    refusal_reason: str = ""
    late: bool = False  # served after the order's deadline


@dataclass(frozen=True)
class OrderDetail:
    row: OrderRow
    violations: list[ViolationRow]
    services: list[ServiceRow] = field(default_factory=list)
    revoke_reason: str = ""
    content_hash: str = ""
    qr_payload: str = ""
    superseded_by: str | None = None

    @property
    def inspector1_id(self) -> str | None:
        """The first inspector named on the order (None on a draft without one)."""
        return self.row.inspector1_id

    @property
    def inspector2_id(self) -> str | None:
        """The second inspector named on the order (None on a draft without one)."""
        return self.row.inspector2_id


def _latest(rows: list[Any]) -> dict[str, tuple[bool, date]]:
    out: dict[str, tuple[bool, date]] = {}
    for vid, ok, when in rows:
        out[vid] = (bool(ok), when)
    return out


def _load(db: Database, where: list, today: date) -> list[tuple[OrderRow, list[ViolationRow]]]:
    with db.session() as s:
        settings = load_authority(s)
        q = (
            select(Order, Employer.name, Employer.credit_code, Site.name)
            .join(Employer, Employer.id == Order.employer_id)
            .outerjoin(Site, Site.id == Order.site_id)
            .where(Order.tombstone.is_(False), *where)
            .order_by(Order.issued_at.desc().nulls_first(), Order.id.desc())
        )
        orders = s.execute(q).all()
        ids = [o.id for o, *_ in orders]
        vrows: dict[str, list[OrderViolation]] = defaultdict(list)
        latest: dict[str, tuple[bool, date]] = {}
        for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
            for v in s.scalars(select(OrderViolation).where(
                OrderViolation.order_id.in_(chunk), OrderViolation.tombstone.is_(False)
            ).order_by(OrderViolation.position)):
                vrows[v.order_id].append(v)
            latest.update(_latest(list(s.execute(
                select(Recheck.violation_id, Recheck.rectified, Recheck.checked_on)
                .where(Recheck.order_id.in_(chunk), Recheck.tombstone.is_(False))
                .order_by(Recheck.checked_on, Recheck.id)
            ))))
    out = []
    for o, emp_name, credit, site_name in orders:
        vs = [
            ViolationRow(
                id=v.id, position=v.position, fact=v.fact, requirement=v.requirement,
                deadline=v.deadline, duty_articles=orjson.loads(v.duty_articles),
                penalty_articles=orjson.loads(v.penalty_articles),
                rectified=latest[v.id][0] if v.id in latest else None,
                rechecked_on=latest[v.id][1] if v.id in latest else None,
                arrears_workers=v.arrears_workers, arrears_fen=v.arrears_fen,
            )
            for v in vrows[o.id]
        ]
        is_open = o.status in OPEN_STATUSES
        pending = [v for v in vs if v.rectified is not True]
        overdue = is_open and any(v.deadline < today for v in pending)
        soon = today + timedelta(days=settings.due_soon_days)
        due_soon = is_open and not overdue and any(v.deadline <= soon for v in pending)
        archive_late = False
        if o.issue_date is not None:
            limit = o.issue_date + timedelta(days=settings.archive_days)
            received = local_date(o.archive_received_at) if o.archive_received_at else None
            archive_late = (received > limit) if received else today > limit
        row = OrderRow(
            id=o.id, number=o.number, status=o.status, title=o.title, employer_name=emp_name,
            credit_code=credit, site_name=site_name or "", deadline=o.deadline,
            issue_date=o.issue_date, escalation=o.escalation, overdue=overdue,
            due_soon=due_soon, archive_late=archive_late, violations=len(vs),
            rectified=sum(1 for v in vs if v.rectified), supersedes_id=o.supersedes_id,
            inspector1_id=o.inspector1_id, inspector2_id=o.inspector2_id,
        )
        out.append((row, vs))
    return out


def list_orders(
    db: Database, *, status: str | None = None, overdue: bool = False,
    inspection_id: str | None = None, site_id: str | None = None,
    employer_id: str | None = None, today: date | None = None,
) -> list[OrderRow]:
    """Orders, newest first; `overdue` keeps only overdue ones."""
    where = []
    if status:
        where.append(Order.status == status)
    if inspection_id:
        where.append(Order.inspection_id == inspection_id)
    if site_id:
        where.append(Order.site_id == site_id)
    if employer_id:
        where.append(Order.employer_id == employer_id)
    rows = [r for r, _ in _load(db, where, today or clock.today())]
    return [r for r in rows if r.overdue] if overdue else rows


def get_order(db: Database, ref: str, *, today: date | None = None) -> OrderDetail:
    oid = resolve_order(db, ref)
    ((row, vs),) = _load(db, [Order.id == oid], today or clock.today())
    with db.session() as s:
        o = s.get(Order, oid)
        assert o is not None
        services = [
            ServiceRow(
                id=r.id, method=r.method, recipient_name=r.recipient_name,
                recipient_position=r.recipient_position, place=r.place, served_at=r.served_at,
                refused_to_sign=r.refused, witness=r.witness, evidence_ids=orjson.loads(r.evidence_ids),
                server_ids=orjson.loads(r.server_ids), note=r.note,
                receiver_on_behalf=r.receiver_on_behalf,
                receiver_on_behalf_relation=r.receiver_on_behalf_relation,
                refusal_reason=r.refusal_reason, late=r.late,
            )
            for r in s.scalars(select(ServiceRecord).where(
                ServiceRecord.order_id == oid, ServiceRecord.tombstone.is_(False)
            ).order_by(ServiceRecord.served_at))
        ]
        newer = s.scalar(select(Order.number).where(
            Order.supersedes_id == oid, Order.status != "draft", Order.tombstone.is_(False)))
        return OrderDetail(row=row, violations=vs, services=services,
                           revoke_reason=o.revoke_reason, content_hash=o.content_hash,
                           qr_payload=o.qr_payload, superseded_by=newer)
