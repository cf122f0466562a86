"""Office Import (导入同步包): pick or drop bundles, dry run first, then import the batch.

The dry run is the real import rolled back (`inspector.sync.preview`), so what it lists
per bundle — device, period, new / identical / conflicting rows, refusals and why — is
what the import will do. A bundle from an unknown laptop is refused until its
fingerprint has been compared and accepted (the trust prompt). Import shows a progress
bar over the batch with Cancel: a cancelled bundle leaves nothing, bundles before it stay
imported. The history below is read from the database.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from inspector.changes import Change, ChangeSet
from ui import prefs
from ui.changes import subscribe
from ui.context import AppContext
from ui.models.office import history_model, preview_model
from ui.operations import office as ops
from ui.widgets.common import heading, table_view
from ui.widgets.errors import describe
from ui.widgets.fingerprint import confirm_fingerprint

if TYPE_CHECKING:
    from inspector.queries.office import ImportRecord
    from inspector.sync.enroll import DeviceRow
    from inspector.sync.importer import ImportReport
    from inspector.sync.preview import BundlePreview
    from ui.navigation import Navigator


def bundle_files(paths: list[Path]) -> list[Path]:
    """Files as given, folders expanded to their bundles (*.zip), sorted so a device's
    bundles go in sequence order."""
    out: list[Path] = []
    for p in paths:
        out += sorted(p.glob("*.zip")) if p.is_dir() else [p]
    return out


class OfficeImportScreen(QWidget):
    previewed = Signal()
    imported = Signal()

    def __init__(self, ctx: AppContext, window: Navigator) -> None:
        super().__init__()
        self.ctx = ctx
        self.paths: list[Path] = []
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("导入同步包")))
        layout.addWidget(QLabel(self.tr("选择外勤同步包或其所在文件夹，也可以把文件拖到这里。"
                                        "先试导入预览，确认后再正式导入。")))
        row = QHBoxLayout()
        self.files_button = QPushButton(self.tr("选择文件…"))
        self.files_button.clicked.connect(self.pick_files)
        self.folder_button = QPushButton(self.tr("选择文件夹…"))
        self.folder_button.clicked.connect(self.pick_folder)
        self.trust_button = QPushButton(self.tr("核对指纹并接受新设备…"))
        self.trust_button.clicked.connect(self.trust_selected)
        self.trust_button.setEnabled(False)
        self.import_button = QPushButton(self.tr("正式导入"))
        self.import_button.clicked.connect(self.import_all)
        self.import_button.setEnabled(False)
        for b in (self.files_button, self.folder_button, self.trust_button, self.import_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        split = QSplitter(Qt.Orientation.Vertical)
        self.preview = preview_model(self)
        self.preview_view = table_view()
        self.preview_view.setModel(self.preview)
        self.preview_view.selectionModel().selectionChanged.connect(self._selection)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.history = history_model(self)
        self.history_view = table_view()
        self.history_view.setModel(self.history)
        self.history_view.setSortingEnabled(False)
        self.history_view.selectionModel().selectionChanged.connect(self._history_selected)
        for title, w in ((self.tr("预览"), self.preview_view), (self.tr("报告"), self.report),
                         (self.tr("导入记录"), self.history_view)):
            box = QWidget()
            col = QVBoxLayout(box)
            col.setContentsMargins(0, 0, 0, 0)
            col.addWidget(QLabel(title))
            col.addWidget(w)
            split.addWidget(box)
        layout.addWidget(split, 1)
        subscribe(ctx, self, {Change.SYNC, Change.DEVICES}, self._on_changes)
        self._loaded = False

    def activate(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.reload_history()

    def _on_changes(self, changes: ChangeSet, _initiator: object) -> None:
        if self._loaded:
            self.reload_history()

    def reload_history(self) -> None:
        ops.history(parent=self).success(self.history.set_rows).run_in_background()

    # -- choosing -------------------------------------------------------------------------
    def pick_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("选择外勤同步包"),
                                                prefs.get_str("office/import_dir"),
                                                self.tr("同步包 (*.zip);;所有文件 (*)"))
        if files:
            prefs.put("office/import_dir", str(Path(files[0]).parent))
            self.set_paths([Path(f) for f in files])

    def pick_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择同步包所在的文件夹"),
                                                  prefs.get_str("office/import_dir"))
        if folder:
            prefs.put("office/import_dir", folder)
            self.set_paths([Path(folder)])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.set_paths(paths)

    def set_paths(self, paths: list[Path]) -> None:
        """Take these files (folders expanded) and run the dry run over them."""
        self.paths = bundle_files(paths)
        self.import_button.setEnabled(False)
        if not self.paths:
            self.report.setPlainText(self.tr("所选位置没有同步包（*.zip）。"))
            return
        self.run_preview()

    # -- dry run --------------------------------------------------------------------------
    def run_preview(self) -> None:
        ops.preview(parent=self, paths=self.paths).with_progress(
            self.tr("正在试导入（预览，不会保存）…")).success(self._previewed).failure(
            lambda exc: self._failed(exc, dry_run=True)).run_in_background()

    def _previewed(self, previews: list[BundlePreview]) -> None:
        from inspector.sync.preview import preview_text

        self.preview.set_rows(previews)
        ok = [p for p in previews if p.status == "imported"]
        self.import_button.setEnabled(bool(ok))
        refused = sum(p.refused for p in previews)
        head = (self.tr("预览：%1 个同步包可导入，%2 个将被拒绝。数据库未做任何更改。")
                .replace("%1", str(len(ok))).replace("%2", str(refused)))
        self.report.setPlainText("\n".join([head, *(preview_text(p) for p in previews)]))
        self._selection()
        self.previewed.emit()

    def selected_preview(self) -> BundlePreview | None:
        rows = self.preview_view.selectionModel().selectedRows()
        return self.preview.row_at(rows[0].row()) if rows else None

    def _selection(self, *_args: object) -> None:
        p = self.selected_preview()
        self.trust_button.setEnabled(p is not None and p.unknown_device)

    # -- trust prompt ---------------------------------------------------------------------
    def trust_selected(self) -> None:
        p = self.selected_preview()
        if p is None or not p.unknown_device:
            return
        if not confirm_fingerprint(self, p.device_code, p.key_fingerprint):
            return
        ops.accept_device(parent=self, path=Path(p.file), fingerprint=p.key_fingerprint).success(
            self._accepted).run_in_background()

    def _accepted(self, row: DeviceRow) -> None:
        self.report.setPlainText(self.tr("已接受并信任设备 %1。正在重新预览…").replace("%1", row.code))
        self.run_preview()  # its bundles now verify against the registered key

    # -- import ---------------------------------------------------------------------------
    def import_all(self) -> None:
        ops.import_batch(parent=self, paths=self.paths).with_progress(
            self.tr("正在导入同步包…")).success(self._imported).failure(
            self._failed).run_in_background()

    def _imported(self, reports: list[ImportReport]) -> None:
        from ui.screens.sync import report_text

        self.import_button.setEnabled(False)
        lines = []
        for r in reports:
            lines.append(f"【{Path(r.file).name}】")
            lines.append(report_text(r))
        self.report.setPlainText("\n".join(lines))
        self.imported.emit()

    def _history_selected(self, *_args: object) -> None:
        rows = self.history_view.selectionModel().selectedRows()
        rec: ImportRecord | None = self.history.row_at(rows[0].row()) if rows else None
        if rec is None:
            return
        from ui.screens.sync import TABLE_NAMES

        lines = [self.tr("设备 %1 第 %2 号同步包：").replace("%1", rec.device_code)
                 .replace("%2", str(rec.seq))]
        for table, c in sorted(rec.tables.items()):
            lines.append(f"· {TABLE_NAMES.get(table, table)}：" + self.tr(
                "新增 %1，更新 %2，相同 %3，冲突 %4").replace("%1", str(c.get("new", 0)))
                .replace("%2", str(c.get("updated", 0))).replace("%3", str(c.get("unchanged", 0)))
                .replace("%4", str(c.get("conflicts", 0))))
        self.report.setPlainText("\n".join(lines))

    def _failed(self, exc: BaseException, *, dry_run: bool = False) -> None:
        from ui.tasks import Cancelled

        if isinstance(exc, Cancelled) and dry_run:
            self.report.setPlainText(self.tr("已取消预览，未做任何更改。"))
            return
        if isinstance(exc, Cancelled):
            self.report.setPlainText(self.tr(
                "已取消。正在处理的同步包没有写入任何数据；此前已导入的同步包保持导入。"))
            self.reload_history()
            return
        message, detail = describe(exc)
        self.report.setPlainText(self.tr("操作未完成：%1\n%2").replace("%1", message)
                                 .replace("%2", detail))
