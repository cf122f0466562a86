"""The wage-arrears row of a 拖欠/克扣 checklist item: workers, amount (元), a list CSV.

Shown under the item when it is answered 不符合. "登记" emits `save_requested`
with what was typed; the form calls the core (`record_arrears_typed`), which
parses and validates, and shows its message when the figures do not agree.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from inspector.queries.inspections import FormItem


def _yuan(fen: int) -> str:
    return f"{fen // 100}.{fen % 100:02d}"


class ArrearsRow(QWidget):
    save_requested = Signal(int, str, object)  # workers, amount in 元, list CSV path or None

    def __init__(self, item: FormItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(QCoreApplication.translate("ArrearsRow", "涉及劳动者：")))
        self.workers = QSpinBox()
        self.workers.setRange(0, 100000)
        self.workers.setSuffix(QCoreApplication.translate("ArrearsRow", " 名"))
        self.workers.setValue(item.arrears_workers or 0)
        row.addWidget(self.workers)
        row.addWidget(QLabel(QCoreApplication.translate("ArrearsRow", "欠薪金额（元）：")))
        self.amount = QLineEdit(_yuan(item.arrears_fen) if item.arrears_fen is not None else "")
        self.amount.setValidator(QRegularExpressionValidator(r"^\d{0,12}(\.\d{0,2})?$"))
        self.amount.setPlaceholderText(QCoreApplication.translate("ArrearsRow", "如 45000.00"))
        row.addWidget(self.amount)
        self.list_path: Path | None = None
        self.list_button = QPushButton(QCoreApplication.translate("ArrearsRow", "导入清单…"))
        self.list_button.setToolTip(
            QCoreApplication.translate("ArrearsRow", "CSV：姓名,月份,金额（元），可有表头"))
        self.list_button.clicked.connect(self._choose_list)
        row.addWidget(self.list_button)
        self.save_button = QPushButton(QCoreApplication.translate("ArrearsRow", "登记欠薪"))
        self.save_button.clicked.connect(self._save)
        row.addWidget(self.save_button)
        self.state = QLabel()
        row.addWidget(self.state, 1)
        if item.arrears_fen is not None:
            self.show_saved(item.arrears_workers or 0, item.arrears_fen, item.arrears_listed)

    def _choose_list(self) -> None:
        title = QCoreApplication.translate("ArrearsRow", "选择欠薪人员清单")
        name, _ = QFileDialog.getOpenFileName(self, title, "", "CSV (*.csv);;所有文件 (*)")
        if name:
            self.list_path = Path(name)
            self.list_button.setText(self.list_path.name)

    def _save(self) -> None:
        self.save_requested.emit(self.workers.value(), self.amount.text(), self.list_path)

    def show_saved(self, workers: int, fen: int, listed: int) -> None:
        text = QCoreApplication.translate("ArrearsRow", "已登记：%1 名，%2 元")
        text = text.replace("%1", str(workers)).replace("%2", _yuan(fen))
        if listed:
            more = QCoreApplication.translate("ArrearsRow", "，清单 %1 人")
            text += more.replace("%1", str(listed))
        self.state.setText(text)

    def set_read_only(self, read_only: bool) -> None:
        for w in (self.workers, self.amount, self.list_button, self.save_button):
            w.setEnabled(not read_only)
