"""Taking a worker or a party off a case: one transaction, a reason, an audit event, the
totals recounted; a worker with payments stays."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from inspector.cases import actions
from inspector.cases.queries import case_detail, case_screen
from inspector.cases.service import CaseInput, PartyInput
from inspector.domain.audit import AuditEvent
from inspector.domain.cases import CaseParty, CaseWorker
from inspector.errors import InspectorError
from tests.cases.helpers import new_case, worker


def _row(db, case_id: str, name: str) -> str:
    return next(w["case_worker_id"] for w in case_detail(db, case_id)["workers"]
                if w["name"] == name)


def _events(db, action: str) -> list[dict]:
    with db.session() as s:
        return [json.loads(e.detail) for e in s.scalars(select(AuditEvent)
                                                        .where(AuditEvent.action == action))]


def test_removing_a_worker_recounts_the_case_and_is_audited(db) -> None:
    cid = new_case(db, workers=[worker(1, yuan=3000), worker(2, yuan=2000)])
    assert case_detail(db, cid)["total_owed_fen"] == 500_000
    row = _row(db, cid, "工人2")
    actions.remove_worker(db, cid, row, reason="录入错误，不是本案劳动者")
    d = case_screen(db, cid)
    assert [w["name"] for w in d["workers"]] == ["工人1"]
    assert d["total_owed_fen"] == 300_000 and d["outstanding_fen"] == 300_000
    with db.session() as s:
        stored = s.get(CaseWorker, row)
        assert stored is not None and stored.tombstone  # kept, for the laptops and the audit
    (event,) = _events(db, "case.worker_remove")
    assert event["case_worker"] == row and event["reason"] == "录入错误，不是本案劳动者"
    assert event["amount_owed_fen"] == 200_000


def test_a_worker_with_payments_is_not_removed(db) -> None:
    cid = new_case(db, workers=[worker(1, yuan=3000), worker(2, yuan=2000)])
    row = _row(db, cid, "工人1")
    actions.add_payment(db, cid, amount_fen=50_000, paid_on=date(2026, 11, 20),
                        case_worker_id=row)
    with pytest.raises(InspectorError) as err:
        actions.remove_worker(db, cid, row, reason="重复登记")
    assert err.value.code == "E_WORKER_PAID"
    assert "工人1" in str(err.value) and "1 笔" in str(err.value) and "500.00元" in str(err.value)
    assert "不能移出本案" in str(err.value)
    assert {w["name"] for w in case_detail(db, cid)["workers"]} == {"工人1", "工人2"}
    assert _events(db, "case.worker_remove") == []


def test_a_removal_needs_a_reason_and_a_row_of_this_case(db) -> None:
    cid = new_case(db, workers=[worker(1)])
    other = new_case(db, ref="R2", workers=[worker(2)])
    mine, stranger = _row(db, cid, "工人1"), _row(db, other, "工人2")
    for ref, row, reason, code in ((cid, mine, "  ", "E_REMOVE_REASON"),
                                   (cid, stranger, "录错", "E_WORKER_NOT_FOUND")):
        with pytest.raises(InspectorError) as err:
            actions.remove_worker(db, ref, row, reason=reason)
        assert err.value.code == code
    actions.remove_worker(db, cid, mine, reason="录错")
    with pytest.raises(InspectorError) as err:  # once removed, it is not there to remove
        actions.remove_worker(db, cid, mine, reason="录错")
    assert err.value.code == "E_WORKER_NOT_FOUND"
    assert len(case_detail(db, other)["workers"]) == 1


def test_a_removed_worker_named_again_comes_back(db) -> None:
    cid = new_case(db, workers=[worker(1, yuan=3000)])
    actions.remove_worker(db, cid, _row(db, cid, "工人1"), reason="录错案件")
    assert case_detail(db, cid)["workers"] == []
    data = CaseInput(source="visit", received_on=date(2026, 11, 2), workers=[worker(1, yuan=1000)])
    actions.update_case(db, cid, data)
    d = case_detail(db, cid)
    assert [(w["name"], w["amount_owed_fen"]) for w in d["workers"]] == [("工人1", 100_000)]
    assert d["total_owed_fen"] == 100_000


def test_removing_a_party(db) -> None:
    cid = new_case(db, parties=[PartyInput("crew_boss", "李老板"),
                                PartyInput("general_contractor", "华建集团")])
    other = new_case(db, ref="R2", parties=[PartyInput("crew_boss", "张老板")])
    boss = next(p["id"] for p in case_detail(db, cid)["parties"] if p["name"] == "李老板")
    stranger = case_detail(db, other)["parties"][0]["id"]
    for row, reason, code in ((boss, "", "E_REMOVE_REASON"),
                              (stranger, "名称写错", "E_PARTY_NOT_FOUND")):
        with pytest.raises(InspectorError) as err:
            actions.remove_party(db, cid, row, reason=reason)
        assert err.value.code == code
    actions.remove_party(db, cid, boss, reason="名称写错，实为张老板")
    assert [p["name"] for p in case_detail(db, cid)["parties"]] == ["华建集团"]
    assert [p["name"] for p in case_detail(db, other)["parties"]] == ["张老板"]
    (event,) = _events(db, "case.party_remove")
    assert event == {"party": boss, "role": "crew_boss", "role_label": "实际施工人（包工头）",
                     "name": "李老板", "reason": "名称写错，实为张老板"}
    # Named again by an edit, the party is back on its row.
    actions.update_case(db, cid, CaseInput(source="visit", received_on=date(2026, 11, 2),
                                           parties=[PartyInput("crew_boss", "李老板")]))
    assert {p["name"] for p in case_detail(db, cid)["parties"]} == {"李老板", "华建集团"}
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(CaseParty)) == 3
