"""The small forms of the case detail: status change, payment, referral, link.

Each returns plain values from `values()`; the pane makes the one core call. Money
is typed in yuan and handed on in fen (through Decimal, never float arithmetic on
the amount); dates cannot be later than today (the core checks the earliest).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from inspector import clock
from ui import format as fmt

if TYPE_CHECKING:
    from inspector.cases.queries import LinkChoice
    from inspector.queries.people import InspectorRow


def date_edit(value: date | None = None) -> QDateEdit:
    today = clock.today()
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy年M月d日")
    edit.setMaximumDate(QDate(today.year, today.month, today.day))
    v = value or today
    edit.setDate(QDate(v.year, v.month, v.day))
    return edit


def date_of(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class _Form(QDialog):
    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class StatusDialog(_Form):
    """Only the statuses the core allows next are offered."""

    def __init__(self, parent: QWidget | None, next_statuses: list[tuple[str, str]],
                 received_on: date) -> None:
        super().__init__(parent, self.tr("变更案件状态"))
        from ui.screens.case_format import STATUS_NAMES

        self.to = QComboBox()
        for code, label in next_statuses:
            self.to.addItem(STATUS_NAMES().get(code, label), code)
        self.on = date_edit()
        self.on.setMinimumDate(QDate(received_on.year, received_on.month, received_on.day))
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("理由（不予受理、移送、撤销立案、结案须写明）"))
        self.form.addRow(self.tr("转为"), self.to)
        self.form.addRow(self.tr("日期"), self.on)
        self.form.addRow(self.tr("理由"), self.reason)

    def values(self) -> tuple[str, date, str]:
        return str(self.to.currentData()), date_of(self.on), self.reason.toPlainText()


class PaymentDialog(_Form):
    def __init__(self, parent: QWidget | None, workers: list[dict[str, Any]]) -> None:
        super().__init__(parent, self.tr("登记追回工资"))
        self.amount = QDoubleSpinBox()
        self.amount.setDecimals(2)
        self.amount.setRange(0, 1e10)
        self.amount.setSuffix(self.tr(" 元"))
        self.paid_on = date_edit()
        self.worker = QComboBox()
        self.worker.addItem(self.tr("整案（不指定劳动者）"), None)
        for w in workers:
            self.worker.addItem(f"{w['name']} {w['id_number']}", w["case_worker_id"])
        self.note = QLineEdit()
        self.form.addRow(self.tr("金额"), self.amount)
        self.form.addRow(self.tr("支付日期"), self.paid_on)
        self.form.addRow(self.tr("劳动者"), self.worker)
        self.form.addRow(self.tr("备注"), self.note)

    def values(self) -> tuple[int, date, str | None, str]:
        fen = int(Decimal(f"{self.amount.value():.2f}") * 100)
        return fen, date_of(self.paid_on), self.worker.currentData(), self.note.text()


class ReferralDialog(_Form):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent, self.tr("移送"))
        self.target = QComboBox()
        self.target.addItem(self.tr("公安机关（涉嫌拒不支付劳动报酬罪）"), "police")
        self.target.addItem(self.tr("人民法院"), "court")
        self.referred_on = date_edit()
        self.number = QLineEdit()
        self.body = QLineEdit()
        self.body.setPlaceholderText(self.tr("留空则为“公安机关”或“人民法院”"))
        self.outcome = QLineEdit()
        self.form.addRow(self.tr("移送对象"), self.target)
        self.form.addRow(self.tr("移送日期"), self.referred_on)
        self.form.addRow(self.tr("文号"), self.number)
        self.form.addRow(self.tr("接收机关"), self.body)
        self.form.addRow(self.tr("结果"), self.outcome)

    def values(self) -> dict[str, Any]:
        return {"target": self.target.currentData(), "referred_on": date_of(self.referred_on),
                "number": self.number.text(), "receiving_body": self.body.text(),
                "outcome": self.outcome.text()}


class LinkDialog(_Form):
    """Pick one inspection or order; an order may be marked 责令限期支付."""

    def __init__(self, parent: QWidget | None, choices: list[LinkChoice]) -> None:
        super().__init__(parent, self.tr("关联检查或指令书"))
        self.choices = QListWidget()
        for c in choices:
            kind = self.tr("检查") if c.kind == "inspection" else self.tr("指令书")
            item = QListWidgetItem(f"[{kind}] {c.label}  {fmt.fmt_date(c.on)}")
            item.setData(Qt.ItemDataRole.UserRole, c)
            self.choices.addItem(item)
        self.orders_payment = QCheckBox(self.tr("这份指令书责令限期支付工资"))
        self.form.addRow(self.choices)
        self.form.addRow(self.orders_payment)

    def values(self) -> tuple[LinkChoice | None, bool]:
        item = self.choices.currentItem()
        return (item.data(Qt.ItemDataRole.UserRole) if item else None), self.orders_payment.isChecked()


class AssignDialog(_Form):
    """Tick the inspectors to add (those already on the case are ticked and kept)."""

    def __init__(self, parent: QWidget | None, inspectors: list[InspectorRow],
                 assigned: set[str]) -> None:
        super().__init__(parent, self.tr("指派承办监察员"))
        self.people = QListWidget()
        for p in inspectors:
            item = QListWidgetItem(f"{p.name}  {p.credential_no}")
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            on = p.credential_no in assigned
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            if on:  # the core adds inspectors; taking one off is not offered here
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.people.addItem(item)
        self.form.addRow(QLabel(self.tr("立案须至少2名监察员（劳动保障监察条例第十六条）")))
        self.form.addRow(self.people)

    def values(self) -> list[str]:
        items = (self.people.item(n) for n in range(self.people.count()))
        return [str(i.data(Qt.ItemDataRole.UserRole)) for i in items
                if i.checkState() == Qt.CheckState.Checked and i.flags() & Qt.ItemFlag.ItemIsEnabled]
