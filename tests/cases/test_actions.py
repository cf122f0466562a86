"""The case screens' core calls: each write in its own transaction, and the reads beside them."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from inspector.appdb import open_app_database
from inspector.cases import actions
from inspector.cases.queries import calendar_days, case_detail, case_screen, link_choices
from inspector.devices import init_device
from inspector.domain.audit import AuditEvent
from inspector.domain.cases import CasePayment, CaseStep
from inspector.errors import InspectorError
from inspector.inspections.service import start_inspection
from tests.cases.helpers import IDS, new_case, two_inspectors, worker
from tests.core.helpers import make_site, site_template


def test_payment_to_a_worker_by_case_row(db) -> None:
    cid = new_case(db, workers=[worker(1, yuan=3000), worker(2, yuan=2000)])
    row = next(w for w in case_detail(db, cid)["workers"] if w["name"] == "工人2")
    actions.add_payment(db, cid, amount_fen=50_000, paid_on=date(2026, 11, 20),
                        case_worker_id=row["case_worker_id"])
    d = case_detail(db, cid)
    assert d["total_paid_fen"] == 50_000 and d["outstanding_fen"] == 450_000
    assert {w["name"]: w["paid_fen"] for w in d["workers"]} == {"工人1": 0, "工人2": 50_000}


def test_payment_refused_leaves_nothing(db) -> None:
    cid = new_case(db, workers=[worker(1)])
    other = new_case(db, ref="R2", workers=[worker(2)])
    stranger = case_detail(db, other)["workers"][0]["case_worker_id"]
    for kw in ({"amount_fen": 0, "paid_on": date(2026, 11, 20)},
               {"amount_fen": 100, "paid_on": date(2026, 11, 26)},
               {"amount_fen": 100, "paid_on": date(2026, 11, 20), "case_worker_id": stranger}):
        with pytest.raises(InspectorError):
            actions.add_payment(db, cid, **kw)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(CasePayment)) == 0


def test_status_change_needs_reason_and_allowed_step(db) -> None:
    cid = new_case(db)
    assert [st for st, _ in case_screen(db, cid)["next_statuses"]] == [
        "accepted", "rejected", "transferred"]
    with pytest.raises(InspectorError) as err:
        actions.change_status(db, cid, "rejected")
    assert err.value.code == "E_CASE_REASON"
    with pytest.raises(InspectorError) as err:
        actions.change_status(db, cid, "closed", reason="已支付")
    assert err.value.code == "E_CASE_TRANSITION"
    actions.change_status(db, cid, "accepted", reason="属于管辖范围")
    with pytest.raises(InspectorError) as err:
        actions.change_status(db, cid, "filed")
    assert err.value.code == "E_CASE_INSPECTORS"
    two_inspectors(db, cid)
    actions.change_status(db, cid, "filed", reason="立案调查")
    d = case_screen(db, cid)
    assert d["status"] == "filed"
    assert [(st["to"], st["reason"]) for st in d["steps"]] == [
        ("accepted", "属于管辖范围"), ("filed", "立案调查")]
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(CaseStep)) == 2


def test_link_choices_offer_records_and_mark_linked(db) -> None:
    site_id, inspectors = make_site(db)
    inspection_id = start_inspection(db, target_kind="site", template_id=site_template(db),
                                     inspector_ids=inspectors, site_id=site_id)
    cid = new_case(db, site_code="XM1")
    choices = link_choices(db, cid)
    assert any(c.kind == "inspection" and c.id == inspection_id and not c.linked
               for c in choices)
    actions.link(db, cid, inspection_id=inspection_id)
    linked = case_screen(db, cid)["linked"]
    assert [(c.kind, c.id) for c in linked] == [("inspection", inspection_id)]
    assert linked[0].label.startswith("检查 ")
    assert link_choices(db, cid)[0].linked


def test_five_haves_and_candidate_on_the_screen(db) -> None:
    cid = new_case(db, duty_unit="宏达劳务", duty_person="张三", complete_by=date(2026, 11, 20))
    d = case_screen(db, cid)
    assert d["five_missing"] == ["责任领导", "整改措施"]
    assert d["five_past_due"] is True
    assert d["blacklist"]["eligible"] is False and d["blacklist"]["notes"]


def test_reveal_only_for_the_office_and_audited(db, tmp_path) -> None:
    # A laptop is refused by its role before any case is looked up (a laptop's copy of
    # an assigned case holds stand-ins anyway: tests/sync/test_case_sync.py).
    field = open_app_database(tmp_path / "field.db")
    init_device(field)
    try:
        with pytest.raises(InspectorError) as err:
            actions.reveal_case(field, "R-1")
        assert err.value.code == "E_REVEAL_FORBIDDEN"
    finally:
        field.dispose()
    oid = new_case(db, workers=[worker(1)])  # `db` is an office database (conftest)
    assert case_screen(db, oid)["workers"][0]["id_number"] != IDS[1]
    assert actions.reveal_case(db, oid)["workers"][0]["id_number"] == IDS[1]
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent)
                        .where(AuditEvent.action == "case.reveal")) == 1


def test_calendar_change_moves_the_acceptance_deadline(db) -> None:
    # Received Monday 2026-11-23: 5 working days → Monday 11-30; a holiday on Friday
    # 11-27 pushes it to Tuesday 12-01.
    cid = new_case(db, received=date(2026, 11, 23))
    due = {c.kind: c.due for c in case_detail(db, cid)["clocks"]}
    assert due["accept"] == date(2026, 11, 30)
    actions.change_calendar(db, date(2026, 11, 27), "holiday")
    assert [(d.day, d.kind) for d in calendar_days(db)] == [(date(2026, 11, 27), "holiday")]
    assert {c.kind: c.due for c in case_detail(db, cid)["clocks"]}["accept"] == date(2026, 12, 1)
    actions.change_calendar(db, date(2026, 11, 28), "workday")  # a make-up Saturday
    assert {c.kind: c.due for c in case_detail(db, cid)["clocks"]}["accept"] == date(2026, 11, 30)
    actions.change_calendar(db, date(2026, 11, 27), "remove")
    actions.change_calendar(db, date(2026, 11, 28), "remove")
    assert calendar_days(db) == []
    with pytest.raises(InspectorError) as err:
        actions.change_calendar(db, date(2026, 11, 25), "workday")
    assert err.value.code == "E_CALENDAR_WEEKDAY"


def test_list_by_status_and_the_campaign_choices(db) -> None:
    from inspector.cases.queries import campaigns, list_cases
    from inspector.cases.targets import save_campaign

    with db.uow() as s:
        save_campaign(s, code="XQ2026", name="夏季清零")
        save_campaign(s, code="DJ2026", name="冬季专项行动")
    a = new_case(db, ref="S1")
    b = new_case(db, ref="S2", campaign_code="DJ2026")
    actions.change_status(db, b, "accepted")
    assert [r.id for r in list_cases(db, status="accepted")] == [b]
    assert [r.id for r in list_cases(db, status="registered")] == [a]
    assert [r.id for r in list_cases(db, campaign="DJ2026")] == [b]
    assert campaigns(db) == [("DJ2026", "冬季专项行动"), ("XQ2026", "夏季清零")]


def test_assign_inspectors_in_one_call(db) -> None:
    from inspector.registry.service import save_inspector

    cid = new_case(db)
    a = save_inspector(db, name="王五", credential_no="33990001")
    b = save_inspector(db, name="赵六", credential_no="33990002")
    actions.assign_inspectors(db, cid, [a, b])
    actions.assign_inspectors(db, cid, [a])  # already on the case: kept once
    assert sorted(i["name"] for i in case_detail(db, cid)["inspectors"]) == ["王五", "赵六"]
    with pytest.raises(InspectorError) as err:
        actions.assign_inspectors(db, cid, ["nobody"])
    assert err.value.code == "E_INSPECTOR_NOT_FOUND"
