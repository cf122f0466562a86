"""What a screen may ask of the main window: go to another screen, open a record.

Screens depend on this `Navigator` protocol, never on `ui.screens.main_window`, so
the window imports the screens and no screen imports the window (no import circle;
tests/ui/test_navigation.py checks the graph). `MainWindow` is the one navigator;
a test may pass any object with these methods.

A new screen takes `window: Navigator` (imported under TYPE_CHECKING from here);
a new way to go somewhere ("open this case") is a method added both here and on
`MainWindow`, which reaches the target screen through a typed accessor such as
`MainWindow.order_screen()`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from inspector.queries.site_index import SiteIndex


class Navigator(Protocol):
    def show_page(self, name: str) -> QWidget:
        """Show the screen `name` (one of the navigation bar's pages)."""
        ...

    def open_site(self, site_id: str) -> None: ...

    def new_inspection(self, *, site_id: str | None = None,
                       employer_id: str | None = None) -> None: ...

    def open_inspection(self, inspection_id: str) -> None: ...

    def open_order(self, order_id: str) -> None: ...

    def draft_orders(self, inspection_id: str) -> None: ...

    def open_case(self, case_id: str) -> None: ...

    def open_work_item(self, kind: str, item_id: str) -> None:
        """Open a Home work item: `kind` is "inspection" or "order"."""
        ...

    def site_index(self) -> SiteIndex:
        """The sites list's loaded index (shared, so a chooser need not read it again)."""
        ...
