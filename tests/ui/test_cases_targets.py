"""Clearance targets: a target added through its form shows its progress from recorded
payments, a bar per target, the payment details; after 3 days without a review the
reminder shows here and on Home, and "已核对明细" clears it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from inspector import clock
from inspector.cases import actions
from tests.ui.cases_seed import seed_cases
from tests.ui.conftest import wait_idle
from ui.screens.case_list import TAB_TARGETS, CasesScreen
from ui.screens.case_targets import TargetDialog


@pytest.fixture
def db_path(office_db_path: Path) -> Path:
    """Cases live with the office: these screens are tested on an office database."""
    return office_db_path


def test_target_progress_chart_details_and_reminder(window, db, qtbot, monkeypatch) -> None:
    s = seed_cases(db)  # case C is in campaign DJ2026
    actions.add_payment(db, s.c, amount_fen=60_000, paid_on=date(2026, 11, 25))
    screen = window.show_page("cases")
    assert isinstance(screen, CasesScreen)
    wait_idle(qtbot, window.ctx)
    screen.tabs.setCurrentIndex(TAB_TARGETS)
    wait_idle(qtbot, window.ctx)
    panel = screen.targets
    assert panel.model.rows == []

    def fill(self: TargetDialog) -> int:
        self.name.setText("冬季清欠")
        self.amount.setValue(2400)
        self.due_on.setDate(QDate(2026, 12, 31))
        self.scope.setCurrentIndex(self.scope.findData("DJ2026"))
        return 1

    monkeypatch.setattr(TargetDialog, "exec", fill)
    panel.add_button.click()
    wait_idle(qtbot, window.ctx)
    (t,) = panel.model.rows
    assert (t.scope, t.amount_fen, t.recovered_fen, t.percent) == ("DJ2026", 240_000, 60_000, 25.0)
    assert panel.model.index(0, 5).data() == "25.0%"
    assert panel.chart.segment_rect(t.id, 0) is not None
    assert panel.chart.segment_rect(t.id, 1) is not None
    assert [(p["case_no"], p["amount_fen"]) for p in panel.details.rows] == [
        (t.payments[0]["case_no"], 60_000)]
    assert panel.reminder.text() == "" and window.page("home").targets_label.isHidden()

    # A second target (an area with no payments): clicking its bar shows its (empty) details.
    actions.save_target(db, name="城关镇清欠", amount_fen=100_000, due_on=date(2026, 12, 31),
                        area="城关镇")
    panel.reload()
    wait_idle(qtbot, window.ctx)
    other = next(x for x in panel.model.rows if x.name == "城关镇清欠")
    rect = panel.chart.segment_rect(other.id, 0)
    assert rect is not None
    qtbot.mouseClick(panel.chart, Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.current() == other and panel.details.rows == []
    rect = panel.chart.segment_rect(t.id, 1)
    assert rect is not None
    qtbot.mouseClick(panel.chart, Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.current() == t and len(panel.details.rows) == 1

    with clock.frozen_at(date(2026, 11, 28)):
        panel.reload()
        window.page("home").reload()
        wait_idle(qtbot, window.ctx)
        assert "冬季清欠" in panel.reminder.text() and "城关镇清欠" in panel.reminder.text()
        home = window.page("home")
        assert not home.targets_label.isHidden() and "冬季清欠" in home.targets_label.text()
        current = panel.current()
        assert panel.touch_button.isEnabled() and current is not None and current.id == t.id
        panel.touch_button.click()  # reviews the chosen target only
        wait_idle(qtbot, window.ctx)
        assert "冬季清欠" not in panel.reminder.text() and "城关镇清欠" in panel.reminder.text()
        assert "冬季清欠" not in home.targets_label.text()
        panel.select(other.id)
        panel.touch_button.click()
        wait_idle(qtbot, window.ctx)
        assert panel.reminder.text() == "" and home.targets_label.isHidden()
