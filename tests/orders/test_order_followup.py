"""Service, rechecks, escalation, deadlines and the archive part: each step audited."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from inspector import clock
from inspector.audit import check_chain
from inspector.domain.audit import AuditEvent
from inspector.domain.inspections import Evidence
from inspector.domain.orders import Order
from inspector.orders.drafting import draft_orders, update_draft
from inspector.orders.errors import OrderError, OrderValidationError
from inspector.orders.followup import (
    escalate,
    recheck_violation,
    record_archive_receipt,
    serve_order,
)
from inspector.orders.issuing import issue_order
from inspector.orders.verify import verify_stored
from inspector.queries.orders import get_order, list_orders
from tests.core.helpers import photo_bytes
from tests.orders.conftest import TODAY

ISSUED_AT = datetime(2026, 11, 25, 3, 0)  # UTC; a Wednesday in China too


@pytest.fixture
def order(db, block, visit) -> str:
    (oid,) = draft_orders(db, visit.inspection_id, today=TODAY)
    update_draft(db, oid, deadline=date(2026, 12, 2))
    issue_order(db, oid, issued_at=ISSUED_AT)
    return oid


def test_service_rules(db, order) -> None:
    with pytest.raises(OrderValidationError) as err:
        serve_order(db, order, method="direct")
    assert err.value.code == "E_SERVICE_RECIPIENT"
    for method in ("left_at_premises", "posted"):
        with pytest.raises(OrderValidationError) as err:
            serve_order(db, order, method=method, place="项目部")
        assert err.value.code == "E_SERVICE_EVIDENCE"
    with pytest.raises(OrderValidationError) as err:
        serve_order(db, order, method="direct", recipient_name="张三", refused_to_sign=True)
    assert err.value.code == "E_SERVICE_REFUSED"
    sid = serve_order(db, order, method="posted", place="项目部大门", evidence=[photo_bytes("posted")])
    with db.session() as s:
        ev = s.scalars(select(Evidence).where(Evidence.owner_id == sid)).one()
        o = s.get(Order, order)
    assert (ev.owner_kind, ev.inspection_id, o.status) == ("order_service", None, "served")
    assert verify_stored(db, order).code == "OK"  # service never touches the signed content


def test_direct_service_fills_the_receipt_columns(db, order) -> None:
    at = ISSUED_AT + timedelta(minutes=30)
    serve_order(db, order, method="direct", recipient_name="李志强", recipient_position="项目经理",
                served_at=at)
    with db.session() as s:
        o = s.get(Order, order)
    assert (o.recipient_name, o.recipient_position, o.received_at) == ("李志强", "项目经理", at)


def test_all_rectified_closes(db, order) -> None:
    serve_order(db, order, method="direct", recipient_name="李志强")
    outcomes = [recheck_violation(db, order, pos, rectified=True, checked_on=date(2026, 12, 1),
                                  evidence=[photo_bytes(f"proof {pos}")]) for pos in (1, 2, 3)]
    assert [o.status for o in outcomes] == ["served", "served", "closed"]
    assert outcomes[-1].escalation == ""
    with pytest.raises(OrderError):
        recheck_violation(db, order, 1, rectified=False)


def test_overdue_and_not_rectified_marks_for_escalation(db, order) -> None:
    early = recheck_violation(db, order, 1, rectified=False, checked_on=date(2026, 12, 1))
    assert early.escalation == ""  # not yet due: nothing to escalate
    late = recheck_violation(db, order, 1, rectified=False, checked_on=date(2026, 12, 3))
    assert (late.status, late.escalation) == ("issued", "pending")
    escalate(db, order, action="penalty", note="立案处罚")
    with db.session() as s:
        assert s.get(Order, order).escalation == "penalty"
    with pytest.raises(OrderValidationError):
        escalate(db, order, action="pending")


def test_deadline_flags(db, order) -> None:
    def flags(today: date) -> tuple[bool, bool]:
        (row,) = list_orders(db, today=today)
        return row.due_soon, row.overdue

    assert flags(date(2026, 11, 26)) == (False, False)
    assert flags(date(2026, 11, 30)) == (True, False)
    assert flags(date(2026, 12, 3)) == (False, True)
    assert [r.number for r in list_orders(db, overdue=True, today=date(2026, 12, 3))]
    assert list_orders(db, overdue=True, today=date(2026, 11, 30)) == []
    for pos in (1, 2, 3):
        recheck_violation(db, order, pos, rectified=True, checked_on=date(2026, 12, 2))
    assert flags(date(2026, 12, 3)) == (False, False)
    assert list_orders(db, status="closed")[0].rectified == 3


def test_archive_part_late_flag(db, order) -> None:
    def late(today: date) -> bool:
        return get_order(db, order, today=today).row.archive_late

    assert not late(date(2026, 11, 27))  # within 2 days of issue
    assert late(date(2026, 11, 28))  # nothing arrived after 2 days
    arrived = ISSUED_AT + timedelta(days=3)
    with clock.frozen_at(arrived + timedelta(hours=1)):  # recorded once it arrived
        record_archive_receipt(db, order, at=arrived)
    assert late(date(2026, 11, 28))  # arrived, but late
    with pytest.raises(OrderError):
        record_archive_receipt(db, order)


def test_every_step_is_an_audit_event(db, order) -> None:
    serve_order(db, order, method="direct", recipient_name="李志强")
    recheck_violation(db, order, 1, rectified=True, checked_on=date(2026, 12, 1))
    record_archive_receipt(db, order)
    with db.session() as s:
        actions = [a for a in s.scalars(select(AuditEvent.action).where(
            AuditEvent.entity_id == order).order_by(AuditEvent.seq))]
        assert check_chain(s) is None
    assert actions == ["order.draft", "order.edit", "order.issue", "order.serve",
                       "order.recheck", "order.archive"]
