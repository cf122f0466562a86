"""Cases (欠薪案件): the filtered list with a detail pane, the per-worker ledger, the work
calendar, the clearance targets and the campaigns, as tabs of one page.

The list is read on the DB worker on every filter change (typing waits for a short
pause); a reply that arrives after a newer request is dropped, so a slow search
never overwrites a quicker later one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inspector.changes import Change, ChangeSet
from ui.changes import subscribe
from ui.context import AppContext
from ui.models import SortRole
from ui.models.rows_table import RowsTableModel
from ui.operations import cases as ops
from ui.operations import cases_office as office_ops
from ui.screens import case_format as cf
from ui.screens.calendar import CalendarPanel
from ui.screens.case_campaigns import CampaignsPanel
from ui.screens.case_detail import CaseDetailPane
from ui.screens.case_form import CaseFormDialog
from ui.screens.case_ledger import LedgerPanel
from ui.screens.case_office_dialogs import ThresholdsDialog
from ui.screens.case_targets import TargetsPanel
from ui.widgets.common import fit_columns, table_view
from ui.widgets.icons import icon

if TYPE_CHECKING:
    from inspector.cases.office_views import ThresholdView
    from inspector.cases.queries import CaseRow
    from ui.navigation import Navigator

TAB_CASES, TAB_LEDGER, TAB_CALENDAR, TAB_TARGETS, TAB_CAMPAIGNS = 0, 1, 2, 3, 4
SCOPES = ("all", "open", "due_soon", "overdue")


class CasesScreen(QWidget):
    loaded = Signal(int)  # rows shown after each list load

    def __init__(self, ctx: AppContext, window: Navigator) -> None:
        super().__init__()
        self.ctx = ctx
        self.window_ = window
        self._generation = 0
        self._pending_select: str | None = None
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        page = QWidget()
        col = QVBoxLayout(page)
        col.addLayout(self._filter_bar())
        self.model: RowsTableModel[CaseRow] = RowsTableModel(cf.case_columns(), context="Cases")
        self.model.set_foreground(lambda r: cf.flag_color(r.flag))
        # Sorted by a header click through a proxy on each column's raw key (dates as ISO,
        # money in fen, 时限 worst first); until then the core's order stands.
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.view = table_view()
        self.view.setModel(self.proxy)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        fit_columns(self.view, stretch=2, widths={4: 260})
        self.detail = CaseDetailPane(ctx, window)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.detail)
        split.setSizes([300, 500])
        col.addWidget(split, 1)
        self.tabs.addTab(page, icon("order"), self.tr("案件"))
        self.ledger = LedgerPanel(ctx)
        self.tabs.addTab(self.ledger, self.tr("劳动者台账"))
        self.calendar = CalendarPanel(ctx)
        self.tabs.addTab(self.calendar, self.tr("工作日历"))
        self.targets = TargetsPanel(ctx)
        self.tabs.addTab(self.targets, self.tr("清欠目标"))
        self.campaigns = CampaignsPanel(ctx)
        self.tabs.addTab(self.campaigns, self.tr("专项行动"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        for combo in (self.scope, self.source, self.status, self.campaign):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        subscribe(ctx, self, {Change.CASES, Change.INSPECTIONS, Change.ORDERS, Change.SETTINGS},
                  self._on_changes)
        self._campaigns_loaded = False

    def _filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.scope = QComboBox()
        for code, text in zip(SCOPES, (self.tr("全部案件"), self.tr("未结案件"),
                                       self.tr("即将到期与逾期"), self.tr("已逾期")), strict=True):
            self.scope.addItem(text, code)
        self.source = QComboBox()
        self.source.addItem(self.tr("全部来源"), None)
        for code, name in cf.SOURCE_NAMES().items():
            self.source.addItem(name, code)
        self.status = QComboBox()
        self.status.addItem(self.tr("全部状态"), None)
        for code, name in cf.STATUS_NAMES().items():
            self.status.addItem(name, code)
        self.campaign = QComboBox()
        self.campaign.addItem(self.tr("全部专项行动"), None)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("搜索案号、用人单位、来源编号、摘要…"))
        self.count_label = QLabel()
        self.new_button = QPushButton(icon("add"), self.tr("登记新案件…"))
        self.new_button.clicked.connect(self.ask_new_case)
        self.thresholds_button = QPushButton(self.tr("数额标准…"))
        self.thresholds_button.setToolTip(self.tr("拒不支付劳动报酬罪数额标准（按省，可配置·未核实）"))
        self.thresholds_button.clicked.connect(self.ask_thresholds)
        for w in (self.scope, self.source, self.status, self.campaign):
            bar.addWidget(w)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.new_button)
        bar.addWidget(self.thresholds_button)
        return bar

    # -- loading ---------------------------------------------------------------------
    def activate(self) -> None:
        if not self._campaigns_loaded and self.ctx.db is not None:
            self._campaigns_loaded = True
            ops.campaigns(parent=self).success(self._set_campaigns).run_in_background()
            self.reload()

    def _set_campaigns(self, rows: list[tuple[str, str]]) -> None:
        """Refill the filter (a campaign may have been added or renamed), keeping the choice."""
        self.targets.set_campaigns(rows)
        chosen = self.campaign.currentData()
        self.campaign.blockSignals(True)
        while self.campaign.count() > 1:
            self.campaign.removeItem(1)
        for code, name in rows:
            self.campaign.addItem(f"{code} {name}", code)
        self.campaign.setCurrentIndex(max(self.campaign.findData(chosen), 0))
        self.campaign.blockSignals(False)

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        scope = self.scope.currentData()
        ops.list_cases(
            parent=self, open_only=scope != "all",
            flagged=scope if scope in ("due_soon", "overdue") else None,
            source=self.source.currentData(), status=self.status.currentData(),
            campaign=self.campaign.currentData(), search=self.search.text().strip(),
        ).success(lambda rows: self._show_rows(generation, rows)).run_in_background()

    def _show_rows(self, generation: int, rows: list[CaseRow]) -> None:
        if generation != self._generation:
            return  # a newer filter is on its way
        current = self.detail.case_id
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%1 件").replace("%1", str(len(rows))))
        want = self._pending_select or current
        self._pending_select = None
        if want is not None:
            self._select_row(want)
        self.loaded.emit(len(rows))

    def _on_changes(self, changes: ChangeSet, _initiator: object) -> None:
        if self._campaigns_loaded:
            ops.campaigns(parent=self).success(self._set_campaigns).run_in_background()
            self.reload()
        if self.detail.case_id is not None:
            self.detail.reload()
        if self.tabs.currentIndex() == TAB_LEDGER:
            self.ledger.reload()
        if self.tabs.currentIndex() == TAB_TARGETS:
            self.targets.reload()
        if self.tabs.currentIndex() == TAB_CAMPAIGNS:
            self.campaigns.reload()

    def _tab_changed(self, tab: int) -> None:
        if tab == TAB_LEDGER:
            self.ledger.reload()
        elif tab == TAB_CALENDAR:
            self.calendar.reload()
        elif tab == TAB_TARGETS:
            self.targets.reload()
        elif tab == TAB_CAMPAIGNS:
            self.campaigns.reload()

    # -- selection ---------------------------------------------------------------------
    def _selection_changed(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        row = self.model.row_at(self.proxy.mapToSource(self.view.currentIndex()).row())
        if row is not None and row.id != self.detail.case_id:
            self.detail.load(row.id)

    def _select_row(self, case_id: str) -> None:
        for n, r in enumerate(self.model.rows):
            if r.id == case_id:
                self.view.selectRow(self.proxy.mapFromSource(self.model.index(n, 0)).row())
                return

    def open_case(self, case_id: str) -> None:
        """Show one case (from Home or another screen): its detail, and its row if listed."""
        self.tabs.setCurrentIndex(TAB_CASES)
        self._pending_select = case_id
        self.detail.load(case_id)
        self._select_row(case_id)

    # -- the case form and the thresholds ----------------------------------------------------
    def ask_new_case(self) -> None:
        dlg = CaseFormDialog(self.ctx, self)
        dlg.saved.connect(self.open_case)
        dlg.exec()

    def ask_thresholds(self) -> None:
        office_ops.threshold_view(parent=self).success(self._edit_thresholds).run_in_background()

    def _edit_thresholds(self, view: ThresholdView) -> None:
        ThresholdsDialog(self, view).exec()
