"""The order screen's follow-up panels: service (送达) and recheck (复查) of an issued order."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
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
from ui.screens.order_panels import pydate, qdate
from ui.widgets.icons import icon

if TYPE_CHECKING:
    from inspector.queries.orders import OrderDetail, ServiceRow

PHOTO_FILTER = "图片 (*.jpg *.jpeg *.png *.webp *.bmp);;所有文件 (*)"


class ServiceValues(TypedDict):
    """What the service form holds: the keyword arguments of `ui.operations.orders.serve`."""

    method: str
    recipient_name: str
    recipient_position: str
    place: str
    refused: bool
    witness: str
    photos: list[Path]
    note: str
    receiver_on_behalf: str
    receiver_on_behalf_relation: str
    refusal_reason: str


class RecheckValues(TypedDict):
    """What the recheck form holds: the keyword arguments of `ui.operations.orders.recheck`."""

    position: int
    rectified: bool
    checked_on: date
    note: str
    photos: list[Path]


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
        self.receiver_on_behalf = QLineEdit()
        self.receiver_on_behalf.setPlaceholderText(self.tr("受送达人不在时由他人代收"))
        form.addRow(self.tr("代收人："), self.receiver_on_behalf)
        self.relation = QLineEdit()
        form.addRow(self.tr("与受送达人关系（代收理由）："), self.relation)
        self.place = QLineEdit()
        form.addRow(self.tr("送达地点："), self.place)
        self.refused = QCheckBox(self.tr("受送达人拒绝签收（拒签）"))
        self.refused.toggled.connect(self._refused_toggled)
        form.addRow("", self.refused)
        self.refusal_reason = QLineEdit()
        self.refusal_reason.setPlaceholderText(self.tr("如实记录拒收的经过和理由"))
        form.addRow(self.tr("拒收事由："), self.refusal_reason)
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
        lines = [self._service_line(s) for s in detail.services]
        self.history.setText("\n".join(lines) if lines else self.tr("尚无送达记录。"))
        if not can_serve:
            self.history.setText(self.history.text() + "\n" + self.tr("指令书出具后才能记录送达。"))
        self.photos = []
        self.photo_label.setText(self.tr("未添加照片"))

    def _service_line(self, s: ServiceRow) -> str:
        marks = ""
        if s.receiver_on_behalf:
            marks += self.tr("（代收）")
        if s.refused_to_sign:
            marks += self.tr("（拒签）")
        if s.late:
            marks += self.tr("（逾期送达）")
        photos = self.tr("照片 %1 张").replace("%1", str(len(s.evidence_ids)))
        method = fmt.SERVICE_METHOD_NAMES().get(s.method, s.method)
        who = s.receiver_on_behalf or s.recipient_name
        return f"{fmt.fmt_datetime(s.served_at)}  {method}  {who}{marks}  {photos}"

    def values(self) -> ServiceValues:
        return {
            "method": self.method.currentData(), "recipient_name": self.recipient.text(),
            "recipient_position": self.position.text(), "place": self.place.text(),
            "refused": self.refused.isChecked(), "witness": self.witness.text(),
            "photos": list(self.photos), "note": self.note.text(),
            "receiver_on_behalf": self.receiver_on_behalf.text(),
            "receiver_on_behalf_relation": self.relation.text(),
            "refusal_reason": self.refusal_reason.text() if self.refused.isChecked() else "",
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

    def values(self) -> RecheckValues:
        return {"position": self.violation.currentData(),
                "rectified": bool(self.rectified.currentData()),
                "checked_on": pydate(self.checked_on.date()), "note": self.note.text(),
                "photos": list(self.photos)}
