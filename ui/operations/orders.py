"""Operations of the order screen: draft, edit, preview/print PDF, sign, issue, serve, recheck.

Core imported inside the worker functions (this module loads with the screen,
and reportlab must never load before a document is actually made).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from inspector.changes import Change
from ui.operations import CoreOp, read, write

if TYPE_CHECKING:
    from inspector.orders.edits import DraftEdit
    from inspector.orders.followup import ServiceOutcome
    from inspector.orders.issuing import IssueResult
    from inspector.queries.orders import OrderDetail, OrderRow
    from inspector.queries.people import InspectorRow
    from inspector.storage import Database


def list_orders(*, parent: QWidget | None, status: str | None = None) -> CoreOp[list[OrderRow]]:
    def op(db: Database) -> list[OrderRow]:
        from inspector.queries.orders import list_orders

        return list_orders(db, status=status)

    return read(parent, op)


def get_order(*, parent: QWidget | None, order_id: str) -> CoreOp[OrderDetail]:
    def op(db: Database) -> OrderDetail:
        from inspector.queries.orders import get_order

        return get_order(db, order_id)

    return read(parent, op)


def inspectors(*, parent: QWidget | None) -> CoreOp[list[InspectorRow]]:
    def op(db: Database) -> list[InspectorRow]:
        from inspector.queries.people import inspectors

        return inspectors(db)

    return read(parent, op)


def draft_from_inspection(*, parent: QWidget | None, inspection_id: str) -> CoreOp[list[str]]:
    def op(db: Database) -> list[str]:
        from inspector.orders.drafting import draft_orders

        return draft_orders(db, inspection_id)

    return write(parent, op, Change.ORDERS)


def save_draft(*, parent: QWidget | None, order_id: str, edit: DraftEdit) -> CoreOp[None]:
    """Save every edit of the draft in one core call (all or nothing)."""

    def op(db: Database) -> None:
        from inspector.orders.drafting import save_draft

        save_draft(db, order_id, edit)

    return write(parent, op, Change.ORDERS)


def render_pdf(*, parent: QWidget | None, order_id: str, out: Path) -> CoreOp[Path]:
    """Write the real PDF (draft: watermarked, no number) to `out` (atomically)."""

    def op(db: Database) -> Path:
        from inspector.orders.printing import write_order_pdf

        return write_order_pdf(db, order_id, out)

    return read(parent, op)


def render_receipt(*, parent: QWidget | None, order_id: str, out: Path) -> CoreOp[Path]:
    def op(db: Database) -> Path:
        from inspector.orders.printing import write_receipt_pdf

        return write_receipt_pdf(db, order_id, out)

    return read(parent, op)


def sign(*, parent: QWidget | None, order_id: str, role: str, png: bytes) -> CoreOp[str]:
    def op(db: Database) -> str:
        from inspector.orders.followup import attach_signature

        return attach_signature(db, order_id, role, png)

    return write(parent, op, Change.ORDERS)


def check_issue(*, parent: QWidget | None, order_id: str) -> CoreOp[None]:
    """Fail with the reason `issue` would refuse; succeed when the draft can be issued."""

    def op(db: Database) -> None:
        from inspector.orders.issuing import check_issuable

        check_issuable(db, order_id)

    return read(parent, op)


def issue(*, parent: QWidget | None, order_id: str) -> CoreOp[IssueResult]:
    def op(db: Database) -> IssueResult:
        from inspector.orders.issuing import issue_order

        return issue_order(db, order_id)

    return write(parent, op, Change.ORDERS, Change.NUMBERS)


def serve(*, parent: QWidget | None, order_id: str, method: str, recipient_name: str,
          recipient_position: str, place: str, refused: bool, witness: str,
          photos: list[Path], note: str, receiver_on_behalf: str = "",
          receiver_on_behalf_relation: str = "",
          refusal_reason: str = "") -> CoreOp[ServiceOutcome]:
    def op(db: Database) -> ServiceOutcome:
        from inspector.orders.followup import record_service

        return record_service(db, order_id, method=method, recipient_name=recipient_name,
                              recipient_position=recipient_position, place=place,
                              refused_to_sign=refused, witness=witness, evidence=list(photos),
                              note=note, receiver_on_behalf=receiver_on_behalf,
                              receiver_on_behalf_relation=receiver_on_behalf_relation,
                              refusal_reason=refusal_reason)

    return write(parent, op, Change.ORDERS)


def recheck(*, parent: QWidget | None, order_id: str, position: int, rectified: bool,
            checked_on: date, note: str, photos: list[Path]) -> CoreOp[object]:
    def op(db: Database) -> object:
        from inspector.orders.followup import recheck_violation

        return recheck_violation(db, order_id, position, rectified=rectified,
                                 checked_on=checked_on, note=note, evidence=list(photos))

    return write(parent, op, Change.ORDERS)

