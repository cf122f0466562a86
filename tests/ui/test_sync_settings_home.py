"""Sync export/import (a refused bundle writes nothing), settings saved to the core, home figures."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select

from inspector.domain.registry import Inspector
from inspector.domain.sync import ExportedBundle, ImportedBundle
from tests.ui.conftest import WAIT_MS, wait_idle


def _count(db, model) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_export_writes_a_bundle(window, qtbot, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Export to a chosen folder writes one bundle file and records it."""
    out = tmp_path / "usb"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(out)))
    screen = window.show_page("sync")
    wait_idle(qtbot, window.ctx)
    # The role in words, not the raw code (issue 8: 「FFA10（field）」 was shown).
    assert "（外勤设备）" in screen.device.text() and "field" not in screen.device.text()
    screen.export_button.click()
    qtbot.waitUntil(lambda: "已导出同步包" in screen.report.toPlainText(), timeout=WAIT_MS)
    files = list(out.glob("*.zip"))
    assert len(files) == 1 and zipfile.is_zipfile(files[0])
    assert _count(window.ctx.db, ExportedBundle) == 1
    wait_idle(qtbot, window.ctx)
    assert screen.last.text() != "从未导出"


def test_refused_bundle_shows_reason_and_writes_nothing(
        window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that is not a bundle is refused with the core's reason; nothing is imported."""
    bogus = tmp_path / "bogus.zip"
    with zipfile.ZipFile(bogus, "w") as zf:
        zf.writestr("manifest.json", b"{not json")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(bogus), "")))
    screen = window.show_page("sync")
    before = _count(window.ctx.db, ImportedBundle)
    screen.import_button.click()
    qtbot.waitUntil(lambda: "拒绝" in screen.report.toPlainText(), timeout=WAIT_MS)
    assert "本机数据未被修改" in screen.report.toPlainText()
    assert _count(window.ctx.db, ImportedBundle) == before


def test_settings_saves_inspector_and_authority(window, qtbot) -> None:
    """A new inspector profile and an edited authority name reach the database."""
    screen = window.show_page("settings")
    qtbot.waitUntil(lambda: screen.settings is not None, timeout=WAIT_MS)
    screen.ins_name.setText("赵新")
    screen.ins_cred.setText("33999999")
    screen.save_inspector()
    wait_idle(qtbot, window.ctx)
    with window.ctx.db.session() as s:
        assert s.scalar(select(Inspector.name).where(Inspector.credential_no == "33999999")) == "赵新"
    screen.fields["authority_name"].setText("测试县人力资源和社会保障局")
    screen.save_authority()
    wait_idle(qtbot, window.ctx)
    from inspector.queries.people import authority

    assert authority(window.ctx.db).authority_name == "测试县人力资源和社会保障局"


def test_invalid_authority_setting_is_refused(window, qtbot, dialogs) -> None:
    """A number pattern without {序号} is refused with the core's message; nothing is saved."""
    from inspector.queries.people import authority

    screen = window.show_page("settings")
    qtbot.waitUntil(lambda: screen.settings is not None, timeout=WAIT_MS)
    before = authority(window.ctx.db).number_pattern
    screen.fields["number_pattern"].setText("{机关代字}〔{年}〕号")
    screen.save_authority()
    wait_idle(qtbot, window.ctx)
    assert "{序号}" in dialogs[-1][1]
    assert authority(window.ctx.db).number_pattern == before


def test_home_shows_drafts_and_sync_state(window, qtbot) -> None:
    """Home counts the demo's draft inspections and the unacknowledged changes."""
    home = window.show_page("home")
    qtbot.waitUntil(lambda: home.summary is not None, timeout=WAIT_MS)
    summary = home.summary
    assert home.tile_drafts.value.text() == str(len(summary.drafts))
    assert home.drafts_model.rowCount() == len(summary.drafts)
    assert summary.unacknowledged > 0
    assert "8" in home.bundle_label.text()
    # The figures and captions are centred (by the tile's style sheet, issue #14), an
    # alert colour on the value included.
    home.tile_overdue.set_value("3", alert=True)
    qtbot.wait(10)
    for tile in (home.tile_drafts, home.tile_overdue):
        assert tile.value.alignment() == Qt.AlignmentFlag.AlignCenter
        assert tile.caption.alignment() == Qt.AlignmentFlag.AlignCenter


def test_screenshots_render_every_screen(window, qtbot, tmp_path: Path) -> None:
    """`--screenshot` renders the eight main screens to non-empty PNGs."""
    from PySide6.QtGui import QImage

    from ui.screenshots import render_all

    paths = render_all(window, tmp_path / "shots")
    assert [p.stem for p in paths] == ["home", "sites", "site_detail", "inspection", "order",
                                       "cases", "sync", "settings"]
    for p in paths:
        image = QImage(str(p))
        assert image.width() >= 1000 and image.height() >= 600
