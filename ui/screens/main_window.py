"""The main window: a navigation bar on the left and one screen at a time on the right.

Screens other than Home and Sites are created on first visit, which keeps the
first paint cheap. Screens reach each other through the `open_*` methods here,
seen by them as a `ui.navigation.Navigator`: they never import one another nor
this module. Code that needs a screen itself (start-up, screenshots, tests) uses
the typed accessors (`sites_screen()` …), which check the page's class.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from inspector.changes import EVERYTHING
from ui import prefs
from ui.context import AppContext
from ui.models import UserRole
from ui.widgets.icons import icon

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent, QKeySequence

    from inspector.queries.site_index import SiteIndex
    from ui.screens.case_list import CasesScreen
    from ui.screens.home import HomeScreen
    from ui.screens.inspection import InspectionScreen
    from ui.screens.order import OrderScreen
    from ui.screens.settings import SettingsScreen
    from ui.screens.sites import SitesScreen
    from ui.widgets.key_banner import KeyBanner

W = TypeVar("W", bound=QWidget)

PAGES = ("home", "sites", "inspection", "order", "cases", "sync", "settings")


class MainWindow(QMainWindow):
    """Top-level window; owns the screens and the global shortcuts."""

    sites_loaded = Signal(int)  # number of sites in the list, once real data (or none) is shown
    page_changed = Signal(str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("工地欠薪监察"))
        self.setWindowIcon(icon("app"))
        self.setMinimumSize(QSize(1000, 640))
        self._pages: dict[str, QWidget] = {}
        self._key_banner: KeyBanner | None = None  # made once the database is open
        self._factories: dict[str, Callable[[], QWidget]] = {
            "home": self._make_home, "sites": self._make_sites,
            "inspection": self._make_inspection, "order": self._make_order,
            "cases": self._make_cases, "sync": self._make_sync, "settings": self._make_settings,
        }
        self.nav = QListWidget()
        self.nav.setIconSize(QSize(28, 28))
        self.nav.setFixedWidth(150)
        self.nav.setObjectName("navigation")
        labels = {
            "home": self.tr("首页"), "sites": self.tr("项目与单位"),
            "inspection": self.tr("检查"), "order": self.tr("指令书"),
            "cases": self.tr("欠薪案件"), "sync": self.tr("同步"), "settings": self.tr("设置"),
        }
        for n, name in enumerate(PAGES, start=1):
            item = QListWidgetItem(icon(name), labels[name])
            item.setData(UserRole, name)
            item.setToolTip(f"{labels[name]}  (Ctrl+{n})")
            item.setSizeHint(QSize(140, 48))
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.status = QLabel(self.tr("正在打开数据库…"))
        self.statusBar().addPermanentWidget(self.status)
        ctx.signals.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self._names: list[str] = list(PAGES)  # navigation order; office pages join by role
        self.nav.currentRowChanged.connect(lambda row: self.show_page(self._names[row]))
        ctx.signals.database_ready.connect(self._add_role_pages)
        ctx.signals.database_ready.connect(self._check_device_key)
        self._add_role_pages()
        # The shortcuts once the window has painted: QKeySequence is a Python type PySide6
        # makes on first use, and it and the actions took ~6 ms before the paint (issue #14).
        QTimer.singleShot(0, self._install_actions)
        geometry = prefs.get_bytes("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        # Home and Sites exist from the start: Home is shown first, Sites loads the list.
        self.page("sites")
        self.nav.setCurrentRow(0)

    # -- pages ------------------------------------------------------------------
    def page(self, name: str) -> QWidget:
        """The screen `name`, created on first use."""
        if name not in self._pages:
            widget = self._factories[name]()
            self._pages[name] = widget
            self.stack.addWidget(widget)
        return self._pages[name]

    def page_names(self) -> list[str]:
        """Every page's name in navigation order (the office's pages once known)."""
        return list(self._names)

    def _typed(self, name: str, cls: type[W]) -> W:
        widget = self.page(name)
        if not isinstance(widget, cls):
            raise TypeError(f"page {name!r} is a {type(widget).__name__}, not a {cls.__name__}")
        return widget

    def home_screen(self) -> HomeScreen:
        from ui.screens.home import HomeScreen

        return self._typed("home", HomeScreen)

    def sites_screen(self) -> SitesScreen:
        from ui.screens.sites import SitesScreen

        return self._typed("sites", SitesScreen)

    def inspection_screen(self) -> InspectionScreen:
        from ui.screens.inspection import InspectionScreen

        return self._typed("inspection", InspectionScreen)

    def order_screen(self) -> OrderScreen:
        from ui.screens.order import OrderScreen

        return self._typed("order", OrderScreen)

    def cases_screen(self) -> CasesScreen:
        from ui.screens.case_list import CasesScreen

        return self._typed("cases", CasesScreen)

    def settings_screen(self) -> SettingsScreen:
        from ui.screens.settings import SettingsScreen

        return self._typed("settings", SettingsScreen)

    def show_page(self, name: str) -> QWidget:
        widget = self.page(name)
        self.stack.setCurrentWidget(widget)
        row = self._names.index(name)
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)
        activate = getattr(widget, "activate", None)
        if callable(activate):
            activate()
        self.page_changed.emit(name)
        return widget

    def _add_role_pages(self) -> None:
        """The office workstation's pages, once the database says this is the office."""
        if self.ctx.device is None or self.ctx.device.role != "office" or "office_import" in self._names:
            return
        from ui.screens import office

        for name in office.OFFICE_PAGES:
            self._factories[name] = office.factory(self.ctx, self, name)
            item = QListWidgetItem(icon("sync"), office.label(name))
            item.setData(UserRole, name)
            item.setSizeHint(QSize(140, 48))
            at = len(self._names) - 1  # before Settings
            # Names first: inserting the item may emit currentRowChanged with the new row.
            self._names.insert(at, name)
            self.nav.insertItem(at, item)

    def _check_device_key(self) -> None:
        """Announce a device key that cannot sign (issue #9) in the status bar, with the way
        to Settings → 设备密钥. Made once the database is open, so the first paint pays
        nothing; the check itself runs on the DB worker (`ui.widgets.key_banner`)."""
        from ui.widgets.key_banner import KeyBanner

        # Kept, not looked up: findChild walks every widget of the window (~5 ms,
        # counted in ready_ms, issue #14).
        banner = self._key_banner
        if banner is None:
            banner = self._key_banner = KeyBanner(self.ctx, self.open_key_settings)
            self.statusBar().insertPermanentWidget(0, banner)
        banner.check()

    def open_key_settings(self) -> None:
        """Settings, looked at again: a broken key turns the page to its 设备密钥 panel."""
        self.show_page("settings")
        self.settings_screen().identity.reload()

    def _make_home(self) -> QWidget:
        from ui.screens.home import HomeScreen

        return HomeScreen(self.ctx, self)

    def _make_sites(self) -> QWidget:
        from ui.screens.sites import SitesScreen

        screen = SitesScreen(self.ctx, self)
        screen.loaded.connect(self.sites_loaded)
        return screen

    def _make_inspection(self) -> QWidget:
        from ui.screens.inspection import InspectionScreen

        return InspectionScreen(self.ctx, self)

    def _make_order(self) -> QWidget:
        from ui.screens.order import OrderScreen

        return OrderScreen(self.ctx, self)

    def _make_cases(self) -> QWidget:
        from ui.screens.case_list import CasesScreen

        return CasesScreen(self.ctx, self)

    def _make_sync(self) -> QWidget:
        from ui.screens.sync import SyncScreen

        return SyncScreen(self.ctx, self)

    def _make_settings(self) -> QWidget:
        from ui.screens.settings import SettingsScreen

        return SettingsScreen(self.ctx, self)

    # -- navigation used by the screens ------------------------------------------
    def open_site(self, site_id: str) -> None:
        self.show_page("sites")
        self.sites_screen().select_site(site_id)

    def new_inspection(self, *, site_id: str | None = None,
                       employer_id: str | None = None) -> None:
        self.show_page("inspection")
        self.inspection_screen().start_new(site_id=site_id, employer_id=employer_id)

    def open_inspection(self, inspection_id: str) -> None:
        self.show_page("inspection")
        self.inspection_screen().open_inspection(inspection_id)

    def open_order(self, order_id: str) -> None:
        self.show_page("order")
        self.order_screen().open_order(order_id)

    def draft_orders(self, inspection_id: str) -> None:
        self.show_page("order")
        self.order_screen().draft_from_inspection(inspection_id)

    def site_index(self) -> SiteIndex:
        return self.sites_screen().site_model.site_index

    def open_case(self, case_id: str) -> None:
        self.show_page("cases")
        self.cases_screen().open_case(case_id)

    def open_work_item(self, kind: str, item_id: str) -> None:
        if kind == "inspection":
            self.open_inspection(item_id)
        elif kind == "order":
            self.open_order(item_id)

    # -- window -------------------------------------------------------------------
    def _install_actions(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence

        def add(text: str, keys: QKeySequence.StandardKey | str,
                slot: Callable[[], object]) -> QAction:
            action = QAction(text, self)
            # A list of key sequences, not `setShortcut`: choosing among that method's
            # overloads builds PySide6's whole `Qt` namespace (~30 ms, issue #14) while
            # the database is still opening. A standard key gets every binding the
            # platform gives it, as Qt's own overload does. In the whole window: the default.
            action.setShortcuts(QKeySequence.keyBindings(keys) if isinstance(keys, QKeySequence.StandardKey)
                                else [QKeySequence.fromString(keys)])
            action.triggered.connect(slot)
            self.addAction(action)
            return action

        def show(name: str) -> Callable[[], object]:
            return lambda: self.show_page(name)

        for n, name in enumerate(PAGES, start=1):
            add(name, f"Ctrl+{n}", show(name))
        add(self.tr("新建检查"), "Ctrl+N", lambda: self.new_inspection())
        add(self.tr("搜索"), QKeySequence.StandardKey.Find, self._focus_search)
        add(self.tr("刷新"), QKeySequence.StandardKey.Refresh, self._refresh)
        add(self.tr("退出"), QKeySequence.StandardKey.Quit, self.close)

    def _focus_search(self) -> None:
        self.show_page("sites")
        self.sites_screen().focus_search()

    def _refresh(self) -> None:
        self.ctx.signals.operation_did_execute.emit(EVERYTHING, None)

    def set_database_status(self, text: str) -> None:
        self.status.setText(text)

    def closeEvent(self, event: QCloseEvent) -> None:
        prefs.put("window/geometry", self.saveGeometry())
        super().closeEvent(event)
