"""Referral hints against each province's figures, the order condition, and 失信 candidates."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from inspector import clock
from inspector.cases.blacklist import candidate
from inspector.cases.service import CaseInput, PartyInput, add_payment, link, save_case
from inspector.cases.thresholds import assess, current_threshold, listing_dates, set_threshold
from inspector.config import load_authority
from inspector.errors import ValidationError
from inspector.orders.drafting import draft_orders, update_draft
from inspector.orders.issuing import issue_order
from tests.cases.helpers import IDS, new_case, worker
from tests.conftest import TODAY
from tests.orders.conftest import make_visit

AFTER_DEADLINE = date(2026, 12, 10)


@pytest.fixture
def payment_order(db) -> str:
    from inspector.orders.numbers import add_block

    add_block(db, db.device_id, 1, 20)
    visit = make_visit(db)
    (oid,) = draft_orders(db, visit.inspection_id, today=TODAY)
    update_draft(db, oid, deadline=date(2026, 12, 2))
    issue_order(db, oid, issued_at=datetime(2026, 11, 25, 3, 0))
    return oid


def _set(db, province: str, **kw) -> None:
    with db.uow() as s:
        set_threshold(s, province, **kw)


@pytest.mark.parametrize("province, owed_yuan, reached", [
    ("湖南", 5_999, False), ("湖南", 6_000, True),
    ("辽宁", 9_999, False), ("辽宁", 10_000, True),
])
def test_one_worker_threshold_per_province(db, province: str, owed_yuan: int,
                                           reached: bool) -> None:
    _set(db, province)
    cid = new_case(db, workers=[worker(1, months=3, yuan=owed_yuan)])
    with db.session() as s:
        a = assess(s, cid)
        assert current_threshold(s).province == province
    assert a.threshold_reached is reached
    # Two months owed never reaches the one-worker figure, whatever the amount.
    cid2 = new_case(db, ref="R2", workers=[worker(2, months=2, yuan=19_000)])
    with db.session() as s:
        assert not assess(s, cid2).threshold_reached


def test_ten_workers_threshold_and_payments_count(db) -> None:
    _set(db, "湖南")  # 40,000 元 for ten or more
    cid = new_case(db, workers=[worker(i, months=1, yuan=4_000) for i in range(10)])
    with db.session() as s:
        assert assess(s, cid).threshold_reached
    with db.uow() as s:
        add_payment(s, cid, amount_fen=100, paid_on=date(2026, 11, 20))
    with db.session() as s:
        assert not assess(s, cid).threshold_reached  # 39,999 元 outstanding


def test_figures_are_configurable_within_the_legal_range(db) -> None:
    _set(db, "某省", single_fen=800_000, multi_fen=6_000_000)
    with db.session() as s:
        th = current_threshold(s)
        assert (th.single_fen, th.multi_fen, th.configurable) == (800_000, 6_000_000, True)
        # One place for the figures: the authority settings the settings screen edits.
        assert load_authority(s).crime_threshold_single_yuan == 8_000
    with pytest.raises(ValidationError) as err, db.uow() as s:
        set_threshold(s, "某省", single_fen=2_500_000)
    assert err.value.code == "E_THRESHOLD_RANGE"
    with pytest.raises(ValidationError), db.uow() as s:
        set_threshold(s, "无此省")


def test_referral_hint_needs_the_lapsed_payment_order(db, payment_order: str) -> None:
    _set(db, "湖南")
    cid = new_case(db, workers=[worker(1, months=4, yuan=8_000)])
    with db.session() as s:
        a = assess(s, cid, today=AFTER_DEADLINE)
    assert a.threshold_reached and not a.order_unpaid and not a.referral_hint
    with db.uow() as s:
        link(s, cid, order_id=payment_order, orders_payment=True)
    with db.session() as s:
        assert not assess(s, cid, today=date(2026, 12, 2)).order_unpaid  # deadline not passed
        a = assess(s, cid, today=AFTER_DEADLINE)
    assert a.order_unpaid and a.referral_hint and a.order_numbers
    with db.uow() as s:
        add_payment(s, cid, amount_fen=800_000, paid_on=date(2026, 11, 25))
    with db.session() as s:
        assert not assess(s, cid, today=AFTER_DEADLINE).referral_hint


def test_blacklist_candidate_fields_dates_and_notice(db, payment_order: str) -> None:
    _set(db, "湖南")
    with db.uow() as s:
        cid, _ = save_case(s, CaseInput(
            source="national_platform", received_on=date(2026, 11, 2), source_ref="N-1",
            employer_name="宏达劳务", workers=[worker(1, months=4, yuan=8_000)],
            parties=[PartyInput("legal_rep", "李四", id_number=IDS[20], position="法定代表人")]))
        link(s, cid, order_id=payment_order, orders_payment=True)
    with clock.frozen_at(AFTER_DEADLINE), db.session() as s:
        c = candidate(s, cid)
    assert c.eligible and c.term_end == date(2029, 12, 10) and c.earliest_removal is None
    assert c.persons[0].id_number == IDS[20][:3] + "*" * 11 + IDS[20][-4:]
    assert IDS[20] not in c.notice and "李四" in c.notice and "3年" in c.notice
    assert "用人单位统一社会信用代码" in c.missing
    # Not ordered (no lapsed order) → not eligible, even with a mass incident.
    cid2 = new_case(db, ref="N-2", workers=[worker(2, months=1, yuan=100)], mass_incident=True)
    with clock.frozen_at(AFTER_DEADLINE), db.session() as s:
        assert not candidate(s, cid2).eligible


def test_listing_term_and_early_removal() -> None:
    end, early = listing_dates(date(2026, 1, 31), date(2026, 3, 1))
    assert end == date(2029, 1, 31) and early == date(2026, 9, 1)
    assert listing_dates(date(2026, 8, 31), date(2026, 1, 1))[1] == date(2027, 2, 28)
