"""Office Devices (设备): enrolled laptops, their fingerprints, last bundle and acknowledgement,
rows pending, and those silent for longer than the threshold (a setting, in days).

Accepting a new laptop goes through its bundle and the fingerprint prompt (as on the
Import screen); revoking asks for a reason, which the core audits.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inspector.changes import Change
from ui import prefs
from ui.changes import subscribe
from ui.context import AppContext
from ui.models.office import devices_model
from ui.operations import office as ops
from ui.screens.lazy import LoadsWhenShown
from ui.widgets.common import heading, table_view
from ui.widgets.fingerprint import confirm_fingerprint

if TYPE_CHECKING:
    from inspector.queries.office import DeviceOverview
    from inspector.sync.preview import BundlePreview
    from ui.navigation import Navigator


class OfficeDevicesScreen(LoadsWhenShown, QWidget):
    loaded = Signal(int)

    def __init__(self, ctx: AppContext, window: Navigator) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("设备")))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("超过多少天未交回同步包即提示：")))
        self.days = QSpinBox()
        self.days.setRange(1, 365)
        self.days.setSuffix(self.tr(" 天"))
        self.days.editingFinished.connect(self.save_days)
        row.addWidget(self.days)
        row.addStretch(1)
        self.accept_button = QPushButton(self.tr("根据同步包接受新设备…"))
        self.accept_button.clicked.connect(self.accept_from_bundle)
        self.revoke_button = QPushButton(self.tr("吊销所选设备…"))
        self.revoke_button.clicked.connect(self.revoke_selected)
        row.addWidget(self.accept_button)
        row.addWidget(self.revoke_button)
        layout.addLayout(row)
        self.model = devices_model(self)
        self.view = table_view()
        self.view.setModel(self.model)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        layout.addWidget(self.view, 1)
        self.message = QLabel("")
        layout.addWidget(self.message)
        subscribe(ctx, self, {Change.SYNC, Change.DEVICES}, self._on_changes)
        self._enable()

    def reload(self) -> None:
        ops.devices(parent=self).success(self._show).run_in_background()

    def _show(self, result: tuple[int, list[DeviceOverview]]) -> None:
        days, rows = result
        self.days.blockSignals(True)
        self.days.setValue(days)
        self.days.blockSignals(False)
        self.model.set_rows(rows)
        silent = sum(d.silent for d in rows)
        self.message.setText(self.tr("外勤设备 %1 台，其中 %2 台超过 %3 天未同步。")
                             .replace("%1", str(len(rows))).replace("%2", str(silent))
                             .replace("%3", str(days)))
        self._enable()
        self.loaded.emit(len(rows))

    def selected(self) -> DeviceOverview | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _enable(self) -> None:
        d = self.selected()
        self.revoke_button.setEnabled(d is not None and not d.revoked)

    def save_days(self) -> None:
        ops.set_silent_days(parent=self, days=self.days.value()).run_in_background()

    def revoke_selected(self) -> None:
        d = self.selected()
        if d is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("吊销设备"),
            self.tr("吊销后，设备 %1 的同步包将一律被拒绝。请填写理由：").replace("%1", d.code))
        if not ok or not reason.strip():
            self.message.setText(self.tr("未吊销：吊销必须填写理由。"))
            return
        ops.revoke(parent=self, code=d.code, reason=reason).success(
            lambda row: self.message.setText(self.tr("已吊销设备 %1。").replace("%1", row.code))
        ).run_in_background()

    def accept_from_bundle(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择新设备交回的同步包"),
                                              prefs.get_str("office/import_dir"),
                                              self.tr("同步包 (*.zip);;所有文件 (*)"))
        if path:
            ops.preview(parent=self, paths=[Path(path)]).success(
                lambda previews: self._prompt(Path(path), previews[0])).run_in_background()

    def _prompt(self, path: Path, p: BundlePreview) -> None:
        if not p.unknown_device:
            self.message.setText(self.tr("该同步包的设备无需接受：%1").replace(
                "%1", p.message or p.status_label))
            return
        if confirm_fingerprint(self, p.device_code, p.key_fingerprint):
            ops.accept_device(parent=self, path=path, fingerprint=p.key_fingerprint).success(
                lambda row: self.message.setText(
                    self.tr("已接受并信任设备 %1。").replace("%1", row.code))).run_in_background()
