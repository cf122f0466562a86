"""A result that arrives after its screen was deleted is dropped, not delivered to dead widgets."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QLabel

from inspector.changes import Change
from tests.ui.conftest import WAIT_MS, wait_idle
from ui.operations import CoreOp


def test_result_for_a_deleted_screen_is_dropped_but_changes_are_announced(ctx, qtbot) -> None:
    label = QLabel()
    release = threading.Event()
    delivered: list[object] = []
    announced: list[tuple[object, object]] = []
    ctx.signals.operation_did_execute.connect(lambda ch, who: announced.append((ch, who)))

    def slow(_db: object) -> str:
        release.wait(10)
        return "写入完成"

    op = CoreOp(parent=label, op=slow, changes={Change.INSPECTIONS})

    def delivered_to(value: str) -> None:
        delivered.append(value)
        label.setText(str(value))

    op.success(delivered_to)
    op.run_in_background()
    label.deleteLater()
    qtbot.waitUntil(lambda: not _alive(label), timeout=WAIT_MS)
    release.set()
    wait_idle(qtbot, ctx)
    assert delivered == [], "the success callback must not run for a deleted screen"
    assert announced == [(frozenset({Change.INSPECTIONS}), None)]


def _alive(widget: QLabel) -> bool:
    from shiboken6 import isValid

    return isValid(widget)
