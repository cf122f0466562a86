"""Settings: deactivating and re-activating an inspector profile, and what the start page offers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from sqlalchemy import select

from inspector.domain.registry import Inspector
from tests.ui.conftest import WAIT_MS, wait_idle
from ui.screens.settings import SettingsScreen

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from inspector.queries.people import InspectorRow
    from ui.screens.inspection import StartPage
    from ui.screens.main_window import MainWindow


def _active_in_db(window: MainWindow, inspector_id: str) -> bool:
    assert window.ctx.db is not None
    with window.ctx.db.session() as s:
        return bool(s.scalar(select(Inspector.active).where(Inspector.id == inspector_id)))


def _settings_with_inspectors(window: MainWindow, qtbot: QtBot) -> SettingsScreen:
    screen = window.show_page("settings")
    assert isinstance(screen, SettingsScreen)
    qtbot.waitUntil(lambda: screen.inspector_model.rowCount() >= 2, timeout=WAIT_MS)
    return screen


def _selected(screen: SettingsScreen) -> InspectorRow:
    row = screen.selected_inspector()
    assert row is not None
    return row


def _offered(page: StartPage) -> set[str]:
    """Ids of the inspectors the start page offers."""
    return {str(page.inspectors.item(n).data(Qt.ItemDataRole.UserRole))
            for n in range(page.inspectors.count())}


def test_deactivate_then_activate_an_inspector(window: MainWindow, qtbot: QtBot) -> None:
    """The button follows the selected row (停用/启用), writes through the core and keeps
    the row selected; an inactive profile is shown as 已停用."""
    screen = _settings_with_inspectors(window, qtbot)
    assert not screen.active_button.isEnabled()  # nothing selected yet
    screen.inspector_view.setCurrentIndex(screen.inspector_model.index(0, 0))
    row = screen.selected_inspector()
    assert row is not None and row.active
    assert screen.active_button.isEnabled() and screen.active_button.text() == "停用"

    screen.active_button.click()
    qtbot.waitUntil(lambda: not _selected(screen).active, timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
    assert not _active_in_db(window, row.id)
    assert _selected(screen).id == row.id
    assert screen.active_button.text() == "启用"
    status_col = screen.inspector_model.columnCount() - 1
    assert screen.inspector_model.index(0, status_col).data() == "已停用"

    screen.active_button.click()
    qtbot.waitUntil(lambda: _selected(screen).active, timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
    assert _active_in_db(window, row.id)
    assert screen.active_button.text() == "停用"


def test_inactive_inspector_is_not_offered_when_starting(window: MainWindow,
                                                          qtbot: QtBot) -> None:
    """An open start page drops a profile deactivated in Settings; re-activating returns it."""
    window.new_inspection()
    page = window.inspection_screen().start_page
    qtbot.waitUntil(lambda: page.inspectors.count() >= 2, timeout=WAIT_MS)
    before = _offered(page)

    screen = _settings_with_inspectors(window, qtbot)
    screen.inspector_view.setCurrentIndex(screen.inspector_model.index(0, 0))
    gone = screen.selected_inspector()
    assert gone is not None and gone.id in before
    screen.active_button.click()
    qtbot.waitUntil(lambda: gone.id not in _offered(page), timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
    assert _offered(page) == before - {gone.id}

    window.new_inspection()  # a fresh start page reads the choices again: still not offered
    wait_idle(qtbot, window.ctx)
    assert gone.id not in _offered(page)

    window.show_page("settings")
    screen.active_button.click()
    qtbot.waitUntil(lambda: gone.id in _offered(page), timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
