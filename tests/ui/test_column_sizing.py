"""At the default window size every visible list column shows whole, header text included."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

from tests.ui.conftest import WAIT_MS, header_titles, wait_idle


def _cut_off(view: QTableView) -> list[str]:
    """Header texts of visible columns that leave the viewport or are narrower than their text."""
    header = view.horizontalHeader()
    bad = []
    for col, text in enumerate(header_titles(view)):
        if view.isColumnHidden(col):
            continue
        left, size = header.sectionViewportPosition(col), header.sectionSize(col)
        if left < 0 or left + size > view.viewport().width() \
                or size < header.fontMetrics().horizontalAdvance(text):
            bad.append(text)
    return bad


def test_site_and_order_lists_fit_the_default_window(window, qtbot) -> None:
    window.resize(1280, 800)  # the size MainWindow opens with when nothing is stored
    window.show_page("sites")
    wait_idle(qtbot, window.ctx)
    qtbot.wait(50)  # let the layout settle after the resize
    sites = window.page("sites").view
    assert sites.model().rowCount() > 0
    assert _cut_off(sites) == []
    names = [t for c, t in enumerate(header_titles(sites)) if not sites.isColumnHidden(c)]
    assert "施工总承包单位" in names

    window.show_page("order")
    screen = window.page("order")
    screen.activate()
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
    qtbot.wait(50)
    assert _cut_off(screen.view) == []
    statuses = {screen.model.index(r, 3).data() for r in range(screen.model.rowCount())}
    width = screen.view.horizontalHeader().sectionSize(3)
    metrics = screen.view.fontMetrics()
    assert all(metrics.horizontalAdvance(t) <= width for t in statuses), "状态 cells whole too"
