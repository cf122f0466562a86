"""Office Number blocks and assignments (编号段与派发).

Top: each laptop's blocks and what is left, flagged below the low-water mark (a setting);
allocate the next block (never overlapping: it starts after every block there is) or
record an explicit range, which the core refuses if it overlaps. Bottom: what the
selected laptop receives — all sites, or some townships / one regulator / checked sites,
and all or checked inspectors — written as its assignment bundle to a folder or USB stick,
with a progress bar and Cancel (a cancelled export leaves no file).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inspector.changes import Change
from inspector.domain.registry import REGULATORS
from ui import prefs
from ui.changes import subscribe
from ui.context import AppContext
from ui.models.office import blocks_model, numbers_model
from ui.operations import office as ops
from ui.screens.lazy import LoadsWhenShown
from ui.widgets.common import heading, table_view
from ui.widgets.errors import describe

if TYPE_CHECKING:
    from inspector.queries.office import Choice, DeviceNumbers
    from inspector.sync.assign_scope import AssignmentScope
    from inspector.sync.export import ExportResult
    from ui.navigation import Navigator


def fill(w: QListWidget, choices: list[Choice] | list[str]) -> None:
    """Replace `w`'s items with checkable `choices`, keeping the checks of those still there."""
    keep = set(checked(w))
    w.clear()
    for c in choices:
        text, data = (c, c) if isinstance(c, str) else (c.label, c.id)
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if data in keep else Qt.CheckState.Unchecked)
        w.addItem(item)


def checked(w: QListWidget) -> list[str]:
    return [str(w.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(w.count())
            if w.item(i).checkState() == Qt.CheckState.Checked]


class OfficeBlocksScreen(LoadsWhenShown, QWidget):
    loaded = Signal()
    changed = Signal(str)  # the message shown after an action

    def __init__(self, ctx: AppContext, window: Navigator) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("编号段与派发")))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("剩余号数低于此数时提示：")))
        self.low = QSpinBox()
        self.low.setRange(0, 100_000)
        self.low.editingFinished.connect(self.save_low_water)
        row.addWidget(self.low)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("分配号数：")))
        self.count = QSpinBox()
        self.count.setRange(1, 100_000)
        self.count.setValue(100)
        row.addWidget(self.count)
        self.allocate_button = QPushButton(self.tr("给所选设备分配新号段"))
        self.allocate_button.clicked.connect(self.allocate)
        row.addWidget(self.allocate_button)
        row.addWidget(QLabel(self.tr("或登记指定号段：")))
        self.first, self.last = QSpinBox(), QSpinBox()
        for box in (self.first, self.last):
            box.setRange(1, 10_000_000)
            row.addWidget(box)
        self.range_button = QPushButton(self.tr("登记"))
        self.range_button.clicked.connect(self.add_range)
        row.addWidget(self.range_button)
        layout.addLayout(row)
        tables = QHBoxLayout()
        self.devices = numbers_model(self)
        self.devices_view = table_view()
        self.devices_view.setModel(self.devices)
        self.devices_view.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self.blocks = blocks_model(self)
        self.blocks_view = table_view()
        self.blocks_view.setModel(self.blocks)
        tables.addWidget(self.devices_view, 1)
        tables.addWidget(self.blocks_view, 1)
        layout.addLayout(tables, 1)
        layout.addWidget(self._assignment_box(), 1)
        self.message = QLabel("")
        layout.addWidget(self.message)
        subscribe(ctx, self, {Change.NUMBERS, Change.SYNC, Change.DEVICES, Change.SITES}, self._on_changes)
        self._enable()

    def _assignment_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("派发内容（不勾选即为全部）"))
        row = QHBoxLayout(box)
        self.townships = QListWidget()
        self.sites = QListWidget()
        self.inspectors = QListWidget()
        self.regulator = QComboBox()
        self.regulator.addItem(self.tr("全部主管部门"), "")
        for code, name in REGULATORS.items():
            self.regulator.addItem(name, code)
        for title, w in ((self.tr("乡镇"), self.townships), (self.tr("工程项目"), self.sites),
                         (self.tr("监察员"), self.inspectors)):
            col = QVBoxLayout()
            col.addWidget(QLabel(title))
            if w is self.townships:
                col.addWidget(self.regulator)
            col.addWidget(w)
            row.addLayout(col, 1)
        self.assign_button = QPushButton(self.tr("写入所选设备的派发同步包…"))
        self.assign_button.clicked.connect(self.write_assignment)
        row.addWidget(self.assign_button, 0, Qt.AlignmentFlag.AlignBottom)
        return box

    def reload(self) -> None:
        ops.numbers(parent=self).success(self._show).run_in_background()

    def _show(self, view: ops.NumbersView) -> None:
        self.low.blockSignals(True)
        self.low.setValue(view.low_water)
        self.low.blockSignals(False)
        selected = self.selected()
        self.devices.set_rows(view.devices)
        self.blocks.set_rows(view.blocks)
        if selected is not None:
            codes = [d.code for d in view.devices]
            if selected.code in codes:
                self.devices_view.selectRow(codes.index(selected.code))
        fill(self.townships, view.choices.townships)
        fill(self.sites, view.choices.sites)
        fill(self.inspectors, view.choices.inspectors)
        low = [d.code for d in view.devices if d.low]
        self.message.setText(self.tr("编号不足的设备：%1").replace("%1", "、".join(low))
                             if low else "")
        self._enable()
        self.loaded.emit()

    def selected(self) -> DeviceNumbers | None:
        rows = self.devices_view.selectionModel().selectedRows()
        return self.devices.row_at(rows[0].row()) if rows else None

    def _enable(self) -> None:
        on = self.selected() is not None
        for b in (self.allocate_button, self.range_button, self.assign_button):
            b.setEnabled(on)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.changed.emit(text)

    def _failed(self, exc: BaseException) -> None:
        from ui.tasks import Cancelled

        if isinstance(exc, Cancelled):
            self._say(self.tr("已取消，未写入任何文件。"))
            return
        message, _detail = describe(exc)
        self._say(self.tr("未完成：%1").replace("%1", message))

    def save_low_water(self) -> None:
        ops.set_low_water(parent=self, count=self.low.value()).run_in_background()

    def allocate(self) -> None:
        d = self.selected()
        if d is not None:
            ops.allocate(parent=self, code=d.code, count=self.count.value()).success(
                lambda b: self._say(self.tr("已给设备 %1 分配编号 %2–%3。").replace("%1", b.device_code)
                                    .replace("%2", str(b.first)).replace("%3", str(b.last)))
            ).failure(self._failed).run_in_background()

    def add_range(self) -> None:
        d = self.selected()
        if d is not None:
            first, last = self.first.value(), self.last.value()
            ops.add_range(parent=self, device_id=d.id, first=first, last=last).success(
                lambda _id: self._say(self.tr("已登记编号 %1–%2。").replace("%1", str(first))
                                      .replace("%2", str(last)))
            ).failure(self._failed).run_in_background()

    def scope(self) -> AssignmentScope:
        from inspector.sync.assign_scope import AssignmentScope

        regulator = str(self.regulator.currentData() or "")
        return AssignmentScope(checked(self.townships), [regulator] if regulator else [],
                               checked(self.sites), checked(self.inspectors))

    def write_assignment(self) -> None:
        d = self.selected()
        if d is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择U盘或文件夹"),
                                                  prefs.get_str("office/assign_dir"))
        if not folder:
            return
        prefs.put("office/assign_dir", folder)
        scope = self.scope()
        ops.write_assignment(parent=self, code=d.code, folder=Path(folder), scope=scope
                             ).with_progress(self.tr("正在生成派发同步包…")).success(
            lambda r: self._assigned(r, scope)).failure(self._failed).run_in_background()

    def _assigned(self, result: ExportResult, scope: AssignmentScope) -> None:
        self._say(self.tr("已写入派发同步包 %1（%2 行；%3）。").replace("%1", result.path.name)
                  .replace("%2", str(sum(result.row_counts.values()))).replace("%3", scope.describe()))
