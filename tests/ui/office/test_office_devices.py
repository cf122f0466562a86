"""The office Devices screen: fingerprints, silence flag and its setting, revoke with a reason,
accept a new laptop from its bundle after the fingerprint prompt."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog

from inspector.sync import export_field_bundle, import_bundle, list_devices
from inspector.sync.office import silent_days
from tests.ui.conftest import WAIT_MS, wait_idle
from tests.ui.office.conftest import Dev, add_site, shown_page, trust


def test_devices_listed_with_silence_and_revoke(office_window, office: Dev, f1: Dev, f2: Dev,
                                                qtbot, qtmodeltester,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """F1 sent a bundle, F2 never did (flagged); revoking F2 needs a reason and is audited."""
    trust(office, f1, f2)
    add_site(f1.db, "设备页工地")
    import_bundle(office.db, export_field_bundle(f1.db, f1.dir).path)
    screen = shown_page(office_window, qtbot, "office_devices")
    qtmodeltester.check(screen.model)
    by_code = {d.code: d for d in screen.model.rows}
    assert by_code["F1"].fingerprint and not by_code["F1"].silent
    assert by_code["F2"].silent
    row_f2 = [d.code for d in screen.model.rows].index("F2")
    assert screen.model.index(row_f2, 7).data() == "从未同步"
    assert "1 台超过 14 天未同步" in screen.message.text()

    screen.view.selectRow(row_f2)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", True)))
    screen.revoke_button.click()
    assert "必须填写理由" in screen.message.text()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("电脑遗失", True)))
    with qtbot.waitSignal(screen.loaded, timeout=WAIT_MS):
        screen.revoke_button.click()
    assert {d.code: d.revoked for d in list_devices(office.db)}["F2"]

    screen.days.setValue(30)
    screen.save_days()
    wait_idle(qtbot, office_window.ctx)
    assert silent_days(office.db) == 30


def test_accept_new_device_from_its_bundle(office_window, office: Dev, f1: Dev, qtbot, dialogs,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    add_site(f1.db, "新设备工地")
    bundle: Path = export_field_bundle(f1.db, f1.dir).path
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(bundle), "")))
    screen = shown_page(office_window, qtbot, "office_devices")
    assert screen.model.rows == []
    with qtbot.waitSignal(screen.loaded, timeout=WAIT_MS):
        screen.accept_button.click()
    [(title, text)] = dialogs
    assert title == "核对设备指纹" and "F1" in text
    [d] = screen.model.rows
    assert d.code == "F1" and d.trusted and d.fingerprint.replace(" ", "") in text.replace(" ", "")
