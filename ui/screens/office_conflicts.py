"""Office Conflicts (冲突): both versions side by side, field by field, and the resolution.

Left, the open conflicts; right, the selected one's fields with differences tinted and,
for each differing field, a check on the side to keep. Keep one side whole, or merge
the checked fields; conflicts whose versions hold the same values go in bulk. A
natural-key conflict (two rows, one 执法证号/信用代码/项目编号; `inspector.sync.natkeys`)
is resolved instead by merging the newcomer into the row holding the key, or by
keeping both with the newcomer's corrected key. Every resolution names who resolved
it and why (both written to the audit log by the core).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from inspector.changes import Change, ChangeSet
from ui import prefs
from ui.changes import subscribe
from ui.context import AppContext
from ui.models.office import ConflictFieldsModel, conflicts_model
from ui.operations import office as ops
from ui.screens.lazy import LoadsWhenShown
from ui.widgets.common import TableView, heading, table_view

if TYPE_CHECKING:
    from inspector.sync.conflicts import ConflictInfo
    from ui.navigation import Navigator


class OfficeConflictsScreen(LoadsWhenShown, QWidget):
    loaded = Signal(int)
    resolved = Signal(int)  # how many conflicts the last action resolved

    def __init__(self, ctx: AppContext, window: Navigator) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("冲突")))
        self.summary = QLabel("—")
        layout.addWidget(self.summary)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.list = conflicts_model(self)
        self.list_view = table_view()
        self.list_view.setModel(self.list)
        self.list_view.selectionModel().selectionChanged.connect(self._selected)
        split.addWidget(self.list_view)
        self.fields = ConflictFieldsModel(self)
        self.fields_view = TableView()
        self.fields_view.setModel(self.fields)
        self.fields_view.verticalHeader().setVisible(False)
        self.fields_view.horizontalHeader().setStretchLastSection(True)
        split.addWidget(self.fields_view)
        split.setSizes([300, 700])
        layout.addWidget(split, 1)
        form = QFormLayout()
        self.actor = QLineEdit(prefs.get_str("office/actor"))
        self.actor.setPlaceholderText(self.tr("处理人姓名"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("为什么这样处理（记入审计日志）"))
        form.addRow(self.tr("处理人："), self.actor)
        form.addRow(self.tr("理由："), self.reason)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.local_button = QPushButton(self.tr("保留本机版本"))
        self.local_button.clicked.connect(lambda: self.keep(self._sides()[0]))
        self.incoming_button = QPushButton(self.tr("采用传入版本"))
        self.incoming_button.clicked.connect(lambda: self.keep(self._sides()[1]))
        self.merge_button = QPushButton(self.tr("按勾选的字段合并"))
        self.merge_button.clicked.connect(self.merge)
        self.bulk_button = QPushButton(self.tr("批量处理内容相同的冲突"))
        self.bulk_button.clicked.connect(self.resolve_identical)
        for b in (self.local_button, self.incoming_button, self.merge_button, self.bulk_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = QLabel("")
        layout.addWidget(self.message)
        subscribe(ctx, self, {Change.SYNC, Change.CONFLICTS}, self._on_changes)
        self._enable()

    def _on_changes(self, changes: ChangeSet, initiator: object) -> None:
        if self._loaded and initiator is not self:
            self.reload()

    def reload(self) -> None:
        ops.conflicts(parent=self).success(self._loaded_rows).run_in_background()

    def _loaded_rows(self, rows: list[ConflictInfo]) -> None:
        self.list.set_rows(rows)
        self.fields.set_conflict(None)
        identical = sum(1 for c in rows if not c.differing)
        self.summary.setText(self.tr("未处理的冲突 %1 个，其中内容相同的 %2 个。")
                             .replace("%1", str(len(rows))).replace("%2", str(identical)))
        if rows:
            self.list_view.selectRow(0)
        self._enable()
        self.loaded.emit(len(rows))

    def current(self) -> ConflictInfo | None:
        rows = self.list_view.selectionModel().selectedRows()
        return self.list.row_at(rows[0].row()) if rows else None

    def _selected(self, *_args: object) -> None:
        self.fields.set_conflict(self.current())
        self._enable()

    def _sides(self) -> tuple[str, str]:
        """What the two buttons do for the current conflict."""
        c = self.current()
        return ("merge", "both") if c is not None and c.winner == "key" else ("local", "incoming")

    def _enable(self) -> None:
        c = self.current()
        for b in (self.local_button, self.incoming_button):
            b.setEnabled(c is not None)
        key = c is not None and c.winner == "key"
        self.local_button.setText(self.tr("合并为已有记录") if key else self.tr("保留本机版本"))
        self.incoming_button.setText(self.tr("更正编号后都保留…") if key
                                     else self.tr("采用传入版本"))
        self.merge_button.setEnabled(c is not None and bool(c.differing) and not key)
        self.bulk_button.setEnabled(any(not r.differing for r in self.list.rows))

    def _who(self) -> tuple[str, str] | None:
        actor, reason = self.actor.text().strip(), self.reason.text().strip()
        if not actor:
            self.message.setText(self.tr("请填写处理人。"))
            self.actor.setFocus()
            return None
        prefs.put("office/actor", actor)
        return actor, reason

    def keep(self, side: str) -> None:
        c, who = self.current(), self._who()
        if c is None or who is None:
            return
        values: dict[str, str] = {}
        if side == "both":
            column = c.key_column
            key, ok = QInputDialog.getText(self, self.tr("更正编号"),
                                           self.tr("新记录的正确编号（%1）：").replace("%1", column))
            if not ok or not key.strip():
                return
            values[column] = key.strip()
        ops.keep_side(parent=self, conflict_id=c.id, side=side, actor=who[0], reason=who[1],
                      values=values).success(lambda _i: self._done(1)).run_in_background()

    def merge(self) -> None:
        c, who = self.current(), self._who()
        if c is None or who is None:
            return
        ops.merge(parent=self, conflict_id=c.id, take=self.fields.choices(), actor=who[0],
                  reason=who[1]).success(lambda _i: self._done(1)).run_in_background()

    def resolve_identical(self) -> None:
        who = self._who()
        if who is None:
            return
        ops.resolve_identical(parent=self, actor=who[0], reason=who[1]).success(
            lambda done: self._done(len(done))).run_in_background()

    def _done(self, n: int) -> None:
        self.message.setText(self.tr("已处理 %1 个冲突。").replace("%1", str(n)))
        self.reason.clear()
        self.resolved.emit(n)
        self.reload()
