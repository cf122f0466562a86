"""The panels of the order screen: draft editing, signatures, service (送达) and recheck (复查)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
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

from inspector import clock
from inspector.orders.edits import DraftEdit, ViolationEdit
from ui import format as fmt
from ui.widgets.icons import icon
from ui.widgets.signature_pad import SignaturePad

if TYPE_CHECKING:
    from inspector.orders.queries import OrderDetail
    from inspector.queries.people import InspectorRow

PHOTO_FILTER = "图片 (*.jpg *.jpeg *.png *.webp *.bmp);;所有文件 (*)"


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class DraftPanel(QWidget):
    """Edit a draft: title, deadline, the two inspectors, each violation's fact and requirement."""

    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title = QLineEdit()
        form.addRow(self.tr("文书标题："), self.title)
        self.deadline = QDateEdit()
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("yyyy年M月d日")
        form.addRow(self.tr("整改期限："), self.deadline)
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
        self.save_button = QPushButton(self.tr("保存草稿 (Ctrl+S)"))
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.clicked.connect(self.save_requested)
        layout.addWidget(self.save_button)

    def show_order(self, detail: OrderDetail, people: list[InspectorRow],
                   chosen: tuple[str | None, str | None]) -> None:
        editable = detail.row.status == "draft"
        self.title.setText(detail.row.title)
        self.deadline.setDate(qdate(detail.row.deadline))
        for combo, current in ((self.inspector1, chosen[0]), (self.inspector2, chosen[1])):
            combo.clear()
            combo.addItem(self.tr("（请选择）"), None)
            for p in people:
                combo.addItem(f"{p.name}（{p.credential_no}）", p.id)
            combo.setCurrentIndex(max(combo.findData(current), 0))
        box = QWidget()
        column = QVBoxLayout(box)
        self.editors = []
        for v in detail.violations:
            group = QGroupBox(self.tr("第%1项").replace("%1", str(v.position)))
            g = QFormLayout(group)
            fact = QPlainTextEdit(v.fact)
            fact.setFixedHeight(64)
            req = QPlainTextEdit(v.requirement)
            req.setFixedHeight(52)
            for w in (fact, req):
                w.setReadOnly(not editable)
            g.addRow(self.tr("违法事实："), fact)
            g.addRow(self.tr("改正要求："), req)
            arts = "、".join(v.duty_articles) + " / " + "、".join(v.penalty_articles)
            g.addRow(self.tr("依据（义务/罚则）："), QLabel(arts))
            column.addWidget(group)
            self.editors.append((v.position, fact, req))
        column.addStretch(1)
        self.scroll_area.setWidget(box)
        for widget in (self.title, self.deadline, self.inspector1, self.inspector2,
                       self.save_button):
            widget.setEnabled(editable)

    def values(self) -> DraftEdit:
        """Everything on the panel as one edit, saved (or refused) whole by the core."""
        a, b = self.inspector1.currentData(), self.inspector2.currentData()
        pair = (a, b) if a and b else None
        violations = tuple(ViolationEdit(pos, fact=f.toPlainText(), requirement=r.toPlainText())
                           for pos, f, r in self.editors)
        return DraftEdit(deadline=pydate(self.deadline.date()), inspector_ids=pair,
                         title=self.title.text(), violations=violations)


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


class ServicePanel(QWidget):
    """Record a service: method, recipient, place, refusal with witness, photos."""

    serve_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.method = QComboBox()
        for code, name in fmt.SERVICE_METHOD_NAMES().items():
            self.method.addItem(name, code)
        form.addRow(self.tr("送达方式："), self.method)
        self.recipient = QLineEdit()
        form.addRow(self.tr("签收人："), self.recipient)
        self.position = QLineEdit()
        form.addRow(self.tr("职务："), self.position)
        self.place = QLineEdit()
        form.addRow(self.tr("送达地点："), self.place)
        self.refused = QCheckBox(self.tr("受送达人拒绝签收（拒签）"))
        self.refused.toggled.connect(self._refused_toggled)
        form.addRow("", self.refused)
        self.witness = QLineEdit()
        form.addRow(self.tr("见证人："), self.witness)
        self.note = QLineEdit()
        form.addRow(self.tr("备注："), self.note)
        photo_row = QHBoxLayout()
        self.photo_label = QLabel(self.tr("未添加照片"))
        add = QPushButton(icon("camera"), self.tr("添加现场照片"))
        add.clicked.connect(self._add_photos)
        photo_row.addWidget(self.photo_label, 1)
        photo_row.addWidget(add)
        form.addRow(self.tr("照片："), photo_row)
        layout.addLayout(form)
        self.serve_button = QPushButton(icon("check"), self.tr("记录送达"))
        self.serve_button.clicked.connect(self.serve_requested)
        layout.addWidget(self.serve_button)
        self.history = QLabel()
        self.history.setWordWrap(True)
        layout.addWidget(self.history)
        layout.addStretch(1)
        self.photos: list[Path] = []
        self._can_serve = False
        # Set once a service is recorded from this form, cleared by any edit: the same
        # service cannot be recorded twice by a second click.
        self._recorded = False
        for line in (self.recipient, self.position, self.place, self.witness, self.note):
            line.textChanged.connect(self._edited)
        self.method.currentIndexChanged.connect(self._edited)
        self.refused.toggled.connect(self._edited)

    def _edited(self, *_args: object) -> None:
        self._recorded = False
        self.serve_button.setEnabled(self._can_serve)

    def clear(self) -> None:
        """Empty the form after a recorded service (and refuse to record it again)."""
        for line in (self.recipient, self.position, self.place, self.witness, self.note):
            line.clear()
        self.refused.setChecked(False)
        self.method.setCurrentIndex(0)
        self.photos = []
        self.photo_label.setText(self.tr("未添加照片"))
        self._recorded = True
        self.serve_button.setEnabled(False)

    def _refused_toggled(self, on: bool) -> None:
        if on:
            self.method.setCurrentIndex(self.method.findData("left_at_premises"))

    def _add_photos(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("选择现场照片"), "", PHOTO_FILTER)
        self.photos.extend(Path(f) for f in files)
        self.photo_label.setText(self.tr("已选择 %1 张照片").replace("%1", str(len(self.photos))))
        if files:
            self._edited()

    def show_order(self, detail: OrderDetail) -> None:
        can_serve = detail.row.status in ("issued", "served")
        self._can_serve = can_serve
        self.serve_button.setEnabled(can_serve and not self._recorded)
        lines = [
            f"{fmt.fmt_datetime(s.served_at)}  {fmt.SERVICE_METHOD_NAMES().get(s.method, s.method)}"
            f"  {s.recipient_name}{self.tr('（拒签）') if s.refused else ''}"
            f"  {self.tr('照片 %1 张').replace('%1', str(len(s.evidence_ids)))}"
            for s in detail.services
        ]
        self.history.setText("\n".join(lines) if lines else self.tr("尚无送达记录。"))
        if not can_serve:
            self.history.setText(self.history.text() + "\n" + self.tr("指令书出具后才能记录送达。"))
        self.photos = []
        self.photo_label.setText(self.tr("未添加照片"))

    def values(self) -> dict[str, object]:
        return {
            "method": self.method.currentData(), "recipient_name": self.recipient.text(),
            "recipient_position": self.position.text(), "place": self.place.text(),
            "refused": self.refused.isChecked(), "witness": self.witness.text(),
            "photos": list(self.photos), "note": self.note.text(),
        }


class RecheckPanel(QWidget):
    """复查, one violation at a time: rectified or not, on a date, with a note and photos."""

    recheck_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        form = QFormLayout()
        self.violation = QComboBox()
        form.addRow(self.tr("违法事项："), self.violation)
        self.rectified = QComboBox()
        self.rectified.addItem(self.tr("已改正"), True)
        self.rectified.addItem(self.tr("未改正"), False)
        form.addRow(self.tr("复查结论："), self.rectified)
        self.checked_on = QDateEdit(qdate(clock.today()))  # the core's clock, as for deadlines
        self.checked_on.setCalendarPopup(True)
        self.checked_on.setDisplayFormat("yyyy年M月d日")
        form.addRow(self.tr("复查日期："), self.checked_on)
        self.note = QLineEdit()
        form.addRow(self.tr("复查情况："), self.note)
        row = QHBoxLayout()
        self.photo_label = QLabel(self.tr("未添加照片"))
        add = QPushButton(icon("camera"), self.tr("添加照片"))
        add.clicked.connect(self._add_photos)
        row.addWidget(self.photo_label, 1)
        row.addWidget(add)
        form.addRow(self.tr("照片："), row)
        layout.addLayout(form)
        self.button = QPushButton(icon("check"), self.tr("记录复查"))
        self.button.clicked.connect(self.recheck_requested)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.photos: list[Path] = []
        self._can_recheck = False
        self._recorded = False  # as in ServicePanel: one click, one recorded recheck
        self.note.textChanged.connect(self._edited)
        self.violation.currentIndexChanged.connect(self._edited)
        self.rectified.currentIndexChanged.connect(self._edited)
        self.checked_on.dateChanged.connect(self._edited)

    def _edited(self, *_args: object) -> None:
        self._recorded = False
        self.button.setEnabled(self._can_recheck)

    def clear(self) -> None:
        """Empty the form after a recorded recheck (and refuse to record it again)."""
        self.note.clear()
        self.photos = []
        self.photo_label.setText(self.tr("未添加照片"))
        self._recorded = True
        self.button.setEnabled(False)

    def _add_photos(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("选择复查照片"), "", PHOTO_FILTER)
        self.photos.extend(Path(f) for f in files)
        self.photo_label.setText(self.tr("已选择 %1 张照片").replace("%1", str(len(self.photos))))
        if files:
            self._edited()

    def show_order(self, detail: OrderDetail) -> None:
        # Refilling the list is not an edit: it must not re-arm a just-used button.
        self.violation.blockSignals(True)
        self.violation.clear()
        lines = []
        for v in detail.violations:
            state = (self.tr("未复查") if v.rectified is None
                     else self.tr("已改正") if v.rectified else self.tr("未改正"))
            self.violation.addItem(f"{v.position}. {v.fact[:40]}", v.position)
            lines.append(f"{v.position}. {v.fact}  —  {self.tr('期限')} {fmt.fmt_date(v.deadline)}"
                         f"  [{state}{' ' + fmt.fmt_date(v.rechecked_on) if v.rechecked_on else ''}]")
        self.violation.blockSignals(False)
        self.summary.setText("\n".join(lines))
        self._can_recheck = detail.row.status in ("issued", "served")
        self.button.setEnabled(self._can_recheck and not self._recorded)
        self.photos = []
        self.photo_label.setText(self.tr("未添加照片"))

    def values(self) -> dict[str, object]:
        return {"position": self.violation.currentData(),
                "rectified": bool(self.rectified.currentData()),
                "checked_on": pydate(self.checked_on.date()), "note": self.note.text(),
                "photos": list(self.photos)}
