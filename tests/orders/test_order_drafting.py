"""Drafting: one order per responsible party, wording generated from article ids."""

from __future__ import annotations

from datetime import date

import orjson
import pytest
from sqlalchemy import select

from inspector.domain.orders import Order, OrderViolation
from inspector.domain.settings import Setting, setting_id
from inspector.errors import ImmutableError
from inspector.orders.calendar import CALENDAR_KEY, WorkCalendar, load_calendar
from inspector.orders.drafting import draft_orders, update_draft, update_violation
from inspector.orders.errors import OrderError, OrderValidationError
from inspector.orders.issuing import issue_order
from inspector.queries.orders import get_order
from inspector.registry.service import get_employer_id
from tests.orders.conftest import GC_CODE, OWNER_CODE, SUB_CODE, TODAY, make_visit


def test_one_draft_per_responsible_party(db) -> None:
    """General contractor, subcontractor and project owner each get their own order."""
    visit = make_visit(db, {"C01": "无担保", "C04": "无专户", "C13": "工资表无签字"})
    ids = draft_orders(db, visit.inspection_id, today=TODAY)
    assert len(ids) == 3
    with db.session() as s:
        by_emp = {o.employer_id: o for o in s.scalars(select(Order))}
        facts = {o.employer_id: [v.fact for v in s.scalars(
            select(OrderViolation).where(OrderViolation.order_id == o.id))]
            for o in by_emp.values()}
    assert set(by_emp) == {get_employer_id(db, c) for c in (GC_CODE, SUB_CODE, OWNER_CODE)}
    assert by_emp[get_employer_id(db, OWNER_CODE)].duty_holder == "project_owner"
    assert "无担保" in facts[get_employer_id(db, OWNER_CODE)][0]
    assert "工资表无签字" in facts[get_employer_id(db, SUB_CODE)][0]
    assert all(o.status == "draft" and o.number is None for o in by_emp.values())
    assert {o.inspector1_id for o in by_emp.values()} == {visit.inspector_ids[0]}


def test_deadlines_count_working_days(db, visit) -> None:
    """C04/C07 give 10 working days, C19 gives 3: weekends are skipped."""
    (oid,) = draft_orders(db, visit.inspection_id, today=TODAY)  # Wednesday 2026-11-25
    vs = get_order(db, oid).violations
    assert [v.deadline for v in vs] == [date(2026, 12, 9), date(2026, 12, 9), date(2026, 11, 30)]
    assert get_order(db, oid).row.deadline == date(2026, 12, 9)


def test_calendar_holidays_and_makeup_days(db) -> None:
    with db.uow() as s:
        s.add(Setting(id=setting_id(CALENDAR_KEY), key=CALENDAR_KEY, value=orjson.dumps(
            {"holidays": ["2026-11-26", "2026-11-27"], "workdays": ["2026-11-28"]}).decode()))
    with db.session() as s:
        cal = load_calendar(s)
    # Thu/Fri are holidays, Sat is a make-up working day, Sun is off.
    assert cal.add_working_days(TODAY, 1) == date(2026, 11, 28)
    assert cal.add_working_days(TODAY, 2) == date(2026, 11, 30)
    assert WorkCalendar().add_working_days(date(2026, 11, 27), 1) == date(2026, 11, 30)


def test_generated_wording_cites_each_violations_own_articles(db, block, visit) -> None:
    (oid,) = draft_orders(db, visit.inspection_id, today=TODAY)
    issue_order(db, oid)
    with db.session() as s:
        content = orjson.loads(s.get(Order, oid).content)
    texts = [v["text"] for v in content["violations"]]
    assert "违反了《保障农民工工资支付条例》第二十六条的规定；" in texts[0]
    assert "违反了《保障农民工工资支付条例》第三十二条的规定；" in texts[1]
    assert texts[2].endswith("违反了《保障农民工工资支付条例》第三十四条的规定。")
    basis = content["paragraphs"]["basis"]
    assert basis.startswith("根据《劳动保障监察条例》第十八条第一款第（二）项及"
                            "《保障农民工工资支付条例》第五十五条、第五十六条的规定")
    consequence = content["paragraphs"]["consequence"]
    assert "第五十五条第（一）项（对应上述第1项）" in consequence
    assert "第五十五条第（二）项（对应上述第2项）" in consequence
    assert "第五十六条第（四）项（对应上述第3项）" in consequence
    assert "第三十条" not in consequence  # never a blanket 第三十条
    assert "书面形式报送我局" in content["paragraphs"]["report"]
    assert [o["credential_no"] for o in content["inspectors"]] == ["33990001", "33990002"]


def test_same_deadline_gives_one_demand_sentence(db, block, visit) -> None:
    (oid,) = draft_orders(db, visit.inspection_id, today=TODAY)
    update_draft(db, oid, deadline=date(2026, 12, 4))
    issue_order(db, oid)
    with db.session() as s:
        content = orjson.loads(s.get(Order, oid).content)
    assert "现责令你单位于2026年12月4日前改正上述违法行为" in content["paragraphs"]["basis"]
    assert not any("前完成" in line for line in content["requirements"])


def test_draft_edits_and_their_limits(db, block, visit) -> None:
    (oid,) = draft_orders(db, visit.inspection_id, today=TODAY)
    update_violation(db, oid, 2, requirement="十日内存储工资保证金", deadline=date(2026, 12, 11))
    assert get_order(db, oid).row.deadline == date(2026, 12, 11)
    with pytest.raises(OrderValidationError) as err:
        update_draft(db, oid, inspector_ids=(visit.inspector_ids[0], visit.inspector_ids[0]))
    assert err.value.code == "E_TWO_INSPECTORS"
    with pytest.raises(OrderValidationError):
        update_draft(db, oid, title="整改通知")
    update_draft(db, oid, title="劳动保障监察限期整改指令书")
    issue_order(db, oid)
    with db.session() as s:
        content = orjson.loads(s.get(Order, oid).content)
    assert content["title"] == "劳动保障监察限期整改指令书"
    assert "十日内存储工资保证金" in content["requirements"][1]
    with pytest.raises(OrderError) as issued:
        update_violation(db, oid, 1, fact="改写事实")
    assert issued.value.code == "E_ORDER_ISSUED"


def test_unfinalized_and_repeated_drafting_refused(db, visit) -> None:
    draft_orders(db, visit.inspection_id, today=TODAY)
    with pytest.raises(OrderError) as err:
        draft_orders(db, visit.inspection_id, today=TODAY)
    assert err.value.code == "E_ALREADY_DRAFTED"
    from inspector.inspections.service import start_inspection
    from tests.core.helpers import site_template

    iid = start_inspection(db, target_kind="site", template_id=site_template(db),
                           inspector_ids=visit.inspector_ids, site_id=visit.site_id)
    with pytest.raises(OrderError) as err:
        draft_orders(db, iid)
    assert err.value.code == "E_INSPECTION_NOT_FINAL"


def test_no_findings_means_no_order(db) -> None:
    visit = make_visit(db, {})
    with pytest.raises(OrderError) as err:
        draft_orders(db, visit.inspection_id)
    assert err.value.code == "E_NO_FINDINGS"


def test_deadline_before_issue_date_refused(db, block, visit) -> None:
    (oid,) = draft_orders(db, visit.inspection_id, today=TODAY)
    update_draft(db, oid, deadline=date(2020, 1, 1))
    with pytest.raises(OrderValidationError) as err:
        issue_order(db, oid)
    assert err.value.code == "E_DEADLINE_PAST"
    with db.session() as s:
        assert s.get(Order, oid).status == "draft"


def test_issued_order_rejects_orm_edits(db, block, visit) -> None:
    (oid,) = draft_orders(db, visit.inspection_id, today=TODAY)
    issue_order(db, oid)
    for change in (
        lambda o, v: setattr(o, "content", o.content.replace("违反", "违背")),
        lambda o, v: setattr(o, "deadline", date(2027, 1, 1)),
        lambda o, v: setattr(o, "tombstone", True),
        lambda o, v: setattr(o, "status", "draft"),
        lambda o, v: setattr(v, "fact", "另一事实"),
    ):
        with pytest.raises(ImmutableError), db.uow() as s:
            order = s.get(Order, oid)
            viol = s.scalars(select(OrderViolation).where(OrderViolation.order_id == oid)).first()
            change(order, viol)
    # Recorded-after-issue columns may change.
    with db.uow() as s:
        s.get(Order, oid).recipient_name = "张三"
