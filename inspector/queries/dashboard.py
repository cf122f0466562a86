"""The home screen's figures: today's work, orders due or overdue, drafts, bundle status."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select, text

from inspector import clock
from inspector.domain.base import synced_tables
from inspector.domain.inspections import Inspection
from inspector.domain.orders import NumberBlock, NumberUse, Order
from inspector.domain.registry import Employer, Site
from inspector.domain.sync import ExportedBundle

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from inspector.storage import Database

OPEN_ORDER_STATUSES = ("issued", "served")


@dataclass(frozen=True)
class WorkItem:
    """One line of a home list: what, for whom, when, and the id to open."""

    kind: str  # inspection | order
    id: str
    title: str
    target: str
    when: date | None
    status: str


@dataclass
class HomeSummary:
    today: date
    due_soon_days: int = 3
    drafts: list[WorkItem] = field(default_factory=list)  # inspections and orders not final
    due_soon: list[WorkItem] = field(default_factory=list)  # open orders due within N days
    overdue: list[WorkItem] = field(default_factory=list)  # open orders past their deadline
    today_work: list[WorkItem] = field(default_factory=list)  # started today / rechecks due today
    sites: int = 0
    employers: int = 0
    last_export: datetime | None = None
    unacknowledged: int = 0
    numbers_left: int | None = None  # None: this device holds no number block


def _inspection_items(s: Session) -> list[WorkItem]:
    rows = s.execute(
        select(Inspection.id, Inspection.started_at, Inspection.target_kind,
               Site.name, Employer.name)
        .outerjoin(Site, Site.id == Inspection.site_id)
        .outerjoin(Employer, Employer.id == Inspection.employer_id)
        .where(Inspection.status == "draft", Inspection.tombstone.is_(False))
        .order_by(Inspection.started_at.desc())
    ).all()
    return [
        WorkItem(kind="inspection", id=r[0], title="检查（草稿）",
                 target=(r[3] if r[2] == "site" else r[4]) or "", when=r[1].date(),
                 status="draft")
        for r in rows
    ]


def _order_items(s: Session, where: object, title: str) -> list[WorkItem]:
    rows = s.execute(
        select(Order.id, Order.number, Order.deadline, Order.status, Employer.name)
        .join(Employer, Employer.id == Order.employer_id)
        .where(where, Order.tombstone.is_(False))  # type: ignore[arg-type]
        .order_by(Order.deadline)
    ).all()
    return [WorkItem(kind="order", id=r[0], title=r[1] or title, target=r[4], when=r[2],
                     status=r[3]) for r in rows]


def _unacknowledged(s: Session) -> tuple[datetime | None, int]:
    last = s.scalar(select(func.max(ExportedBundle.created_at)))
    acked = s.scalar(select(func.max(ExportedBundle.high_water))
                     .where(ExportedBundle.acked_at.is_not(None))) or 0
    total = 0
    for table in synced_tables():
        # Table names come from our own metadata, never from input.
        total += int(s.execute(text(f"SELECT COUNT(*) FROM {table} WHERE change_seq > :hw"),
                               {"hw": int(acked)}).scalar() or 0)
    return last, total


def _numbers_left(s: Session, device_id: str | None, year: int) -> int | None:
    if not device_id:
        return None
    blocks = s.execute(
        select(NumberBlock.id, NumberBlock.first, NumberBlock.last, NumberBlock.year)
        .where(NumberBlock.device_id == device_id, NumberBlock.tombstone.is_(False))
    ).all()
    if not blocks:
        return None
    usable = [b for b in blocks if b[3] in (None, year)]
    if not usable:
        return 0
    size = sum(b[2] - b[1] + 1 for b in usable)
    used = s.scalar(select(func.count()).select_from(NumberUse).where(
        NumberUse.block_id.in_([b[0] for b in usable]))) or 0
    return max(size - int(used), 0)


def home_summary(db: Database, *, today: date | None = None,
                 due_soon_days: int | None = None) -> HomeSummary:
    """Everything the home screen shows, in one read.

    "Due soon" means within `due_soon_days` (default: the authority setting).
    """
    from inspector.config import load_authority

    today = today or clock.today()
    out = HomeSummary(today=today)
    with db.session() as s:
        if due_soon_days is None:
            due_soon_days = load_authority(s).due_soon_days
        inspections = _inspection_items(s)
        out.due_soon_days = due_soon_days
        out.drafts = inspections + _order_items(s, Order.status == "draft", "指令书（草稿）")
        open_ = Order.status.in_(OPEN_ORDER_STATUSES)
        out.overdue = _order_items(s, open_ & (Order.deadline < today), "指令书")
        out.due_soon = _order_items(
            s, open_ & (Order.deadline >= today)
            & (Order.deadline <= today + timedelta(days=due_soon_days)), "指令书")
        out.today_work = [w for w in inspections if w.when == today] + [
            w for w in out.due_soon if w.when == today
        ]
        out.sites = int(s.scalar(select(func.count()).select_from(Site)
                                 .where(Site.tombstone.is_(False))) or 0)
        out.employers = int(s.scalar(select(func.count()).select_from(Employer)
                                     .where(Employer.tombstone.is_(False))) or 0)
        out.last_export, out.unacknowledged = _unacknowledged(s)
        out.numbers_left = _numbers_left(s, db.device_id, today.year)
    return out
