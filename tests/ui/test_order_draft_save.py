"""The draft screen saves through one core call: a refused save shows why and stores nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate

from tests.ui.conftest import wait_idle
from tests.ui.test_order_screen import _issued_order


def test_refused_draft_save_keeps_the_old_deadline(window, qtbot, dialogs, photo: Path) -> None:
    from inspector.queries.orders import get_order

    db = window.ctx.db
    screen = _issued_order(window, qtbot, photo)
    order_id = screen.detail.row.id
    stored = get_order(db, order_id).row.deadline
    screen.draft.deadline.setDate(QDate(2027, 3, 1))
    _pos, fact, _req = screen.draft.editors[0]
    fact.setPlainText("   ")
    screen.draft.save_button.click()
    wait_idle(qtbot, window.ctx)
    assert any("违法事实不能为空" in text and "E_FACT_EMPTY" in text for _t, text in dialogs)
    assert get_order(db, order_id).row.deadline == stored
    assert get_order(db, order_id).violations[0].fact.strip()
