"""Start-up details that keep the first paint cheap: the prefetched site list, the haystacks
built after it, and the shipped CJK font added only when the system has none."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import WAIT_MS, wait_idle

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot


def test_prefetched_site_list_is_shown_then_prepared(qtbot: QtBot, qapp: QApplication,
                                                     db_path: Path, dialogs: object) -> None:
    """The read started before Qt reaches the list; its haystacks are built afterwards,
    off the GUI thread, and the full open still follows."""
    from ui import context
    from ui.app import Startup, prefetch_fast_index
    from ui.screens.main_window import MainWindow

    prefetched = prefetch_fast_index(db_path)
    ctx = context.create(db_path)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    controller = Startup(ctx, window)
    with qtbot.waitSignal(window.sites_loaded, timeout=WAIT_MS) as blocker:
        controller.begin(prefetched)
    assert blocker.args == [8]
    qtbot.waitUntil(lambda: controller.done, timeout=WAIT_MS)
    wait_idle(qtbot, ctx)
    assert controller.error is None and ctx.db is not None
    index = window.sites_screen().site_model.site_index
    assert index._search is not None  # prepared in the background
    ctx.tasks.shutdown()


def test_prefetch_of_a_broken_file_falls_back(qtbot: QtBot, qapp: QApplication, tmp_path: Path,
                                              dialogs: list[tuple[str, str]]) -> None:
    """A file that is not a database gives no fast list; the full open reports the problem."""
    from ui import context
    from ui.app import Startup, prefetch_fast_index
    from ui.screens.main_window import MainWindow

    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    ctx = context.create(junk)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    controller = Startup(ctx, window)
    controller.begin(prefetch_fast_index(junk))
    qtbot.waitUntil(lambda: controller.done, timeout=WAIT_MS)
    wait_idle(qtbot, ctx)
    assert not controller.fast_shown and controller.error is not None
    assert dialogs
    ctx.tasks.shutdown()


def test_system_cjk_font_means_no_shipped_font(qapp: QApplication,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """With a system CJK family the shipped font is not needed, and the app font lists it."""
    from ui import fonts

    monkeypatch.setattr(QFontDatabase, "families",
                        staticmethod(lambda *_a: ["DejaVu Sans", "WenQuanYi Zen Hei"]))
    app_font = qapp.font()
    try:
        assert fonts.install(qapp) is False
        assert "WenQuanYi Zen Hei" in qapp.font().families()
    finally:
        qapp.setFont(app_font)


def test_shipped_font_is_added_when_the_system_has_none(qapp: QApplication,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a system CJK family `install` asks for the shipped font, which then follows
    the system families as the fallback."""
    from ui import fonts

    real = QFontDatabase.families
    monkeypatch.setattr(QFontDatabase, "families", staticmethod(lambda *_a: []))
    app_font = qapp.font()
    try:
        assert fonts.install(qapp) is True
        monkeypatch.setattr(QFontDatabase, "families", real)
        added = fonts.add_shipped_font(qapp)
        assert any("UMing" in f for f in added)
        families = qapp.font().families()
        assert families.index(fonts.SANS_CJK[0]) < max(families.index(f) for f in added
                                                       if f in families)
    finally:
        qapp.setFont(app_font)
