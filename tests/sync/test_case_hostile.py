"""Hostile case rows in field bundles: correctly signed, each overstepping the field's case
rights (inspector.rights). Each is rebuilt from real exports (F1's field bundle and the
office's assignment to F1) and re-signed with a real field key; each is refused with
E_BUNDLE_RIGHTS naming the signer, and the office's logical dump is unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from inspector.cases import fieldwork
from inspector.cases.service import add_payment, link
from inspector.ids import new_version, uuid7
from inspector.sync import (
    export_assignment_bundle,
    export_field_bundle,
    import_bundle,
    import_bundles,
    list_conflicts,
)
from tests.orders.conftest import make_visit
from tests.sync.conftest import Dev, count, dump
from tests.sync.test_case_sync import SEEN_ON, CaseWorld
from tests.sync.test_case_sync import cw as cw  # the fixture, used by `sent`
from tests.sync.test_hostile_bundles import World, bundle_of, next_version

Row = dict[str, Any]
Tables = dict[str, list[Row]]


class Sent:
    """F1's real field bundle with a note, a link and a payment seen on site (imported at
    the office), and the office's assignment rows."""

    def __init__(self, world: CaseWorld) -> None:
        self.cw = cw = world
        visit = make_visit(cw.f1.db)
        with cw.f1.db.uow() as s:
            fieldwork.add_note(s, cw.case_id, "现场记录")
            link(s, cw.case_id, inspection_id=visit.inspection_id)
            self.payment_id = add_payment(s, cw.case_id, amount_fen=30_000, paid_on=SEEN_ON)
        self.export = export_field_bundle(cw.f1.db, cw.f1.dir).path
        assert import_bundle(cw.office.db, self.export).status == "imported"
        self.world = World(cw.office, cw.f1, cw.f2, self.export, cw.assignment, "")

    def row(self, table: str, source: Path | None = None, **match: Any) -> Row:
        return self.world.row(table, source, **match)

    def office_row(self, table: str, **match: Any) -> Row:
        return self.world.row(table, self.cw.assignment, **match)

    def new(self, table: str, signer: Dev, **changes: Any) -> Row:
        """A new row of `table` by `signer`, shaped like F1's real one."""
        return {**self.row(table), "id": uuid7(), "version_id": new_version(),
                "base_version": None, "rev": 1, "origin_device": signer.db.device_id,
                "_edges": [], **changes}


def _status_change(x: Sent) -> tuple[Dev, Tables]:
    f1 = x.cw.f1
    return f1, {"wage_case": [next_version(x.office_row("wage_case"), f1, status="closed",
                                           closing_reason="外勤结案")]}


def _worker_amount(x: Sent) -> tuple[Dev, Tables]:
    f1 = x.cw.f1
    return f1, {"case_worker": [next_version(x.office_row("case_worker"), f1,
                                             amount_owed_fen=1)]}


def _office_payment_amount(x: Sent) -> tuple[Dev, Tables]:
    f1 = x.cw.f1
    office_pay = x.office_row("case_payment", id=x.cw.office_payment_id)
    return f1, {"case_payment": [next_version(office_pay, f1, amount_fen=1,
                                              reported_device_id=f1.db.device_id)]}


def _others_payment(x: Sent) -> tuple[Dev, Tables]:
    f2 = x.cw.f2
    return f2, {"case_payment": [next_version(x.row("case_payment"), f2, amount_fen=1)]}


def _confirmed_by_field(x: Sent) -> tuple[Dev, Tables]:
    f1 = x.cw.f1
    return f1, {"case_payment": [x.new("case_payment", f1, confirmed=True,
                                       confirmed_on=date(2026, 11, 21).isoformat())]}


def _note_on_unassigned_case(x: Sent) -> tuple[Dev, Tables]:
    f2 = x.cw.f2  # F2 works for nobody: none of F1's cases are its
    return f2, {"case_note": [x.new("case_note", f2)]}


def _note_on_other_case(x: Sent) -> tuple[Dev, Tables]:
    f1 = x.cw.f1
    return f1, {"case_note": [x.new("case_note", f1, case_id=x.cw.other_case_id)]}


def _payment_on_other_case(x: Sent) -> tuple[Dev, Tables]:
    f1 = x.cw.f1
    return f1, {"case_payment": [x.new("case_payment", f1, case_id=x.cw.other_case_id,
                                       reported_device_id=f1.db.device_id)]}


def _link_to_others_inspection(x: Sent) -> tuple[Dev, Tables]:
    f2 = x.cw.f2
    with x.cw.office.db.uow() as s:
        fieldwork.set_device_inspectors(s, "F2", ["33990000"])  # F2 works for 王五 too
    return f2, {"case_link": [x.new("case_link", f2)]}  # …but the inspection is F1's


def _repoint_link(x: Sent) -> tuple[Dev, Tables]:
    f1 = x.cw.f1
    return f1, {"case_link": [next_version(x.row("case_link"), f1, inspection_id=None,
                                           order_id=None)]}


CASES: dict[str, tuple[Callable[[Sent], tuple[Dev, Tables]], str]] = {
    "case status changed": (_status_change, "修改了局端管理的欠薪案件"),
    "worker's amount owed edited": (_worker_amount, "修改了局端管理的案件劳动者"),
    "the office's payment amount edited": (_office_payment_amount, "修改了设备 局端 的追回工资"),
    "another device's payment edited": (_others_payment, "设备 F1 的追回工资"),
    "payment confirmed by the field": (_confirmed_by_field, "须由局端确认"),
    "note from a device without the case's inspectors": (_note_on_unassigned_case, "未指派给该设备的监察员"),
    "note on a case of other inspectors": (_note_on_other_case, "未指派给该设备的监察员"),
    "payment on a case of other inspectors": (_payment_on_other_case, "未指派给该设备的监察员"),
    "link to another device's inspection": (_link_to_others_inspection, "不是该设备的检查"),
    "own link repointed": (_repoint_link, "修改了设备 F1 的案件关联"),
}


@pytest.fixture
def sent(cw: CaseWorld) -> Sent:
    return Sent(cw)


@pytest.mark.parametrize("name", list(CASES))
def test_case_overstep_refused_and_office_unchanged(sent: Sent, tmp_path: Path,
                                                    name: str) -> None:
    cw = sent.cw
    make, words = CASES[name]
    signer, tables = make(sent)
    bad = bundle_of(sent.world, tmp_path / "hostile.zip", signer, tables)
    before = dump(cw.office.path)
    [rep] = import_bundles(cw.office.db, [bad])
    assert rep.refused, rep
    assert rep.error_code == "E_BUNDLE_RIGHTS", rep.message
    assert words in rep.message, rep.message
    assert f"设备 {signer.code} 签名" in rep.message
    assert dump(cw.office.path) == before


def test_a_new_worker_from_the_field_is_not_taken(sent: Sent, tmp_path: Path) -> None:
    """Rows of office-owned case tables that an older program might send are left out."""
    cw = sent.cw
    row = {**sent.office_row("case_worker"), "id": uuid7(), "version_id": new_version(),
           "origin_device": cw.f1.db.device_id}
    rep = import_bundle(cw.office.db, bundle_of(sent.world, tmp_path / "w.zip", cw.f1,
                                                 {"case_worker": [row]}))
    assert rep.tables["case_worker"].ignored == 1
    assert count(cw.office.db, "case_worker", f"id = '{row['id']}'") == 0


def test_the_field_may_correct_its_own_payment_until_confirmed(sent: Sent,
                                                                 tmp_path: Path) -> None:
    cw = sent.cw
    mine = sent.row("case_payment")
    fixed = next_version(mine, cw.f1, amount_fen=35_000)
    rep = import_bundle(cw.office.db, bundle_of(sent.world, tmp_path / "p.zip", cw.f1,
                                                 {"case_payment": [fixed]}))
    assert rep.status == "imported" and rep.tables["case_payment"].updated == 1, rep
    with cw.office.db.uow() as s:
        fieldwork.confirm_payment(s, sent.payment_id)
    confirmed = sent.row("case_payment", export_assignment_bundle(
        cw.office.db, "F1", cw.office.dir).path, id=sent.payment_id)
    assert confirmed["confirmed"] is True and confirmed["base_version"] == fixed["version_id"]
    # Written over the confirmed version: refused, the bundle and all.
    over = next_version(confirmed, cw.f1, amount_fen=1, confirmed=False, confirmed_on=None)
    before = dump(cw.office.path)
    [rep] = import_bundles(cw.office.db, [bundle_of(sent.world, tmp_path / "q.zip", cw.f1,
                                                    {"case_payment": [over]})])
    assert rep.refused and rep.error_code == "E_BUNDLE_RIGHTS", rep
    assert "局端已确认" in rep.message and dump(cw.office.path) == before
    # Written before the laptop saw the confirmation: a conflict, the confirmed version stays.
    crossing = next_version(fixed, cw.f1, amount_fen=2, rev=99)
    rep = import_bundle(cw.office.db, bundle_of(sent.world, tmp_path / "r.zip", cw.f1,
                                                 {"case_payment": [crossing]}))
    assert rep.status == "imported" and rep.tables["case_payment"].conflicts == 1, rep
    [conflict] = list_conflicts(cw.office.db)
    assert conflict.winner == "local"
    assert count(cw.office.db, "case_payment",
                 f"id = '{sent.payment_id}' AND confirmed AND amount_fen = 35000") == 1
