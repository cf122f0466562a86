"""Finding an order by what a person types: its id or its document number."""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

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


def live_order(s: Session, order_id: str) -> Order:
    """The order with this id, unless it does not exist or was tombstoned."""
    order = s.get(Order, order_id)
    if order is None or order.tombstone:
        raise NotFoundError(f"没有编号为 {order_id} 的指令书。", code="E_ORDER_UNKNOWN")
    return order
