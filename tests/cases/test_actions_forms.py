"""The case form, clearance targets, thresholds and the 失信 draft: each screen save is one
core call in its own transaction, and a refused save writes nothing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from inspector import clock
from inspector.cases import actions, idcard
from inspector.cases.office_views import (
    blacklist_notice,
    case_form,
    stale_targets,
    threshold_view,
)
from inspector.cases.service import CaseInput, PartyInput, WorkerInput
from inspector.cases.targets import save_campaign, target_progress
from inspector.domain.cases import CaseWorker, WageCase
from inspector.errors import InspectorError
from inspector.registry.service import EmployerInput
from tests.cases.helpers import IDS, new_case, worker
from tests.core.helpers import GC_CODE, make_site


def _form(**kw) -> CaseInput:
    base = {"source": "visit", "received_on": date(2026, 11, 20), "source_ref": "来访-7",
            "summary": "十名钢筋工被拖欠三个月工资",
            "employer": EmployerInput("宏达建设集团有限公司", GC_CODE),
            "site_code": "XM1",
            "parties": [PartyInput("general_contractor", "宏达建设集团有限公司", GC_CODE),
                        PartyInput("crew_boss", "李老板", id_number=IDS[20])],
            "workers": [worker(1, yuan=3000), worker(2, months=4, yuan=8000)],
            "duty_unit": "宏达建设集团有限公司", "duty_leader": "张三", "duty_person": "李四",
            "measures": "约谈总包，督促12月15日前支付", "complete_by": date(2026, 12, 15)}
    return CaseInput(**{**base, **kw})


def _count(db, model) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_create_case_from_the_form_and_read_it_back(db) -> None:
    make_site(db)
    cid = actions.create_case(db, _form())
    f = case_form(db, cid)
    assert (f["source"], f["source_ref"], f["received_on"]) == ("visit", "来访-7",
                                                                date(2026, 11, 20))
    assert (f["credit_code"], f["site_code"], f["area"]) == (GC_CODE, "XM1", "城关镇")
    assert f["duty_person"] == "李四" and f["complete_by"] == date(2026, 12, 15)
    assert sorted(w["id_number"] for w in f["workers"]) == sorted(
        idcard.mask(n) for n in IDS[1:3])
    assert {p["role"] for p in f["parties"]} == {"general_contractor", "crew_boss"}
    assert all(IDS[20] not in p["id_number"] for p in f["parties"])


def test_create_refuses_bad_input_and_writes_nothing(db) -> None:
    make_site(db)
    cases, workers = _count(db, WageCase), _count(db, CaseWorker)
    bad_id = IDS[3][:-1] + ("0" if IDS[3][-1] != "0" else "1")
    for data in (_form(workers=[WorkerInput("工人3", bad_id)]),
                 _form(site_code="没有这个项目"),
                 _form(received_on=clock.today() + timedelta(days=1)),
                 _form(parties=[PartyInput("subcontractor", "")])):
        with pytest.raises(InspectorError):
            actions.create_case(db, data)
    assert (_count(db, WageCase), _count(db, CaseWorker)) == (cases, workers)


def test_create_refuses_a_reference_already_registered(db) -> None:
    new_case(db, ref="来访-7", source="visit")
    with pytest.raises(InspectorError) as e:
        actions.create_case(db, _form(employer=None, employer_name="别的单位", site_code="",
                                      parties=[]))
    assert e.value.code == "E_CASE_EXISTS"
    assert _count(db, WageCase) == 1


def test_update_keeps_the_case_and_adds_workers(db) -> None:
    cid = new_case(db, ref="R9", workers=[worker(1)])
    data = CaseInput(source="letter", source_ref="OTHER", received_on=date(2026, 11, 2),
                     employer_name="宏达劳务（更正）", duty_unit="宏达劳务",
                     workers=[worker(5, yuan=1200)])
    assert actions.update_case(db, cid, data) == "updated"
    f = case_form(db, cid)
    assert (f["source"], f["source_ref"]) == ("visit", "R9")  # an edit cannot move it
    assert f["employer_name"] == "宏达劳务（更正）" and f["duty_unit"] == "宏达劳务"
    assert len(f["workers"]) == 2 and _count(db, WageCase) == 1


def test_targets_progress_reminder_and_review(db) -> None:
    with db.uow() as s:
        save_campaign(s, code="DJ2026", name="冬季专项行动")
    cid = new_case(db, ref="T1", campaign_code="DJ2026", workers=[worker(1, yuan=5000)])
    actions.add_payment(db, cid, amount_fen=200_000, paid_on=date(2026, 11, 20))
    tid = actions.save_target(db, name="冬季清欠", amount_fen=800_000,
                              due_on=date(2026, 12, 31), campaign_code="DJ2026")
    (t,) = target_progress(db)
    assert (t.recovered_fen, t.percent, t.stale) == (200_000, 25.0, False)
    assert [p["amount_fen"] for p in t.payments] == [200_000]
    with clock.frozen_at(date(2026, 11, 28)):
        assert [x.id for x in stale_targets(db)] == [tid]
        actions.touch_target(db, tid)
        assert stale_targets(db) == []
    with pytest.raises(InspectorError):
        actions.save_target(db, name="两者都给", amount_fen=1, due_on=date(2026, 12, 31),
                            area="城关镇", campaign_code="DJ2026")
    assert len(target_progress(db)) == 1


def test_threshold_view_and_set(db) -> None:
    v = threshold_view(db)
    rows = {r.province: r for r in v.provinces}
    assert rows["湖南"].unverified and not rows["全国下限"].unverified
    assert v.single_range == (500_000, 2_000_000)
    actions.set_threshold(db, "湖南", single_fen=700_000)
    v = threshold_view(db)
    assert (v.province, v.single_fen, v.multi_fen) == ("湖南", 700_000, 4_000_000)
    assert not {r.province: r for r in v.provinces}["湖南"].unverified  # the office's own
    with pytest.raises(InspectorError):
        actions.set_threshold(db, "湖南", single_fen=100)
    with pytest.raises(InspectorError) as e:
        actions.set_threshold(db, "  ", single_fen=600_000, multi_fen=4_000_000)
    assert e.value.code == "E_THRESHOLD_PROVINCE"
    assert threshold_view(db).single_fen == 700_000
    assert "" not in {r.province for r in threshold_view(db).provinces}


def test_blacklist_notice_is_masked(db) -> None:
    cid = actions.create_case(db, _form(employer=None, employer_name="宏达劳务", site_code="",
                                        parties=[PartyInput("legal_rep", "李四",
                                                            id_number=IDS[20])]))
    c = blacklist_notice(db, cid)
    assert not c.eligible and "李四" in c.notice and IDS[20] not in c.notice


def test_update_changes_a_worker_known_only_by_case_row(db) -> None:
    cid = new_case(db, ref="R9", workers=[worker(1, months=2, yuan=3000)])
    other = new_case(db, ref="R10", workers=[worker(2)])
    (row,) = case_form(db, cid)["workers"]
    stranger = case_form(db, other)["workers"][0]["case_worker_id"]
    data = CaseInput(source="visit", received_on=date(2026, 11, 2), employer_name="宏达劳务")
    with pytest.raises(InspectorError):
        actions.update_case(db, cid, data, {stranger: (1, 100)})
    with pytest.raises(InspectorError):
        actions.update_case(db, cid, CaseInput(source="visit", received_on=date(2026, 11, 2),
                                               employer_name="宏达劳务"),
                            {row["case_worker_id"]: (-1, 100)})
    assert case_form(db, cid)["workers"][0]["amount_owed_fen"] == 300_000  # nothing written
    actions.update_case(db, cid, CaseInput(source="visit", received_on=date(2026, 11, 2),
                                           employer_name="宏达劳务"),
                        {row["case_worker_id"]: (4, 450_000)})
    (w,) = case_form(db, cid)["workers"]
    assert (w["months_owed"], w["amount_owed_fen"], w["name"]) == (4, 450_000, "工人1")
    assert case_form(db, other)["workers"][0]["amount_owed_fen"] == 500_000
