"""The case screens' writes: each one core call in its own unit of work.

`inspector.cases.service` writes inside a caller's session so that an import can
save many cases in one transaction; a screen makes one change at a time, and
these functions give it that change with the transaction around it (the UI never
opens a unit of work). The rules themselves (allowed transitions, reasons, two
inspectors once 立案, dates) stay in the service, so the CLI and the screens
refuse the same things.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from inspector.audit import record
from inspector.cases import idcard, removals, service, targets, thresholds
from inspector.cases import settings as case_settings
from inspector.domain.cases import ArrearsWorker, CaseWorker
from inspector.errors import NotFoundError, ValidationError
from inspector.storage import Database

CALENDAR_CHANGES = {"holiday": case_settings.add_holiday, "workday": case_settings.add_workday,
                    "remove": case_settings.remove_day}


def assign_inspectors(db: Database, case_ref: str, inspector_ids: list[str]) -> None:
    """Add inspectors to the case (立案 needs two; the service checks at that step)."""
    with db.uow() as s:
        service.assign_inspectors(s, case_ref, inspector_ids)


def change_status(db: Database, case_ref: str, to: str, *, reason: str = "",
                  on: date | None = None) -> str:
    with db.uow() as s:
        return service.change_status(s, case_ref, to, reason=reason, on=on)


def add_payment(db: Database, case_ref: str, *, amount_fen: int, paid_on: date,
                case_worker_id: str | None = None, note: str = "") -> str:
    """A payment recovered, to one worker of the case (by their case row, since the
    screen only holds masked ID numbers) or to the case as a whole."""
    with db.uow() as s:
        number = ""
        if case_worker_id:
            number = s.scalar(select(ArrearsWorker.id_number)
                              .join(CaseWorker, CaseWorker.worker_id == ArrearsWorker.id)
                              .where(CaseWorker.id == case_worker_id,
                                     CaseWorker.case_id == service.get_case(s, case_ref).id,
                                     CaseWorker.tombstone.is_(False))) or ""
            if not number:
                raise NotFoundError("本案没有这名劳动者。", code="E_WORKER_NOT_FOUND")
        return service.add_payment(s, case_ref, amount_fen=amount_fen, paid_on=paid_on,
                                   worker_id_number=number, note=note)


def remove_worker(db: Database, case_ref: str, case_worker_id: str, *, reason: str) -> None:
    """Take a worker off the case (by their case row; the screen holds masked numbers)."""
    with db.uow() as s:
        removals.remove_worker(s, case_ref, case_worker_id, reason=reason)


def remove_party(db: Database, case_ref: str, party_id: str, *, reason: str) -> None:
    with db.uow() as s:
        removals.remove_party(s, case_ref, party_id, reason=reason)


def refer(db: Database, case_ref: str, *, target: str, referred_on: date, number: str = "",
          receiving_body: str = "", outcome: str = "") -> str:
    with db.uow() as s:
        return service.refer(s, case_ref, target=target, referred_on=referred_on,
                             number=number, receiving_body=receiving_body, outcome=outcome)


def link(db: Database, case_ref: str, *, inspection_id: str | None = None,
         order_id: str | None = None, orders_payment: bool = False) -> str:
    with db.uow() as s:
        return service.link(s, case_ref, inspection_id=inspection_id, order_id=order_id,
                            orders_payment=orders_payment)


def extend_investigation(db: Database, case_ref: str, *, approved_by: str) -> None:
    with db.uow() as s:
        service.extend_investigation(s, case_ref, approved_by=approved_by)


def reveal_case(db: Database, case_ref: str) -> dict[str, Any]:
    """The case with whole ID numbers, for a role that may see them (`idcard.may_reveal`);
    who looked, and when, is recorded in the same transaction as the check."""
    from inspector.cases.queries import case_screen
    from inspector.devices import this_device

    info = this_device(db)
    if not idcard.may_reveal(info.role if info else None):
        raise ValidationError("只有局端数据库可以显示完整身份证号（个人信息保护）。",
                              code="E_REVEAL_FORBIDDEN")
    with db.uow() as s:
        record(s, "case.reveal", "wage_case", service.get_case(s, case_ref).id)
    return case_screen(db, case_ref, reveal=True)


def change_calendar(db: Database, day: date, kind: str) -> None:
    """Add a holiday or a make-up working day, or remove a day (`kind`: holiday,
    workday, remove) from the `work_calendar` every deadline is counted on."""
    if kind not in CALENDAR_CHANGES:
        raise ValueError(f"unknown calendar change {kind!r}")
    with db.uow() as s:
        CALENDAR_CHANGES[kind](s, day)


def create_case(db: Database, data: service.CaseInput) -> str:
    """A new case from the case form. A (source, reference) that already names a case is
    refused rather than merged: the form says "new", and silently changing another case
    would surprise whoever typed it (the import merges on purpose; this does not)."""
    from inspector.domain.cases import WageCase

    with db.uow() as s:
        ref = data.source_ref.strip()
        if ref and s.scalar(select(WageCase.case_no).where(WageCase.source == data.source,
                                                           WageCase.source_ref == ref,
                                                           WageCase.tombstone.is_(False))):
            raise ValidationError(f"该来源下编号“{ref}”的案件已经登记。", code="E_CASE_EXISTS")
        case_id, _ = service.save_case(s, data)
        return case_id


def update_case(db: Database, case_ref: str, data: service.CaseInput,
                worker_changes: dict[str, tuple[int, int]] | None = None) -> str:
    """Save the edit form of one case: its source and reference stay the case's own (they
    are how `save_case` finds it), so an edit can never land on another case. Workers and
    parties listed are added or updated; ones not listed are kept.

    `worker_changes` maps a case row (the form knows the case's workers only masked) to
    new (months owed, amount owed in fen); the whole ID number is looked up here, and the
    change goes through `save_case` with the same checks as a new worker."""
    with db.uow() as s:
        case = service.get_case(s, case_ref)
        data.source, data.source_ref = case.source, case.source_ref
        for cw_id, (months, fen) in (worker_changes or {}).items():
            person = s.scalar(select(ArrearsWorker).join(
                CaseWorker, CaseWorker.worker_id == ArrearsWorker.id).where(
                CaseWorker.id == cw_id, CaseWorker.case_id == case.id,
                CaseWorker.tombstone.is_(False)))
            if person is None:
                raise NotFoundError("本案没有这名劳动者。", code="E_WORKER_NOT_FOUND")
            data.workers.append(service.WorkerInput(person.name, person.id_number, "",
                                                    months, fen))
        return service.save_case(s, data)[1]


def save_campaign(db: Database, *, code: str, name: str, start_on: date | None = None,
                  end_on: date | None = None, new: bool = False) -> str:
    """The one way campaigns are written: the CLI's `cases campaign` and the cases
    screen's 专项行动 tab both call this (`new`: refuse a code already registered)."""
    with db.uow() as s:
        return targets.save_campaign(s, code=code, name=name, start_on=start_on,
                                     end_on=end_on, new=new)


def save_target(db: Database, *, name: str, amount_fen: int, due_on: date, area: str = "",
                campaign_code: str = "") -> str:
    with db.uow() as s:
        return targets.save_target(s, name=name, amount_fen=amount_fen, due_on=due_on,
                                   area=area, campaign_code=campaign_code)


def touch_target(db: Database, target_id: str) -> None:
    """The target's details were reviewed today (clears the 3-day reminder)."""
    with db.uow() as s:
        targets.touch_target(s, target_id)


def set_threshold(db: Database, province: str, *, single_fen: int | None = None,
                  multi_fen: int | None = None) -> thresholds.Threshold:
    with db.uow() as s:
        return thresholds.set_threshold(s, province, single_fen=single_fen, multi_fen=multi_fen)
