"""The trust prompt: a new laptop's key fingerprint, shown in groups as the laptop shows it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_fingerprint(parent: QWidget | None, device_code: str, fingerprint: str) -> bool:
    """Ask the clerk to compare `fingerprint` with the one on the laptop; True to accept.

    The default button is No: accepting a key is the one step that lets a laptop's
    bundles in, so a hurried Enter must not do it."""
    text = (QCoreApplication.translate("Fingerprint", "设备 %1 尚未登记。请在该外勤电脑的“同步”页面查看本机密钥指纹，逐组核对：\n\n"
               "    %2\n\n完全一致才可接受；不一致请勿接受，并报告信息管理员。")
            .replace("%1", device_code).replace("%2", fingerprint))
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("Fingerprint", "核对设备指纹"), text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
