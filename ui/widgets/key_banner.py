"""The status bar's warning that this database's device key cannot sign (issue #9).

A key that is missing, not the registered one, or shared with another database of
the folder stops bundles and orders; Settings → 设备密钥 says so and offers the
recovery, but someone who never opens Settings would only learn of it when an
export or an order fails. So the window asks once the database is open: the check
(`inspector.identity.identity_status`: a device row, the key file, the folder's
identity files) runs on the DB worker after the first paint, and the banner stays
hidden unless something is wrong. It looks again after a key change (the split
announces `Change.SYNC`), so it goes away once the key is mended.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from inspector.changes import Change, ChangeSet
from ui.changes import subscribe
from ui.context import AppContext
from ui.operations import settings as ops

if TYPE_CHECKING:
    from inspector.identity import IdentityStatus


class KeyBanner(QWidget):
    def __init__(self, ctx: AppContext, open_settings: Callable[[], None]) -> None:
        super().__init__()
        self.ctx = ctx
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.text = QLabel()
        self.text.setStyleSheet("color: #b00020;")
        self.button = QPushButton(self.tr("设置 → 设备密钥…"))
        self.button.clicked.connect(open_settings)
        row.addWidget(self.text)
        row.addWidget(self.button)
        self.status: IdentityStatus | None = None
        self.setVisible(False)
        subscribe(ctx, self, {Change.SYNC}, self._on_changes)

    def check(self) -> None:
        if self.ctx.db is not None:
            ops.identity(parent=self).success(self.show_status).run_in_background()

    def _on_changes(self, _changes: ChangeSet, _initiator: object) -> None:
        if not self.isHidden():  # only a broken key needs looking at again
            self.check()

    def show_status(self, status: IdentityStatus | None) -> None:
        self.status = status
        broken = status is not None and status.splittable
        if status is not None and broken:
            self.text.setText(self.tr("本机设备密钥不能使用（%1），不能导出同步包或签发指令书。")
                              .replace("%1", status.problem_code))
            self.setToolTip(status.problem)
        self.setVisible(broken)
