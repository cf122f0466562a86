"""Home: today's work, orders due soon and overdue, drafts, and the state of sync bundles."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector.changes import Change
from ui import format as fmt
from ui.changes import subscribe
from ui.context import AppContext
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models.rows_table import Column, RowsTableModel
from ui.operations import cases as case_ops
from ui.operations import cases_office as case_office_ops
from ui.operations import home as home_ops
from ui.screens import case_format as cf
from ui.widgets.common import FigureTile, heading, table_view
from ui.widgets.icons import icon

if TYPE_CHECKING:
    from inspector.cases.queries import CaseRow
    from inspector.cases.targets import TargetProgress
    from inspector.queries.dashboard import HomeSummary, WorkItem
    from ui.navigation import Navigator

_CTX = "HomeScreen"


def _kind(w: WorkItem) -> str:
    return fmt.INSPECTION_STATUS_NAMES().get(w.status, w.status) if w.kind == "inspection" \
        else fmt.ORDER_STATUS_NAMES().get(w.status, w.status)


def work_columns(*, with_days_left: bool) -> list[Column[WorkItem]]:
    cols: list[Column[WorkItem]] = [
        Column(QT_TRANSLATE_NOOP("HomeScreen", "事项"), lambda w: w.title),
        Column(QT_TRANSLATE_NOOP("HomeScreen", "对象"), lambda w: w.target),
        Column(QT_TRANSLATE_NOOP("HomeScreen", "日期"), lambda w: fmt.fmt_date(w.when),
               lambda w: w.when.isoformat() if w.when else ""),
        Column(QT_TRANSLATE_NOOP("HomeScreen", "状态"), _kind),
    ]
    if with_days_left:
        cols.append(Column(QT_TRANSLATE_NOOP("HomeScreen", "期限"),
                           lambda w: fmt.days_left_text(w.when) if w.when else ""))
    return cols


class HomeScreen(QWidget):
    """The first screen; reloads whenever a write changes something it shows."""

    def __init__(self, ctx: AppContext, window: Navigator) -> None:
        super().__init__()
        self.ctx = ctx
        self.window_ = window
        self.summary: HomeSummary | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("今日工作台")))
        top.addStretch(1)
        self.new_button = QPushButton(icon("add"), self.tr("新建检查 (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: window.new_inspection())
        self.export_button = QPushButton(icon("export"), self.tr("导出同步包"))
        self.export_button.clicked.connect(lambda: window.show_page("sync"))
        top.addWidget(self.new_button)
        top.addWidget(self.export_button)
        layout.addLayout(top)

        tiles = QHBoxLayout()
        self.tile_drafts = FigureTile(self.tr("未定稿草稿"))
        self.tile_due = FigureTile(self.tr("即将到期指令书"))
        self.tile_overdue = FigureTile(self.tr("已逾期指令书"))
        self.tile_unacked = FigureTile(self.tr("待同步（未确认）条数"))
        self.tile_numbers = FigureTile(self.tr("剩余文号"))
        self.tile_cases = FigureTile(self.tr("即将到期与逾期案件"))
        for t in (self.tile_drafts, self.tile_due, self.tile_overdue, self.tile_unacked,
                  self.tile_numbers, self.tile_cases):
            tiles.addWidget(t)
        layout.addLayout(tiles)
        self.bundle_label = QLabel()
        layout.addWidget(self.bundle_label)

        grid = QGridLayout()
        self.today_model = RowsTableModel(work_columns(with_days_left=False), context=_CTX)
        self.due_model = RowsTableModel(work_columns(with_days_left=True), context=_CTX)
        self.drafts_model = RowsTableModel(work_columns(with_days_left=False), context=_CTX)
        self.due_model.set_foreground(
            lambda w: QColor("#c0392b") if w.when and w.when < (self.summary.today
                                                                if self.summary else w.when)
            else None)
        self.today_view = self._box(grid, 0, 0, self.tr("今日与近期工作"), self.today_model)
        self.due_view = self._box(grid, 0, 1, self.tr("即将到期与逾期的指令书（需复查）"),
                                  self.due_model)
        self.drafts_view = self._box(grid, 1, 0, self.tr("未定稿的检查和指令书"),
                                     self.drafts_model)
        self._cases_box(grid)
        layout.addLayout(grid, 1)
        # What Home shows: drafts and today's work, orders due (the window is a setting),
        # flagged cases, the number of sites, and export state with numbers left.
        subscribe(ctx, self, {Change.SITES, Change.INSPECTIONS, Change.ORDERS, Change.CASES,
                              Change.NUMBERS, Change.SETTINGS, Change.SYNC},
                  lambda *_: self.reload())
        ctx.signals.database_ready.connect(self.reload)

    def _box(self, grid: QGridLayout, row: int, col: int, title: str,
             model: RowsTableModel[WorkItem]) -> QTableView:
        box = QGroupBox(title)
        view = table_view()
        view.setModel(model)
        view.doubleClicked.connect(lambda index, m=model: self._open(m, index))
        view.activated.connect(lambda index, m=model: self._open(m, index))
        QVBoxLayout(box).addWidget(view)
        grid.addWidget(box, row, col)
        return view

    def _open(self, model: RowsTableModel[WorkItem], index: QModelIndex) -> None:
        item = model.row_at(index.row())
        if item is not None:
            self.window_.open_work_item(item.kind, item.id)

    def _cases_box(self, grid: QGridLayout) -> None:
        """Cases whose legal time limit (受理、调查期限) is near or past, worst first."""
        self.cases_model: RowsTableModel[CaseRow] = RowsTableModel(cf.case_columns(short=True),
                                                                   context="Cases")
        self.cases_model.set_foreground(lambda r: cf.flag_color(r.flag))
        box = QGroupBox(self.tr("即将到期与逾期的欠薪案件"))
        self.cases_view = table_view()
        self.cases_view.setModel(self.cases_model)
        self.cases_view.doubleClicked.connect(self._open_case)
        self.cases_view.activated.connect(self._open_case)
        col = QVBoxLayout(box)
        col.addWidget(self.cases_view)
        # Clearance targets whose details nobody reviewed for 3 days (the office reports
        # them on a schedule); hidden while there are none.
        self.targets_label = QLabel()
        self.targets_label.setWordWrap(True)
        self.targets_label.setStyleSheet("color: #c0392b;")
        self.targets_label.hide()
        col.addWidget(self.targets_label)
        grid.addWidget(box, 1, 1)

    def _open_case(self, index: QModelIndex) -> None:
        row = self.cases_model.row_at(index.row())
        if row is not None:
            self.window_.open_case(row.id)

    def show_cases(self, rows: list[CaseRow]) -> None:
        order = {"overdue": 0, "due_soon": 1}
        self.cases_model.set_rows(sorted(rows, key=lambda r: order.get(r.flag, 2)))
        self.tile_cases.set_value(str(len(rows)),
                                  alert=any(r.flag == "overdue" for r in rows))
        self.cases_view.resizeColumnsToContents()

    def activate(self) -> None:
        if self.summary is None and self.ctx.db is not None:
            self.reload()

    def reload(self) -> None:
        if self.ctx.db is None and not self.ctx.tasks.busy:
            return
        home_ops.home_summary(parent=self).success(self.show_summary).run_in_background()
        case_ops.flagged_cases(parent=self).success(self.show_cases).run_in_background()
        case_office_ops.stale_targets(parent=self).success(
            self.show_stale_targets).run_in_background()

    def show_stale_targets(self, stale: list[TargetProgress]) -> None:
        from ui.screens.case_targets import reminder_text

        self.targets_label.setText(reminder_text(stale))
        self.targets_label.setVisible(bool(stale))

    def show_summary(self, summary: HomeSummary) -> None:
        self.summary = summary
        self.tile_drafts.set_value(str(len(summary.drafts)))
        self.tile_due.set_value(str(len(summary.due_soon)))
        self.tile_due.caption.setText(self.tr("%1日内到期指令书").replace(
            "%1", str(summary.due_soon_days)))
        self.tile_overdue.set_value(str(len(summary.overdue)), alert=bool(summary.overdue))
        self.tile_unacked.set_value(str(summary.unacknowledged))
        if summary.numbers_left is None:
            self.tile_numbers.set_value(self.tr("无号段"), alert=True)
        else:
            self.tile_numbers.set_value(str(summary.numbers_left),
                                        alert=summary.numbers_left < 5)
        last = fmt.fmt_datetime(summary.last_export) if summary.last_export else self.tr("从未导出")
        self.bundle_label.setText(
            self.tr("工程项目 %1 个，用人单位 %2 家。上次导出同步包：%3")
            .replace("%1", str(summary.sites)).replace("%2", str(summary.employers))
            .replace("%3", last))
        self.today_model.set_rows(summary.today_work or summary.drafts[:10])
        self.due_model.set_rows(summary.overdue + summary.due_soon)
        self.drafts_model.set_rows(summary.drafts)
        for view in (self.today_view, self.due_view, self.drafts_view):
            view.resizeColumnsToContents()
