"""Per-table import rules: columns that are immutable once a row reaches a state.

An issued document is signed and printed; a bundle carrying a different
content for it can only be a forgery or corruption, so the whole bundle is
refused (E_BUNDLE_TAMPERED). Other modules plug their rules in with
`register_rule`; the orders rule is built in because it guards the core promise.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from inspector.domain import orders as _orders
from inspector.sync.errors import TamperedError


@dataclass(frozen=True)
class ImmutableRule:
    table: str
    frozen: Callable[[Mapping[str, Any]], bool]
    """True when a version of the row is in the immutable state."""
    columns: tuple[str, ...]
    label: str


RULES: dict[str, list[ImmutableRule]] = {}


def register_rule(rule: ImmutableRule) -> None:
    RULES.setdefault(rule.table, []).append(rule)


def check_immutable(table: str, stored: Mapping[str, Any], incoming: Mapping[str, Any]) -> None:
    """Raise `TamperedError` when both versions are frozen and a frozen column differs."""
    for rule in RULES.get(table, ()):
        if rule.frozen(stored) and rule.frozen(incoming):
            for col in rule.columns:
                if col in stored and col in incoming and stored[col] != incoming[col]:
                    raise TamperedError(
                        f"{rule.label}（{stored.get('number') or stored.get('id')}）已签发，"
                        f"同步包中的版本与本机不同（{col}），整个同步包已拒绝（疑似篡改）。"
                    )


_ISSUED = frozenset(getattr(_orders, "ORDER_STATUSES", ("draft", "issued"))) - {"draft"}
_order_table = getattr(getattr(_orders, "Order", None), "__tablename__", None)
if _order_table is not None:
    register_rule(
        ImmutableRule(
            table=_order_table,
            frozen=lambda row: row.get("status") in _ISSUED,
            columns=tuple(getattr(_orders, "ORDER_CONTENT_COLUMNS", ("content_hash",))),
            label="指令书",
        )
    )
