"""Cases: saving, the per-worker ledger, status transitions, payments, and the sync columns."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select, text

from inspector.cases.queries import case_detail, list_cases, workers_ledger
from inspector.cases.service import add_payment, change_status, extend_investigation, get_case
from inspector.domain.base import Base, synced_tables
from inspector.domain.cases import CaseStep, WageCase
from inspector.errors import InspectorError, ValidationError
from tests.cases.helpers import IDS, new_case, two_inspectors, worker

CASE_TABLES = {"wage_case", "case_worker", "arrears_worker", "case_payment", "case_step",
               "case_party", "case_inspector", "case_referral", "case_link", "campaign",
               "case_note", "device_inspector"}


def test_case_tables_travel_and_clearance_targets_stay_at_the_office() -> None:
    for name in CASE_TABLES | {"clearance_target"}:
        cols = set(Base.metadata.tables[name].c.keys())
        assert {"id", "rev", "version_id", "base_version", "tombstone", "change_seq"} <= cols
    assert set(synced_tables()) >= CASE_TABLES
    assert "clearance_target" not in synced_tables()


def test_totals_and_one_person_across_cases(db) -> None:
    a = new_case(db, ref="A", workers=[worker(1, yuan=3000), worker(2, yuan=4500)])
    new_case(db, ref="B", workers=[worker(1, months=2, yuan=1200, name="工人1（改名）")])
    d = case_detail(db, a)
    assert d["total_owed_fen"] == 750_000 and d["outstanding_fen"] == 750_000
    ledger = {r.id_number: r for r in workers_ledger(db)}
    assert len(ledger) == 2
    one = ledger[IDS[1][:3] + "*" * 11 + IDS[1][-4:]]
    assert one.cases == 2 and one.owed_fen == 420_000 and one.name == "工人1（改名）"
    with db.session() as s:
        assert s.execute(text("SELECT COUNT(*) FROM arrears_worker")).scalar() == 2


def test_saving_the_same_source_reference_updates(db) -> None:
    a = new_case(db, ref="X1", workers=[worker(1)])
    b = new_case(db, ref="X1", workers=[worker(1, yuan=9000), worker(2)], summary="补充")
    assert a == b
    assert len(list_cases(db)) == 1
    assert case_detail(db, a)["total_owed_fen"] == 1_400_000
    assert new_case(db, ref="X1", source="letter") != a  # another source, another case


def test_a_bad_id_number_is_refused(db) -> None:
    bad = worker(1)
    bad.id_number = IDS[1][:17] + ("0" if IDS[1][17] != "0" else "1")
    with pytest.raises(ValidationError) as err:
        new_case(db, workers=[bad])
    assert err.value.code == "E_ID_NUMBER"
    assert list_cases(db) == []


def test_the_workflow_with_dates_and_reasons(db) -> None:
    cid = new_case(db)
    with db.uow() as s:
        change_status(s, cid, "accepted", on=date(2026, 11, 3))
    with pytest.raises(ValidationError) as err, db.uow() as s:
        change_status(s, cid, "filed", reason="立案")
    assert err.value.code == "E_CASE_INSPECTORS"
    two_inspectors(db, cid)
    with db.uow() as s:
        change_status(s, cid, "filed", on=date(2026, 11, 4))
        change_status(s, cid, "investigating", on=date(2026, 11, 5))
        change_status(s, cid, "handling", on=date(2026, 11, 20))
    with pytest.raises(ValidationError) as err, db.uow() as s:
        change_status(s, cid, "closed")
    assert err.value.code == "E_CASE_REASON"
    with db.uow() as s:
        change_status(s, cid, "closed", reason="已足额支付", on=date(2026, 11, 24))
    with db.session() as s:
        c = get_case(s, cid)
        steps = s.scalars(select(CaseStep.to_status).where(CaseStep.case_id == cid)
                          .order_by(CaseStep.step_on)).all()
    assert (c.accepted_on, c.filed_on, c.closed_on) == (
        date(2026, 11, 3), date(2026, 11, 4), date(2026, 11, 24))
    assert c.closing_reason == "已足额支付"
    assert steps == ["accepted", "filed", "investigating", "handling", "closed"]


@pytest.mark.parametrize("path, refused", [
    ([], "filed"),  # 登记 → 立案 skips 受理
    ([], "closed"),
    (["rejected:不属于监察事项"], "accepted"),  # a final state stays final
    (["accepted"], "withdrawn"),  # 撤销立案 needs a filed case
])
def test_invalid_transitions_are_refused(db, path: list[str], refused: str) -> None:
    cid = new_case(db)
    with db.uow() as s:
        for step in path:
            to, _, reason = step.partition(":")
            change_status(s, cid, to, reason=reason)
    with pytest.raises(ValidationError) as err, db.uow() as s:
        change_status(s, cid, refused, reason="理由")
    assert err.value.code == "E_CASE_TRANSITION"
    with db.session() as s:
        assert s.get(WageCase, cid).status == (path[-1].split(":")[0] if path else "registered")


def test_partial_payments_and_worker_attribution(db) -> None:
    cid = new_case(db, workers=[worker(1, yuan=3000), worker(2, yuan=2000)])
    with db.uow() as s:
        add_payment(s, cid, amount_fen=100_000, paid_on=date(2026, 11, 10),
                    worker_id_number=IDS[1])
        add_payment(s, cid, amount_fen=50_000, paid_on=date(2026, 11, 12))
    d = case_detail(db, cid)
    assert d["total_paid_fen"] == 150_000 and d["outstanding_fen"] == 350_000
    assert {w["name"]: w["paid_fen"] for w in d["workers"]} == {"工人1": 100_000, "工人2": 0}
    for bad in (dict(amount_fen=0, paid_on=date(2026, 11, 10)),
                dict(amount_fen=1, paid_on=date(2026, 12, 1)),
                dict(amount_fen=1, paid_on=date(2026, 11, 10), worker_id_number=IDS[9])):
        with pytest.raises(InspectorError), db.uow() as s:
            add_payment(s, cid, **bad)  # type: ignore[arg-type]
    assert case_detail(db, cid)["total_paid_fen"] == 150_000


def test_extension_only_once_and_only_when_filed(db) -> None:
    cid = new_case(db)
    with pytest.raises(ValidationError), db.uow() as s:
        extend_investigation(s, cid, approved_by="局长")
    two_inspectors(db, cid)
    with db.uow() as s:
        change_status(s, cid, "accepted")
        change_status(s, cid, "filed")
        extend_investigation(s, cid, approved_by="局长")
    with pytest.raises(ValidationError), db.uow() as s:
        extend_investigation(s, cid, approved_by="局长")
    with db.session() as s:
        assert get_case(s, cid).extension_days == 30


def test_five_haves_lists_missing_items_and_past_dates(db) -> None:
    from inspector.cases.queries import five_haves

    full: dict[str, Any] = dict(duty_unit="城关镇人民政府", duty_leader="陈镇长", duty_person="刘干事",
                measures="督促总包先行清偿")
    new_case(db, ref="F1", complete_by=date(2026, 12, 31), **full)  # complete: not listed
    new_case(db, ref="F2", complete_by=date(2026, 11, 20), **full)  # past its date
    new_case(db, ref="F3", duty_unit="城关镇人民政府")
    closed = new_case(db, ref="F4")
    with db.uow() as s:
        change_status(s, closed, "rejected", reason="不属于监察事项")
    rows = {r["case_no"]: r for r in five_haves(db)}
    with db.session() as s:
        no = {c.source_ref: c.case_no for c in s.scalars(select(WageCase))}
    assert set(rows) == {no["F2"], no["F3"]}
    assert rows[no["F2"]]["past_due"] and rows[no["F2"]]["missing"] == []
    assert rows[no["F3"]]["missing"] == ["责任领导", "责任人", "整改措施", "完成时限"]


def test_list_filters_by_campaign_and_open(db) -> None:
    from inspector.cases.targets import save_campaign

    with db.uow() as s:
        save_campaign(s, code="DJ2026", name="冬季专项行动")
    a = new_case(db, ref="C1", campaign_code="DJ2026")
    b = new_case(db, ref="C2")
    with db.uow() as s:
        change_status(s, b, "rejected", reason="重复投诉")
    assert [r.id for r in list_cases(db, campaign="DJ2026")] == [a]
    assert [r.id for r in list_cases(db, open_only=True)] == [a]
    with pytest.raises(InspectorError):
        new_case(db, ref="C3", campaign_code="NOPE")
