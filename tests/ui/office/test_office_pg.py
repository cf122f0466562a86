"""The desktop app on a PostgreSQL office database: the real start-up, the lists, an import."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from inspector.sync import export_field_bundle
from tests.sync.conftest import count
from tests.ui.conftest import WAIT_MS, wait_idle
from tests.ui.office.conftest import Dev, add_site, trust

pytestmark = pytest.mark.parametrize("office", ["postgresql"], indirect=True)


def test_window_on_a_server_database_lists_and_imports(
        qapp, qtbot, office: Dev, f1: Dev, dialogs) -> None:
    """Opened as `inspector-desk --db postgresql://… --data-dir DIR` opens it: the site list
    is read from the server (the fast SQLite read does not apply), the office pages join,
    and a laptop's bundle is previewed, imported and painted on the Import screen."""
    from ui import context
    from ui.app import Startup, server_data_dir
    from ui.screens.main_window import MainWindow
    from ui.screens.office_import import OfficeImportScreen

    add_site(office.db, "局端工地")
    trust(office, f1)
    add_site(f1.db, "外勤工地")
    bundle = export_field_bundle(f1.db, f1.dir).path
    assert isinstance(office.path, str)
    ctx = context.create(office.path, server_data_dir(office.path, str(office.dir)))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    controller = Startup(ctx, window)
    with qtbot.waitSignal(window.sites_loaded, timeout=WAIT_MS) as loaded:
        controller.begin()
    qtbot.waitUntil(lambda: controller.done, timeout=WAIT_MS)
    wait_idle(qtbot, ctx)
    assert controller.error is None
    assert ctx.device is not None and ctx.device.role == "office"
    assert ctx.db is not None and ctx.db.data_dir == office.dir
    assert loaded.args == [1]
    assert window.sites_screen().site_model.rowCount() == 1

    screen = window.show_page("office_import")
    assert isinstance(screen, OfficeImportScreen)
    wait_idle(qtbot, ctx)
    with qtbot.waitSignal(screen.previewed, timeout=WAIT_MS):
        screen.set_paths([bundle])
    [p] = screen.preview.rows
    assert p.status == "imported" and p.new > 0
    with qtbot.waitSignal(screen.imported, timeout=WAIT_MS):
        screen.import_button.click()
    wait_idle(qtbot, ctx)
    assert "已导入来自设备 F1" in screen.report.toPlainText()
    qtbot.waitUntil(lambda: len(screen.history.rows) == 1, timeout=WAIT_MS)
    assert count(office.db, "site", "name = '外勤工地'") == 1
    image = QImage(screen.size(), QImage.Format.Format_ARGB32)
    screen.render(image)  # paints the screen with its report and history
    assert not image.isNull()
    ctx.tasks.shutdown(wait=True)
