"""Demo orders in every state, for `inspector demo` (called from `inspector.demo.load_demo`).

Given finalized inspections with findings, the oldest ones get orders that have
run their course (closed, rechecked and escalated, overdue, superseded,
revoked) and the newest ones fresh orders (served, issued, draft). Orders are
issued at the end of their inspection, as on site. The same rng gives the same
choices; ids and wall-clock times aside, the result is deterministic.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, timedelta

from sqlalchemy import exists, select

from inspector import clock
from inspector.devices import require_device
from inspector.documents.dates import local_date
from inspector.domain.inspections import Finding, Inspection
from inspector.domain.orders import NumberBlock, Order, OrderViolation
from inspector.ids import utcnow
from inspector.orders import drafting, followup, issuing, numbers
from inspector.orders.calendar import WorkCalendar
from inspector.storage import Database

# Oldest inspections first: states that need time to have passed.
OLD_STATES = ("closed", "rechecked", "escalated", "overdue", "superseded", "revoked")
NEW_STATES = ("served", "issued", "draft")


def _photo() -> bytes:
    """A small real JPEG standing in for the photo of a posted order (evidence must decode)."""
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (32, 24), (200, 180, 150)).save(out, "JPEG", quality=70)
    return out.getvalue()


def _candidates(db: Database) -> list[tuple[str, datetime]]:
    with db.session() as s:
        rows = s.execute(
            select(Inspection.id, Inspection.ended_at, Inspection.started_at)
            .where(Inspection.status == "finalized", Inspection.tombstone.is_(False),
                   exists().where(Finding.inspection_id == Inspection.id),
                   ~exists().where(Order.inspection_id == Inspection.id))
            .order_by(Inspection.started_at, Inspection.id)
        ).all()
    return [(iid, ended or started) for iid, ended, started in rows]


def _ensure_block(db: Database, device_id: str) -> None:
    with db.session() as s:
        has = s.scalar(select(NumberBlock.id).where(NumberBlock.device_id == device_id))
    if has is None:
        with db.session() as s:
            top = max((b.last for b in s.scalars(select(NumberBlock))), default=0)
        numbers.add_block(db, device_id, top + 1, top + 500, note="演示编号段")


def _issue(db: Database, order_id: str, at: datetime, days: int) -> date:
    """Set every deadline `days` working days after the issue date, then issue at `at`."""
    day = local_date(at)
    deadline = WorkCalendar().add_working_days(day, days)
    drafting.update_draft(db, order_id, deadline=deadline)
    issuing.issue_order(db, order_id, issued_at=at)
    return deadline


def _positions(db: Database, order_id: str) -> list[int]:
    with db.session() as s:
        return list(s.scalars(select(OrderViolation.position).where(
            OrderViolation.order_id == order_id, OrderViolation.tombstone.is_(False)
        ).order_by(OrderViolation.position)))


def add_demo_orders(db: Database, rng: random.Random) -> dict[str, int]:
    """Create orders in every state from finalized inspections; returns counts per state."""
    device = require_device(db)
    _ensure_block(db, device.id)
    cands = _candidates(db)
    if not cands:
        return {"orders": 0}
    today = clock.today()
    n_old = min(len(OLD_STATES), max(0, len(cands) - len(NEW_STATES)))
    plan = list(zip(OLD_STATES, cands[:n_old], strict=False))
    plan += list(zip(NEW_STATES, reversed(cands[n_old:]), strict=False))
    counts: dict[str, int] = {}
    for state, (iid, ended) in plan:
        at = min(ended, utcnow() - timedelta(hours=1))
        for oid in drafting.draft_orders(db, iid, today=local_date(at)):
            _STATES[state](db, oid, at, rng, today)
            counts[f"orders_{state}"] = counts.get(f"orders_{state}", 0) + 1
    counts["orders"] = sum(counts.values())
    return counts


def _serve(db: Database, oid: str, at: datetime, rng: random.Random) -> None:
    if rng.random() < 0.2:
        followup.serve_order(db, oid, method="left_at_premises", refused_to_sign=True,
                             witness="项目部门卫 李某", place="项目部办公室",
                             served_at=at + timedelta(minutes=20), evidence=[_photo()])
    else:
        followup.serve_order(db, oid, method="direct", recipient_name=rng.choice(
            ["张建国", "李志强", "王海燕", "陈晓东"]), recipient_position="项目经理",
            place="项目部办公室", served_at=at + timedelta(minutes=20))
    followup.record_archive_receipt(db, oid, at=at + timedelta(days=rng.choice([1, 1, 2, 4])))


def _draft(db: Database, oid: str, at: datetime, rng: random.Random, today: date) -> None:
    return None


def _issued(db: Database, oid: str, at: datetime, rng: random.Random, today: date) -> None:
    _issue(db, oid, at, 10)


def _served(db: Database, oid: str, at: datetime, rng: random.Random, today: date) -> None:
    _issue(db, oid, at, 10)
    _serve(db, oid, at, rng)


def _overdue(db: Database, oid: str, at: datetime, rng: random.Random, today: date) -> None:
    _issue(db, oid, at, 3)
    _serve(db, oid, at, rng)


def _recheck(db: Database, oid: str, at: datetime, rng: random.Random, today: date,
             *, all_ok: bool) -> None:
    deadline = _issue(db, oid, at, 5)
    _serve(db, oid, at, rng)
    positions = _positions(db, oid)
    failing = None if all_ok else rng.choice(positions)
    for pos in positions:
        ok = pos != failing
        when = deadline - timedelta(days=1) if ok else min(deadline + timedelta(days=2), today)
        followup.recheck_violation(db, oid, pos, rectified=ok, checked_on=max(when, local_date(at)),
                                   note="已整改到位，凭证已报送" if ok else "复查时仍未改正")


def _closed(db: Database, oid: str, at: datetime, rng: random.Random, today: date) -> None:
    _recheck(db, oid, at, rng, today, all_ok=True)


def _rechecked(db: Database, oid: str, at: datetime, rng: random.Random, today: date) -> None:
    _recheck(db, oid, at, rng, today, all_ok=False)


def _escalated(db: Database, oid: str, at: datetime, rng: random.Random, today: date) -> None:
    _recheck(db, oid, at, rng, today, all_ok=False)
    followup.escalate(db, oid, action=rng.choice(["penalty", "decision"]),
                      note="逾期未改正，报请立案处理")


def _superseded(db: Database, oid: str, at: datetime, rng: random.Random, today: date) -> None:
    _issue(db, oid, at, 10)
    new_id = drafting.supersede(db, oid, reason="被指令单位名称有误，更正后重新出具")
    issuing.issue_order(db, new_id, issued_at=at + timedelta(hours=1))
    _serve(db, new_id, at + timedelta(hours=1), rng)


def _revoked(db: Database, oid: str, at: datetime, rng: random.Random, today: date) -> None:
    _issue(db, oid, at, 10)
    issuing.revoke_order(db, oid, reason="经复核，该单位已于检查前完成整改，撤销本指令书")


_STATES: dict[str, Callable[[Database, str, datetime, random.Random, date], None]] = {
    "draft": _draft, "issued": _issued, "served": _served, "overdue": _overdue,
    "closed": _closed, "rechecked": _rechecked, "escalated": _escalated,
    "superseded": _superseded, "revoked": _revoked,
}
