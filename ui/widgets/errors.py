"""Error dialogs that say what happened and what to do next.

Core errors (`InspectorError`) carry a Chinese message written for the user and
a stable code; anything else is a bug, shown with its details and the
reassurance that the unit of work rolled back (nothing was half-written).
"""

from __future__ import annotations

import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def describe(exc: BaseException) -> tuple[str, str]:
    """(message, detail) for an exception, in the user's language."""
    from inspector.errors import InspectorError
    from inspector.storage.errors import as_inspector_error

    # A storage failure that reached the UI untyped (SQLite's English text, an
    # errno) is shown as its catalogued Chinese message, not as an unexpected error.
    exc = as_inspector_error(exc) or exc
    if isinstance(exc, InspectorError):
        return exc.message, QCoreApplication.translate("ErrorDialog", "错误代码：%1").replace(
            "%1", exc.code
        )
    if isinstance(exc, OSError):
        name = exc.filename or ""
        text = (
            QCoreApplication.translate("ErrorDialog", "读写文件失败：%1 %2")
            .replace("%1", exc.strerror or str(exc))
            .replace("%2", str(name))
        )
        return text, QCoreApplication.translate(
            "ErrorDialog", "请检查文件是否存在、磁盘是否已满、U盘是否已插好，然后重试。"
        )
    detail = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return QCoreApplication.translate(
        "ErrorDialog", "发生了意外错误，操作没有完成，数据库未被修改。请把详细信息发给技术支持。"
    ), detail


def show_error(parent: QWidget | None, exc: BaseException, *, title: str | None = None) -> None:
    """Show `exc` in a modal dialog (monkeypatch `QMessageBox.exec` in tests)."""
    from inspector.storage.errors import as_inspector_error

    exc = as_inspector_error(exc) or exc
    message, detail = describe(exc)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("ErrorDialog", "无法完成操作"))
    box.setText(message)
    from inspector.errors import InspectorError

    if isinstance(exc, (InspectorError, OSError)):
        box.setInformativeText(detail)
    else:
        box.setDetailedText(detail)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question; the safe answer (No) is the default."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
