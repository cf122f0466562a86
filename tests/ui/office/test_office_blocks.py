"""The office Number blocks and assignments screen: allocate, overlap refused, low-water
warning, and a scoped assignment bundle written to a folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from inspector.sync import import_bundle
from tests.sync.conftest import add_site, count
from tests.ui.conftest import WAIT_MS
from tests.ui.office.conftest import Dev, shown_page, trust


def test_allocate_overlap_and_low_water(office_window, office: Dev, f1: Dev, f2: Dev, qtbot,
                                        qtmodeltester) -> None:
    trust(office, f1, f2)
    screen = shown_page(office_window, qtbot, "office_blocks")
    qtmodeltester.check(screen.devices)
    assert [d.low for d in screen.devices.rows] == [True, True]  # no numbers at all yet
    screen.devices_view.selectRow(0)
    screen.count.setValue(100)
    with qtbot.waitSignal(screen.loaded, timeout=WAIT_MS):
        screen.allocate_button.click()
    assert screen.devices.rows[0].ranges == "1–100"
    qtmodeltester.check(screen.blocks)
    by_code = {d.code: d for d in screen.devices.rows}
    assert (by_code["F1"].remaining, by_code["F1"].low) == (100, False)
    assert by_code["F2"].low and "F2" in screen.message.text()
    assert screen.devices.index(1, 3).data() == "编号不足，请分配新号段"

    screen.devices_view.selectRow(1)
    screen.first.setValue(50)
    screen.last.setValue(150)
    with qtbot.waitSignal(screen.changed, timeout=WAIT_MS) as said:
        screen.range_button.click()
    assert "重叠" in said.args[0] and count(office.db, "number_block") == 1

    screen.low.setValue(150)
    with qtbot.waitSignal(screen.loaded, timeout=WAIT_MS):  # the setting saved, then reloaded
        screen.save_low_water()
    assert all(d.low for d in screen.devices.rows)


def test_scoped_assignment_written_to_folder(office_window, office: Dev, f1: Dev, qtbot,
                                             tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Check one of two sites: the bundle carries that one, and the laptop imports it."""
    trust(office, f1)
    add_site(office.db, "要派发的工地")
    add_site(office.db, "不派发的工地")
    screen = shown_page(office_window, qtbot, "office_blocks")
    screen.devices_view.selectRow(0)
    labels = [screen.sites.item(i).text() for i in range(screen.sites.count())]
    screen.sites.item(labels.index("要派发的工地")).setCheckState(Qt.CheckState.Checked)
    assert screen.scope().site_ids and not screen.scope().townships
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(usb)))
    with qtbot.waitSignal(screen.changed, timeout=WAIT_MS) as said:
        screen.assign_button.click()
    assert "指定项目 1 个" in said.args[0]
    [bundle] = list(usb.iterdir())
    report = import_bundle(f1.db, bundle)
    assert report.tables["site"].new == 1
