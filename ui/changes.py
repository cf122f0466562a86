"""Screens learn of writes by subscribing to the kinds of change they show.

A write op declares what it changed (`write(parent, fn, Change.ORDERS)` in
`ui/operations`); on success `AppSignals.operation_did_execute` carries that
`ChangeSet` and the op's initiating widget. A screen subscribes once, naming the
kinds in the call itself (the change-descriptor test reads them from there):

    subscribe(ctx, self, {Change.ORDERS, Change.SYNC}, self._on_changes)

    def _on_changes(self, changes: ChangeSet, initiator: object) -> None:
        if self._loaded:
            self.reload()

The slot runs only when the write touched one of those kinds. Converting a screen
that still connects to `operation_did_execute` with strings is that change: move
the `changes & {"orders", "sync", "all"}` filter into the `subscribe` call (as
`Change` members; "all" is `EVERYTHING`, which every subscriber receives) and
declare new kinds in `inspector.changes.Change`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject

from inspector.changes import Change, ChangeSet
from ui.context import AppContext

Slot = Callable[[ChangeSet, object], None]


class _Subscription(QObject):
    """Delivers matching changes to `slot`; a child of the screen, so that a deleted
    screen's subscription goes with it (Qt disconnects a destroyed receiver)."""

    def __init__(self, owner: QObject, kinds: ChangeSet, slot: Slot) -> None:
        super().__init__(owner)
        self.kinds = kinds
        self._slot = slot

    def deliver(self, changes: ChangeSet, initiator: object) -> None:
        if changes & self.kinds:
            self._slot(changes, initiator)


def subscribe(ctx: AppContext, owner: QObject, kinds: Iterable[Change], slot: Slot) -> None:
    """Call `slot(changes, initiator)` after each write that changed one of `kinds`."""
    subscription = _Subscription(owner, frozenset(kinds), slot)
    ctx.signals.operation_did_execute.connect(subscription.deliver)
