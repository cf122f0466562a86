"""Settings: a database whose device key is missing or shared offers `keys split`, then says
what to tell the office."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from inspector import identity, keys
from inspector.appdb import open_app_database
from inspector.devices import this_device
from inspector.storage import Database
from tests.core.test_identity import legacy_pair
from tests.ui.conftest import WAIT_MS, wait_idle
from ui.screens.settings import SettingsScreen

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from ui.screens.main_window import MainWindow


def _settings(window: MainWindow, qtbot: QtBot) -> SettingsScreen:
    screen = window.show_page("settings")
    assert isinstance(screen, SettingsScreen)
    qtbot.waitUntil(lambda: screen.identity.status is not None, timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
    return screen


def test_a_sound_key_shows_its_fingerprint_and_no_recovery(window: MainWindow,
                                                            qtbot: QtBot) -> None:
    screen = _settings(window, qtbot)
    assert window.ctx.db is not None
    me = this_device(window.ctx.db)
    assert me is not None
    assert keys.fingerprint_display(me.key_id) in screen.identity.summary.text()
    assert screen.identity.split_button.isHidden() and screen.identity.warning.isHidden()


def test_missing_key_is_split_and_reenrolment_explained(
    window: MainWindow, qtbot: QtBot, dialogs: list[tuple[str, str]]
) -> None:
    db = window.ctx.db
    assert db is not None
    old = this_device(db)
    assert old is not None
    keys.key_path(identity.key_dir(db)).unlink()  # the key file was lost
    screen = _settings(window, qtbot)
    panel = screen.identity
    assert not panel.split_button.isHidden()
    assert "E_KEY_MISSING" in panel.warning.text() and "不能导出同步包" in panel.warning.text()
    assert screen.tabs.currentIndex() == 3  # the recovery is shown, whatever tab was open

    panel.split_button.click()  # the confirmation is answered Yes (dialogs fixture)
    qtbot.waitUntil(lambda: bool(panel.advice.text()), timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
    assert any(title == "生成新密钥" for title, _text in dialogs)
    new = this_device(db)
    assert new is not None and new.key_id != old.key_id
    assert identity.load_key(db).key_id == new.key_id
    shown = keys.fingerprint_display(new.key_id)
    assert shown in panel.advice.text() and "重新登记" in panel.advice.text()
    assert new.code == old.code  # a lost key keeps the code the office knows
    assert panel.split_button.isHidden()
    assert shown in panel.summary.text()


@pytest.fixture
def shared_second(tmp_path: Path) -> Iterator[Database]:
    """Two databases of one folder made the old way: the second holds the first's key."""
    first, second = legacy_pair(tmp_path, derived_code=True)
    opened = open_app_database(first)
    identity.load_key(opened)  # the first owner registers its identity beside its key
    opened.dispose()
    db = open_app_database(second)
    yield db
    db.dispose()


def test_shared_key_is_split_with_a_new_code(
    shared_second: Database, qtbot: QtBot, dialogs: list[tuple[str, str]]
) -> None:
    from ui import context
    from ui.screens.main_window import MainWindow

    ctx = context.create(shared_second.url.removeprefix("sqlite:///"))
    ctx.db, ctx.device = shared_second, this_device(shared_second)
    ctx.first_paint.set()
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        screen = _settings(window, qtbot)
        assert "E_KEY_SHARED" in screen.identity.warning.text()
        assert "office.db" in screen.identity.warning.text()
        screen.identity.split_button.click()
        qtbot.waitUntil(lambda: bool(screen.identity.advice.text()), timeout=WAIT_MS)
        wait_idle(qtbot, ctx)
        assert identity.problem_on_open(shared_second) is None
        new = this_device(shared_second)
        assert new is not None and new.code == identity.derived_code(new.key_id)
        assert new.code in screen.identity.advice.text()
    finally:
        ctx.tasks.shutdown(wait=True)
