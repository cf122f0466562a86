"""The detail pane of one site or employer: facts, people, inspection history, orders."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui import format as fmt
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models.rows_table import Column, RowsTableModel
from ui.widgets.common import heading, table_view
from ui.widgets.icons import icon

if TYPE_CHECKING:
    from inspector.queries.details import Detail, HistoryRow, Person
    from inspector.queries.orders import OrderRow

_CTX = "DetailPane"
# Fact labels come from the core in Chinese; listed here so that lupdate offers them.
FACT_LABELS = (
    QT_TRANSLATE_NOOP("DetailFacts", "项目编号"), QT_TRANSLATE_NOOP("DetailFacts", "项目名称"),
    QT_TRANSLATE_NOOP("DetailFacts", "地址"), QT_TRANSLATE_NOOP("DetailFacts", "乡镇（街道）"),
    QT_TRANSLATE_NOOP("DetailFacts", "行业主管部门"), QT_TRANSLATE_NOOP("DetailFacts", "状态"),
    QT_TRANSLATE_NOOP("DetailFacts", "合同金额"), QT_TRANSLATE_NOOP("DetailFacts", "开工日期"),
    QT_TRANSLATE_NOOP("DetailFacts", "计划竣工日期"),
    QT_TRANSLATE_NOOP("DetailFacts", "实名登记人数"), QT_TRANSLATE_NOOP("DetailFacts", "在场人数"),
    QT_TRANSLATE_NOOP("DetailFacts", "备注"), QT_TRANSLATE_NOOP("DetailFacts", "单位名称"),
    QT_TRANSLATE_NOOP("DetailFacts", "统一社会信用代码"),
    QT_TRANSLATE_NOOP("DetailFacts", "法定代表人"), QT_TRANSLATE_NOOP("DetailFacts", "行业"),
)

PEOPLE_COLUMNS: list[Column[Person]] = [
    Column(QT_TRANSLATE_NOOP("DetailPane", "身份"), lambda p: p.role),
    Column(QT_TRANSLATE_NOOP("DetailPane", "名称 / 姓名"), lambda p: p.name),
    Column(QT_TRANSLATE_NOOP("DetailPane", "统一社会信用代码"), lambda p: p.credit_code),
    Column(QT_TRANSLATE_NOOP("DetailPane", "联系方式"), lambda p: p.contact),
]
HISTORY_COLUMNS: list[Column[HistoryRow]] = [
    Column(QT_TRANSLATE_NOOP("DetailPane", "检查时间"), lambda h: fmt.fmt_datetime(h.started_at),
           lambda h: h.started_at.isoformat()),
    Column(QT_TRANSLATE_NOOP("DetailPane", "检查表"), lambda h: h.template),
    Column(QT_TRANSLATE_NOOP("DetailPane", "状态"),
           lambda h: fmt.INSPECTION_STATUS_NAMES().get(h.status, h.status)),
    Column(QT_TRANSLATE_NOOP("DetailPane", "发现问题"), lambda h: str(h.findings),
           lambda h: h.findings),
]
ORDER_COLUMNS: list[Column[OrderRow]] = [
    Column(QT_TRANSLATE_NOOP("DetailPane", "文号"), lambda o: o.number or "（草稿）"),
    Column(QT_TRANSLATE_NOOP("DetailPane", "被指令单位"), lambda o: o.employer_name),
    Column(QT_TRANSLATE_NOOP("DetailPane", "整改期限"), lambda o: fmt.fmt_date(o.deadline),
           lambda o: o.deadline.isoformat()),
    Column(QT_TRANSLATE_NOOP("DetailPane", "状态"),
           lambda o: fmt.ORDER_STATUS_NAMES().get(o.status, o.status)),
    Column(QT_TRANSLATE_NOOP("DetailPane", "违法行为"), lambda o: str(o.violations),
           lambda o: o.violations),
]


class DetailPane(QWidget):
    """Shows a `Detail`; emits what the user wants to open next."""

    start_inspection = Signal(str, str)  # kind (site|employer), id
    open_inspection = Signal(str)
    open_order = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: Detail | None = None
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        self.title = heading(self.tr("请选择一个工程项目或用人单位"), size=3)
        self.title.setWordWrap(True)
        head.addWidget(self.title, 1)
        self.start_button = QPushButton(icon("inspection"), self.tr("开始检查"))
        self.start_button.setEnabled(False)
        self.start_button.clicked.connect(self._start)
        head.addWidget(self.start_button)
        layout.addLayout(head)
        self.tabs = QTabWidget()
        self.facts = QWidget()
        self.facts_form = QFormLayout(self.facts)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.facts)
        self.people = RowsTableModel(PEOPLE_COLUMNS, context=_CTX)
        self.history = RowsTableModel(HISTORY_COLUMNS, context=_CTX)
        self.orders = RowsTableModel(ORDER_COLUMNS, context=_CTX)
        self.people_view = table_view()
        self.people_view.setModel(self.people)
        self.history_view = table_view()
        self.history_view.setModel(self.history)
        self.history_view.activated.connect(self._open_history)
        self.history_view.doubleClicked.connect(self._open_history)
        self.orders_view = table_view()
        self.orders_view.setModel(self.orders)
        self.orders_view.activated.connect(self._open_order)
        self.orders_view.doubleClicked.connect(self._open_order)
        self.tabs.addTab(scroll, self.tr("基本信息"))
        self.tabs.addTab(self.people_view, self.tr("人员与单位"))
        self.tabs.addTab(self.history_view, self.tr("检查记录"))
        self.tabs.addTab(self.orders_view, self.tr("指令书"))
        layout.addWidget(self.tabs, 1)

    def show_detail(self, detail: Detail) -> None:
        self.detail = detail
        self.title.setText(detail.name)
        self.start_button.setEnabled(True)
        while self.facts_form.rowCount():
            self.facts_form.removeRow(0)
        for label, value in detail.facts:
            text = QLabel(value or "—")
            text.setWordWrap(True)
            text.setTextInteractionFlags(text.textInteractionFlags()
                                         | text.textInteractionFlags().TextSelectableByMouse)
            self.facts_form.addRow(QCoreApplication.translate("DetailFacts", label) + "：", text)
        self.people.set_rows(detail.people)
        self.history.set_rows(detail.inspections)
        self.orders.set_rows(detail.orders)
        self.tabs.setTabText(2, self.tr("检查记录 (%1)").replace("%1", str(len(detail.inspections))))
        self.tabs.setTabText(3, self.tr("指令书 (%1)").replace("%1", str(len(detail.orders))))
        for view in (self.people_view, self.history_view, self.orders_view):
            view.resizeColumnsToContents()

    def clear(self) -> None:
        self.detail = None
        self.title.setText(self.tr("请选择一个工程项目或用人单位"))
        self.start_button.setEnabled(False)

    def _start(self) -> None:
        if self.detail is not None:
            self.start_inspection.emit(self.detail.kind, self.detail.id)

    def _open_history(self, index: QModelIndex) -> None:
        row = self.history.row_at(index.row())
        if row is not None:
            self.open_inspection.emit(row.id)

    def _open_order(self, index: QModelIndex) -> None:
        row = self.orders.row_at(index.row())
        if row is not None:
            self.open_order.emit(row.id)
