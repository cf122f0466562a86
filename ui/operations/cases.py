"""Operations of the case screens: the list, one case, the per-worker ledger, the work calendar.

Writes are the one-transaction functions of `inspector.cases.actions` and announce
the "cases" area (the calendar also "settings": it is a setting every deadline is
counted on). Core modules are imported on the worker, as in `ui.operations.sites`.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from inspector.changes import Change
from ui.operations import CoreOp, read, write

if TYPE_CHECKING:
    from inspector.cases.queries import CalendarDay, CaseRow, LedgerRow, LinkChoice
    from inspector.storage import Database

def list_cases(*, parent: QWidget | None, open_only: bool = False, flagged: str | None = None,
               source: str | None = None, status: str | None = None,
               campaign: str | None = None, search: str = "") -> CoreOp[list[CaseRow]]:
    def op(db: Database) -> list[CaseRow]:
        from inspector.cases.queries import list_cases

        return list_cases(db, open_only=open_only, flagged=flagged, source=source,
                          campaign=campaign, search=search or None, status=status)

    return read(parent, op)


def flagged_cases(*, parent: QWidget | None) -> CoreOp[list[CaseRow]]:
    """Open cases due soon or overdue (Home)."""

    def op(db: Database) -> list[CaseRow]:
        from inspector.cases.queries import flagged_cases

        return flagged_cases(db)

    return read(parent, op)


def campaigns(*, parent: QWidget | None) -> CoreOp[list[tuple[str, str]]]:
    def op(db: Database) -> list[tuple[str, str]]:
        from inspector.cases.queries import campaigns

        return campaigns(db)

    return read(parent, op)


def case_screen(*, parent: QWidget | None, case_id: str) -> CoreOp[dict[str, Any]]:
    def op(db: Database) -> dict[str, Any]:
        from inspector.cases.queries import case_screen

        return case_screen(db, case_id)

    return read(parent, op)


def reveal_case(*, parent: QWidget | None, case_id: str) -> CoreOp[dict[str, Any]]:
    """The case with whole ID numbers (office only; the core records who looked)."""

    def op(db: Database) -> dict[str, Any]:
        from inspector.cases.actions import reveal_case

        return reveal_case(db, case_id)

    # An audit event is not a change any screen shows: no notification.
    return CoreOp(parent=parent, op=op)


def link_choices(*, parent: QWidget | None, case_id: str) -> CoreOp[list[LinkChoice]]:
    def op(db: Database) -> list[LinkChoice]:
        from inspector.cases.queries import link_choices

        return link_choices(db, case_id)

    return read(parent, op)


def assign_inspectors(*, parent: QWidget | None, case_id: str,
                      inspector_ids: list[str]) -> CoreOp[None]:
    def op(db: Database) -> None:
        from inspector.cases.actions import assign_inspectors

        assign_inspectors(db, case_id, inspector_ids)

    return write(parent, op, Change.CASES)


def change_status(*, parent: QWidget | None, case_id: str, to: str, reason: str,
                  on: date | None = None) -> CoreOp[str]:
    def op(db: Database) -> str:
        from inspector.cases.actions import change_status

        return change_status(db, case_id, to, reason=reason, on=on)

    return write(parent, op, Change.CASES)


def add_payment(*, parent: QWidget | None, case_id: str, amount_fen: int, paid_on: date,
                case_worker_id: str | None, note: str) -> CoreOp[str]:
    def op(db: Database) -> str:
        from inspector.cases.actions import add_payment

        return add_payment(db, case_id, amount_fen=amount_fen, paid_on=paid_on,
                           case_worker_id=case_worker_id, note=note)

    return write(parent, op, Change.CASES)


def refer(*, parent: QWidget | None, case_id: str, target: str, referred_on: date,
          number: str, receiving_body: str, outcome: str) -> CoreOp[str]:
    def op(db: Database) -> str:
        from inspector.cases.actions import refer

        return refer(db, case_id, target=target, referred_on=referred_on, number=number,
                     receiving_body=receiving_body, outcome=outcome)

    return write(parent, op, Change.CASES)


def link(*, parent: QWidget | None, case_id: str, kind: str, item_id: str,
         orders_payment: bool) -> CoreOp[str]:
    def op(db: Database) -> str:
        from inspector.cases.actions import link

        if kind == "inspection":
            return link(db, case_id, inspection_id=item_id)
        return link(db, case_id, order_id=item_id, orders_payment=orders_payment)

    return write(parent, op, Change.CASES)


def extend_investigation(*, parent: QWidget | None, case_id: str,
                         approved_by: str) -> CoreOp[None]:
    def op(db: Database) -> None:
        from inspector.cases.actions import extend_investigation

        extend_investigation(db, case_id, approved_by=approved_by)

    return write(parent, op, Change.CASES)


def workers_ledger(*, parent: QWidget | None, search: str = "") -> CoreOp[list[LedgerRow]]:
    def op(db: Database) -> list[LedgerRow]:
        from inspector.cases.queries import workers_ledger

        return workers_ledger(db, search=search or None)

    return read(parent, op)


def calendar_days(*, parent: QWidget | None, year: int | None) -> CoreOp[list[CalendarDay]]:
    def op(db: Database) -> list[CalendarDay]:
        from inspector.cases.queries import calendar_days

        return calendar_days(db, year=year)

    return read(parent, op)


def change_calendar(*, parent: QWidget | None, day: date, kind: str) -> CoreOp[None]:
    """kind: holiday | workday | remove."""

    def op(db: Database) -> None:
        from inspector.cases.actions import change_calendar

        change_calendar(db, day, kind)

    return write(parent, op, Change.CASES, Change.SETTINGS)


def remove_worker(*, parent: QWidget | None, case_id: str, case_worker_id: str,
                  reason: str) -> CoreOp[None]:
    def op(db: Database) -> None:
        from inspector.cases.actions import remove_worker

        remove_worker(db, case_id, case_worker_id, reason=reason)

    return write(parent, op, Change.CASES)


def remove_party(*, parent: QWidget | None, case_id: str, party_id: str,
                 reason: str) -> CoreOp[None]:
    def op(db: Database) -> None:
        from inspector.cases.actions import remove_party

        remove_party(db, case_id, party_id, reason=reason)

    return write(parent, op, Change.CASES)
