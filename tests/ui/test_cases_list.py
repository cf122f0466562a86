"""The case list: filters, columns with dates as 2026年11月25日, due-soon and overdue flags."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from inspector.cases.clocks import CLOCK_LABELS, STATE_LABELS
from inspector.domain.cases import CASE_STATUS_LABELS, SOURCE_LABELS
from tests.ui.cases_seed import seed_cases
from tests.ui.conftest import WAIT_MS, header_titles, wait_idle
from ui.screens import case_format as cf
from ui.screens.case_list import CasesScreen


@pytest.fixture
def db_path(office_db_path: Path) -> Path:
    """Cases live with the office: these screens are tested on an office database."""
    return office_db_path


@pytest.fixture
def chinese() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    yield
    QLocale.setDefault(before)


def open_cases(window, qtbot) -> CasesScreen:
    screen = window.show_page("cases")
    assert isinstance(screen, CasesScreen)
    wait_idle(qtbot, window.ctx)
    return screen


def shown(screen: CasesScreen) -> list[str]:
    return [r.case_no for r in screen.model.rows]


def cell(screen: CasesScreen, row: int, header: str) -> str:
    col = header_titles(screen.view).index(header)
    return str(screen.model.index(row, col).data())


def test_names_equal_the_core_labels(qapp) -> None:
    from ui import i18n

    i18n.install(qapp, "zh_CN")
    assert cf.STATUS_NAMES() == CASE_STATUS_LABELS
    assert cf.SOURCE_NAMES() == SOURCE_LABELS
    assert cf.CLOCK_NAMES() == CLOCK_LABELS
    assert cf.STATE_NAMES() == STATE_LABELS


def test_filters_narrow_the_list(window, db, qtbot, chinese) -> None:
    s = seed_cases(db)
    screen = open_cases(window, qtbot)
    nos = {r.id: r.case_no for r in screen.model.rows}
    assert len(nos) == 4

    def pick(combo, data) -> list[str]:
        with qtbot.waitSignal(screen.loaded, timeout=WAIT_MS):
            combo.setCurrentIndex(combo.findData(data))
        return sorted(shown(screen))

    assert pick(screen.scope, "open") == sorted(nos[x] for x in (s.a, s.b, s.c))
    assert pick(screen.scope, "due_soon") == sorted(nos[x] for x in (s.a, s.b))
    assert pick(screen.scope, "overdue") == [nos[s.b]]
    pick(screen.scope, "all")
    assert pick(screen.source, "letter") == [nos[s.b]]
    pick(screen.source, None)
    assert pick(screen.status, "rejected") == [nos[s.d]]
    pick(screen.status, None)
    assert pick(screen.campaign, "DJ2026") == [nos[s.c]]
    pick(screen.campaign, None)
    with qtbot.waitSignal(screen.loaded, timeout=WAIT_MS):
        screen.search.setText("甲建筑")
    assert shown(screen) == [nos[s.a]]


def test_columns_show_dates_and_flags(window, db, qtbot, chinese) -> None:
    s = seed_cases(db)
    screen = open_cases(window, qtbot)
    rows = {r.id: n for n, r in enumerate(screen.model.rows)}
    assert cell(screen, rows[s.a], "收到日期") == "2026年11月23日"
    assert cell(screen, rows[s.a], "时限") == "即将到期"
    assert cell(screen, rows[s.a], "期限") == "受理期限 2026年11月30日（即将到期，剩余 3 个工作日）"
    assert cell(screen, rows[s.b], "时限") == "已逾期"
    assert cell(screen, rows[s.b], "欠薪") == "¥7,000.00"
    assert cell(screen, rows[s.c], "时限") == "未到期"
    red = screen.model.index(rows[s.b], 0).data(Qt.ItemDataRole.ForegroundRole)
    assert red == cf.RED
    assert screen.model.index(rows[s.c], 0).data(Qt.ItemDataRole.ForegroundRole) is None
