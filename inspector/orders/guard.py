"""The flush guard that keeps issued orders, number blocks and used numbers immutable.

One of the app's write rules (`inspector.appdb.WRITE_RULES`), run before every
flush. It refuses, before anything is written:
- a change to any of `ORDER_CONTENT_COLUMNS` of an order that was already issued
  (its stored status is not draft), a tombstone on such an order, and any
  status change not listed in `ORDER_TRANSITIONS`;
- any insert, change or delete of a violation of an issued order;
- any change to a number block or a number use (they are facts, never edited).

Raw SQL bypasses ORM guards by design; such tampering is what verification
(`inspector.orders.verify`) detects through the content hash and signature.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, attributes

from inspector.domain.orders import (
    ORDER_CONTENT_COLUMNS,
    ORDER_TRANSITIONS,
    NumberBlock,
    NumberUse,
    Order,
    OrderViolation,
)
from inspector.errors import ImmutableError


def _stored_status(obj: Order) -> str:
    hist = attributes.get_history(obj, "status")
    if hist.deleted:
        return str(hist.deleted[0])
    return str(obj.status)


def _changed(obj: object, col: str) -> bool:
    # Assigning an equal value still leaves history; only a different value counts.
    hist = attributes.get_history(obj, col)
    if not hist.added:
        return False
    return not hist.deleted or hist.added[0] != hist.deleted[0]


def _check_order(session: Session, obj: Order) -> None:
    if obj in session.new:
        # None: the column default ("draft") is applied at INSERT, after this hook.
        if obj.status not in (None, "draft"):
            # Orders are born as drafts; issuing is a transition (keeps the rule in one place).
            raise ImmutableError("指令书只能以草稿形式创建。", code="E_ORDER_STATE")
        return
    old = _stored_status(obj)
    if obj.status != old and obj.status not in ORDER_TRANSITIONS.get(old, ()):
        raise ImmutableError(f"指令书状态不能从 {old} 改为 {obj.status}。", code="E_ORDER_STATE")
    if old == "draft":
        return
    for col in ORDER_CONTENT_COLUMNS:
        if _changed(obj, col):
            raise ImmutableError(
                f"指令书 {obj.number} 已出具，内容不能修改（{col}）。如需更正，请出具新的指令书替代原指令书。",
                code="E_ORDER_ISSUED",
            )
    if _changed(obj, "tombstone") and obj.tombstone:
        raise ImmutableError(f"指令书 {obj.number} 已出具，不能删除，只能撤销。",
                             code="E_ORDER_ISSUED")


def guard_orders(session: Session) -> None:
    order_ids: set[str] = set()
    for obj in list(session.new) + list(session.dirty) + list(session.deleted):
        if isinstance(obj, NumberBlock | NumberUse):
            if obj in session.new:
                continue
            if obj in session.dirty and not session.is_modified(obj):
                continue
            raise ImmutableError("编号段和已使用/作废的编号不能修改。", code="E_NUMBER_IMMUTABLE")
        if isinstance(obj, Order):
            if obj in session.dirty and not session.is_modified(obj):
                continue
            _check_order(session, obj)
        elif isinstance(obj, OrderViolation):
            if obj in session.dirty and not session.is_modified(obj):
                continue
            order_ids.add(obj.order_id)
    if not order_ids:
        return
    # The stored status decides: violations may be edited in the flush that issues.
    with session.no_autoflush:
        issued = session.execute(
            select(Order.number).where(Order.id.in_(order_ids), Order.status != "draft")
        ).first()
    if issued is not None:
        raise ImmutableError(f"指令书 {issued[0]} 已出具，违法事项不能修改。", code="E_ORDER_ISSUED")
