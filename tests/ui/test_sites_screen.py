"""Sites and employers: search as you type, filters, detail pane, start an inspection from it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMenu

from tests.ui.conftest import WAIT_MS, header_titles, wait_idle
from ui.models import SortRole


def test_search_filters_as_you_type(window, qtbot) -> None:
    """Typing part of a site's name narrows the list to the matching sites."""
    sites = window.show_page("sites")
    model = sites.site_model
    total = model.rowCount()
    name = model.site_index.names[0]
    # QTest cannot type CJK characters (it aborts); a text edit emits the same signal.
    sites.search.setText(name[:4])
    assert 0 < model.rowCount() <= total
    shown = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert name in shown
    sites.search.setText(name + "不存在的字")
    assert model.rowCount() == 0
    sites.search.clear()
    assert model.rowCount() == total
    assert f"{total:,}" in sites.count_label.text()


def test_selecting_a_site_shows_its_detail(window, qtbot) -> None:
    """Selecting a row loads its facts, parties and inspection history."""
    sites = window.show_page("sites")
    sites.view.selectRow(0)
    qtbot.waitUntil(lambda: sites.detail.detail is not None, timeout=WAIT_MS)
    detail = sites.detail.detail
    assert detail.id == sites.site_model.site_id(0)
    assert sites.detail.title.text() == detail.name
    assert any(p.role == "施工总承包单位" for p in detail.people)
    assert sites.detail.people.rowCount() == len(detail.people)


def test_employer_tab_lists_and_filters_employers(window, qtbot) -> None:
    """The employer tab loads its own index and searches credit codes."""
    sites = window.show_page("sites")
    sites.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: sites.employer_model.rowCount() > 0, timeout=WAIT_MS)
    code = sites.employer_model.data(sites.employer_model.index(0, 1))
    qtbot.keyClicks(sites.search, code[-6:])
    assert sites.employer_model.rowCount() >= 1
    wait_idle(qtbot, window.ctx)


def test_start_inspection_from_detail_preselects_target(window, qtbot) -> None:
    """The detail pane's 开始检查 opens the start page with that site chosen."""
    sites = window.show_page("sites")
    site_id = sites.site_model.site_id(2)
    window.open_site(site_id)
    qtbot.waitUntil(lambda: sites.detail.detail is not None
                    and sites.detail.detail.id == site_id, timeout=WAIT_MS)
    sites.detail.start_button.click()
    screen = window.page("inspection")
    assert window.stack.currentWidget() is screen
    assert screen.start_page._selected == ("site", site_id)
    wait_idle(qtbot, window.ctx)


def test_the_list_is_sorted_by_name_and_a_header_click_sorts_it(window, qtbot, monkeypatch) -> None:
    """Sorted by name before the screen ever shows; its first show sets the header up
    (issue #14 puts that off): the indicator on 项目名称, clicks sorting, the column menu."""
    sites = window.page("sites")
    model = sites.site_model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=WAIT_MS)
    names = [model.data(model.index(r, model.COL_NAME)) for r in range(model.rowCount())]
    assert len(set(names)) > 1 and names == sorted(names)
    assert not sites.view.isSortingEnabled()  # not shown yet

    window.show_page("sites")
    header = sites.view.horizontalHeader()
    assert sites.view.isSortingEnabled()
    assert header.sortIndicatorSection() == model.COL_NAME
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert header.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    col = model.COL_LAST
    x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    last = [model.data(model.index(r, col), SortRole) or "" for r in range(model.rowCount())]
    assert len(set(last)) > 1 and last == sorted(last)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    last = [model.data(model.index(r, col), SortRole) or "" for r in range(model.rowCount())]
    assert last == sorted(last, reverse=True)

    shown: list[str] = []

    class Menu(QMenu):  # records what it would show instead of waiting for a click
        def exec(self, *_args: object) -> None:  # type: ignore[override]
            shown.extend(a.text() for a in self.actions())

    monkeypatch.setattr("ui.screens.sites.QMenu", Menu)
    header.customContextMenuRequested.emit(QPoint(5, 5))
    assert shown == header_titles(sites.view)[1:]  # every column but the name's
