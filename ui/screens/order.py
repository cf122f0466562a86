"""The order screen: the list of orders and, for the chosen one, draft → preview → sign → issue →
serve → recheck.

The preview is the real PDF made by the core (reportlab) on the DB worker and
shown with QtPdf; printing goes through the system print dialog. Issuing asks
for confirmation: it takes a number from this device's block and is final.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inspector.changes import Change, ChangeSet
from ui import format as fmt
from ui.changes import subscribe
from ui.context import AppContext
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models.rows_table import Column, RowsTableModel
from ui.operations import orders as ops
from ui.screens.order_followup import RecheckPanel, ServicePanel
from ui.screens.order_panels import DraftPanel, SignaturePanel
from ui.widgets.common import fit_columns, heading, table_view
from ui.widgets.errors import confirm
from ui.widgets.icons import icon
from ui.widgets.pdf_view import PdfPreview

if TYPE_CHECKING:
    from inspector.orders.issuing import IssueResult
    from inspector.queries.orders import OrderDetail, OrderRow
    from inspector.queries.people import InspectorRow
    from ui.navigation import Navigator

COLUMNS: list[Column[OrderRow]] = [
    Column(QT_TRANSLATE_NOOP("OrderScreen", "文号"), lambda o: o.number or "（草稿）"),
    Column(QT_TRANSLATE_NOOP("OrderScreen", "被指令单位"), lambda o: o.employer_name),
    Column(QT_TRANSLATE_NOOP("OrderScreen", "整改期限"), lambda o: fmt.fmt_date(o.deadline),
           lambda o: o.deadline.isoformat()),
    Column(QT_TRANSLATE_NOOP("OrderScreen", "状态"),
           lambda o: fmt.ORDER_STATUS_NAMES().get(o.status, o.status)
           + (" · 逾期" if o.overdue else "")),
    Column(QT_TRANSLATE_NOOP("OrderScreen", "复查"), lambda o: f"{o.rectified}/{o.violations}"),
]
TAB_DRAFT, TAB_PREVIEW, TAB_SIGN, TAB_SERVE, TAB_RECHECK = range(5)


def preview_dir() -> Path:
    folder = Path(tempfile.gettempdir()) / "inspector-desk-previews"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class OrderScreen(QWidget):
    def __init__(self, ctx: AppContext, window: Navigator) -> None:
        super().__init__()
        self.ctx = ctx
        self.window_ = window
        self.detail: OrderDetail | None = None
        self.last_service_warning = ""
        self.people: list[InspectorRow] = []
        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self._order_list())
        split.addWidget(self._order_pane())
        # The list must show its 状态 and 复查 columns whole at the default window size:
        # it gets the room for them, and the employer column (elided) takes the rest.
        fit_columns(self.view, stretch=1, to_contents=(0, 2, 3, 4))
        split.setSizes([540, 740])
        layout.addWidget(split, 1)
        self.draft.save_requested.connect(self.save_draft)
        self.signatures.save_requested.connect(self.save_signature)
        self.signatures.refused.connect(self._refused)
        self.service.serve_requested.connect(self.serve)
        self.recheck.recheck_requested.connect(self.do_recheck)
        self._set_enabled()
        subscribe(ctx, self, {Change.ORDERS, Change.SYNC}, self._on_changes)
        self._loaded = False

    def _header(self) -> QHBoxLayout:
        """The title and the status filter."""
        head = QHBoxLayout()
        head.addWidget(heading(self.tr("限期改正指令书")))
        head.addStretch(1)
        self.filter = QComboBox()
        self.filter.addItem(self.tr("全部"), None)
        for code, name in fmt.ORDER_STATUS_NAMES().items():
            self.filter.addItem(name, code)
        self.filter.currentIndexChanged.connect(lambda _i: self.reload())
        head.addWidget(self.filter)
        return head

    def _order_list(self) -> QTableView:
        self.model = RowsTableModel(COLUMNS, context="OrderScreen")
        self.model.set_foreground(lambda o: QColor("#c0392b") if o.overdue else None)
        self.view = table_view()
        self.view.setModel(self.model)
        self.view.clicked.connect(lambda i: self._pick(i.row()))
        self.view.activated.connect(lambda i: self._pick(i.row()))
        return self.view

    def _order_pane(self) -> QWidget:
        """The chosen order: its title, the document actions and one tab per step."""
        right = QWidget()
        r = QVBoxLayout(right)
        self.title = heading(self.tr("请选择指令书，或在检查定稿后起草"), size=2)
        self.title.setWordWrap(True)
        r.addWidget(self.title)
        r.addLayout(self._actions())
        self.tabs = QTabWidget()
        self.draft = DraftPanel()
        self.pdf = PdfPreview()
        self.signatures = SignaturePanel()
        self.service = ServicePanel()
        self.recheck = RecheckPanel()
        self.tabs.addTab(self.draft, self.tr("内容"))
        self.tabs.addTab(self.pdf, self.tr("预览"))
        self.tabs.addTab(self.signatures, self.tr("签名"))
        self.tabs.addTab(self.service, self.tr("送达"))
        self.tabs.addTab(self.recheck, self.tr("复查"))
        r.addWidget(self.tabs, 1)
        self.state = QLabel()
        r.addWidget(self.state)
        return right

    def _actions(self) -> QHBoxLayout:
        actions = QHBoxLayout()
        self.preview_button = QPushButton(icon("order"), self.tr("预览 PDF"))
        self.preview_button.clicked.connect(self.preview)
        self.print_button = QPushButton(icon("print"), self.tr("打印 (Ctrl+P)"))
        self.print_button.setShortcut("Ctrl+P")
        self.print_button.clicked.connect(self.print_order)
        self.save_pdf_button = QPushButton(self.tr("另存 PDF…"))
        self.save_pdf_button.clicked.connect(self.save_pdf)
        self.issue_button = QPushButton(icon("check"), self.tr("出具指令书"))
        self.issue_button.clicked.connect(self.issue)
        self.receipt_button = QPushButton(icon("order"), self.tr("送达回证"))
        self.receipt_button.setToolTip(self.tr("生成送达回证 PDF（按最近一次送达记录填写），可预览和打印"))
        self.receipt_button.clicked.connect(self.receipt)
        for b in (self.preview_button, self.print_button, self.save_pdf_button,
                  self.issue_button, self.receipt_button):
            actions.addWidget(b)
        return actions

    # -- list ----------------------------------------------------------------------------
    def activate(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.reload()

    def reload(self) -> None:
        ops.list_orders(parent=self, status=self.filter.currentData()).success(
            self._rows).run_in_background()

    def _rows(self, rows: list[OrderRow]) -> None:
        self.model.set_rows(rows)
        if self.detail is not None:
            for n, row in enumerate(rows):
                if row.id == self.detail.row.id:
                    self.view.selectRow(n)

    def _on_changes(self, changes: ChangeSet, initiator: object) -> None:
        if self._loaded:
            self.reload()

    def _pick(self, row: int) -> None:
        order = self.model.row_at(row)
        if order is not None:
            self.open_order(order.id)

    # -- one order -------------------------------------------------------------------------
    def open_order(self, order_id: str) -> None:
        self._loaded = True
        self.reload()
        ops.inspectors(parent=self).success(self._people).run_in_background()
        ops.get_order(parent=self, order_id=order_id).success(self.show_order).run_in_background()

    def _people(self, people: list[InspectorRow]) -> None:
        self.people = people

    def show_order(self, detail: OrderDetail) -> None:
        self.detail = detail
        row = detail.row
        status = fmt.ORDER_STATUS_NAMES().get(row.status, row.status)
        self.title.setText(f"{row.number or self.tr('草稿')} · {row.employer_name} · {status}")
        self.draft.show_order(detail, self.people, (detail.inspector1_id, detail.inspector2_id))
        self.service.show_order(detail)
        self.recheck.show_order(detail)
        self.state.setText(self._state_text(detail))
        self._set_enabled()
        self.tabs.setCurrentIndex(TAB_DRAFT if row.status == "draft"
                                  else TAB_RECHECK if row.status == "served" else TAB_SERVE)

    def _state_text(self, d: OrderDetail) -> str:
        row = d.row
        parts = [self.tr("整改期限：%1（%2）").replace("%1", fmt.fmt_date(row.deadline))
                 .replace("%2", fmt.days_left_text(row.deadline))]
        if row.issue_date:
            parts.append(self.tr("出具日期：%1").replace("%1", fmt.fmt_date(row.issue_date)))
        if d.content_hash:
            parts.append(self.tr("内容哈希：%1…").replace("%1", d.content_hash[:12]))
        return "    ".join(parts)

    def _set_enabled(self) -> None:
        d = self.detail
        draft = d is not None and d.row.status == "draft"
        for b in (self.preview_button, self.save_pdf_button):
            b.setEnabled(d is not None)
        self.print_button.setEnabled(d is not None and self.pdf.page_count() > 0)
        self.issue_button.setEnabled(draft)
        self.receipt_button.setEnabled(d is not None and not draft)

    def draft_from_inspection(self, inspection_id: str) -> None:
        self._loaded = True
        ops.draft_from_inspection(parent=self, inspection_id=inspection_id).success(
            self._drafted).run_in_background()

    def _drafted(self, ids: list[str]) -> None:
        if not ids:
            QMessageBox.information(self, self.tr("起草指令书"),
                                    self.tr("本次检查没有需要下达指令书的问题。"))
            return
        self.ctx.signals.status_message.emit(
            self.tr("已起草 %1 份指令书草稿").replace("%1", str(len(ids))))
        self.open_order(ids[0])

    # -- actions ----------------------------------------------------------------------------
    def save_draft(self) -> None:
        if self.detail is None:
            return
        order_id = self.detail.row.id
        ops.save_draft(parent=self, order_id=order_id, edit=self.draft.values()).success(
            lambda _r: self.open_order(order_id)).run_in_background()

    def preview(self) -> None:
        if self.detail is None:
            return
        out = preview_dir() / f"{self.detail.row.id}.pdf"
        ops.render_pdf(parent=self, order_id=self.detail.row.id, out=out).with_progress(
            self.tr("正在生成 PDF…"), cancellable=False).success(self._show_pdf).run_in_background()

    def _show_pdf(self, path: Path) -> None:
        self.pdf.load(path)
        self.tabs.setCurrentIndex(TAB_PREVIEW)
        self._set_enabled()

    def receipt(self) -> None:
        """Make the 送达回证 PDF and show it in the preview tab (print it from there)."""
        if self.detail is None or self.detail.row.status == "draft":
            return
        out = preview_dir() / f"{self.detail.row.id}-receipt.pdf"
        ops.render_receipt(parent=self, order_id=self.detail.row.id, out=out).with_progress(
            self.tr("正在生成送达回证…"), cancellable=False).success(
            self._show_pdf).run_in_background()

    def print_order(self) -> None:
        if self.pdf.page_count():
            self.pdf.print_document(self)

    def save_pdf(self) -> None:
        if self.detail is None:
            return
        name = (self.detail.row.number or "指令书草稿").replace("/", "-") + ".pdf"
        target, _ = QFileDialog.getSaveFileName(self, self.tr("保存 PDF"), name, "PDF (*.pdf)")
        if target:
            ops.render_pdf(parent=self, order_id=self.detail.row.id, out=Path(target)).success(
                lambda p: self.ctx.signals.status_message.emit(
                    self.tr("已保存：%1").replace("%1", str(p)))).run_in_background()

    def issue(self) -> None:
        if self.detail is None or self.detail.row.status != "draft":
            return
        # The core's checks first: a draft that cannot be issued is explained before
        # the user is asked to confirm, not after.
        order_id = self.detail.row.id
        ops.check_issue(parent=self, order_id=order_id).success(
            lambda _r: self._confirm_issue(order_id)).run_in_background()

    def _confirm_issue(self, order_id: str) -> None:
        if self.detail is None or self.detail.row.id != order_id:
            return
        if not confirm(self, self.tr("出具指令书"),
                       self.tr("出具后将占用本机号段中的一个文号，指令书内容不能再修改。确定出具吗？")):
            return
        ops.issue(parent=self, order_id=self.detail.row.id).success(
            self._issued).run_in_background()

    def _issued(self, result: IssueResult) -> None:
        QMessageBox.information(self, self.tr("已出具"),
                                self.tr("指令书已出具，文号：%1").replace("%1", result.number))
        self.open_order(result.order_id)
        self.preview()

    def save_signature(self, role: str, png: bytes) -> None:
        if self.detail is None:
            return
        ops.sign(parent=self, order_id=self.detail.row.id, role=role, png=png).success(
            lambda _id: self.signatures.mark_saved(role)).run_in_background()

    def _refused(self) -> None:
        self.service.refused.setChecked(True)
        self.tabs.setCurrentIndex(TAB_SERVE)

    def serve(self) -> None:
        if self.detail is None:
            return
        v = self.service.values()
        order_id = self.detail.row.id
        ops.serve(parent=self, order_id=order_id, **v).success(
            lambda out: self._served(order_id, out.warning)).run_in_background()

    def _served(self, order_id: str, warning: str) -> None:
        self.last_service_warning = warning
        if warning:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("逾期送达"), warning,
                              QMessageBox.StandardButton.Ok, self)
            box.exec()
        self._recorded(self.service, order_id)

    def do_recheck(self) -> None:
        if self.detail is None:
            return
        v = self.recheck.values()
        order_id = self.detail.row.id
        ops.recheck(parent=self, order_id=order_id, **v).success(
            lambda _r: self._recorded(self.recheck, order_id)).run_in_background()

    def _recorded(self, panel: ServicePanel | RecheckPanel, order_id: str) -> None:
        panel.clear()
        self.open_order(order_id)
