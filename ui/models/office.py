"""Models of the office workstation: dry-run preview, import history, devices, and the
field-by-field comparison of a conflict's two versions.

The list models are `RowsTableModel`s with their columns declared here; the conflict
model is its own, because its cells are choices (which side each field comes from).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from inspector.documents.dates import format_cn_date, local_date
from inspector.orders.numbers import BlockInfo
from inspector.queries.office import DeviceNumbers, DeviceOverview, ImportRecord
from inspector.sync.conflicts import ConflictInfo
from inspector.sync.preview import BundlePreview
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models import SortRole
from ui.models.rows_table import Column, RowsTableModel
from ui.models.table import AnyIndex, TableModel

CTX = "OfficeModels"
ALERT = QColor("#c0392b")
DIFFERENT = QColor("#fdebd0")
CHOSEN = QColor("#d4efdf")


def cn_date(dt: datetime | None) -> str:
    return format_cn_date(local_date(dt)) if dt is not None else "—"


def _iso_date(text: str) -> str:
    try:
        return cn_date(datetime.fromisoformat(text))
    except ValueError:
        return "—"


def _period(p: BundlePreview) -> str:
    if not p.created_at:
        return "—"
    return f"{_iso_date(p.created_at)}（变更 {p.changes_from}–{p.changes_to}）"


def preview_model(parent: Any = None) -> RowsTableModel[BundlePreview]:
    cols: list[Column[BundlePreview]] = [
        Column(QT_TRANSLATE_NOOP("OfficeModels", "文件"), lambda p: p.file.replace("\\", "/").rsplit("/", 1)[-1]),
        Column(QT_TRANSLATE_NOOP("OfficeModels", "设备"), lambda p: p.device_code or "—"),
        Column(QT_TRANSLATE_NOOP("OfficeModels", "序号"), lambda p: str(p.seq or "—"), lambda p: p.seq),
        Column(QT_TRANSLATE_NOOP("OfficeModels", "期间"), _period, lambda p: p.created_at),
        Column(QT_TRANSLATE_NOOP("OfficeModels", "结果"), lambda p: p.status_label),
        Column(QT_TRANSLATE_NOOP("OfficeModels", "新增"), lambda p: str(p.new), lambda p: p.new),
        Column(QT_TRANSLATE_NOOP("OfficeModels", "相同"), lambda p: str(p.identical), lambda p: p.identical),
        Column(QT_TRANSLATE_NOOP("OfficeModels", "冲突"), lambda p: str(p.conflicting), lambda p: p.conflicting),
        Column(QT_TRANSLATE_NOOP("OfficeModels", "说明"), lambda p: p.message),
    ]
    model: RowsTableModel[BundlePreview] = RowsTableModel(cols, context=CTX, parent=parent)
    model.set_foreground(lambda p: ALERT if p.refused else None)
    return model


def history_model(parent: Any = None) -> RowsTableModel[ImportRecord]:
    cols: list[Column[ImportRecord]] = [
        Column(QT_TRANSLATE_NOOP("OfficeModels", "导入日期"), lambda r: cn_date(r.imported_at),
               lambda r: r.imported_at.isoformat()),
        Column(QT_TRANSLATE_NOOP("OfficeModels", "设备"), lambda r: r.device_code),
        Column(QT_TRANSLATE_NOOP("OfficeModels", "序号"), lambda r: str(r.seq), lambda r: r.seq),
        Column(QT_TRANSLATE_NOOP("OfficeModels", "新增"), lambda r: str(r.new), lambda r: r.new),
        Column(QT_TRANSLATE_NOOP("OfficeModels", "更新"), lambda r: str(r.updated), lambda r: r.updated),
        Column(QT_TRANSLATE_NOOP("OfficeModels", "相同"), lambda r: str(r.unchanged), lambda r: r.unchanged),
        Column(QT_TRANSLATE_NOOP("OfficeModels", "冲突"), lambda r: str(r.conflicts), lambda r: r.conflicts),
        Column(QT_TRANSLATE_NOOP("OfficeModels", "附件"), lambda r: str(r.blobs), lambda r: r.blobs),
    ]
    return RowsTableModel(cols, context=CTX, parent=parent)


def _device_state(d: DeviceOverview) -> str:
    if d.revoked:
        return QCoreApplication.translate("OfficeModels", "已吊销")
    return QCoreApplication.translate("OfficeModels", "受信任") if d.trusted else QCoreApplication.translate("OfficeModels", "未信任")


def _silence(d: DeviceOverview) -> str:
    if not d.silent:
        return ""
    if d.silent_days is None:
        return QCoreApplication.translate("OfficeModels", "从未同步")
    return QCoreApplication.translate("OfficeModels", "已 %1 天未同步").replace("%1", str(d.silent_days))


def devices_model(parent: Any = None) -> RowsTableModel[DeviceOverview]:
    cols: list[Column[DeviceOverview]] = [
        Column(QT_TRANSLATE_NOOP("OfficeModels", "设备"), lambda d: d.code),
        Column(QT_TRANSLATE_NOOP("OfficeModels", "密钥指纹"), lambda d: d.fingerprint),
        Column(QT_TRANSLATE_NOOP("OfficeModels", "状态"), _device_state),
        Column(QT_TRANSLATE_NOOP("OfficeModels", "最近同步包"),
               lambda d: f"第 {d.last_seq} 号 {cn_date(d.last_import)}" if d.last_seq else "—",
               lambda d: d.last_import.isoformat() if d.last_import else ""),
        Column(QT_TRANSLATE_NOOP("OfficeModels", "最近确认"), lambda d: cn_date(d.last_ack),
               lambda d: d.last_ack.isoformat() if d.last_ack else ""),
        Column(QT_TRANSLATE_NOOP("OfficeModels", "待确认行"), lambda d: str(d.pending_rows),
               lambda d: d.pending_rows),
        Column(QT_TRANSLATE_NOOP("OfficeModels", "冲突"), lambda d: str(d.open_conflicts),
               lambda d: d.open_conflicts),
        Column(QT_TRANSLATE_NOOP("OfficeModels", "提示"), _silence),
    ]
    model: RowsTableModel[DeviceOverview] = RowsTableModel(cols, context=CTX, parent=parent)
    model.set_foreground(lambda d: ALERT if d.silent or d.revoked else None)
    return model


def numbers_model(parent: Any = None) -> RowsTableModel[DeviceNumbers]:
    cols: list[Column[DeviceNumbers]] = [
        Column(QT_TRANSLATE_NOOP("OfficeModels", "设备"), lambda d: d.code),
        Column(QT_TRANSLATE_NOOP("OfficeModels", "编号段"), lambda d: d.ranges or "—"),
        Column(QT_TRANSLATE_NOOP("OfficeModels", "剩余号数"), lambda d: str(d.remaining),
               lambda d: d.remaining),
        Column(QT_TRANSLATE_NOOP("OfficeModels", "提示"),
               lambda d: QCoreApplication.translate("OfficeModels", "编号不足，请分配新号段")
               if d.low else ""),
    ]
    model: RowsTableModel[DeviceNumbers] = RowsTableModel(cols, context=CTX, parent=parent)
    model.set_foreground(lambda d: ALERT if d.low else None)
    return model


def blocks_model(parent: Any = None) -> RowsTableModel[BlockInfo]:
    cols: list[Column[BlockInfo]] = [
        Column(QT_TRANSLATE_NOOP("OfficeModels", "设备"), lambda b: b.device_code),
        Column(QT_TRANSLATE_NOOP("OfficeModels", "起号"), lambda b: str(b.first), lambda b: b.first),
        Column(QT_TRANSLATE_NOOP("OfficeModels", "止号"), lambda b: str(b.last), lambda b: b.last),
        Column(QT_TRANSLATE_NOOP("OfficeModels", "已用"), lambda b: str(b.used), lambda b: b.used),
        Column(QT_TRANSLATE_NOOP("OfficeModels", "作废"), lambda b: str(b.voided), lambda b: b.voided),
        Column(QT_TRANSLATE_NOOP("OfficeModels", "剩余号数"), lambda b: str(b.remaining),
               lambda b: b.remaining),
    ]
    return RowsTableModel(cols, context=CTX, parent=parent)


def conflicts_model(parent: Any = None) -> RowsTableModel[ConflictInfo]:
    cols: list[Column[ConflictInfo]] = [
        Column(QT_TRANSLATE_NOOP("OfficeModels", "数据表"), lambda c: c.table),
        Column(QT_TRANSLATE_NOOP("OfficeModels", "记录"), lambda c: c.row_id[:13]),
        Column(QT_TRANSLATE_NOOP("OfficeModels", "不同字段"),
               lambda c: "，".join(c.differing) or QCoreApplication.translate("OfficeModels", "（内容相同）")),
    ]
    return RowsTableModel(cols, context=CTX, parent=parent)


SIDES = ("local", "incoming")
COL_FIELD, COL_LOCAL, COL_INCOMING = 0, 1, 2
_SKIP = {"_edges", "id", "version_id", "base_version", "rev", "updated_at", "origin_device"}


class ConflictFieldsModel(TableModel):
    """One conflict, one row per field: the two versions side by side, differences tinted.

    A differing field's two value cells are checkable, exactly one of them checked: the
    side the resolution takes that field from (`choices()`); identical fields are plain.
    """

    HEADERS = (QT_TRANSLATE_NOOP("OfficeModels", "字段"), QT_TRANSLATE_NOOP("OfficeModels", "本机版本"),
               QT_TRANSLATE_NOOP("OfficeModels", "传入版本"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(self.HEADERS, context=CTX, parent=parent)
        self._info: ConflictInfo | None = None
        self._rows: list[str] = []  # the field names, one row each
        self._choice: dict[str, str] = {}

    def set_conflict(self, info: ConflictInfo | None) -> None:
        self.beginResetModel()
        self._info = info
        if info is None:
            self._rows, self._choice = [], {}
        else:
            keys = sorted((info.local.keys() | info.incoming.keys()) - _SKIP)
            # Differing fields first: they are what the clerk decides.
            self._rows = info.differing + [k for k in keys if k not in info.differing]
            self._choice = {k: info.winner for k in info.differing}
        self.endResetModel()

    def choices(self) -> dict[str, str]:
        return dict(self._choice)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if self._checkable(index):
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def _checkable(self, index: AnyIndex) -> bool:
        return (index.isValid() and index.column() in (COL_LOCAL, COL_INCOMING)
                and self.has_row(index) and self._rows[index.row()] in self._choice)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._info is None or not self.has_row(index):
            return None
        name = self._rows[index.row()]
        col = index.column()
        side = SIDES[col - 1] if col in (COL_LOCAL, COL_INCOMING) else ""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SortRole):
            if col == COL_FIELD:
                return name
            if side:
                value = (self._info.local if side == "local" else self._info.incoming).get(name)
                return "" if value is None else str(value)
            return None
        if role == Qt.ItemDataRole.CheckStateRole and self._checkable(index):
            chosen = self._choice.get(name) == side
            return Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and name in self._choice:
            return CHOSEN if side and self._choice.get(name) == side else DIFFERENT
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not self._checkable(index):
            return False
        if Qt.CheckState(value) != Qt.CheckState.Checked:
            return False  # one side is always chosen: uncheck by checking the other
        self.choose(self._rows[index.row()], SIDES[index.column() - 1])
        return True

    def choose(self, field: str, side: str) -> None:
        if field not in self._choice or side not in SIDES:
            return
        self._choice[field] = side
        row = self._rows.index(field)
        self.dataChanged.emit(self.index(row, COL_LOCAL), self.index(row, COL_INCOMING))
