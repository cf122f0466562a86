"""Finding an order by what a person types: its id or its document number."""

from __future__ import annotations

from sqlalchemy import or_, select

from inspector.domain.orders import Order
from inspector.errors import NotFoundError
from inspector.storage import Database


def resolve_order(db: Database, ref: str) -> str:
    """An order id from an id or a document number."""
    with db.session() as s:
        oid = s.scalar(select(Order.id).where(or_(Order.id == ref, Order.number == ref.strip())))
    if oid is None:
        raise NotFoundError(f"没有文号或编号为“{ref}”的指令书。", code="E_ORDER_UNKNOWN")
    return oid
