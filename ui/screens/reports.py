"""Reports (office): dashboard charts with drill-down, ledgers with filters and export,
and the periodic summary to copy or save.

Every number shown comes from the core (`inspector.reports`); this screen only
asks for it on the DB worker and lays it out.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.i18n import QT_TRANSLATE_NOOP
from ui.operations import cases as case_ops
from ui.operations import reports as ops
from ui.widgets.bar_chart import BarChart
from ui.widgets.campaign_choice import CampaignChoice
from ui.widgets.common import heading

if TYPE_CHECKING:
    from inspector.reports.dashboard import Chart
    from inspector.reports.figures import Period, Record
    from ui.operations.reports import LedgerPreview

# The ledgers' names for translation, keyed by the core's ledger keys
# (`inspector.reports.ledgers.LEDGERS`, which says which ledgers exist and in what order).
# lupdate reads only literal strings, so each name is written here again;
# tests/ui/test_reports_screen.py checks these keys are the core's and each source text
# is the core's title (the sheet an export writes is named by the core).
LEDGER_NAMES = {
    "sites": QT_TRANSLATE_NOOP("LedgerTab", "工程项目台账"),
    "employers": QT_TRANSLATE_NOOP("LedgerTab", "用人单位台账"),
    "inspections": QT_TRANSLATE_NOOP("LedgerTab", "检查台账"),
    "findings": QT_TRANSLATE_NOOP("LedgerTab", "问题台账"),
    "orders": QT_TRANSLATE_NOOP("LedgerTab", "指令书台账"),
    "cases": QT_TRANSLATE_NOOP("LedgerTab", "欠薪案件台账"),
    "payments": QT_TRANSLATE_NOOP("LedgerTab", "追回工资台账"),
    "workers": QT_TRANSLATE_NOOP("LedgerTab", "劳动者台账"),
}


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class PeriodPicker(QWidget):
    """From … to …, both days included; defaults to this year up to today (core clock).
    With `campaign`, also a 专项行动 choice ("全部" first) that narrows the period."""

    def __init__(self, parent: QWidget | None = None, *, campaign: bool = False) -> None:
        super().__init__(parent)
        from inspector import clock

        today = clock.today()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.start = QDateEdit(_qdate(date(today.year, 1, 1)))
        self.end = QDateEdit(_qdate(today))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(self.tr("yyyy年M月d日"))
        row.addWidget(QLabel(self.tr("统计期间")))
        row.addWidget(self.start)
        row.addWidget(QLabel(self.tr("至")))
        row.addWidget(self.end)
        self.campaign: CampaignChoice | None = None
        if campaign:
            row.addWidget(QLabel(self.tr("专项行动")))
            self.campaign = CampaignChoice(self.tr("全部"))
            row.addWidget(self.campaign)
        row.addStretch(1)

    def period(self) -> Period:
        from inspector.reports.figures import Period

        return Period(_pydate(self.start.date()), _pydate(self.end.date()),
                      campaign=self.campaign.code() if self.campaign is not None else "")

    def set_period(self, start: date, end: date) -> None:
        self.start.setDate(_qdate(start))
        self.end.setDate(_qdate(end))


class DashboardTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.period = PeriodPicker()
        refresh = QPushButton(self.tr("统计"))
        refresh.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.period, 1)
        top.addWidget(refresh)
        self.charts: dict[str, BarChart] = {}
        self._box = QVBoxLayout()
        holder = QWidget()
        holder.setLayout(self._box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        self.records_title = QLabel(self.tr("点击图中的条形，查看构成它的记录。"))
        self.records = QListWidget()
        lower = QWidget()
        low = QVBoxLayout(lower)
        low.addWidget(self.records_title)
        low.addWidget(self.records)
        split = QSplitter()
        split.addWidget(scroll)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self._period: Period | None = None

    def reload(self) -> None:
        self._period = self.period.period()
        ops.charts(parent=self, period=self._period).success(self._show).run_in_background()

    def _show(self, charts: list[Chart]) -> None:
        for chart in charts:
            widget = self.charts.get(chart.key)
            if widget is None:
                self._box.addWidget(heading(chart.title, size=3))
                widget = self.charts[chart.key] = BarChart()
                widget.setObjectName(f"chart_{chart.key}")
                widget.bar_clicked.connect(
                    lambda bar, series, key=chart.key: self._drill(key, bar, series))
                self._box.addWidget(widget)
            widget.set_chart(chart)
        self._box.addStretch(1)

    def _drill(self, chart: str, bar: str, series: int) -> None:
        if self._period is None:
            return
        ops.bar_records(parent=self, chart=chart, bar=bar, series=series,
                        period=self._period).success(
            lambda recs: self._list(bar, recs)).run_in_background()

    def _list(self, bar: str, records: list[Record]) -> None:
        self.records_title.setText(self.tr("“%1”：%2 条记录").replace("%1", bar)
                                   .replace("%2", str(len(records))))
        self.records.clear()
        self.records.addItems([r.text for r in records])


class LedgerTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        # Imported with the screen, never at start-up: the screen itself is made on first visit.
        from inspector.reports.ledgers import LEDGERS

        self.which = QComboBox()
        for key, led in LEDGERS.items():
            self.which.addItem(self.tr(LEDGER_NAMES.get(key, led.title)), key)
        self.township = QLineEdit()
        self.township.setPlaceholderText(self.tr("全部"))
        self.regulator = QComboBox()
        self.regulator.addItem(self.tr("全部"), None)
        for key, name in (("housing", "住建"), ("transport", "交通"), ("water", "水利"),
                          ("other", "其他")):
            self.regulator.addItem(self.tr(name), key)
        self.period = PeriodPicker(campaign=True)
        form = QFormLayout()
        form.addRow(self.tr("台账"), self.which)
        form.addRow(self.period)
        form.addRow(self.tr("乡镇（街道）"), self.township)
        form.addRow(self.tr("行业主管部门"), self.regulator)
        show = QPushButton(self.tr("查询"))
        show.clicked.connect(self.reload)
        self.export_button = QPushButton(self.tr("导出 Excel/CSV…"))
        self.export_button.clicked.connect(self._export_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(show)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        self.note = QLabel()
        self.model = QStandardItemModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self.last_export: Path | None = None

    def filters(self) -> Any:
        from inspector.reports.ledgers import LedgerFilter

        p = self.period.period()
        return LedgerFilter(date_from=p.start, date_to=p.end,
                            township=self.township.text().strip() or None,
                            regulator=self.regulator.currentData(),
                            campaign=p.campaign or None)

    def reload(self) -> None:
        ops.ledger_preview(parent=self, name=self.which.currentData(),
                           filters=self.filters()).success(self._show).run_in_background()

    def _show(self, preview: LedgerPreview) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels(preview.headers)
        for row in preview.rows:
            self.model.appendRow([QStandardItem(v) for v in row])
        self.table.resizeColumnsToContents()
        text = self.tr("共 %1 行").replace("%1", str(len(preview.rows)))
        if preview.truncated:
            text = self.tr("只显示前 %1 行；导出包含全部记录。").replace(
                "%1", str(len(preview.rows)))
        self.note.setText(text)

    def _export_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出台账"), f"{self.which.currentText()}.xlsx",
            self.tr("Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, out: Path) -> None:
        ops.export_ledger(parent=self, name=self.which.currentData(), filters=self.filters(),
                          out=out).with_progress(self.tr("正在导出台账…")).success(
            lambda n: self._exported(out, n)).run_in_background()

    def _exported(self, out: Path, rows: int) -> None:
        self.last_export = out
        self.note.setText(self.tr("已导出 %1 行：%2").replace("%1", str(rows))
                          .replace("%2", str(out)))


class SummaryTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.period = PeriodPicker(campaign=True)
        make = QPushButton(self.tr("生成汇总"))
        make.clicked.connect(self.reload)
        copy = QPushButton(self.tr("复制文字"))
        save = QPushButton(self.tr("保存为 PDF/Excel…"))
        save.clicked.connect(self._save_clicked)
        row = QHBoxLayout()
        for w in (make, copy, save):
            row.addWidget(w)
        row.addStretch(1)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text.toPlainText()))
        self.figures = QPlainTextEdit()
        self.figures.setReadOnly(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.period)
        layout.addLayout(row)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.figures, 2)
        self.doc: dict[str, Any] = {}

    def reload(self) -> None:
        ops.summary(parent=self, period=self.period.period()).success(
            self._show).run_in_background()

    def _show(self, result: tuple[dict[str, Any], str]) -> None:
        from inspector.reports.figures import FIGURES

        self.doc, text = result
        self.text.setPlainText(text)
        lines = []
        for key, fig in FIGURES.items():
            value = self.doc.get(key)
            shown = "；".join(f"{k} {v}" for k, v in value.items()) if isinstance(value, dict) \
                else str(value)
            lines.append(f"{fig.label}：{shown}")
        self.figures.setPlainText("\n".join(lines))

    def _save_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存汇总"), self.tr("根治欠薪工作情况汇总.pdf"),
            self.tr("PDF 文件 (*.pdf);;Excel 工作簿 (*.xlsx);;文本 (*.txt)"))
        if path:
            ops.save_summary(parent=self, period=self.period.period(), out=Path(path)).success(
                lambda p: self.ctx.signals.status_message.emit(
                    self.tr("已保存：%1").replace("%1", str(p)))).run_in_background()


class ReportsScreen(QWidget):
    """统计与台账: three tabs; each loads when first shown."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.dashboard = DashboardTab(ctx)
        self.ledgers = LedgerTab(ctx)
        self.summary = SummaryTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.dashboard, self.tr("统计图表"))
        self.tabs.addTab(self.ledgers, self.tr("台账"))
        self.tabs.addTab(self.summary, self.tr("汇总"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("统计与台账")))
        layout.addWidget(self.tabs, 1)

    def reload(self) -> None:
        self.dashboard.reload()

    def activate(self) -> None:
        """Shown by the navigation: the charts load the first time (the period's figures);
        the campaign choices each time (an office adds campaigns on the cases screen)."""
        if not self.dashboard.charts:
            self.dashboard.reload()
        case_ops.campaigns(parent=self).success(self.set_campaigns).run_in_background()

    def set_campaigns(self, rows: list[tuple[str, str]]) -> None:
        for picker in (self.ledgers.period, self.summary.period):
            if picker.campaign is not None:
                picker.campaign.set_campaigns(rows)
