"""The per-worker ledger: one person (by ID number) across every case, ID numbers masked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ui import format as fmt
from ui.context import AppContext
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models.rows_table import Column, RowsTableModel
from ui.operations import cases as ops
from ui.widgets.common import table_view

if TYPE_CHECKING:
    from inspector.cases.queries import LedgerRow

LEDGER_COLUMNS: list[Column[LedgerRow]] = [
    Column(QT_TRANSLATE_NOOP("CaseLedger", "姓名"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("CaseLedger", "身份证号"), lambda r: r.id_number),
    Column(QT_TRANSLATE_NOOP("CaseLedger", "电话"), lambda r: r.phone),
    Column(QT_TRANSLATE_NOOP("CaseLedger", "案件数"), lambda r: str(r.cases), lambda r: r.cases),
    Column(QT_TRANSLATE_NOOP("CaseLedger", "拖欠金额"), lambda r: fmt.fmt_yuan(r.owed_fen),
           lambda r: r.owed_fen),
    Column(QT_TRANSLATE_NOOP("CaseLedger", "已支付"), lambda r: fmt.fmt_yuan(r.paid_fen),
           lambda r: r.paid_fen),
    Column(QT_TRANSLATE_NOOP("CaseLedger", "案号"), lambda r: "、".join(r.case_nos)),
]


class LedgerPanel(QWidget):
    loaded = Signal(int)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("按姓名搜索"))
        self.count_label = QLabel()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count_label)
        layout.addLayout(bar)
        self.model: RowsTableModel[LedgerRow] = RowsTableModel(LEDGER_COLUMNS,
                                                               context="CaseLedger")
        self.view = table_view()
        self.view.setModel(self.model)
        layout.addWidget(self.view, 1)
        note = QLabel(self.tr("同一身份证号的劳动者合并为一人；身份证号已遮蔽（个人信息保护）。"))
        layout.addWidget(note)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())

    def reload(self) -> None:
        if self.ctx.db is None:
            return
        ops.workers_ledger(parent=self, search=self.search.text().strip()).success(
            self._show).run_in_background()

    def _show(self, rows: list[LedgerRow]) -> None:
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self.count_label.setText(self.tr("%1 人").replace("%1", str(len(rows))))
        self.loaded.emit(len(rows))
