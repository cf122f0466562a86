"""Number blocks: never overlapping, never reused, voided forms skipped, exhaustion refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from inspector import clock
from inspector.appdb import open_app_database
from inspector.devices import init_device
from inspector.domain.orders import NumberUse, Order
from inspector.domain.registry import Device
from inspector.errors import ImmutableError
from inspector.orders.drafting import draft_orders
from inspector.orders.errors import NumberError
from inspector.orders.issuing import issue_order, revoke_order
from inspector.orders.numbers import add_block, allocate_block, list_blocks, void_number
from tests.orders.conftest import TODAY, make_visit


def _issue_all(db, visits: int) -> list[str]:
    numbers = []
    for _ in range(visits):
        visit = make_visit(db, {"C04": "无专户", "C13": "无签字"})
        for oid in draft_orders(db, visit.inspection_id, today=TODAY):
            numbers.append(issue_order(db, oid).number)
    return numbers


def test_two_devices_with_different_blocks_never_collide(tmp_path: Path, office_url: str) -> None:
    """The office (on a SQLite file, then on PostgreSQL) allocates blocks; each laptop
    issues from its own: no shared number."""
    office = open_app_database(office_url, data_dir=tmp_path / "office")
    init_device(office, role="office")
    laptops = []
    for code in ("F1", "F2"):
        lap = open_app_database(tmp_path / code / "l.db")
        info = init_device(lap, code=code)
        with lap.session() as s:
            dev = s.get_one(Device, info.id)
        with office.uow() as s:  # the device row, as an assignment bundle would carry it
            s.add(Device(id=dev.id, code=code, role="field", public_key=dev.public_key,
                         key_id=dev.key_id, trusted=True))
        laptops.append((lap, info.id))
    b1 = allocate_block(office, "F1", 3)
    b2 = allocate_block(office, "F2", 3)
    assert (b1.first, b1.last, b2.first, b2.last) == (1, 3, 4, 6)
    for (lap, dev_id), blk in zip(laptops, (b1, b2), strict=True):
        add_block(lap, dev_id, blk.first, blk.last)  # what the bundle carries
    issued = [set(_issue_all(lap, 1)) for lap, _ in laptops]
    assert issued[0] and issued[1]
    assert not issued[0] & issued[1]
    assert all(n.startswith("××人社监令〔") for n in issued[0] | issued[1])


def test_overlapping_block_refused(db) -> None:
    add_block(db, db.device_id, 1, 10)
    with pytest.raises(NumberError) as err:
        add_block(db, db.device_id, 10, 20)
    assert err.value.code == "E_BLOCK_OVERLAP"
    with pytest.raises(NumberError):
        add_block(db, db.device_id, 5, 4)
    add_block(db, db.device_id, 11, 20, year=2026)
    with pytest.raises(NumberError):  # a year-less block overlaps blocks of every year
        add_block(db, db.device_id, 15, 16)
    assert [(b.first, b.last) for b in list_blocks(db)] == [(1, 10), (11, 20)]


def test_exhausted_block_refuses_with_clear_message(db) -> None:
    add_block(db, db.device_id, 7, 8)
    numbers = _issue_all(db, 1)  # two orders: 总包 and 分包
    assert [n.endswith(("7号", "8号")) for n in numbers] == [True, True]
    visit = make_visit(db, {"C04": "无专户"})
    (oid,) = draft_orders(db, visit.inspection_id, today=TODAY)
    with pytest.raises(NumberError) as err:
        issue_order(db, oid)
    assert err.value.code == "E_NO_NUMBERS"
    assert "编号段已用完" in err.value.message
    with db.session() as s:
        assert s.get(Order, oid).status == "draft"
        assert s.scalar(select(func.count()).select_from(NumberUse)) == 2


def test_void_skips_a_spoiled_form_and_revoked_numbers_stay_used(db) -> None:
    add_block(db, db.device_id, 1, 5)
    voided = void_number(db, "1", "打印卡纸，表格损坏", device_id=db.device_id)
    assert voided == f"××人社监令〔{clock.today().year}〕1号"
    with pytest.raises(NumberError) as err:
        void_number(db, "1", "再次作废", device_id=db.device_id)
    assert err.value.code == "E_NUMBER_VOIDED"
    with pytest.raises(NumberError) as err:
        void_number(db, "9", "不在号段", device_id=db.device_id)
    assert err.value.code == "E_NUMBER_NOT_OURS"
    with pytest.raises(NumberError) as err:
        void_number(db, "2", "", device_id=db.device_id)
    assert err.value.code == "E_REASON_REQUIRED"
    (first,) = _issue_all_one(db)
    assert first.number.endswith("2号")
    revoke_order(db, first.order_id, reason="误出具")
    with pytest.raises(NumberError) as err:
        void_number(db, first.number, "想作废已用编号", device_id=db.device_id)
    assert err.value.code == "E_NUMBER_USED"
    (second,) = _issue_all_one(db)
    assert second.number.endswith("3号")  # 2 stays taken by the revoked order
    blk = list_blocks(db)[0]
    assert (blk.used, blk.voided, blk.remaining) == (2, 1, 2)


def _issue_all_one(db):
    visit = make_visit(db, {"C04": "无专户"})
    return [issue_order(db, oid) for oid in draft_orders(db, visit.inspection_id, today=TODAY)]


def test_blocks_and_uses_are_immutable(db) -> None:
    add_block(db, db.device_id, 1, 5)
    from inspector.domain.orders import NumberBlock

    with pytest.raises(ImmutableError), db.uow() as s:
        s.scalars(select(NumberBlock)).one().last = 500
