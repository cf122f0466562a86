"""One save of a draft is one transaction: a refused save writes nothing at all."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from inspector.domain.audit import AuditEvent
from inspector.errors import NotFoundError
from inspector.orders.drafting import draft_orders, save_draft
from inspector.orders.edits import DraftEdit, ViolationEdit
from inspector.orders.errors import OrderValidationError
from inspector.queries.orders import get_order
from tests.orders.conftest import TODAY


def _snapshot(db, oid: str) -> tuple[Any, ...]:
    d = get_order(db, oid)
    with db.session() as s:
        events = s.scalar(select(func.count()).select_from(AuditEvent))
    return (d.row.deadline, d.row.title, d.inspector1_id, d.inspector2_id,
            tuple((v.fact, v.requirement, v.deadline) for v in d.violations), events)


def test_a_save_with_an_empty_fact_stores_not_even_the_deadline(db, visit) -> None:
    (oid,) = draft_orders(db, visit.inspection_id, today=TODAY)
    before = _snapshot(db, oid)
    edit = DraftEdit(deadline=date(2026, 12, 30), title="劳动保障监察限期整改指令书",
                     violations=(ViolationEdit(1, fact="新事实"), ViolationEdit(2, fact="  ")))
    with pytest.raises(OrderValidationError) as err:
        save_draft(db, oid, edit)
    assert err.value.code == "E_FACT_EMPTY" and "第2项" in err.value.message
    assert _snapshot(db, oid) == before


def test_every_broken_rule_is_named_at_once(db, visit) -> None:
    (oid,) = draft_orders(db, visit.inspection_id, today=TODAY)
    a = visit.inspector_ids[0]
    with pytest.raises(OrderValidationError) as err:
        save_draft(db, oid, DraftEdit(inspector_ids=(a, a), title="整改通知",
                                      violations=(ViolationEdit(1, fact=""),)))
    assert err.value.message.count("\n") == 2
    assert "同一人" in err.value.message and "指令书" in err.value.message


def test_an_unknown_violation_number_refuses_the_whole_save(db, visit) -> None:
    (oid,) = draft_orders(db, visit.inspection_id, today=TODAY)
    before = _snapshot(db, oid)
    with pytest.raises(NotFoundError):
        save_draft(db, oid, DraftEdit(deadline=date(2026, 12, 30),
                                      violations=(ViolationEdit(99, fact="x"),)))
    assert _snapshot(db, oid) == before


def test_a_good_save_writes_everything_with_one_audit_event(db, visit) -> None:
    (oid,) = draft_orders(db, visit.inspection_id, today=TODAY)
    events = _snapshot(db, oid)[-1]
    b, a = visit.inspector_ids[:2]
    save_draft(db, oid, DraftEdit(
        deadline=date(2026, 12, 30), inspector_ids=(a, b), title="劳动保障监察限期整改指令书",
        violations=(ViolationEdit(1, fact="新事实", requirement="立即改正"),)))
    d = get_order(db, oid)
    assert d.row.deadline == date(2026, 12, 30) and d.row.title == "劳动保障监察限期整改指令书"
    assert (d.inspector1_id, d.inspector2_id) == (a, b)
    assert (d.violations[0].fact, d.violations[0].requirement) == ("新事实", "立即改正")
    assert all(v.deadline == date(2026, 12, 30) for v in d.violations)
    assert _snapshot(db, oid)[-1] == events + 1
