"""Settings: this database's device key, and the recovery when it is shared or missing.

A database whose key another database of its folder also holds (E_KEY_SHARED), or
whose key file is gone or is not its own (E_KEY_MISSING, E_KEY_MISMATCH), can sign
nothing: no bundle, no order. The panel says so in the core's words and offers the
one recovery, `keys split` (`inspector.identity.split_identity`): a new key, after
which the office must register it again, so the new fingerprint and what to tell
the office are shown once it is made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from ui.operations import settings as ops

if TYPE_CHECKING:
    from inspector.identity import IdentityStatus, Registered


class IdentityPanel(QGroupBox):
    """Device code and key fingerprint; a warning and the split button when it is broken."""

    problem_found = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("设备密钥"))
        self.status: IdentityStatus | None = None
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b00020;")
        self.split_button = QPushButton(self.tr("为本数据库生成新密钥（keys split）…"))
        self.split_button.clicked.connect(self.split)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for w in (self.summary, self.warning, self.split_button, self.advice):
            layout.addWidget(w)
        self._show(None)

    def reload(self) -> None:
        ops.identity(parent=self).success(self._show).run_in_background()

    def _show(self, status: IdentityStatus | None) -> None:
        self.status = status
        if status is None:
            self.summary.setText(self.tr("数据库尚未初始化。"))
        else:
            self.summary.setText(self.tr("本机设备 %1，密钥指纹 %2")
                                 .replace("%1", status.device_code)
                                 .replace("%2", status.fingerprint))
        broken = status is not None and status.splittable
        self.warning.setVisible(broken)
        self.split_button.setVisible(broken)
        if status is not None and broken:
            self.warning.setText(
                self.tr("本数据库的设备密钥不能使用（%1）：%2\n在此之前，本机不能导出同步包，"
                        "也不能签发指令书。")
                .replace("%1", status.problem_code).replace("%2", status.problem))
            self.problem_found.emit()

    def split(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("生成新密钥"),
            self.tr("将为本数据库生成新的设备密钥，旧密钥文件改名保留（已出具的指令书仍可核验）。"
                    "之后须把新公钥交局端重新登记，否则局端不接受本机的同步包。\n\n继续吗？"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ops.split_key(parent=self).success(self._split_done).run_in_background()

    def _split_done(self, done: tuple[Registered, str, str]) -> None:
        new, fingerprint, advice = done
        self.advice.setText(
            self.tr("已生成新密钥：设备 %1，新指纹 %2\n%3")
            .replace("%1", new.code).replace("%2", fingerprint).replace("%3", advice))
        self.reload()
