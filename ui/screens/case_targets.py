"""Clearance targets (清欠目标): each target's progress from the payments recorded in its
cases, a bar chart of target against cleared, the payment details (明细) of the chosen
target, and the reminder when a target's details have not been reviewed for 3 days.

Progress is the core's (`targets.target_progress`); "已核对明细" records today's review
(one core call), which clears the reminder here and on Home.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui import format as fmt
from ui.context import AppContext
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models.rows_table import Column, RowsTableModel
from ui.operations import cases_office as ops
from ui.screens.case_dialogs import date_edit, date_of
from ui.screens.case_format import RED
from ui.widgets.bar_chart import BarChart
from ui.widgets.common import table_view

if TYPE_CHECKING:
    from datetime import date

    from inspector.cases.targets import TargetProgress

_C = "CaseTargets"


def _state(t: TargetProgress) -> str:
    from PySide6.QtCore import QCoreApplication

    parts = []
    if t.overdue:
        parts.append(QCoreApplication.translate("CaseTargets", "逾期未完成"))
    if t.stale:
        parts.append(QCoreApplication.translate("CaseTargets", "3天未更新明细"))
    return "、".join(parts)


TARGET_COLUMNS: list[Column[TargetProgress]] = [
    Column(QT_TRANSLATE_NOOP("CaseTargets", "目标"), lambda t: t.name),
    Column(QT_TRANSLATE_NOOP("CaseTargets", "地区/专项行动"), lambda t: t.scope),
    Column(QT_TRANSLATE_NOOP("CaseTargets", "目标金额"), lambda t: fmt.fmt_yuan(t.amount_fen),
           lambda t: t.amount_fen),
    Column(QT_TRANSLATE_NOOP("CaseTargets", "完成时限"), lambda t: fmt.fmt_date(t.due_on),
           lambda t: t.due_on.isoformat()),
    Column(QT_TRANSLATE_NOOP("CaseTargets", "已清欠"), lambda t: fmt.fmt_yuan(t.recovered_fen),
           lambda t: t.recovered_fen),
    Column(QT_TRANSLATE_NOOP("CaseTargets", "完成率"), lambda t: f"{t.percent:.1f}%",
           lambda t: t.percent),
    Column(QT_TRANSLATE_NOOP("CaseTargets", "提醒"), _state),
]
Payment = dict[str, Any]
PAYMENT_COLUMNS: list[Column[Payment]] = [
    Column(QT_TRANSLATE_NOOP("CaseTargets", "案号"), lambda p: str(p["case_no"])),
    Column(QT_TRANSLATE_NOOP("CaseTargets", "用人单位"), lambda p: str(p["employer"])),
    Column(QT_TRANSLATE_NOOP("CaseTargets", "支付日期"), lambda p: fmt.fmt_date(p["paid_on"])),
    Column(QT_TRANSLATE_NOOP("CaseTargets", "金额"), lambda p: fmt.fmt_yuan(p["amount_fen"])),
]


def reminder_text(stale: list[TargetProgress]) -> str:
    """One line naming the targets to update ('' when none): the screen's and Home's."""
    from PySide6.QtCore import QCoreApplication

    if not stale:
        return ""
    return QCoreApplication.translate("CaseTargets", "清欠目标已3天以上未更新明细：%1").replace(
        "%1", "、".join(t.name for t in stale))


class TargetDialog(QDialog):
    def __init__(self, parent: QWidget | None, campaigns: list[tuple[str, str]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("新增清欠目标"))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.amount = QDoubleSpinBox()
        self.amount.setDecimals(2)
        self.amount.setRange(0, 1e11)
        self.amount.setSuffix(self.tr(" 元"))
        self.due_on = date_edit()
        self.due_on.clearMaximumDate()  # a target's date lies ahead
        self.scope = QComboBox()
        self.scope.addItem(self.tr("地区"), "")
        for code, name in campaigns:
            self.scope.addItem(self.tr("专项行动：%1 %2").replace("%1", code).replace("%2", name),
                               code)
        self.area = QLineEdit()
        self.area.setPlaceholderText(self.tr("地区（乡镇、街道）"))
        self.scope.currentIndexChanged.connect(
            lambda _i: self.area.setEnabled(not self.scope.currentData()))
        for label, w in ((self.tr("名称"), self.name), (self.tr("金额"), self.amount),
                         (self.tr("完成时限"), self.due_on), (self.tr("范围"), self.scope),
                         (self.tr("地区"), self.area)):
            form.addRow(label, w)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, int, date, str, str]:
        """(name, amount in fen, due date, area, campaign code)."""
        code = str(self.scope.currentData() or "")
        return (self.name.text(), int(Decimal(f"{self.amount.value():.2f}") * 100),
                date_of(self.due_on), "" if code else self.area.text(), code)


class TargetsPanel(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.campaigns: list[tuple[str, str]] = []
        col = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("新增目标…"))
        self.add_button.clicked.connect(self._ask_add)
        self.touch_button = QPushButton(self.tr("已核对明细"))
        self.touch_button.setToolTip(self.tr("记录今天已核对并报送该目标的清欠明细"))
        self.touch_button.clicked.connect(self._touch)
        self.touch_button.setEnabled(False)
        bar.addWidget(self.add_button)
        bar.addWidget(self.touch_button)
        bar.addStretch(1)
        col.addLayout(bar)
        self.reminder = QLabel()
        self.reminder.setStyleSheet(f"color: {RED.name()};")
        self.reminder.setWordWrap(True)
        col.addWidget(self.reminder)
        self.model: RowsTableModel[TargetProgress] = RowsTableModel(TARGET_COLUMNS, context=_C)
        self.model.set_foreground(lambda t: RED if t.overdue or t.stale else None)
        self.view = table_view()
        self.view.setModel(self.model)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.chart = BarChart()
        self.chart.bar_clicked.connect(lambda key, _series: self.select(key))
        self.details: RowsTableModel[Payment] = RowsTableModel(PAYMENT_COLUMNS, context=_C)
        self.details_view = table_view()
        self.details_view.setModel(self.details)
        split = QSplitter()
        split.addWidget(self.view)
        split.addWidget(self.chart)
        col.addWidget(split, 1)
        col.addWidget(QLabel(self.tr("清欠明细")))
        col.addWidget(self.details_view, 1)

    def reload(self) -> None:
        ops.targets(parent=self).success(self.show_targets).run_in_background()

    def set_campaigns(self, rows: list[tuple[str, str]]) -> None:
        self.campaigns = rows

    def show_targets(self, rows: list[TargetProgress]) -> None:
        chosen = self.current()
        self.model.set_rows(rows)
        self.reminder.setText(reminder_text([t for t in rows if t.stale]))
        # Here, not at module level: Home imports this module for `reminder_text` right after
        # start-up, and the reports package is for the screens that draw charts.
        from inspector.reports.dashboard import Bar, Chart

        self.chart.set_chart(Chart("targets", self.tr("清欠目标进度（元）"),
                                   (self.tr("目标"), self.tr("已清欠")),
                                   tuple(Bar(t.id, t.name, (t.amount_fen // 100,
                                                            t.recovered_fen // 100))
                                         for t in rows)))
        keep = next((n for n, t in enumerate(rows) if chosen and t.id == chosen.id), 0)
        if rows:
            self.view.selectRow(keep)
        else:
            self.details.set_rows([])
            self.touch_button.setEnabled(False)

    def select(self, target_id: str) -> None:
        """Choose a target (a click on its bar does this), showing its details."""
        for n, t in enumerate(self.model.rows):
            if t.id == target_id:
                self.view.selectRow(n)

    def current(self) -> TargetProgress | None:
        return self.model.row_at(self.view.currentIndex().row())

    def _selected(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        t = self.current()
        self.details.set_rows(t.payments if t else [])
        self.touch_button.setEnabled(t is not None)

    def _ask_add(self) -> None:
        dlg = TargetDialog(self, self.campaigns)
        if dlg.exec():
            name, fen, due, area, code = dlg.values()
            ops.save_target(parent=self, name=name, amount_fen=fen, due_on=due, area=area,
                            campaign_code=code).run_in_background()

    def _touch(self) -> None:
        t = self.current()
        if t is not None:
            ops.touch_target(parent=self, target_id=t.id).run_in_background()
