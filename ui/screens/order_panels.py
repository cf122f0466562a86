"""The order screen's panels before issuing: draft editing and signatures.

The follow-up panels, service (送达) and recheck (复查), are in `order_followup`,
which shares the date helpers here.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from inspector.checklists.legal import citation
from inspector.orders.edits import DraftEdit, ViolationEdit
from inspector.orders.wording import FALLBACK_PENALTY
from ui.widgets.icons import icon
from ui.widgets.signature_pad import SignaturePad

if TYPE_CHECKING:
    from inspector.queries.orders import OrderDetail
    from inspector.queries.people import InspectorRow


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


def date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy年M月d日")
    return edit


class DraftPanel(QWidget):
    """Edit a draft: title, deadline, the two inspectors, each violation's fact and requirement."""

    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title = QLineEdit()
        form.addRow(self.tr("文书标题："), self.title)
        self.deadline = date_edit()
        self.deadline.setToolTip(self.tr("改动此处将同时改动下列各项的期限；各项也可分别修改。"))
        self.deadline.dateChanged.connect(self._all_deadlines)
        form.addRow(self.tr("整改期限（全部）："), self.deadline)
        row = QHBoxLayout()
        self.inspector1 = QComboBox()
        self.inspector2 = QComboBox()
        row.addWidget(self.inspector1)
        row.addWidget(self.inspector2)
        form.addRow(self.tr("监察员："), row)
        layout.addLayout(form)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        layout.addWidget(self.scroll_area, 1)
        self.editors: list[tuple[int, QPlainTextEdit, QPlainTextEdit]] = []
        self.basis_labels: list[QLabel] = []  # per violation: duty, penalty citations
        self.deadlines: list[QDateEdit] = []  # each violation's own deadline, as `editors`
        self._filling = False
        self.save_button = QPushButton(self.tr("保存草稿 (Ctrl+S)"))
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.clicked.connect(self.save_requested)
        layout.addWidget(self.save_button)

    def show_order(self, detail: OrderDetail, people: list[InspectorRow],
                   chosen: tuple[str | None, str | None]) -> None:
        editable = detail.row.status == "draft"
        self.title.setText(detail.row.title)
        self._filling = True
        self.deadline.setDate(qdate(detail.row.deadline))
        self._filling = False
        for combo, current in ((self.inspector1, chosen[0]), (self.inspector2, chosen[1])):
            combo.clear()
            combo.addItem(self.tr("（请选择）"), None)
            for p in people:
                combo.addItem(f"{p.name}（{p.credential_no}）", p.id)
            combo.setCurrentIndex(max(combo.findData(current), 0))
        box = QWidget()
        column = QVBoxLayout(box)
        self.editors = []
        self.basis_labels = []
        self.deadlines = []
        for v in detail.violations:
            group = QGroupBox(self.tr("第%1项").replace("%1", str(v.position)))
            g = QFormLayout(group)
            fact = QPlainTextEdit(v.fact)
            fact.setFixedHeight(64)
            req = QPlainTextEdit(v.requirement)
            req.setFixedHeight(52)
            for w in (fact, req):
                w.setReadOnly(not editable)
            due = date_edit()
            due.setDate(qdate(v.deadline))
            due.setEnabled(editable)
            g.addRow(self.tr("违法事实："), fact)
            g.addRow(self.tr("改正要求："), req)
            g.addRow(self.tr("本项期限："), due)
            duty = QLabel(citation(v.duty_articles))
            penalty = QLabel(citation(v.penalty_articles) if v.penalty_articles
                             else self.tr("无专门罚则，逾期不改正依%1").replace(
                                 "%1", citation([FALLBACK_PENALTY])))
            for label in (duty, penalty):
                label.setWordWrap(True)
                self.basis_labels.append(label)
            g.addRow(self.tr("违反："), duty)
            g.addRow(self.tr("罚则："), penalty)
            if v.arrears_fen is not None:
                owed = self.tr("涉及劳动者 %1 名，金额 %2 元").replace(
                    "%1", str(v.arrears_workers or 0)).replace(
                    "%2", f"{v.arrears_fen // 100}.{v.arrears_fen % 100:02d}")
                g.addRow(self.tr("欠薪："), QLabel(owed))
            column.addWidget(group)
            self.editors.append((v.position, fact, req))
            self.deadlines.append(due)
        column.addStretch(1)
        self.scroll_area.setWidget(box)
        for widget in (self.title, self.deadline, self.inspector1, self.inspector2,
                       self.save_button):
            widget.setEnabled(editable)

    def _all_deadlines(self, when: QDate) -> None:
        """The header date sets every violation's own deadline (each stays editable)."""
        if self._filling:
            return
        for due in self.deadlines:
            due.setDate(when)

    def values(self) -> DraftEdit:
        """Everything on the panel as one edit, saved (or refused) whole by the core: the
        title, the inspectors and each violation's text and own deadline."""
        a, b = self.inspector1.currentData(), self.inspector2.currentData()
        pair = (a, b) if a and b else None
        violations = tuple(
            ViolationEdit(pos, fact=f.toPlainText(), requirement=r.toPlainText(),
                          deadline=pydate(due.date()))
            for (pos, f, r), due in zip(self.editors, self.deadlines, strict=True))
        return DraftEdit(inspector_ids=pair, title=self.title.text(), violations=violations)


class SignaturePanel(QWidget):
    """Three pads: both inspectors and the recipient; each saved as an image of the order."""

    save_requested = Signal(str, bytes)  # role, png
    refused = Signal()

    ROLES = ("inspector1", "inspector2", "recipient")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        names = {"inspector1": self.tr("监察员（一）签名"), "inspector2": self.tr("监察员（二）签名"),
                 "recipient": self.tr("被指令单位签收人签名")}
        self.pads: dict[str, SignaturePad] = {}
        self.status: dict[str, QLabel] = {}
        for role in self.ROLES:
            group = QGroupBox(names[role])
            g = QVBoxLayout(group)
            pad = SignaturePad()
            g.addWidget(pad, 1)
            row = QHBoxLayout()
            state = QLabel()
            row.addWidget(state, 1)
            clear = QPushButton(self.tr("清除"))
            clear.clicked.connect(pad.clear)
            save = QPushButton(icon("sign"), self.tr("保存签名"))
            save.clicked.connect(lambda _c=False, r=role: self._save(r))
            row.addWidget(clear)
            row.addWidget(save)
            g.addLayout(row)
            layout.addWidget(group, 1)
            self.pads[role] = pad
            self.status[role] = state
        self.refuse_button = QPushButton(icon("warning"), self.tr("拒签（转为留置送达）"))
        self.refuse_button.clicked.connect(self.refused)
        layout.addWidget(self.refuse_button)

    def _save(self, role: str) -> None:
        png = self.pads[role].png_bytes()
        if png:
            self.save_requested.emit(role, png)
        else:
            self.status[role].setText(self.tr("请先签名"))

    def mark_saved(self, role: str) -> None:
        self.status[role].setText(self.tr("已保存"))
