"""Two office views of cases: the 失信 candidate's draft notice (copy, or save as text)
and the province thresholds of 拒不支付劳动报酬罪 (view and edit).

The thresholds are marked configurable and unverified, as docs/cases.md says: the
built-in province figures come from memory and must be checked against each
province's own notice; the core refuses figures outside 法释〔2013〕3号's ranges.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import format as fmt
from ui.operations import cases_office as ops

if TYPE_CHECKING:
    from inspector.cases.blacklist import Candidate
    from inspector.cases.office_views import ThresholdView


class BlacklistDialog(QDialog):
    """拟列入失信联合惩戒对象名单告知书（草稿）: the check's result above the draft."""

    def __init__(self, parent: QWidget | None, c: Candidate) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("失信联合惩戒：告知书草稿 %1").replace("%1", c.case_no))
        self.candidate = c
        layout = QVBoxLayout(self)
        lines = [self.tr("符合列入条件。") if c.eligible else self.tr("暂不符合列入条件。")]
        if c.reasons:
            lines.append(self.tr("事由：") + "；".join(c.reasons))
        if c.missing:
            lines.append(self.tr("尚缺：") + "、".join(c.missing))
        lines += c.notes
        lines.append(self.tr("列入期限至 %1").replace("%1", fmt.fmt_date(c.term_end)))
        self.summary = QLabel("\n".join(lines))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.text = QPlainTextEdit(c.notice)
        self.text.setReadOnly(True)
        layout.addWidget(self.text, 1)
        row = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("复制"))
        self.copy_button.clicked.connect(self.copy)
        self.save_button = QPushButton(self.tr("另存为文本…"))
        self.save_button.clicked.connect(self._ask_save)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        for w in (self.copy_button, self.save_button):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.resize(640, 520)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.candidate.notice)

    def _ask_save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存告知书草稿"), f"{self.candidate.case_no}-告知书草稿.txt",
            self.tr("文本文件 (*.txt)"))
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> None:
        ops.save_notice(parent=self, path=path, text=self.candidate.notice).run_in_background()


class ThresholdsDialog(QDialog):
    """The office's province and the two figures in force (the authority settings' two
    region parameters); saving is one core call, refused outside the legal ranges."""

    def __init__(self, parent: QWidget | None, v: ThresholdView) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("拒不支付劳动报酬罪数额标准"))
        self.view_ = v
        layout = QVBoxLayout(self)
        self.note = QLabel(self.tr(
            "可配置·未核实：各省数额标准由省高级人民法院确定，内置数字须对照本省文件核实后使用；"
            "须在法释〔2013〕3号规定的幅度内。"))
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.table = QLabel("\n".join(
            f"{r.province}：{r.single_fen // 100} 元 / {r.multi_fen // 100} 元"
            + (self.tr("（内置，未核实）") if r.unverified else "") for r in v.provinces))
        layout.addWidget(self.table)
        form = QFormLayout()
        self.province = QComboBox()
        self.province.setEditable(True)  # a province not in the table is typed in
        for r in v.provinces:
            self.province.addItem(r.province)
        self.province.setCurrentText(v.province)
        self.single = self._yuan_box(v.single_fen, v.single_range)
        self.multi = self._yuan_box(v.multi_fen, v.multi_range)
        self.province.currentTextChanged.connect(self._province_changed)
        form.addRow(self.tr("省份"), self.province)
        form.addRow(self.tr("单人（拖欠3个月以上）"), self.single)
        form.addRow(self.tr("10人以上累计"), self.multi)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _yuan_box(self, fen: int, lo_hi: tuple[int, int]) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setDecimals(0)
        box.setRange(0, 1e8)  # the core says when a figure is outside the legal range
        box.setSuffix(self.tr(" 元"))
        box.setValue(fen / 100)
        box.setToolTip(self.tr("法释〔2013〕3号幅度：%1–%2 元")
                       .replace("%1", str(lo_hi[0] // 100)).replace("%2", str(lo_hi[1] // 100)))
        return box

    def _province_changed(self, name: str) -> None:
        for r in self.view_.provinces:
            if r.province == name:
                self.single.setValue(r.single_fen / 100)
                self.multi.setValue(r.multi_fen / 100)

    def values(self) -> tuple[str, int, int]:
        return (self.province.currentText().strip(),
                int(Decimal(f"{self.single.value():.0f}") * 100),
                int(Decimal(f"{self.multi.value():.0f}") * 100))

    def save(self) -> None:
        province, single, multi = self.values()
        ops.set_threshold(parent=self, province=province, single_fen=single,
                          multi_fen=multi).success(lambda _t: self.accept()).run_in_background()
