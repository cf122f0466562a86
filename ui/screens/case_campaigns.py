"""专项行动 (campaigns), a tab of the cases page: the list, and adding or editing one.

Campaigns live here because this page is where they are used: the case list filters
by campaign, the case form tags a case with one and a clearance target may be set
for one. Saving is `inspector.cases.actions.save_campaign`, the same call as the
CLI's `inspector cases campaign`; the core checks the name, the dates and, for a new
one, that its code is not taken. A campaign's code is how everything names it, so
the edit form shows it without letting it change. The office's alone (the rights
table): a laptop sees the list without the buttons.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QModelIndex
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector import clock
from ui import format as fmt
from ui.context import AppContext
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models.rows_table import Column, RowsTableModel
from ui.operations import cases_office as ops
from ui.screens.case_dialogs import date_of
from ui.widgets.common import table_view

if TYPE_CHECKING:
    from inspector.cases.targets import CampaignRow

_C = "CaseCampaigns"
CAMPAIGN_COLUMNS: list[Column[CampaignRow]] = [
    Column(QT_TRANSLATE_NOOP("CaseCampaigns", "代号"), lambda c: c.code),
    Column(QT_TRANSLATE_NOOP("CaseCampaigns", "名称"), lambda c: c.name),
    Column(QT_TRANSLATE_NOOP("CaseCampaigns", "开始日期"), lambda c: fmt.fmt_date(c.start_on),
           lambda c: c.start_on.isoformat() if c.start_on else ""),
    Column(QT_TRANSLATE_NOOP("CaseCampaigns", "结束日期"), lambda c: fmt.fmt_date(c.end_on),
           lambda c: c.end_on.isoformat() if c.end_on else ""),
    Column(QT_TRANSLATE_NOOP("CaseCampaigns", "案件数"), lambda c: str(c.cases), lambda c: c.cases),
]


class _OptionalDate(QWidget):
    """A date that may be left open: unticked means none (a campaign without an end)."""

    def __init__(self, label: str, value: date | None) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.on = QCheckBox(label)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy年M月d日")
        v = value or clock.today()
        self.edit.setDate(QDate(v.year, v.month, v.day))
        self.on.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.on.toggled.connect(self.edit.setEnabled)
        row.addWidget(self.on)
        row.addWidget(self.edit, 1)

    def value(self) -> date | None:
        return date_of(self.edit) if self.on.isChecked() else None


class CampaignDialog(QDialog):
    def __init__(self, parent: QWidget | None, current: CampaignRow | None = None) -> None:
        super().__init__(parent)
        self.is_new = current is None
        self.setWindowTitle(self.tr("新增专项行动") if current is None
                            else self.tr("编辑专项行动 %1").replace("%1", current.code))
        form = QFormLayout(self)
        self.code = QLineEdit(current.code if current else "")
        self.code.setPlaceholderText(self.tr("如 DJ2026；登记后不能修改"))
        self.code.setReadOnly(current is not None)
        self.name = QLineEdit(current.name if current else "")
        self.name.setPlaceholderText(self.tr("如 2026年冬季根治欠薪专项行动"))
        self.start = _OptionalDate(self.tr("有开始日期"), current.start_on if current else None)
        self.end = _OptionalDate(self.tr("有结束日期"), current.end_on if current else None)
        for label, w in ((self.tr("代号"), self.code), (self.tr("名称"), self.name),
                         (self.tr("开始"), self.start), (self.tr("结束"), self.end)):
            form.addRow(label, w)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, date | None, date | None]:
        """(code, name, start, end)."""
        return self.code.text(), self.name.text(), self.start.value(), self.end.value()


class CampaignsPanel(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        col = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("新增专项行动…"))
        self.add_button.clicked.connect(self.ask_add)
        self.edit_button = QPushButton(self.tr("编辑…"))
        self.edit_button.clicked.connect(self.ask_edit)
        for b in (self.add_button, self.edit_button):
            bar.addWidget(b)
        bar.addStretch(1)
        col.addLayout(bar)
        note = QLabel(self.tr("专项行动的代号标注案件、检查和清欠目标，统计与台账按它筛选；"
                              "登记后代号不能修改。"))
        note.setWordWrap(True)
        col.addWidget(note)
        self.model: RowsTableModel[CampaignRow] = RowsTableModel(CAMPAIGN_COLUMNS, context=_C)
        self.view = table_view()
        self.view.setModel(self.model)
        self.view.doubleClicked.connect(lambda _i: self.ask_edit())
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        col.addWidget(self.view, 1)
        self._enable()

    def _office(self) -> bool:
        return self.ctx.device is not None and self.ctx.device.role == "office"

    def _enable(self) -> None:
        self.add_button.setEnabled(self._office())
        self.edit_button.setEnabled(self._office() and self.current() is not None)

    def current(self) -> CampaignRow | None:
        index: QModelIndex = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def reload(self) -> None:
        ops.campaign_rows(parent=self).success(self.show_rows).run_in_background()

    def show_rows(self, rows: list[CampaignRow]) -> None:
        chosen = self.current()
        self.model.set_rows(rows)
        keep = next((n for n, c in enumerate(rows) if chosen and c.code == chosen.code), None)
        if keep is not None:
            self.view.selectRow(keep)
        self._enable()

    def ask_add(self) -> None:
        if self._office():
            self._ask(CampaignDialog(self))

    def ask_edit(self) -> None:
        current = self.current()
        if current is not None and self._office():
            self._ask(CampaignDialog(self, current))

    def _ask(self, dlg: CampaignDialog) -> None:
        if not dlg.exec():
            return
        code, name, start_on, end_on = dlg.values()
        ops.save_campaign(parent=self, code=code, name=name, start_on=start_on, end_on=end_on,
                          new=dlg.is_new).success(
            lambda _id: self.ctx.signals.status_message.emit(
                self.tr("专项行动 %1 已保存。").replace("%1", code.strip()))).run_in_background()
