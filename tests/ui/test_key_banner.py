"""Issue #9: a device key that cannot sign is announced when the app starts, in the status
bar, with the way to Settings → 设备密钥; a sound key shows nothing, a mended one clears it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from inspector import identity, keys
from inspector.appdb import open_app_database
from tests.ui.conftest import WAIT_MS, main_window_over, wait_idle
from ui.screens.settings import SettingsScreen
from ui.widgets.key_banner import KeyBanner

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from ui.context import AppContext
    from ui.screens.main_window import MainWindow


@pytest.fixture
def started(qtbot: QtBot, qapp: object, db_path: Path,
            dialogs: object) -> Iterator[Callable[[], MainWindow]]:
    """Starts the window over `db_path` by the real path (fast index, full open,
    `database_ready`); its work is awaited and its threads stopped after the test."""
    from ui import context
    from ui.app import Startup
    from ui.screens.main_window import MainWindow

    made: list[AppContext] = []

    def start() -> MainWindow:
        ctx = context.create(db_path)
        made.append(ctx)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        controller = Startup(ctx, window)
        controller.begin()
        qtbot.waitUntil(lambda: controller.done, timeout=WAIT_MS)
        wait_idle(qtbot, ctx)
        assert controller.error is None
        return window

    yield start
    for ctx in made:
        wait_idle(qtbot, ctx)
        ctx.tasks.shutdown(wait=True)


def _lose_key(db_path: Path) -> None:
    db = open_app_database(db_path)
    keys.key_path(identity.key_dir(db)).unlink()
    db.dispose()


def _banner(window: MainWindow) -> KeyBanner:
    banner = window.findChild(KeyBanner)
    assert banner is not None
    return banner


def test_a_lost_key_is_announced_at_start_up(started: Callable[[], MainWindow], qtbot: QtBot,
                                              db_path: Path) -> None:
    _lose_key(db_path)
    window = started()
    banner = _banner(window)
    assert not banner.isHidden() and banner.isVisible()
    assert "设备密钥不能使用（E_KEY_MISSING）" in banner.text.text()
    assert "不存在" in banner.toolTip()  # the core's own words, with the recovery
    assert window.stack.currentWidget() is window.page("home")  # nothing was opened for it
    banner.button.click()
    settings = window.stack.currentWidget()
    assert isinstance(settings, SettingsScreen)
    qtbot.waitUntil(lambda: settings.identity.status is not None, timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
    assert settings.tabs.currentIndex() == 3  # the 设备密钥 panel's tab
    assert not settings.identity.split_button.isHidden()


def test_a_sound_key_shows_no_banner(started: Callable[[], MainWindow]) -> None:
    banner = _banner(started())
    assert banner.status is not None and not banner.status.problem_code
    assert banner.isHidden()


@pytest.fixture
def keyless_window(qtbot: QtBot, qapp: object, db_path: Path,
                   dialogs: object) -> Iterator[MainWindow]:
    _lose_key(db_path)
    db = open_app_database(db_path)
    yield from main_window_over(qtbot, db, db_path)  # type: ignore[misc]
    db.dispose()


def test_the_banner_goes_once_the_key_is_split(keyless_window: MainWindow,
                                               qtbot: QtBot) -> None:
    window = keyless_window
    banner = _banner(window)
    assert not banner.isHidden()
    banner.button.click()
    settings = window.settings_screen()
    qtbot.waitUntil(lambda: not settings.identity.split_button.isHidden(), timeout=WAIT_MS)
    settings.identity.split_button.click()  # confirmed Yes by the dialogs fixture
    qtbot.waitUntil(lambda: bool(settings.identity.advice.text()), timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
    assert banner.isHidden() and banner.status is not None and not banner.status.problem_code
