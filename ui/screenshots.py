"""`inspector-desk --screenshot DIR`: render each main screen with the current database to PNG.

Screens are driven the way a user would (open a page, select the first row) and
grabbed with `QWidget.grab()`, which works on the offscreen platform too.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from ui.screens.main_window import MainWindow

SIZE = QSize(1366, 820)


def wait_idle(window: MainWindow, timeout: float = 30.0) -> None:
    """Process events until no background task is outstanding (twice in a row)."""
    deadline = time.monotonic() + timeout
    quiet = 0
    while time.monotonic() < deadline and quiet < 3:
        QApplication.processEvents()
        quiet = 0 if window.ctx.tasks.busy else quiet + 1
        time.sleep(0.02)
    QApplication.processEvents()


def _first_draft(window: MainWindow) -> tuple[str, str] | None:
    home = window.page("home")
    summary = getattr(home, "summary", None)
    if summary is None:
        return None
    for item in summary.drafts:
        if item.kind == "inspection":
            return ("inspection", item.id)
    return None


def _home(window: MainWindow) -> None:
    window.show_page("home")
    window.home_screen().reload()


def _sites(window: MainWindow) -> None:
    window.show_page("sites")
    screen = window.sites_screen()
    view = screen.view
    if view.model().rowCount():
        view.selectRow(0)
        screen._load_detail()  # skip the 150 ms pause


def _site_detail(window: MainWindow) -> None:
    window.sites_screen().detail.tabs.setCurrentIndex(2)


def _inspection(window: MainWindow) -> None:
    draft = _first_draft(window)
    if draft is not None:
        window.open_inspection(draft[1])
    else:
        window.new_inspection()


def _order(window: MainWindow) -> None:
    """An issued order's preview if there is one, else the first order's."""
    window.show_page("order")
    screen = window.order_screen()
    wait_idle(window)
    model = screen.model
    chosen = None
    for row in range(model.rowCount()):
        r = model.row_at(row)
        if r is not None and r.status != "draft":
            chosen = r.id
            break
    first = model.row_at(0)
    if chosen is None and first is not None:
        chosen = first.id
    if chosen is not None:
        screen.open_order(chosen)
        wait_idle(window)
        screen.preview()


def _cases(window: MainWindow) -> None:
    window.show_page("cases")
    wait_idle(window)
    screen = window.cases_screen()
    rows = screen.model.rows
    if rows:
        screen.open_case(rows[0].id)


def _sync(window: MainWindow) -> None:
    window.show_page("sync")


def _settings(window: MainWindow) -> None:
    window.show_page("settings")
    wait_idle(window)
    window.settings_screen().tabs.setCurrentIndex(1)


SHOTS: tuple[tuple[str, Callable[[MainWindow], None]], ...] = (
    ("home", _home), ("sites", _sites), ("site_detail", _site_detail),
    ("inspection", _inspection), ("order", _order), ("cases", _cases), ("sync", _sync),
    ("settings", _settings),
)


def render_all(window: MainWindow, folder: Path) -> list[Path]:
    """Write home, sites, site_detail, inspection, order, cases, sync and settings PNGs to
    `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    window.resize(SIZE)
    out: list[Path] = []
    for name, prepare in SHOTS:
        prepare(window)
        wait_idle(window)
        path = folder / f"{name}.png"
        window.grab().save(str(path), "PNG")
        out.append(path)
    return out
