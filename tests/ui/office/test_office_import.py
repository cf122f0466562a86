"""The office Import screen: dry run, trust prompt, import, refusal, cancel, history."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

import inspector.sync.importer as importer_mod
from inspector.domain.sync import ImportedBundle
from inspector.sync import export_field_bundle
from tests.sync.conftest import count, dump
from tests.ui.conftest import WAIT_MS, wait_idle
from tests.ui.office.conftest import Dev, add_site, trust


def test_office_pages_only_for_the_office_role(window, office_window) -> None:
    """A field laptop's navigation has no office pages; the office's has all three."""
    names = {window.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.nav.count())}
    office_names = [office_window.nav.item(i).data(Qt.ItemDataRole.UserRole)
                    for i in range(office_window.nav.count())]
    assert not names & {"office_import", "office_conflicts", "office_devices"}
    assert office_names[-6:] == ["office_import", "office_conflicts", "office_devices",
                                 "office_blocks", "office_reports", "settings"]
    office_window.nav.setCurrentRow(office_names.index("office_devices"))
    assert office_window.stack.currentWidget() is office_window.page("office_devices")


def _open(window, qtbot, paths: list[Path]):
    screen = window.show_page("office_import")
    wait_idle(qtbot, window.ctx)
    with qtbot.waitSignal(screen.previewed, timeout=WAIT_MS):
        screen.set_paths(paths)
    return screen


def test_preview_trust_prompt_then_import(office_window, office: Dev, f1: Dev, qtbot, dialogs,
                                          qtmodeltester) -> None:
    """A new laptop's bundle: the dry run refuses it and shows its fingerprint; accepting after
    the prompt (which shows the fingerprint) re-runs the preview; import reports per table
    and the history lists the bundle."""
    add_site(f1.db, "导入页工地")
    bundle = export_field_bundle(f1.db, f1.dir).path
    before = dump(office.path)
    screen = _open(office_window, qtbot, [bundle.parent])  # a folder: its bundles
    [p] = screen.preview.rows
    assert p.unknown_device and not screen.import_button.isEnabled()
    assert p.key_fingerprint in screen.report.toPlainText()
    assert dump(office.path) == before
    qtmodeltester.check(screen.preview)

    screen.preview_view.selectRow(0)
    assert screen.trust_button.isEnabled()
    with qtbot.waitSignal(screen.previewed, timeout=WAIT_MS):
        screen.trust_button.click()
    assert any(p.key_fingerprint in text for _title, text in dialogs)
    [p] = screen.preview.rows
    assert p.status == "imported" and p.new > 0 and screen.import_button.isEnabled()

    with qtbot.waitSignal(screen.imported, timeout=WAIT_MS):
        screen.import_button.click()
    assert "已导入来自设备 F1" in screen.report.toPlainText()
    qtbot.waitUntil(lambda: len(screen.history.rows) == 1, timeout=WAIT_MS)
    qtmodeltester.check(screen.history)
    assert screen.history.rows[0].device_code == "F1"
    screen.history_view.selectRow(0)
    assert "工程项目" in screen.report.toPlainText()


def test_refused_bundle_is_explained_and_nothing_written(office_window, office: Dev, qtbot,
                                                         tmp_path: Path) -> None:
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a bundle")
    before = dump(office.path)
    screen = _open(office_window, qtbot, [junk])
    [p] = screen.preview.rows
    assert p.refused and p.message and p.status_label == "将被拒绝"
    assert "将被拒绝" in screen.report.toPlainText()
    assert not screen.import_button.isEnabled()
    assert dump(office.path) == before


def test_cancel_during_second_bundle_keeps_the_first(
        office_window, office: Dev, f1: Dev, f2: Dev, qtbot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Cancel while the second bundle's rows are written: the first stays imported, the
    second leaves nothing, and the screen says so."""
    trust(office, f1, f2)
    add_site(f1.db, "第一工地")
    add_site(f2.db, "第二工地")
    b1 = export_field_bundle(f1.db, f1.dir).path
    b2 = export_field_bundle(f2.db, f2.dir).path
    reached, release = threading.Event(), threading.Event()
    real = importer_mod.import_bundle
    calls: list[object] = []

    def gated(*args: Any, progress: Any = None, **kw: Any) -> Any:
        calls.append(args[1])
        inner = progress
        if len(calls) == 2:
            def inner(done: int, total: int, label: str) -> None:
                if "写入" in label and not reached.is_set():
                    reached.set()
                    release.wait(WAIT_MS / 1000)
                progress(done, total, label)
        return real(*args, progress=inner, **kw)

    screen = _open(office_window, qtbot, [b1, b2])
    assert [p.status for p in screen.preview.rows] == ["imported", "imported"]
    monkeypatch.setattr(importer_mod, "import_bundle", gated)
    screen.import_button.click()
    qtbot.waitUntil(reached.is_set, timeout=WAIT_MS)
    dialogs: list[QProgressDialog] = []

    def visible() -> bool:
        dialogs[:] = [d for d in screen.findChildren(QProgressDialog) if d.isVisible()]
        return bool(dialogs)

    qtbot.waitUntil(visible, timeout=WAIT_MS)
    qtbot.mouseClick(dialogs[0].findChild(QPushButton), Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: "已取消" in screen.report.toPlainText(), timeout=WAIT_MS)
    wait_idle(qtbot, office_window.ctx)
    with office.db.session() as s:
        assert [b.device_code for b in s.query(ImportedBundle).all()] == ["F1"]
    assert count(office.db, "site", "name = '第一工地'") == 1
    assert count(office.db, "site", "name = '第二工地'") == 0
