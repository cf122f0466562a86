"""Sites and employers: searchable lists over the in-memory indexes, with a detail pane.

Typing filters on every keystroke (the index answers in milliseconds on 100,000
rows); choosing a row loads its detail on the DB worker after a short pause, so
scrolling with the arrow keys does not queue a query per row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QPoint, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from inspector.changes import Change, ChangeSet
from ui import format as fmt
from ui import prefs
from ui.changes import subscribe
from ui.context import AppContext
from ui.models.site_table import EmployerTableModel, SiteTableModel
from ui.operations import sites as site_ops
from ui.operations.startup import FastIndex
from ui.widgets.common import fit_columns, table_view
from ui.widgets.icons import icon

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

    from inspector.queries.site_index import EmployerIndex, SiteIndex
    from ui.navigation import Navigator
    from ui.screens.site_detail import DetailPane

TAB_SITES, TAB_EMPLOYERS = 0, 1


class SitesScreen(QWidget):
    loaded = Signal(int)  # emitted each time the site list shows a freshly loaded index

    def __init__(self, ctx: AppContext, window: Navigator) -> None:
        super().__init__()
        self.ctx = ctx
        self.window_ = window
        self.site_model = SiteTableModel(self)
        self.employer_model = EmployerTableModel(self)
        self._employers_loaded = False
        self._pending_select: str | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_bar())
        layout.addWidget(self._build_split(), 1)
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(150)
        self._detail_timer.timeout.connect(self._load_detail)
        self._connect(window)
        subscribe(ctx, self, {Change.SITES, Change.INSPECTIONS, Change.ORDERS, Change.SYNC}, self._on_changes)
        self._switch_tab(TAB_SITES)

    def _build_bar(self) -> QHBoxLayout:
        """The tabs, the search box, the four filters and the count, in one row."""
        bar = QHBoxLayout()
        self.tabs = QTabBar()
        self.tabs.addTab(icon("sites"), self.tr("工程项目"))
        self.tabs.addTab(icon("order"), self.tr("用人单位"))
        bar.addWidget(self.tabs)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setPlaceholderText(self.tr("搜索名称、地址、统一社会信用代码、乡镇…  (Ctrl+F)"))
        bar.addWidget(self.search, 1)
        self.status_filter = self._combo(self.tr("全部状态"), fmt.SITE_STATUS_NAMES())
        self.regulator_filter = self._combo(self.tr("全部主管部门"), fmt.REGULATOR_NAMES())
        # Filled when the employer list first shows: the names live in the core's
        # domain module, which must not load before the first paint.
        self.industry_filter = self._combo(self.tr("全部行业"), {})
        self.township_filter = self._combo(self.tr("全部乡镇"), {})
        for combo in (self.status_filter, self.regulator_filter, self.industry_filter,
                      self.township_filter):
            bar.addWidget(combo)
        self.count_label = QLabel()
        bar.addWidget(self.count_label)
        return bar

    def _build_split(self) -> QSplitter:
        """The list beside the detail pane, split as the user last left it."""
        self.split = QSplitter()  # side by side: Qt's default orientation
        self.view = table_view(filtered=True)
        self.view.setModel(self.site_model)
        # Sorted by name from the start, in the model alone: the header's sort indicator,
        # header clicks and the column menu are set up when the screen first shows
        # (`_set_up_header`), because each needs a `Qt.…` enum, and the first touch of
        # PySide6's `Qt` namespace costs ~30 ms before the database is open (issue #14).
        self.site_model.set_sort(SiteTableModel.COL_NAME)
        self._header_set_up = False
        # At the default window size every visible column must show whole (the 总包
        # column used to fall off the right edge): the name takes what is left, the
        # address (also in the detail pane) starts hidden and the header's menu shows it.
        self._hidden_site_columns = {SiteTableModel.COL_ADDRESS}
        self.view.horizontalHeader().customContextMenuRequested.connect(self._column_menu)
        # The detail pane is made when the screen first shows (`detail`): built with the
        # window, before its first paint, it cost ~10 ms there (issue #14) for a screen
        # that starts hidden behind Home. Until then a blank widget holds its place.
        self._detail: DetailPane | None = None
        self.split.addWidget(self.view)
        self.split.addWidget(QWidget())
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([700, 350])
        state = prefs.get_bytes("sites/splitter")
        if state is not None:
            self.split.restoreState(state)
        return self.split

    def _connect(self, window: Navigator) -> None:
        """Typing, filters, tabs, selection and the detail pane's links."""
        self.search.textChanged.connect(self.apply_filter)
        for combo in (self.status_filter, self.regulator_filter, self.industry_filter,
                      self.township_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.tabs.currentChanged.connect(self._switch_tab)
        self._connect_selection()
        self.view.activated.connect(lambda _i: self._start_for_current())
        self.split.splitterMoved.connect(
            lambda *_: prefs.put("sites/splitter", self.split.saveState()))

    @property
    def detail(self) -> DetailPane:
        """The detail pane beside the list, made on first use in the blank's place."""
        if self._detail is None:
            from ui.screens.site_detail import DetailPane

            pane = DetailPane()
            pane.start_inspection.connect(self._start)
            pane.open_inspection.connect(self.window_.open_inspection)
            pane.open_order.connect(self.window_.open_order)
            blank = self.split.replaceWidget(1, pane)  # keeps the blank's size
            if blank is not None:
                blank.deleteLater()
            self._detail = pane
        return self._detail

    def showEvent(self, event: QShowEvent) -> None:
        self.detail  # noqa: B018 -- made before this first paint of the screen
        self._set_up_header()
        super().showEvent(event)

    def _set_up_header(self) -> None:
        """The header's sort indicator (name, ascending, as the model already is), sorting
        by a click, and the column menu: once, before the screen first paints."""
        if self._header_set_up:
            return
        from PySide6.QtCore import Qt

        self._header_set_up = True
        header = self.view.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.setSortIndicator(SiteTableModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(self.tabs.currentIndex() == TAB_SITES)

    def _column_menu(self, pos: QPoint) -> None:
        """Show or hide a column (the name column always shows)."""
        menu = QMenu(self)
        model = self.site_model if self.view.model() is self.site_model else self.employer_model
        for col in range(model.columnCount()):
            if col == SiteTableModel.COL_NAME:
                continue
            action = menu.addAction(str(model.column_title(col)))
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(col))
            action.toggled.connect(lambda on, c=col: self._show_column(c, on))
        menu.exec(self.view.horizontalHeader().mapToGlobal(pos))

    def _show_column(self, col: int, on: bool) -> None:
        self.view.setColumnHidden(col, not on)
        if self.view.model() is self.site_model:
            (self._hidden_site_columns.discard if on else self._hidden_site_columns.add)(col)

    def _layout_columns(self, sites: bool) -> None:
        """Column widths for the model shown (a new model resets the header's sections)."""
        if not sites:
            fit_columns(self.view, stretch=EmployerTableModel.COL_NAME,
                        widths={EmployerTableModel.COL_CREDIT_CODE: 170})
            return
        fit_columns(self.view, stretch=SiteTableModel.COL_NAME,
                    widths={SiteTableModel.COL_ADDRESS: 160, SiteTableModel.COL_CONTRACTOR: 170,
                            SiteTableModel.COL_LAST: 110})
        for col in self._hidden_site_columns:
            self.view.setColumnHidden(col, True)

    def _combo(self, everything: str, items: dict[str, str]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, None)
        for code, name in items.items():
            combo.addItem(name, code)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _connect_selection(self) -> None:
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

    # -- loading ------------------------------------------------------------------
    def show_fast_index(self, fast: FastIndex | None) -> None:
        if fast is not None:
            self.set_site_index(fast.index)

    def reload(self) -> None:
        site_ops.load_site_index(parent=self).success(self.set_site_index).run_in_background()
        if self._employers_loaded:
            site_ops.load_employer_index(parent=self).success(
                self.set_employer_index).run_in_background()

    def set_site_index(self, index: SiteIndex) -> None:
        current = self.township_filter.currentData()
        self.township_filter.blockSignals(True)
        self.township_filter.clear()
        self.township_filter.addItem(self.tr("全部乡镇"), None)
        for t in index.townships_sorted():
            self.township_filter.addItem(t, t)
        if current:
            self.township_filter.setCurrentIndex(max(self.township_filter.findData(current), 0))
        self.township_filter.blockSignals(False)
        self.site_model.set_index(index)
        self.apply_filter()
        self.loaded.emit(len(index))
        if self._pending_select:
            self.select_site(self._pending_select)

    def set_employer_index(self, index: EmployerIndex) -> None:
        if self.industry_filter.count() == 1:
            self.industry_filter.blockSignals(True)
            for code, name in fmt.INDUSTRY_NAMES().items():
                self.industry_filter.addItem(f"{code} {name}", code)
            self.industry_filter.blockSignals(False)
        self._employers_loaded = True
        self.employer_model.set_index(index)
        self.apply_filter()

    def _on_changes(self, changes: ChangeSet, _initiator: object) -> None:
        self.reload()
        if self._detail is not None and self._detail.detail is not None:
            self._load_detail()

    # -- filtering -------------------------------------------------------------------
    def apply_filter(self) -> None:
        text = self.search.text()
        township = self.township_filter.currentData()
        if self.tabs.currentIndex() == TAB_SITES:
            self.site_model.set_filter(text, status=self.status_filter.currentData(),
                                       regulator=self.regulator_filter.currentData(),
                                       township=township)
            shown, total = self.site_model.rowCount(), self.site_model.total
        else:
            self.employer_model.set_filter(text, industry=self.industry_filter.currentData(),
                                           township=township)
            shown, total = self.employer_model.rowCount(), self.employer_model.total
        self.count_label.setText(self.tr("%1 / %2 条").replace("%1", f"{shown:,}")
                                 .replace("%2", f"{total:,}"))

    def _switch_tab(self, tab: int) -> None:
        sites = tab == TAB_SITES
        self.status_filter.setVisible(sites)
        self.regulator_filter.setVisible(sites)
        self.industry_filter.setVisible(not sites)
        self.view.setModel(self.site_model if sites else self.employer_model)
        self._layout_columns(sites)
        if self._header_set_up:
            self.view.setSortingEnabled(sites)
        self._connect_selection()
        if self._detail is not None:
            self._detail.clear()
        if not sites and not self._employers_loaded and self.ctx.db is not None:
            site_ops.load_employer_index(parent=self).success(
                self.set_employer_index).run_in_background()
        self.apply_filter()

    # -- selection and detail -----------------------------------------------------------
    def current_id(self) -> tuple[str, str] | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        if self.tabs.currentIndex() == TAB_SITES:
            sid = self.site_model.site_id(index.row())
            return ("site", sid) if sid else None
        eid = self.employer_model.employer_id(index.row())
        return ("employer", eid) if eid else None

    def _selection_changed(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        self._detail_timer.start()

    def _load_detail(self) -> None:
        current = self.current_id()
        if current is None:
            return
        kind, row_id = current
        op = (site_ops.site_detail(parent=self, site_id=row_id) if kind == "site"
              else site_ops.employer_detail(parent=self, employer_id=row_id))
        op.success(self.detail.show_detail).run_in_background()

    def select_site(self, site_id: str) -> None:
        """Show and select one site (clearing filters that would hide it)."""
        if self.tabs.currentIndex() != TAB_SITES:
            self.tabs.setCurrentIndex(TAB_SITES)
        row = self.site_model.row_of(site_id)
        if row is None and self.site_model.total:
            self.search.clear()
            for combo in (self.status_filter, self.regulator_filter, self.township_filter):
                combo.setCurrentIndex(0)
            row = self.site_model.row_of(site_id)
        if row is None:
            self._pending_select = site_id
            return
        self._pending_select = None
        self.view.selectRow(row)
        self.view.scrollTo(self.site_model.index(row, 0))
        self._detail_timer.stop()
        self._load_detail()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _start_for_current(self) -> None:
        current = self.current_id()
        if current is not None:
            self._start(*current)

    def _start(self, kind: str, row_id: str) -> None:
        if kind == "site":
            self.window_.new_inspection(site_id=row_id)
        else:
            self.window_.new_inspection(employer_id=row_id)
