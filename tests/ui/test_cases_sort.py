"""The case list sorts by a header click on each column's raw key (dates, money, the worst
flag first), keeps its colours, and a row picked in sorted order opens that case."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.ui.cases_seed import seed_cases
from tests.ui.conftest import WAIT_MS, header_titles, wait_idle
from ui.screens import case_format as cf
from ui.screens.case_list import CasesScreen


@pytest.fixture
def db_path(office_db_path: Path) -> Path:
    """Cases live with the office: these screens are tested on an office database."""
    return office_db_path


def _column(screen: CasesScreen, header: str) -> int:
    return header_titles(screen.view).index(header)


def _click_header(qtbot, screen: CasesScreen, col: int) -> None:
    header = screen.view.horizontalHeader()
    x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def _order(screen: CasesScreen) -> list[str]:
    proxy = screen.proxy
    return [proxy.index(n, 0).data() for n in range(proxy.rowCount())]


def test_header_click_sorts_and_keeps_flags(window, db, qtbot) -> None:
    s = seed_cases(db)
    screen = window.show_page("cases")
    assert isinstance(screen, CasesScreen)
    wait_idle(qtbot, window.ctx)
    no = {r.id: r.case_no for r in screen.model.rows}
    received = _column(screen, "收到日期")
    _click_header(qtbot, screen, received)
    assert _order(screen) == [no[s.b], no[s.d], no[s.a], no[s.c]]  # 11-02, 11-10, 11-23, 11-25
    _click_header(qtbot, screen, received)
    assert _order(screen) == [no[s.c], no[s.a], no[s.d], no[s.b]]
    # 欠薪 sorts by the amount in fen, not by the text: B ¥7,000 > A ¥3,000 > C ¥1,000 > D 0.
    owed = _column(screen, "欠薪")
    _click_header(qtbot, screen, owed)
    _click_header(qtbot, screen, owed)
    assert _order(screen) == [no[s.b], no[s.a], no[s.c], no[s.d]]
    due = _column(screen, "期限")  # by the running clock's date; D has none and goes last
    _click_header(qtbot, screen, due)
    assert _order(screen) == [no[s.b], no[s.a], no[s.c], no[s.d]]  # 11-09, 11-30, 12-02
    flag = _column(screen, "时限")
    _click_header(qtbot, screen, flag)
    assert _order(screen)[:2] == [no[s.b], no[s.a]]  # overdue, then due soon
    assert screen.proxy.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) == cf.RED
    assert screen.proxy.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) == cf.AMBER
    with qtbot.waitSignal(screen.detail.shown, timeout=WAIT_MS):
        screen.view.selectRow(1)
    wait_idle(qtbot, window.ctx)
    assert screen.detail.case_id == s.a
