"""The case form's workers: the case's own (masked, read-only) and the ones to add, typed
one at a time with the ID number checked as it is typed, or imported from a sheet.

The check is the core's (`idcard.validate`, GB 11643 check digit and birth date), so
the message shown is the one the save would give; a worker is added to the list only
once it passes.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.cases import idcard
from inspector.cases.service import WorkerInput
from inspector.errors import ValidationError
from ui import format as fmt
from ui.context import AppContext
from ui.operations import cases_office as ops
from ui.screens.case_format import RED


class WorkersEditor(QWidget):
    def __init__(self, ctx: AppContext, existing: list[dict[str, Any]]) -> None:
        super().__init__()
        self.ctx = ctx
        self._new: list[WorkerInput] = []
        col = QVBoxLayout(self)
        headers = [self.tr("姓名"), self.tr("身份证号"), self.tr("电话"), self.tr("拖欠月数"),
                   self.tr("拖欠金额")]
        self._existing = existing
        self._edits: list[tuple[QSpinBox, QDoubleSpinBox]] = []
        if existing:
            col.addWidget(QLabel(self.tr("本案已有劳动者（身份证号已隐去；拖欠月数和金额可改）")))
            self.existing = self._table(headers)
            for n, w in enumerate(existing):
                self._append(self.existing, [w["name"], w["id_number"], w["phone"], "", ""])
                months, amount = self._months_box(), self._yuan_box()
                months.setValue(w["months_owed"])
                amount.setValue(w["amount_owed_fen"] / 100)
                self.existing.setCellWidget(n, 3, months)
                self.existing.setCellWidget(n, 4, amount)
                self._edits.append((months, amount))
            col.addWidget(self.existing)
        col.addWidget(QLabel(self.tr("新增劳动者")))
        col.addLayout(self._entry_row())
        self.id_message = QLabel()
        self.id_message.setStyleSheet(f"color: {RED.name()};")
        col.addWidget(self.id_message)
        self.table = self._table(headers)
        col.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.remove_button = QPushButton(self.tr("移除选中"))
        self.remove_button.clicked.connect(self._remove)
        self.import_button = QPushButton(self.tr("从表格导入…"))
        self.import_button.setToolTip(self.tr("CSV 或 Excel，表头：姓名、身份证号、电话、拖欠月数、"
                                              "拖欠金额（元）"))
        self.import_button.clicked.connect(self._ask_import)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        col.addLayout(buttons)

    def _table(self, headers: list[str]) -> QTableWidget:
        t = QTableWidget(0, len(headers))
        t.setHorizontalHeaderLabels(headers)
        t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        t.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        return t

    def _append(self, table: QTableWidget, cells: list[str]) -> None:
        n = table.rowCount()
        table.insertRow(n)
        for c, text in enumerate(cells):
            table.setItem(n, c, QTableWidgetItem(text))

    def _entry_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("姓名"))
        self.id_number = QLineEdit()
        self.id_number.setPlaceholderText(self.tr("18位身份证号"))
        self.id_number.setMaxLength(20)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("电话"))
        self.months = self._months_box()
        self.amount = self._yuan_box()
        self.add_button = QPushButton(self.tr("添加"))
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self._add)
        for w in (self.name, self.id_number, self.phone, self.months, self.amount,
                  self.add_button):
            row.addWidget(w)
        self.id_number.textChanged.connect(self._check)
        self.name.textChanged.connect(self._check)
        return row

    def _months_box(self) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, 240)
        box.setSuffix(self.tr(" 个月"))
        return box

    def _yuan_box(self) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setDecimals(2)
        box.setRange(0, 1e9)
        box.setSuffix(self.tr(" 元"))
        return box

    def _check(self) -> None:
        """The core's verdict on the number as typed (nothing said while it is empty)."""
        text = self.id_number.text()
        message = ""
        if text.strip():
            try:
                idcard.validate(text)
            except ValidationError as e:
                message = str(e)
        self.id_message.setText(message)
        self.add_button.setEnabled(bool(text.strip()) and not message
                                   and bool(self.name.text().strip()))

    def _add(self) -> None:
        fen = _fen(self.amount)
        self.add([WorkerInput(self.name.text().strip(), idcard.validate(self.id_number.text()),
                              self.phone.text().strip(), self.months.value(), fen)])
        for w in (self.name, self.id_number, self.phone):
            w.clear()
        self.months.setValue(0)
        self.amount.setValue(0)

    def add(self, workers: list[WorkerInput]) -> None:
        for w in workers:
            self._new.append(w)
            # Shown masked like everywhere else; the whole number goes only to the core.
            self._append(self.table, [w.name, idcard.mask(w.id_number), w.phone,
                                      str(w.months_owed), fmt.fmt_yuan(w.amount_owed_fen)])

    def _remove(self) -> None:
        for n in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(n)
            del self._new[n]

    def _ask_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("导入劳动者名单"), "",
                                              self.tr("表格 (*.csv *.xlsx)"))
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        ops.worker_list(parent=self, path=path).success(self.add).run_in_background()

    def new_workers(self) -> list[WorkerInput]:
        return list(self._new)

    def worker_changes(self) -> dict[str, tuple[int, int]]:
        """The case's own workers whose months or amount were changed: case row →
        (months, fen)."""
        out = {}
        for w, (months, amount) in zip(self._existing, self._edits, strict=True):
            now = (months.value(), _fen(amount))
            if now != (w["months_owed"], w["amount_owed_fen"]):
                out[str(w["case_worker_id"])] = now
        return out


def _fen(box: QDoubleSpinBox) -> int:
    """Yuan typed → fen, through Decimal (never float arithmetic on the amount)."""
    return int(Decimal(f"{box.value():.2f}") * 100)
