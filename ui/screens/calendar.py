"""The work calendar: 法定节假日 and 调休上班日, on which every working-day deadline
(case clocks, 整改期限) is counted — the `work_calendar` setting behind
`inspector calendar …`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inspector import clock
from inspector.changes import Change, ChangeSet
from ui import format as fmt
from ui.changes import subscribe
from ui.context import AppContext
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models.rows_table import Column, RowsTableModel
from ui.operations import cases as ops
from ui.screens.case_dialogs import date_edit, date_of
from ui.widgets.common import table_view

if TYPE_CHECKING:
    from inspector.cases.queries import CalendarDay

_WEEKDAYS = (QT_TRANSLATE_NOOP("Calendar", "周一"), QT_TRANSLATE_NOOP("Calendar", "周二"),
             QT_TRANSLATE_NOOP("Calendar", "周三"), QT_TRANSLATE_NOOP("Calendar", "周四"),
             QT_TRANSLATE_NOOP("Calendar", "周五"), QT_TRANSLATE_NOOP("Calendar", "周六"),
             QT_TRANSLATE_NOOP("Calendar", "周日"))
HOLIDAY = QT_TRANSLATE_NOOP("Calendar", "节假日")
WORKDAY = QT_TRANSLATE_NOOP("Calendar", "调休上班")


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Calendar", text)


DAY_COLUMNS: list[Column[CalendarDay]] = [
    Column(QT_TRANSLATE_NOOP("Calendar", "日期"), lambda d: fmt.fmt_date(d.day),
           lambda d: d.day.isoformat()),
    Column(QT_TRANSLATE_NOOP("Calendar", "星期"), lambda d: _tr(_WEEKDAYS[d.day.weekday()])),
    Column(QT_TRANSLATE_NOOP("Calendar", "类型"),
           lambda d: _tr(HOLIDAY if d.kind == "holiday" else WORKDAY)),
]


class CalendarPanel(QWidget):
    loaded = Signal(int)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "周六、周日默认休息。在此登记法定节假日（含调休的工作日）和调休上班的周末；"
            "案件时限与整改期限都按此计算工作日。")))
        bar = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(clock.today().year)
        self.year.setPrefix(self.tr("年度 "))
        self.year.valueChanged.connect(lambda _v: self.reload())
        self.day = date_edit()
        self.day.setMaximumDate(QDate(2100, 12, 31))
        self.add_holiday = QPushButton(self.tr("登记为节假日"))
        self.add_workday = QPushButton(self.tr("登记为调休上班日"))
        self.remove = QPushButton(self.tr("删除所选日期"))
        self.add_holiday.clicked.connect(lambda: self._change("holiday"))
        self.add_workday.clicked.connect(lambda: self._change("workday"))
        self.remove.clicked.connect(self._remove_selected)
        for w in (self.year, self.day, self.add_holiday, self.add_workday, self.remove):
            bar.addWidget(w)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.model: RowsTableModel[CalendarDay] = RowsTableModel(DAY_COLUMNS, context="Calendar")
        self.view = table_view()
        self.view.setModel(self.model)
        layout.addWidget(self.view, 1)
        subscribe(ctx, self, {Change.SETTINGS}, self._on_changes)

    def reload(self) -> None:
        if self.ctx.db is None:
            return
        ops.calendar_days(parent=self, year=self.year.value()).success(
            self._show).run_in_background()

    def _show(self, days: list[CalendarDay]) -> None:
        self.model.set_rows(days)
        self.loaded.emit(len(days))

    def _on_changes(self, changes: ChangeSet, _initiator: object) -> None:
        if self.isVisible():
            self.reload()

    def _change(self, kind: str) -> None:
        day = date_of(self.day)
        if day.year != self.year.value():
            self.year.setValue(day.year)  # show the year the day was added to
        ops.change_calendar(parent=self, day=day, kind=kind).run_in_background()

    def _remove_selected(self) -> None:
        row = self.model.row_at(self.view.currentIndex().row())
        if row is not None:
            ops.change_calendar(parent=self, day=row.day, kind="remove").run_in_background()
