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


def render_all(window: MainWindow, folder: Path) -> list[Path]:
    """Write home, sites, site_detail, inspection, order, cases, sync and settings PNGs to
    `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    window.resize(SIZE)
    out: list[Path] = []

    def shot(name: str, prepare: Callable[[], None]) -> None:
        prepare()
        wait_idle(window)
        path = folder / f"{name}.png"
        window.grab().save(str(path), "PNG")
        out.append(path)

    def home() -> None:
        window.show_page("home")
        window.page("home").reload()  # type: ignore[attr-defined]

    def sites() -> None:
        screen = window.show_page("sites")
        view = screen.view  # type: ignore[attr-defined]
        if view.model().rowCount():
            view.selectRow(0)
            screen._load_detail()  # type: ignore[attr-defined]  # skip the 150 ms pause

    def site_detail() -> None:
        screen = window.page("sites")
        screen.detail.tabs.setCurrentIndex(2)  # type: ignore[attr-defined]

    def inspection() -> None:
        draft = _first_draft(window)
        if draft is not None:
            window.open_inspection(draft[1])
        else:
            window.new_inspection()

    def order() -> None:
        screen = window.show_page("order")
        wait_idle(window)
        model = screen.model  # type: ignore[attr-defined]
        chosen = None
        for row in range(model.rowCount()):
            r = model.row_at(row)
            if r is not None and r.status != "draft":
                chosen = r.id
                break
        if chosen is None and model.rowCount():
            chosen = model.row_at(0).id
        if chosen is not None:
            screen.open_order(chosen)  # type: ignore[attr-defined]
            wait_idle(window)
            screen.preview()  # type: ignore[attr-defined]

    def cases() -> None:
        screen = window.show_page("cases")
        wait_idle(window)
        rows = screen.model.rows  # type: ignore[attr-defined]
        if rows:
            screen.open_case(rows[0].id)  # type: ignore[attr-defined]

    def sync() -> None:
        window.show_page("sync")

    def settings() -> None:
        screen = window.show_page("settings")
        wait_idle(window)
        screen.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]

    for name, prepare in (("home", home), ("sites", sites), ("site_detail", site_detail),
                          ("inspection", inspection), ("order", order), ("cases", cases),
                          ("sync", sync),
                          ("settings", settings)):
        shot(name, prepare)
    return out
