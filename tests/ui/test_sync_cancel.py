"""Cancel on the Sync screen: the progress dialog's Cancel button stops export and import
with nothing written, and the screen says so calmly.

Deterministic: the core function is wrapped so that its progress callback blocks
on an `Event` at a chosen stage (on the DB worker). The test waits for that, clicks
Cancel in the visible progress dialog, then releases the worker, whose next report
raises `Cancelled` inside the real core call.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton, QWidget

import inspector.sync.export as export_mod
import inspector.sync.importer as importer_mod
from inspector.progress import ProgressFn
from inspector.storage import Database
from tests.sync.conftest import dump
from tests.ui.conftest import WAIT_MS, wait_idle

CANCELLED_TEXT = "已取消，未写入任何数据。"


class Gate:
    """Blocks the worker at the first progress report whose label contains `stage`."""

    def __init__(self, stage: str) -> None:
        self.stage = stage
        self.reached = threading.Event()
        self.release = threading.Event()

    def wrap(self, progress: ProgressFn | None) -> ProgressFn:
        assert progress is not None, "the op must hand the core its progress callback"

        def hook(done: int, total: int, label: str) -> None:
            if self.stage in label and not self.reached.is_set():
                self.reached.set()
                self.release.wait(WAIT_MS / 1000)
            progress(done, total, label)

        return hook


def _gated(real: Callable[..., Any], gate: Gate) -> Callable[..., Any]:
    def call(*args: Any, progress: ProgressFn | None = None, **kw: Any) -> Any:
        return real(*args, progress=gate.wrap(progress), **kw)

    return call


def _click_cancel(qtbot, screen: QWidget, gate: Gate) -> None:
    """Wait for the worker to block and the dialog to show, click Cancel, let the worker go."""
    qtbot.waitUntil(gate.reached.is_set, timeout=WAIT_MS)
    shown: list[QProgressDialog] = []

    def dialog_visible() -> bool:
        shown[:] = [d for d in screen.findChildren(QProgressDialog) if d.isVisible()]
        return bool(shown)

    qtbot.waitUntil(dialog_visible, timeout=WAIT_MS)
    button = shown[0].findChild(QPushButton)
    assert button is not None and button.isVisible(), "the dialog must offer Cancel"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    gate.release.set()


def test_cancel_export_writes_no_file_and_no_record(
        window, qtbot, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Cancel while rows are being written: no bundle, no temp file, no bookkeeping; the
    next export works normally."""
    out = tmp_path / "usb"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(out)))
    gate = Gate("导出数据表")
    monkeypatch.setattr(export_mod, "export_field_bundle",
                        _gated(export_mod.export_field_bundle, gate))
    screen = window.show_page("sync")
    wait_idle(qtbot, window.ctx)
    before = dump(db_path)
    screen.export_button.click()
    _click_cancel(qtbot, screen, gate)
    qtbot.waitUntil(lambda: CANCELLED_TEXT in screen.report.toPlainText(), timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
    assert list(out.iterdir()) == []
    assert dump(db_path) == before
    screen.export_button.click()
    qtbot.waitUntil(lambda: "已导出同步包" in screen.report.toPlainText(), timeout=WAIT_MS)
    assert [p.suffix for p in out.iterdir()] == [".zip"]


@pytest.fixture
def assignment_bundle(db: Database, tmp_path: Path) -> Path:
    """An office that enrolled this device, and its assignment bundle for it."""
    from inspector.appdb import open_app_database
    from inspector.devices import init_device, this_device
    from inspector.sync import enroll, export_assignment_bundle, export_public_key, trust_device

    office = open_app_database(tmp_path / "office" / "inspector.db")
    try:
        init_device(office, role="office", code="OFFICE")
        export_public_key(office, tmp_path / "office.key")
        enroll(db, tmp_path / "office.key")
        me = this_device(db)
        assert me is not None
        export_public_key(db, tmp_path / "me.key")
        trust_device(office, me.code, tmp_path / "me.key")
        return export_assignment_bundle(office, me.code, tmp_path / "in").path
    finally:
        office.dispose()


@pytest.mark.parametrize("stage", ["校验", "写入"], ids=["verify-pass", "apply-pass"])
def test_cancel_import_leaves_database_unchanged(
        stage: str, window, qtbot, db_path: Path, assignment_bundle: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Cancel during the import's verification or inside its transaction: the database is
    exactly as before and the screen reports the cancel."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(assignment_bundle), "")))
    gate = Gate(stage)
    monkeypatch.setattr(importer_mod, "import_bundle", _gated(importer_mod.import_bundle, gate))
    screen = window.show_page("sync")
    wait_idle(qtbot, window.ctx)
    before = dump(db_path)
    screen.import_button.click()  # verify (read-only), confirm (answered Yes), then import
    _click_cancel(qtbot, screen, gate)
    qtbot.waitUntil(lambda: CANCELLED_TEXT in screen.report.toPlainText(), timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
    assert dump(db_path) == before
