"""The 专项行动 tab of the cases page: add and edit a campaign through the core (the CLI's
function), the list and the case list's filter follow; a code already taken is refused."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from inspector.cases.targets import campaign_rows
from tests.ui.cases_seed import seed_cases
from tests.ui.conftest import WAIT_MS, wait_idle
from ui import format as fmt
from ui.screens.case_campaigns import CampaignDialog
from ui.screens.case_list import TAB_CAMPAIGNS, CasesScreen


@pytest.fixture
def db_path(office_db_path: Path) -> Path:
    return office_db_path


def _tab(window, qtbot) -> CasesScreen:
    screen = window.show_page("cases")
    assert isinstance(screen, CasesScreen)
    wait_idle(qtbot, window.ctx)
    screen.tabs.setCurrentIndex(TAB_CAMPAIGNS)
    qtbot.waitUntil(lambda: screen.campaigns.model.rowCount() > 0, timeout=WAIT_MS)
    return screen


def _filter_texts(screen: CasesScreen) -> list[str]:
    return [screen.campaign.itemText(n) for n in range(1, screen.campaign.count())]


def test_add_a_campaign(window, db, qtbot, monkeypatch) -> None:
    seed_cases(db)
    screen = _tab(window, qtbot)
    panel = screen.campaigns
    assert [(c.code, c.cases) for c in panel.model.rows] == [("DJ2026", 1)]
    assert panel.add_button.isEnabled() and not panel.edit_button.isEnabled()

    def fill(self: CampaignDialog) -> int:
        assert not self.code.isReadOnly() and not self.end.edit.isEnabled()
        self.code.setText("XQ2027")
        self.name.setText("2027年夏季清欠专项行动")
        self.start.on.setChecked(True)
        self.start.edit.setDate(QDate(2027, 6, 1))
        self.end.on.setChecked(True)
        self.end.edit.setDate(QDate(2027, 8, 31))
        return 1

    monkeypatch.setattr(CampaignDialog, "exec", fill)
    panel.add_button.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
    new = panel.model.rows[1]
    assert (new.code, new.start_on, new.end_on) == ("XQ2027", date(2027, 6, 1), date(2027, 8, 31))
    assert panel.model.index(1, 2).data() == fmt.fmt_date(date(2027, 6, 1))  # 2027年6月1日
    assert [(c.code, c.name) for c in campaign_rows(db)][1] == ("XQ2027", "2027年夏季清欠专项行动")
    assert "XQ2027 2027年夏季清欠专项行动" in _filter_texts(screen)


def test_edit_a_campaign_keeps_its_code(window, db, qtbot, monkeypatch) -> None:
    seed_cases(db)
    screen = _tab(window, qtbot)
    panel = screen.campaigns
    screen.campaign.setCurrentIndex(screen.campaign.findData("DJ2026"))  # a filter in use
    wait_idle(qtbot, window.ctx)
    panel.view.selectRow(0)
    assert panel.edit_button.isEnabled()

    def change(self: CampaignDialog) -> int:
        assert self.code.isReadOnly() and self.code.text() == "DJ2026"
        self.name.setText("冬季根治欠薪专项行动")
        self.end.on.setChecked(True)
        self.end.edit.setDate(QDate(2027, 2, 10))
        return 1

    monkeypatch.setattr(CampaignDialog, "exec", change)
    panel.edit_button.click()
    qtbot.waitUntil(lambda: panel.model.rows[0].name == "冬季根治欠薪专项行动", timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
    assert [(c.code, c.end_on) for c in campaign_rows(db)] == [("DJ2026", date(2027, 2, 10))]
    assert _filter_texts(screen) == ["DJ2026 冬季根治欠薪专项行动"]
    assert screen.campaign.currentData() == "DJ2026"  # the choice survives the refill


def test_a_new_campaign_may_not_take_a_code_in_use(window, db, qtbot, dialogs,
                                                   monkeypatch) -> None:
    seed_cases(db)
    panel = _tab(window, qtbot).campaigns

    def fill(self: CampaignDialog) -> int:
        self.code.setText("DJ2026")
        self.name.setText("另一个行动")
        return 1

    monkeypatch.setattr(CampaignDialog, "exec", fill)
    panel.add_button.click()
    wait_idle(qtbot, window.ctx)
    assert dialogs and "已经登记" in dialogs[-1][1]
    assert [c.name for c in campaign_rows(db)] == ["冬季专项行动"]
