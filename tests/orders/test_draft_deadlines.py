"""Each violation's own deadline through `save_draft`, and `record_service`'s late warning:
each one core call; a bad field anywhere leaves the whole draft as it was."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from inspector import clock
from inspector.errors import ValidationError
from inspector.orders.drafting import draft_orders, save_draft
from inspector.orders.edits import DraftEdit, ViolationEdit
from inspector.orders.followup import record_service
from inspector.orders.issuing import issue_order
from inspector.queries.orders import get_order
from tests.orders.conftest import TODAY


def test_save_draft_sets_each_deadline(db, visit) -> None:
    (oid,) = draft_orders(db, visit.inspection_id, today=TODAY)
    before = get_order(db, oid)
    d1, d2 = TODAY + timedelta(days=20), TODAY + timedelta(days=5)
    save_draft(db, oid, DraftEdit(title="劳动保障监察限期整改指令书", violations=(
        ViolationEdit(1, deadline=d1), ViolationEdit(2, deadline=d2, fact="无保证金凭证"))))
    after = get_order(db, oid)
    assert [v.deadline for v in after.violations][:2] == [d1, d2]
    assert after.violations[2].deadline == before.violations[2].deadline
    assert after.row.deadline == max(v.deadline for v in after.violations) == d1
    assert after.violations[1].fact == "无保证金凭证" and after.row.title.endswith("整改指令书")


def test_save_draft_is_all_or_nothing(db, visit) -> None:
    (oid,) = draft_orders(db, visit.inspection_id, today=TODAY)
    before = get_order(db, oid)
    with pytest.raises(ValidationError) as err:
        save_draft(db, oid, DraftEdit(violations=(
            ViolationEdit(1, deadline=TODAY + timedelta(days=30)), ViolationEdit(2, fact="  "))))
    assert err.value.code == "E_FACT_EMPTY"
    assert get_order(db, oid).violations == before.violations


def test_record_service_warns_only_when_late(db, block, visit) -> None:
    (oid,) = draft_orders(db, visit.inspection_id, today=TODAY)
    issue_order(db, oid)
    deadline = get_order(db, oid).row.deadline
    on_time = record_service(db, oid, method="direct", recipient_name="李志强")
    assert on_time.service_id and on_time.warning == ""
    served = datetime.combine(deadline + timedelta(days=1), datetime.min.time()) + timedelta(hours=3)
    # Recorded once it happened: a service time in the future is refused like any other
    # timestamp beyond the clock skew (inspector.domain.values).
    with clock.frozen_at(served + timedelta(hours=1)):
        late = record_service(db, oid, method="mail", served_at=served)
    assert "晚于整改期限" in late.warning
    assert [s.late for s in get_order(db, oid).services] == [False, True]
