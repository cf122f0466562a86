"""Sync: export a field bundle to a USB stick, import an assignment bundle, enroll the office key.

Import is two steps: verify (read-only; Cancel discards the answer) and, after
the user saw what the bundle is, apply (one transaction: all or nothing). A
refused bundle shows the core's reason in plain Chinese and writes nothing.
Export, verify and import each show a progress bar with a Cancel button; a
cancelled one has written nothing (the core promises it), and says so calmly.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector.changes import Change, ChangeSet
from ui import format as fmt
from ui import prefs
from ui.changes import subscribe
from ui.context import AppContext
from ui.operations import sync as ops
from ui.widgets.common import heading
from ui.widgets.errors import confirm, describe
from ui.widgets.icons import icon

if TYPE_CHECKING:
    from inspector.sync.export import ExportResult
    from inspector.sync.importer import ImportReport
    from ui.navigation import Navigator

TABLE_NAMES = {
    "site": "工程项目", "employer": "用人单位", "inspector": "监察员", "inspection": "检查",
    "item_result": "检查结果", "evidence": "证据", "finding": "问题",
    "rectification_order": "指令书", "order_violation": "违法事项", "order_service": "送达记录",
    "order_recheck": "复查记录", "number_block": "号段", "number_use": "文号使用",
    "setting": "设置", "checklist_template": "检查表", "template_item": "检查项",
    "device": "设备", "site_subcontractor": "分包关系", "inspection_inspector": "检查人员",
    "audit_event": "审计日志",
}


def report_text(report: ImportReport) -> str:
    """An import report in plain Chinese."""
    if report.status == "already_imported":
        return f"该同步包（{report.device_code} 第 {report.seq} 号）此前已导入，本次未做任何更改。"
    if report.refused:
        return f"同步包被拒绝：{report.message}（{report.error_code}）。本机数据未被修改。"
    lines = [f"已导入来自设备 {report.device_code} 的第 {report.seq} 号同步包。"]
    for table, c in sorted(report.tables.items()):
        name = TABLE_NAMES.get(table, table)
        parts = [f"新增 {c.new}" if c.new else "", f"更新 {c.updated}" if c.updated else "",
                 f"冲突 {c.conflicts}" if c.conflicts else ""]
        text = "，".join(p for p in parts if p)
        if text:
            lines.append(f"· {name}：{text}")
    if report.blobs_new:
        lines.append(f"· 新附件 {report.blobs_new} 个")
    if report.conflict_ids:
        lines.append(f"有 {len(report.conflict_ids)} 处冲突已保留双方版本，请交局端复核。")
    if report.new_device:
        lines.append(f"已登记新设备 {report.new_device}。")
    if len(lines) == 1:
        lines.append("没有需要更新的数据。")
    return "\n".join(lines)


class SyncScreen(QWidget):
    def __init__(self, ctx: AppContext, window: Navigator) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("同步")))
        box = QGroupBox(self.tr("本机"))
        self.info = QFormLayout(box)
        self.device = QLabel("—")
        self.office = QLabel("—")
        self.pending = QLabel("—")
        self.last = QLabel("—")
        self.numbers = QLabel("—")
        self.conflicts = QLabel("—")
        self.info.addRow(self.tr("设备与密钥指纹："), self.device)
        self.info.addRow(self.tr("局端密钥："), self.office)
        self.info.addRow(self.tr("待同步（局端未确认）："), self.pending)
        self.info.addRow(self.tr("上次导出："), self.last)
        self.info.addRow(self.tr("剩余文号："), self.numbers)
        self.info.addRow(self.tr("未处理冲突："), self.conflicts)
        layout.addWidget(box)
        row = QHBoxLayout()
        self.export_button = QPushButton(icon("export"), self.tr("导出同步包到U盘… (Ctrl+E)"))
        self.export_button.setShortcut("Ctrl+E")
        self.export_button.clicked.connect(self.export)
        self.import_button = QPushButton(icon("import"), self.tr("导入派发同步包… (Ctrl+I)"))
        self.import_button.setShortcut("Ctrl+I")
        self.import_button.clicked.connect(self.import_)
        self.enroll_button = QPushButton(self.tr("登记局端公钥…"))
        self.enroll_button.clicked.connect(self.enroll)
        self.key_button = QPushButton(self.tr("导出本机公钥…"))
        self.key_button.clicked.connect(self.export_key)
        for b in (self.export_button, self.import_button, self.enroll_button, self.key_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("结果：")))
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        layout.addWidget(self.report, 1)
        subscribe(ctx, self, {Change.SYNC, Change.NUMBERS, Change.CONFLICTS}, self._on_changes)
        self._loaded = False

    def activate(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.refresh()

    def _on_changes(self, changes: ChangeSet, _initiator: object) -> None:
        if self._loaded:
            self.refresh()

    def refresh(self) -> None:
        ops.status(parent=self).success(self._status).run_in_background()

    def _status(self, st: ops.SyncStatus) -> None:
        self.device.setText(
            f"{st.device_code}（{fmt.ROLE_NAMES().get(st.role, st.role)}）  {st.fingerprint}")
        self.office.setText(st.office_enrolled or self.tr("尚未登记（导入派发包前须先登记）"))
        self.pending.setText(self.tr("%1 条记录").replace("%1", str(st.unacknowledged)))
        self.last.setText(st.last_export or self.tr("从未导出"))
        self.numbers.setText(self.tr("无号段") if st.numbers_left is None else str(st.numbers_left))
        self.conflicts.setText(str(st.conflicts))

    # -- export -------------------------------------------------------------------------------
    def export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择U盘或导出文件夹"),
                                                  prefs.get_str("sync/export_dir"))
        if not folder:
            return
        prefs.put("sync/export_dir", folder)
        ops.export_field(parent=self, folder=Path(folder)).with_progress(
            self.tr("正在导出同步包…")).success(
            self._exported).failure(self._failed).run_in_background()

    def _exported(self, result: ExportResult) -> None:
        rows = sum(result.row_counts.values())
        self.report.setPlainText(
            self.tr("已导出同步包：%1\n共 %2 条记录、%3 个附件。请把该文件交回局端。")
            .replace("%1", str(result.path)).replace("%2", str(rows))
            .replace("%3", str(result.blobs)))

    # -- import -------------------------------------------------------------------------------
    def import_(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择派发同步包"),
                                              prefs.get_str("sync/import_dir"),
                                              self.tr("同步包 (*.zip);;所有文件 (*)"))
        if not path:
            return
        prefs.put("sync/import_dir", str(Path(path).parent))
        ops.inspect(parent=self, path=Path(path)).with_progress(
            self.tr("正在校验同步包…")).success(
            lambda res: self._inspected(Path(path), res)).failure(
            self._failed).run_in_background()

    def _inspected(self, path: Path, result: tuple[object, str, str]) -> None:
        manifest, code, message = result
        if manifest is None:
            self.report.setPlainText(
                self.tr("同步包被拒绝：%1（%2）。本机数据未被修改。").replace("%1", message)
                .replace("%2", code))
            return
        kind = getattr(manifest, "kind", "")
        source = getattr(manifest, "device_code", "")
        seq = getattr(manifest, "seq", 0)
        question = (self.tr("来自 %1 的%2同步包（第 %3 号）。%4\n\n导入吗？")
                    .replace("%1", source).replace("%2", self.tr("派发") if kind == "assignment"
                                                    else self.tr("外勤"))
                    .replace("%3", str(seq)).replace("%4", message))
        if not confirm(self, self.tr("导入同步包"), question):
            self.report.setPlainText(self.tr("已取消导入，本机数据未被修改。"))
            return
        ops.import_bundle(parent=self, path=path).with_progress(
            self.tr("正在导入同步包…")).success(
            lambda r: self.report.setPlainText(report_text(r))).failure(
            self._failed).run_in_background()

    def _failed(self, exc: BaseException) -> None:
        from ui.tasks import Cancelled

        if isinstance(exc, Cancelled):
            # Not an error: the core left no file and no row behind.
            self.report.setPlainText(self.tr("已取消，未写入任何数据。"))
            return
        message, detail = describe(exc)
        self.report.setPlainText(self.tr("操作未完成：%1\n%2\n本机数据未被修改。")
                                 .replace("%1", message).replace("%2", detail))

    # -- keys ---------------------------------------------------------------------------------
    def enroll(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择局端公钥文件"), "",
                                              self.tr("公钥文件 (*.json *.pub);;所有文件 (*)"))
        if path:
            ops.enroll_office_key(parent=self, path=Path(path)).success(
                lambda _r: self.report.setPlainText(self.tr("已登记局端公钥。"))).run_in_background()

    def export_key(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存本机公钥"), "device-key.json",
                                              self.tr("公钥文件 (*.json)"))
        if path:
            ops.export_public_key(parent=self, path=Path(path)).success(
                lambda _r: self.report.setPlainText(
                    self.tr("已保存本机公钥：%1").replace("%1", path))).run_in_background()
