"""The window starts, shows the sites of the database, and `inspector-desk --smoke` exits 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.ui.conftest import WAIT_MS, wait_idle


def test_window_lists_sites_after_startup(qtbot, qapp, db_path: Path, dialogs) -> None:
    """The real start-up path (fast index, then full open) fills the site list."""
    from ui import context
    from ui.app import Startup
    from ui.screens.main_window import MainWindow
    from ui.screens.sites import SitesScreen

    ctx = context.create(db_path)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    controller = Startup(ctx, window)
    with qtbot.waitSignal(window.sites_loaded, timeout=WAIT_MS) as blocker:
        controller.begin()
    assert blocker.args == [8]
    qtbot.waitUntil(lambda: controller.done, timeout=WAIT_MS)
    wait_idle(qtbot, ctx)
    assert controller.error is None
    assert ctx.db is not None and ctx.device is not None
    sites = window.page("sites")
    assert isinstance(sites, SitesScreen)
    assert sites.site_model.rowCount() == 8
    assert window.windowTitle() == "工地欠薪监察"
    assert "设备" in window.status.text()
    ctx.tasks.shutdown()


def test_smoke_command_initializes_a_new_database(tmp_path: Path) -> None:
    """`--smoke` on a missing file initializes a field device and reports zero sites."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    target = tmp_path / "new" / "inspector.db"
    out = subprocess.run(
        [sys.executable, "-c", "import sys; from ui.app import main; sys.exit(main())",
         "--smoke", "--db", str(target)],
        capture_output=True, text=True, env=env, timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert out.returncode == 0, out.stderr
    lines = dict(line.split("=", 1) for line in out.stdout.split() if "=" in line)
    assert int(lines["startup_ms"]) > 0
    assert lines["sites"] == "0"
    assert target.exists()
    # Every screen was opened after the full open, and none showed an error dialog.
    assert int(lines["screens_ms"]) >= int(lines["ready_ms"]) > 0
    assert "dialog" not in out.stderr


def test_smoke_fails_on_an_error_dialog_instead_of_waiting(qtbot, qapp) -> None:
    """A screen's error dialog during `--smoke` fails the run (exit 1) rather than hang it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from ui.app import _refuse_dialogs

    exit_code = [0]
    _refuse_dialogs(exit_code)
    assert exit_code == [0]  # nothing open: nothing to refuse
    box = QMessageBox(QMessageBox.Icon.Warning, "无法完成操作", "出错了")
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitUntil(lambda: qapp.activeModalWidget() is box)
    _refuse_dialogs(exit_code)
    assert exit_code == [1]
    qtbot.waitUntil(lambda: not box.isVisible())
