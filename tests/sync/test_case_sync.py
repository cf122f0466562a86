"""Cases between the office and a laptop, with real devices and real bundles.

The office assigns a case to F1's inspector; F1 receives it (ID numbers masked),
adds a note, links its own inspection and records a payment seen on site; its field
bundle brings exactly those back; the office's figures count the payment once it is
confirmed. Everything else on the laptop's copy of the case is refused locally.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from inspector.cases import fieldwork, idcard
from inspector.cases.figures import case_figures
from inspector.cases.queries import case_detail, list_cases
from inspector.cases.service import (
    CaseInput,
    add_payment,
    assign_inspectors,
    change_status,
    link,
    save_case,
)
from inspector.domain.cases import ArrearsWorker, CasePayment, CaseWorker
from inspector.errors import InspectorError
from inspector.registry.service import upsert_inspector
from inspector.sync import (
    export_assignment_bundle,
    export_field_bundle,
    import_bundle,
    import_bundles,
)
from tests.cases.helpers import IDS, new_case, worker
from tests.orders.conftest import make_visit
from tests.sync.conftest import BACKENDS, Dev

RECEIVED = date(2026, 11, 2)
SEEN_ON = date(2026, 11, 20)


@dataclass
class CaseWorld:
    office: Dev
    f1: Dev
    f2: Dev
    case_id: str  # assigned to 王五 (F1's inspector) and 赵六
    other_case_id: str  # assigned to 赵六 and 钱七 only: never travels to F1
    office_payment_id: str
    inspectors: dict[str, str]
    assignment: Path


def _known_to_office(office: Dev, *fields: Dev) -> None:
    """The office learns the laptops from their first bundles (fingerprints compared)."""
    reps = import_bundles(office.db, [export_field_bundle(f.db, f.dir).path for f in fields],
                          trust_new_device=True)
    assert [r.status for r in reps] == ["imported"] * len(fields), reps


@pytest.fixture
def cw(office: Dev, f1: Dev, f2: Dev) -> CaseWorld:
    _known_to_office(office, f1, f2)
    with office.db.uow() as s:
        ins = {name: upsert_inspector(s, name=name, credential_no=f"3399000{i}")
               for i, name in enumerate(("王五", "赵六", "钱七"))}
    case_id = new_case(office.db, ref="R1", workers=[worker(0), worker(1, yuan=8000)])
    other = new_case(office.db, ref="R2", workers=[worker(2)])
    with office.db.uow() as s:
        assign_inspectors(s, case_id, [ins["王五"], ins["赵六"]])
        assign_inspectors(s, other, [ins["赵六"], ins["钱七"]])
        change_status(s, case_id, "accepted", on=RECEIVED)
        change_status(s, case_id, "filed", on=RECEIVED)
        pay = add_payment(s, case_id, amount_fen=100_000, paid_on=date(2026, 11, 10))
        fieldwork.set_device_inspectors(s, "F1", ["33990000"])
    assignment = export_assignment_bundle(office.db, "F1", office.dir).path
    rep = import_bundle(f1.db, assignment)
    assert rep.status == "imported", rep
    return CaseWorld(office, f1, f2, case_id, other, pay, ins, assignment)


def _count(db: Dev, sql: str) -> int:
    with db.db.engine.connect() as conn:
        return int(conn.execute(text(sql)).scalar() or 0)


def test_the_laptop_receives_only_its_inspectors_cases_with_ids_masked(cw: CaseWorld) -> None:
    rows = list_cases(cw.f1.db)
    assert [r.id for r in rows] == [cw.case_id]
    with cw.f1.db.session() as s:
        stored = sorted(s.scalars(select(ArrearsWorker.id_number)))
    assert len(stored) == 2 and not set(stored) & set(IDS)
    # Lists show the same masked form as at the office, and no whole number is on the laptop.
    assert sorted(idcard.mask(n) for n in stored) == sorted(idcard.mask(n) for n in IDS[:2])
    detail = case_detail(cw.f1.db, cw.case_id)
    assert detail["total_paid_fen"] == 100_000 and len(detail["inspectors"]) == 2
    assert IDS[0].encode() not in cw.assignment.read_bytes()


def test_full_ids_travel_only_when_the_office_says_so(cw: CaseWorld) -> None:
    with cw.office.db.uow() as s:
        fieldwork.set_field_id_numbers(s, "full")
    with cw.office.db.uow() as s:
        fieldwork.set_device_inspectors(s, "F2", ["33990002"])  # 钱七: the other case
    bundle = export_assignment_bundle(cw.office.db, "F2", cw.office.dir).path
    assert import_bundle(cw.f2.db, bundle).status == "imported"
    with cw.f2.db.session() as s:
        assert list(s.scalars(select(ArrearsWorker.id_number))) == [IDS[2]]


@pytest.mark.parametrize("office", BACKENDS, indirect=True)
def test_round_trip_note_link_and_payment_seen_on_site(cw: CaseWorld) -> None:
    visit = make_visit(cw.f1.db)
    with cw.f1.db.uow() as s:
        fieldwork.add_note(s, cw.case_id, "现场核实：包工头承认拖欠两个月工资。")
        link(s, cw.case_id, inspection_id=visit.inspection_id)
        # The laptop holds stand-ins: the worker paid is named by the masked form it lists.
        seen = add_payment(s, cw.case_id, amount_fen=250_000, paid_on=SEEN_ON, note="现场发放",
                           worker_id_number=idcard.mask(IDS[1]))
    bundle = export_field_bundle(cw.f1.db, cw.f1.dir)
    assert {t: n for t, n in bundle.row_counts.items() if t.startswith("case_")} == {
        "case_note": 1, "case_link": 1, "case_payment": 1}
    rep = import_bundle(cw.office.db, bundle.path)
    assert rep.status == "imported", rep
    d = case_detail(cw.office.db, cw.case_id)
    assert [n["text"] for n in d["notes"]] == ["现场核实：包工头承认拖欠两个月工资。"]
    assert [lk["inspection_id"] for lk in d["links"]] == [visit.inspection_id]
    field_pay = next(p for p in d["payments"] if p["id"] == seen)
    assert field_pay["reported_by_field"] and not field_pay["confirmed"]
    period = (date(2026, 11, 1), date(2026, 11, 30))
    assert case_figures(cw.office.db, *period).recovered_fen == 100_000  # not yet confirmed
    with cw.office.db.uow() as s:
        fieldwork.confirm_payment(s, seen)
    recovered = case_figures(cw.office.db, *period).recovered_fen
    # The tests' own count: confirmed, live payments paid in the period.
    assert recovered == _count(cw.office, "SELECT sum(amount_fen) FROM case_payment WHERE "
                               "confirmed AND NOT tombstone AND paid_on BETWEEN "
                               "'2026-11-01' AND '2026-11-30'") == 350_000
    paid = {w["name"]: w["paid_fen"] for w in case_detail(cw.office.db, cw.case_id)["workers"]}
    assert paid == {"工人0": 0, "工人1": 250_000}
    # The confirmation travels back: the laptop shows the payment as counted.
    import_bundle(cw.f1.db, export_assignment_bundle(cw.office.db, "F1", cw.office.dir).path)
    assert case_detail(cw.f1.db, cw.case_id)["total_paid_fen"] == 350_000

    def edit_confirmed(s: Session) -> None:
        pay = s.get(CasePayment, seen)
        assert pay is not None and pay.confirmed
        pay.amount_fen = 1

    _refused(cw.f1, "E_RIGHTS", edit_confirmed)


def _refused(db: Dev, code: str, write: Callable[[Session], object]) -> None:
    with pytest.raises(InspectorError) as e, db.db.uow() as s:
        write(s)
    assert e.value.code == code, e.value


def test_the_laptop_may_not_change_what_the_office_owns(cw: CaseWorld) -> None:
    f1 = cw.f1
    before = _count(f1, "SELECT count(*) FROM case_step") + _count(f1, "SELECT count(*) FROM "
                                                                       "case_payment")
    _refused(f1, "E_RIGHTS", lambda s: change_status(s, cw.case_id, "investigating"))
    _refused(f1, "E_RIGHTS", lambda s: save_case(s, CaseInput(
        source="visit", received_on=RECEIVED, source_ref="R1", workers=[worker(5)])))

    def edit_office_payment(s: Session) -> None:
        pay = s.get(CasePayment, cw.office_payment_id)
        assert pay is not None
        pay.amount_fen = 1

    def confirm(s: Session) -> None:
        fieldwork.confirm_payment(s, add_payment(s, cw.case_id, amount_fen=5, paid_on=SEEN_ON))

    def edit_worker(s: Session) -> None:
        row = s.scalars(select(CaseWorker)).first()
        assert row is not None
        row.amount_owed_fen = 0

    _refused(f1, "E_RIGHTS", edit_office_payment)
    _refused(f1, "E_RIGHTS", confirm)
    _refused(f1, "E_RIGHTS", edit_worker)
    after = _count(f1, "SELECT count(*) FROM case_step") + _count(f1, "SELECT count(*) FROM "
                                                                      "case_payment")
    assert after == before


def test_a_case_no_longer_of_the_laptops_inspectors_takes_no_notes(cw: CaseWorld) -> None:
    with cw.office.db.uow() as s:
        fieldwork.set_device_inspectors(s, "F1", ["33990002"])  # now 钱七's laptop
    import_bundle(cw.f1.db, export_assignment_bundle(cw.office.db, "F1", cw.office.dir).path)
    _refused(cw.f1, "E_RIGHTS", lambda s: fieldwork.add_note(s, cw.case_id, "迟到的记录"))


def test_field_cli_lists_shows_notes_and_records_a_payment(cw: CaseWorld) -> None:
    case_no = list_cases(cw.f1.db)[0].case_no
    listed = cw.f1.cli("cases", "list", "--json", check=True)
    assert case_no in listed.stdout
    cw.f1.cli("cases", "note", case_no, "--text", "电话联系了包工头", check=True)
    paid = cw.f1.cli("cases", "payment", case_no, "--amount", "1200", "--date", "2026-11-21",
                     check=True)
    assert "1,200.00" in paid.stdout
    shown = cw.f1.cli("cases", "show", case_no, check=True).stdout
    assert "电话联系了包工头" in shown and "待局端确认" in shown
    refused = cw.f1.cli("cases", "status", case_no, "--to", "investigating")
    assert refused.returncode == 1 and "E_RIGHTS" in refused.stdout + refused.stderr
    other = cw.f1.cli("cases", "show", "QX2026-00002")
    assert other.returncode == 1 and "E_CASE_NOT_FOUND" in other.stdout + other.stderr
    reveal = cw.f1.cli("cases", "show", case_no, "--reveal")
    assert reveal.returncode == 1 and "E_REVEAL_FORBIDDEN" in reveal.stdout + reveal.stderr


def test_cli_round_trip_office_names_inspectors_laptop_reports_office_confirms(
        cw: CaseWorld) -> None:
    office, f2 = cw.office, cw.f2
    named = office.cli("cases", "field-inspectors", "--device", "F2", "--inspector", "33990001",
                       "--json", check=True)
    assert json.loads(named.stdout)["inspectors"] == [cw.inspectors["赵六"]]
    assert json.loads(office.cli("cases", "field-ids", "--json", check=True).stdout) == {
        "mode": "masked"}
    office.cli("bundle", "assign", "--device", "F2", "--out", str(office.dir), check=True)
    assignment = sorted(office.dir.glob("*-F2.assign.zip"))[-1]
    f2.cli("bundle", "import", str(assignment), check=True)
    listed = json.loads(f2.cli("cases", "list", "--json", check=True).stdout)
    assert sorted(r["id"] for r in listed) == sorted([cw.case_id, cw.other_case_id])
    case_no = next(r["case_no"] for r in listed if r["id"] == cw.case_id)
    pay = json.loads(f2.cli("cases", "payment", case_no, "--amount", "800", "--date",
                            "2026-11-22", "--json", check=True).stdout)
    f2.cli("bundle", "export", "--out", str(f2.dir), check=True)
    office.cli("bundle", "import", str(sorted(f2.dir.glob("F2-*.field.zip"))[-1]), check=True)

    def recovered() -> int:
        out = office.cli("cases", "figures", "--from", "2026-11-01", "--to", "2026-11-30",
                         "--json", check=True).stdout
        return int(json.loads(out)["recovered_fen"])

    assert recovered() == 100_000
    confirmed = office.cli("cases", "confirm", pay["id"], "--json", check=True)
    assert json.loads(confirmed.stdout) == {"id": pay["id"], "confirmed": True}
    assert recovered() == 180_000
    again = office.cli("cases", "confirm", pay["id"])
    assert again.returncode == 1 and "E_PAYMENT_CONFIRMED" in again.stderr


def test_a_worker_only_the_office_removes_leaves_the_laptop_too(cw: CaseWorld) -> None:
    """The laptop's copy of a case is the office's: removing a worker there is refused; the
    office's removal (a tombstone) reaches the laptop with the next assignment bundle."""
    from inspector.cases import actions

    row = next(w["case_worker_id"] for w in case_detail(cw.f1.db, cw.case_id)["workers"]
               if w["name"] == "工人1")
    with pytest.raises(InspectorError) as e:
        actions.remove_worker(cw.f1.db, cw.case_id, row, reason="录错案件")
    assert e.value.code == "E_RIGHTS"
    assert len(case_detail(cw.f1.db, cw.case_id)["workers"]) == 2
    actions.remove_worker(cw.office.db, cw.case_id, row, reason="录错案件")
    rep = import_bundle(cw.f1.db, export_assignment_bundle(cw.office.db, "F1", cw.office.dir).path)
    assert rep.status == "imported", rep
    laptop = case_detail(cw.f1.db, cw.case_id)
    assert [w["name"] for w in laptop["workers"]] == ["工人0"]
    assert laptop["total_owed_fen"] == case_detail(cw.office.db, cw.case_id)["total_owed_fen"]
