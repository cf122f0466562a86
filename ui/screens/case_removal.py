"""移出本案: taking the selected worker or party off the open case, with a reason.

The detail pane owns the tables; this module adds the button and the context action
on the 劳动者 and 当事人 tables, asks for the reason and makes the one core call
(`inspector.cases.actions.remove_worker` / `remove_party`). The core decides: a
missing reason, or a worker with payments recorded, is refused in its words through
the error dialog. Only the office is offered the action: on a laptop the case is the
office's copy and the rights table refuses the write anyway.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QPushButton, QTableView, QTabWidget, QWidget

from ui.operations import cases as ops

if TYPE_CHECKING:
    from ui.context import AppContext
    from ui.models.rows_table import RowsTableModel

Row = dict[str, Any]


class DetailPane(Protocol):
    """What the action needs of `ui.screens.case_detail.CaseDetailPane` (named by this
    protocol, not imported: the pane imports this module)."""

    ctx: AppContext
    case_id: str | None
    data: dict[str, Any] | None
    tabs: QTabWidget
    workers: RowsTableModel[Row]
    workers_view: QTableView
    parties: RowsTableModel[Row]
    parties_view: QTableView


class CaseRemoval(QObject):
    def __init__(self, pane: DetailPane) -> None:
        super().__init__(pane.tabs)
        self.pane = pane
        self.button = QPushButton(self.tr("移出本案…"))
        self.button.setToolTip(self.tr("把“劳动者”或“当事人”页中选中的一行移出本案（须写明理由）"))
        self.button.clicked.connect(self.ask)
        for view in (pane.workers_view, pane.parties_view):
            action = QAction(self.tr("移出本案…"), view)
            action.triggered.connect(self.ask)
            view.addAction(action)
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            view.selectionModel().selectionChanged.connect(self.update)
        pane.tabs.currentChanged.connect(self.update)
        self.update()

    def _tables(self) -> tuple[tuple[str, QTableView, RowsTableModel[Row]], ...]:
        return (("worker", self.pane.workers_view, self.pane.workers),
                ("party", self.pane.parties_view, self.pane.parties))

    def target(self) -> tuple[str, Row] | None:
        """("worker" | "party", its row) selected on the tab shown, if any."""
        shown = self.pane.tabs.currentWidget()
        for kind, view, model in self._tables():
            chosen = view.selectionModel().selectedRows() if view is shown else []
            row = model.row_at(chosen[0].row()) if chosen else None
            if row is not None:
                return kind, row
        return None

    def update(self) -> None:
        role = self.pane.ctx.device.role if self.pane.ctx.device else None
        self.button.setEnabled(role == "office" and self.pane.data is not None
                               and self.target() is not None)

    def ask(self) -> None:
        target = self.target()
        case_id = self.pane.case_id
        if target is None or case_id is None or not self.button.isEnabled():
            return
        kind, row = target
        if kind == "worker":
            prompt = self.tr("把劳动者 %1 移出本案的理由：").replace("%1", row["name"])
        else:
            prompt = (self.tr("把当事人 %1（%2）移出本案的理由：").replace("%1", row["name"])
                      .replace("%2", row["role_label"]))
        reason, ok = QInputDialog.getText(self._window(), self.tr("移出本案"), prompt)
        if not ok:
            return
        parent = self._window()
        op = (ops.remove_worker(parent=parent, case_id=case_id,
                                case_worker_id=row["case_worker_id"], reason=reason)
              if kind == "worker" else
              ops.remove_party(parent=parent, case_id=case_id, party_id=row["id"],
                               reason=reason))
        op.success(lambda _r: self.pane.ctx.signals.status_message.emit(
            self.tr("已移出本案。"))).run_in_background()

    def _window(self) -> QWidget:
        """The pane's widget, for the prompt and the error dialog."""
        return self.pane.tabs.parentWidget() or self.pane.tabs
