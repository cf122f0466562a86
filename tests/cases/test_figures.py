"""Each figure recounted independently with the test's own SQL over the raw tables."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from inspector.cases.figures import case_figures
from inspector.cases.service import add_payment, change_status, refer
from inspector.cases.targets import save_campaign, save_target, target_progress
from tests.cases.helpers import new_case, two_inspectors, worker

START, END = date(2026, 11, 1), date(2026, 11, 30)


@pytest.fixture
def data(db) -> dict[str, str]:
    with db.uow() as s:
        save_campaign(s, code="DJ2026", name="冬季专项行动")
    ids = {
        "a": new_case(db, ref="A", source="national_platform", received=date(2026, 11, 2),
                      workers=[worker(1, yuan=5000), worker(2, yuan=3000)], campaign_code="DJ2026",
                      area="城关镇"),
        "b": new_case(db, ref="B", source="visit", received=date(2026, 11, 3),
                      workers=[worker(1, yuan=1000)]),  # worker 1 again: one person
        "c": new_case(db, ref="C", source="visit", received=date(2026, 10, 20),
                      workers=[worker(3, yuan=7000)], area="城关镇"),
        "d": new_case(db, ref="D", source="hotline_12345", received=date(2026, 11, 20)),
        "e": new_case(db, ref="E", source="letter", received=date(2026, 8, 3)),
    }
    for k in ("a", "c", "e"):
        two_inspectors(db, ids[k])
    with db.uow() as s:
        change_status(s, ids["a"], "accepted", on=date(2026, 11, 3))
        change_status(s, ids["a"], "filed", on=date(2026, 11, 4))
        change_status(s, ids["a"], "investigating", on=date(2026, 11, 5))
        change_status(s, ids["a"], "handling", on=date(2026, 11, 10))
        change_status(s, ids["a"], "closed", reason="已支付", on=date(2026, 11, 20))
        change_status(s, ids["b"], "rejected", reason="已仲裁", on=date(2026, 11, 5))
        change_status(s, ids["c"], "accepted", on=date(2026, 10, 21))
        change_status(s, ids["c"], "filed", on=date(2026, 11, 2))
        change_status(s, ids["e"], "accepted", on=date(2026, 8, 4))
        change_status(s, ids["e"], "filed", on=date(2026, 8, 5))  # 60 days passed: overdue
        add_payment(s, ids["a"], amount_fen=500_000, paid_on=date(2026, 11, 15))
        add_payment(s, ids["a"], amount_fen=300_000, paid_on=date(2026, 11, 19))
        add_payment(s, ids["c"], amount_fen=100_000, paid_on=date(2026, 10, 30))  # outside
        refer(s, ids["c"], target="police", referred_on=date(2026, 11, 10), receiving_body="城关派出所")
        refer(s, ids["e"], target="police", referred_on=date(2026, 11, 11), receiving_body="城关派出所")
        refer(s, ids["e"], target="court", referred_on=date(2026, 11, 12))
    return ids


def _one(db, sql: str, **params: object) -> int:
    with db.session() as s:
        return int(s.execute(text(sql), {"s": START, "e": END, **params}).scalar() or 0)


def test_figures_match_independent_sql(db, data) -> None:
    fig = case_figures(db, START, END)
    received = "SELECT COUNT(*) FROM wage_case WHERE received_on BETWEEN :s AND :e"
    assert fig.received == _one(db, received) == 3
    for src, n in (("visit", 1), ("national_platform", 1), ("hotline_12345", 1), ("letter", 0)):
        assert fig.by_source[src].received == _one(db, received + " AND source = :src", src=src) == n
    step = ("SELECT COUNT(DISTINCT case_id) FROM case_step WHERE to_status = :t "
            "AND step_on BETWEEN :s AND :e")
    assert fig.accepted == _one(db, step, t="accepted") == 1
    assert fig.closed == _one(db, step, t="closed") == 1
    filed = "SELECT COUNT(*) FROM wage_case WHERE filed_on BETWEEN :s AND :e"
    filed_closed = filed + " AND status = 'closed' AND closed_on <= :e"
    assert (fig.filed, fig.filed_closed) == (_one(db, filed), _one(db, filed_closed)) == (2, 1)
    assert fig.closure_rate == 50.0
    finished = (received + " AND status IN ('rejected','closed','transferred','withdrawn') "
                "AND closed_on <= :e")
    assert fig.received_finished == _one(db, finished) == 2
    assert fig.completion_rate == round(100 * 2 / 3, 1)
    workers = ("SELECT COUNT(DISTINCT cw.worker_id) FROM case_worker cw JOIN wage_case c "
               "ON c.id = cw.case_id WHERE c.received_on BETWEEN :s AND :e")
    assert fig.workers == _one(db, workers) == 2
    owed = workers.replace("COUNT(DISTINCT cw.worker_id)", "SUM(cw.amount_owed_fen)")
    assert fig.owed_fen == _one(db, owed) == 900_000
    paid = "SELECT SUM(amount_fen) FROM case_payment WHERE paid_on BETWEEN :s AND :e"
    assert fig.recovered_fen == _one(db, paid) == 800_000
    refs = ("SELECT COUNT(*) FROM case_referral WHERE target = :t AND receiving_body = :b "
            "AND referred_on BETWEEN :s AND :e")
    assert fig.referrals == {
        "police": {"城关派出所": _one(db, refs, t="police", b="城关派出所")},
        "court": {"人民法院": _one(db, refs, t="court", b="人民法院")},
    } == {"police": {"城关派出所": 2}, "court": {"人民法院": 1}}
    assert fig.overdue_open == 1 and fig.closed_late == 0  # case e: filed 5 August


def test_campaign_filter_and_empty_rates(db, data) -> None:
    fig = case_figures(db, START, END, campaign="DJ2026")
    assert (fig.received, fig.closed, fig.recovered_fen) == (1, 1, 800_000)
    assert case_figures(db, date(2025, 1, 1), date(2025, 1, 31)).closure_rate is None


def test_clearance_target_progress_and_reminder(db, data) -> None:
    with db.uow() as s:
        save_target(s, name="城关镇年底清零", amount_fen=1_000_000, due_on=date(2026, 12, 31),
                    area="城关镇")
        save_target(s, name="冬季行动", amount_fen=400_000, due_on=date(2026, 11, 16),
                    campaign_code="DJ2026")
    by = {t.name: t for t in target_progress(db)}
    area = by["城关镇年底清零"]
    assert area.recovered_fen == 900_000 and area.percent == 90.0 and len(area.payments) == 3
    assert not area.stale and not area.overdue
    camp = by["冬季行动"]
    assert camp.recovered_fen == 500_000 and not camp.overdue  # only the payment by its date
    from inspector import clock

    with clock.frozen_at(date(2026, 11, 28)):
        assert all(t.stale for t in target_progress(db))


def test_monthly_figures_add_up_to_the_whole(db, data) -> None:
    from inspector.cases.figures import figures_by_month

    months = figures_by_month(db, date(2026, 8, 15), END)
    assert (months[0].start, months[0].end) == (date(2026, 8, 15), date(2026, 8, 31))
    assert [m.end for m in months][-1] == END and len(months) == 4
    whole = case_figures(db, date(2026, 8, 15), END)
    assert sum(m.received for m in months) == whole.received == 4
    assert sum(m.recovered_fen for m in months) == whole.recovered_fen == 900_000
    assert [m.received for m in months] == [0, 0, 1, 3]
