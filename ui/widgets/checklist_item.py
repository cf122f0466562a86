"""One checklist item in the inspection form: its question, answer buttons, note and photos.

The widget keeps the item's current answer locally and emits `changed` on every
edit; the form saves it (immediately for a button, after a pause for typing).
Buttons are big and checkable so a pen or a finger hits them in the sun.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector.queries.inspections import FormItem
from ui.widgets.arrears_row import ArrearsRow
from ui.widgets.icons import icon
from ui.widgets.thumbnails import ThumbnailStrip

RECORD_TYPES = ("number", "text")  # items that record a value rather than a verdict


_BUTTON_STYLE = {
    "compliant": "QPushButton:checked { background: #2e7d32; color: white; font-weight: bold; }",
    "non_compliant": "QPushButton:checked { background: #c0392b; color: white; font-weight: bold; }",
    "not_applicable": "QPushButton:checked { background: #616161; color: white; }",
}




def verdicts_for(answer_type: str) -> list[tuple[str, str]]:
    if answer_type in RECORD_TYPES:
        return []
    out = [("compliant", QCoreApplication.translate("ChecklistItem", "符合")), ("non_compliant", QCoreApplication.translate("ChecklistItem", "不符合"))]
    if answer_type in ("yes_no_na", "choice"):
        out.append(("not_applicable", QCoreApplication.translate("ChecklistItem", "不适用")))
    return out


class ChecklistItemWidget(QFrame):
    changed = Signal(str, bool)  # item id, save at once (False: typing, save after a pause)
    attach_requested = Signal(str)  # item id
    arrears_requested = Signal(str, int, str, object)  # item id, workers, 元, list CSV | None

    def __init__(self, item: FormItem, *, subcontractors: list[tuple[str, str]],
                 read_only: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.answer = item.answer
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self._add_question(layout, item)
        row = QHBoxLayout()
        self._add_verdicts(row, item)
        self._add_value(row, item)
        self._add_responsible(row, item, subcontractors)
        row.addStretch(1)
        self.attach_button = QPushButton(icon("camera"), QCoreApplication.translate("ChecklistItem", "添加照片"))
        self.attach_button.clicked.connect(lambda: self.attach_requested.emit(item.item_id))
        row.addWidget(self.attach_button)
        layout.addLayout(row)
        self.note = QLineEdit(item.note)
        self.note.textEdited.connect(lambda _t_: self._emit(False))
        layout.addWidget(self.note)
        self.arrears: ArrearsRow | None = None
        if item.wage_item:
            self.arrears = ArrearsRow(item)
            self.arrears.save_requested.connect(
                lambda w, a, p: self.arrears_requested.emit(item.item_id, w, a, p))
            self.arrears.set_read_only(read_only)
            layout.addWidget(self.arrears)
        self.evidence_label = QLabel()
        self.thumbs = ThumbnailStrip()
        layout.addWidget(self.evidence_label)
        layout.addWidget(self.thumbs)
        self.read_only = read_only
        self._refresh()
        if read_only:
            for w in (*self.buttons.values(), self.note, self.attach_button, self.responsible,
                      self.value_edit, self.choice):
                if w is not None:
                    w.setEnabled(False)

    def _add_question(self, layout: QVBoxLayout, item: FormItem) -> None:
        """The item's code and text (marked when it needs evidence) and what to look at."""
        needs = QCoreApplication.translate("ChecklistItem", "［需证据］")
        title = QLabel(f"<b>{item.code}</b>  {item.text}"
                       + (f"  <span style='color:#b9770e'>{needs}</span>"
                          if item.evidence_required else ""))
        title.setWordWrap(True)
        layout.addWidget(title)
        if item.guidance:
            guide = QLabel(QCoreApplication.translate("ChecklistItem", "应查材料：%1").replace("%1", item.guidance))
            guide.setStyleSheet("color: #666;")
            guide.setWordWrap(True)
            layout.addWidget(guide)

    def _add_verdicts(self, row: QHBoxLayout, item: FormItem) -> None:
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # allows un-choosing by clicking again
        self.buttons: dict[str, QPushButton] = {}
        for code, label in verdicts_for(item.answer_type):
            button = QPushButton(label)
            button.setCheckable(True)
            button.setMinimumSize(88, 34)
            button.setStyleSheet(_BUTTON_STYLE[code])
            button.setChecked(item.answer == code)
            button.clicked.connect(lambda checked, c=code: self._choose(c, checked))
            self.group.addButton(button)
            self.buttons[code] = button
            row.addWidget(button)

    def _add_value(self, row: QHBoxLayout, item: FormItem) -> None:
        """A choice list, or a line for a number or text item; nothing for a verdict item."""
        self.value_edit: QLineEdit | None = None
        self.choice: QComboBox | None = None
        if item.answer_type == "choice":
            self.choice = QComboBox()
            self.choice.addItem("", "")
            for opt in item.options:
                self.choice.addItem(str(opt), str(opt))
            self.choice.setCurrentIndex(max(self.choice.findData(item.value), 0))
            self.choice.currentIndexChanged.connect(lambda _i: self._emit(True))
            row.addWidget(self.choice)
        elif item.answer_type in RECORD_TYPES:
            self.value_edit = QLineEdit(item.value)
            self.value_edit.setPlaceholderText(QCoreApplication.translate("ChecklistItem", "填写数字") if item.answer_type == "number"
                                               else QCoreApplication.translate("ChecklistItem", "填写情况"))
            if item.answer_type == "number":
                self.value_edit.setValidator(QDoubleValidator(self.value_edit))
            self.value_edit.textEdited.connect(lambda _t_: self._emit(False))
            row.addWidget(self.value_edit, 1)

    def _add_responsible(self, row: QHBoxLayout, item: FormItem,
                         subcontractors: list[tuple[str, str]]) -> None:
        """The responsible subcontractor, required when the duty holder is one of several."""
        self.responsible = QComboBox()
        self.responsible.addItem(QCoreApplication.translate("ChecklistItem", "责任分包单位…"), None)
        for emp_id, name in subcontractors:
            self.responsible.addItem(name, emp_id)
        self.responsible.setCurrentIndex(
            max(self.responsible.findData(item.responsible_employer_id), 0))
        self.responsible.currentIndexChanged.connect(lambda _i: self._emit(True))
        self._needs_party = item.duty_holder == "subcontractor" and len(subcontractors) > 1
        row.addWidget(self.responsible)

    # -- state --------------------------------------------------------------------
    @property
    def item_id(self) -> str:
        return self.item.item_id

    @property
    def value(self) -> str:
        if self.value_edit is not None:
            return self.value_edit.text().strip()
        if self.choice is not None:
            return str(self.choice.currentData() or "")
        return ""

    @property
    def note_text(self) -> str:
        return self.note.text()

    @property
    def responsible_id(self) -> str | None:
        return self.responsible.currentData() if self._needs_party else None

    @property
    def done(self) -> bool:
        if self.item.answer_type in RECORD_TYPES:
            return bool(self.value)
        return self.answer != "unanswered"

    @property
    def missing_evidence(self) -> bool:
        return (self.item.evidence_required and self.answer == "non_compliant"
                and self.thumbs.count() == 0)

    def set_evidence(self, items: list[tuple[str, str, str]], data_dir: Path | None) -> None:
        self.thumbs.set_items(items, data_dir)
        self._refresh()

    def _choose(self, code: str, checked: bool) -> None:
        self.answer = code if checked else "unanswered"
        for other, button in self.buttons.items():
            button.setChecked(other == self.answer)
        self._refresh()
        self._emit(True)

    def _emit(self, now: bool) -> None:
        self._refresh()
        self.changed.emit(self.item.item_id, now)

    def _refresh(self) -> None:
        bad = self.answer == "non_compliant"
        self.note.setPlaceholderText(QCoreApplication.translate("ChecklistItem", "请写明问题事实（将写入指令书）") if bad else QCoreApplication.translate("ChecklistItem", "备注"))
        self.responsible.setVisible(bad and self._needs_party)
        if self.arrears is not None:
            self.arrears.setVisible(bad)
        n = self.thumbs.count()
        if self.missing_evidence:
            self.evidence_label.setText(QCoreApplication.translate("ChecklistItem", "⚠ 认定违法须附证据：请添加照片或材料"))
            self.evidence_label.setStyleSheet("color: #c0392b;")
        else:
            self.evidence_label.setText(QCoreApplication.translate("ChecklistItem", "证据 %1 份").replace("%1", str(n)) if n else "")
            self.evidence_label.setStyleSheet("")
        self.evidence_label.setVisible(bool(self.evidence_label.text()))
        self.thumbs.setVisible(n > 0)
        colour = {"non_compliant": "#fdecea", "compliant": "#eef7ee",
                  "not_applicable": "#f3f3f3"}.get(self.answer, "")
        self.setStyleSheet(f"ChecklistItemWidget {{ background: {colour}; }}" if colour else "")
