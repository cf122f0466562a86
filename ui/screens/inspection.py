"""The inspection screen: start a new inspection (target, template, ≥2 inspectors) or fill one in.

The start page remembers the last inspectors and template (QSettings) so that a
team starts its next site with one click.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from inspector.changes import Change, ChangeSet
from inspector.queries.people import StartChoices
from inspector.queries.site_index import EmployerIndex
from ui import prefs
from ui.changes import subscribe
from ui.context import AppContext
from ui.models.site_table import EmployerTableModel, SiteTableModel
from ui.operations import inspections as ops
from ui.operations import sites as site_ops
from ui.screens.inspection_form import InspectionFormPage
from ui.widgets.common import heading, table_view
from ui.widgets.icons import icon

if TYPE_CHECKING:
    from ui.navigation import Navigator


class StartPage(QWidget):
    """Choose what to inspect, with which template and which inspectors."""

    def __init__(self, ctx: AppContext, window: Navigator, screen: InspectionScreen) -> None:
        super().__init__()
        self.ctx = ctx
        self.window_ = window
        self.screen_ = screen
        self.choices: StartChoices | None = None
        self.site_model = SiteTableModel(self)
        self.employer_model = EmployerTableModel(self)
        self._selected: tuple[str, str] | None = None
        self._pending_employer: str | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("新建检查")))
        self.kind = QTabBar()
        self.kind.addTab(icon("sites"), self.tr("工程项目"))
        self.kind.addTab(icon("order"), self.tr("用人单位"))
        self.kind.currentChanged.connect(self._kind_changed)
        layout.addWidget(self.kind)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("输入名称、地址或信用代码查找检查对象"))
        self.search.textChanged.connect(self._filter)
        layout.addWidget(self.search)
        self.view = table_view(filtered=True)
        self.view.setModel(self.site_model)
        self.view.setMinimumHeight(180)
        self.view.clicked.connect(self._picked)
        self.view.activated.connect(self._picked)
        layout.addWidget(self.view, 1)
        self.target_label = QLabel(self.tr("尚未选择检查对象"))
        layout.addWidget(self.target_label)
        form = QFormLayout()
        self.template = QComboBox()
        form.addRow(self.tr("检查表："), self.template)
        self.inspectors = QListWidget()
        self.inspectors.setMaximumHeight(150)
        form.addRow(self.tr("监察员（至少2人）："), self.inspectors)
        self.location = QLineEdit()
        form.addRow(self.tr("检查地点："), self.location)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        self.start_button = QPushButton(icon("inspection"), self.tr("开始检查"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        row.addWidget(self.start_button)
        layout.addLayout(row)
        self.inspectors.itemChanged.connect(lambda _i: self._update_button())
        subscribe(ctx, self, {Change.INSPECTORS}, self._on_changes)
        self._update_button()

    # -- data ---------------------------------------------------------------------------
    def refresh(self) -> None:
        self.site_model.set_index(self.window_.site_index())
        self._filter()
        ops.choices(parent=self).success(self._show_choices).run_in_background()

    def _on_changes(self, changes: ChangeSet, _initiator: object) -> None:
        """Re-read the chooser when inspector profiles changed (one deactivated, say)."""
        if self.choices is not None:
            ops.choices(parent=self).success(self._show_choices).run_in_background()

    def _show_choices(self, choices: StartChoices) -> None:
        # Only active inspectors are offered (`start_choices`); the core refuses the rest.
        # Keep what is ticked now across a re-read; the first time, the last used set.
        ticked = self.checked_inspectors() if self.choices is not None else []
        self.choices = choices
        last = set(ticked or prefs.get_list("inspection/inspectors"))
        self.inspectors.blockSignals(True)
        self.inspectors.clear()
        for ins in choices.inspectors:
            item = QListWidgetItem(f"{ins.name}  {ins.credential_no}  {ins.unit}")
            item.setData(Qt.ItemDataRole.UserRole, ins.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ins.id in last
                               else Qt.CheckState.Unchecked)
            self.inspectors.addItem(item)
        self.inspectors.blockSignals(False)
        self._fill_templates()
        self._update_button()

    def _fill_templates(self) -> None:
        kind = "site" if self.kind.currentIndex() == 0 else "employer"
        self.template.clear()
        for t in (self.choices.templates if self.choices else []):
            if t.kind == kind:
                self.template.addItem(f"{t.name}（第{t.version}版）", t.id)
        last = prefs.get_str(f"inspection/template/{kind}")
        if last:
            self.template.setCurrentIndex(max(self.template.findData(last), 0))

    def _kind_changed(self, tab: int) -> None:
        self._selected = None
        self.target_label.setText(self.tr("尚未选择检查对象"))
        if tab == 1:
            self.view.setModel(self.employer_model)
            if not self.employer_model.total:
                site_ops.load_employer_index(parent=self).success(
                    self._employers).run_in_background()
        else:
            self.view.setModel(self.site_model)
        self._fill_templates()
        self._filter()
        self._update_button()

    def _employers(self, index: EmployerIndex) -> None:
        self.employer_model.set_index(index)
        self._filter()
        pending = self._pending_employer
        if pending:
            self.preselect(employer_id=pending)

    def _filter(self) -> None:
        model = self.site_model if self.kind.currentIndex() == 0 else self.employer_model
        model.set_filter(self.search.text())
        for col, width in ((0, 280), (1, 160)):
            self.view.setColumnWidth(col, width)

    def _picked(self, index: QModelIndex) -> None:
        row = index.row()
        if self.kind.currentIndex() == 0:
            sid = self.site_model.site_id(row)
            if sid:
                idx = self.site_model.site_index
                pos = idx.position(sid)
                name = idx.names[pos] if pos is not None else ""
                self._select("site", sid, name, idx.addresses[pos] if pos is not None else "")
        else:
            eid = self.employer_model.employer_id(row)
            if eid:
                self._select("employer", eid, self.employer_model.data(
                    self.employer_model.index(row, 0)) or "", "")

    def _select(self, kind: str, target_id: str, name: str, address: str) -> None:
        self._selected = (kind, target_id)
        self.target_label.setText(self.tr("检查对象：%1").replace("%1", name))
        if address and not self.location.text():
            self.location.setText(address)
        self._update_button()

    def preselect(self, *, site_id: str | None = None, employer_id: str | None = None) -> None:
        """Pre-fill the target (from the site list or a detail page)."""
        self.location.clear()
        if site_id:
            self.kind.setCurrentIndex(0)
            idx = self.site_model.site_index
            pos = idx.position(site_id)
            if pos is not None:
                self._select("site", site_id, idx.names[pos], idx.addresses[pos])
        elif employer_id:
            self._pending_employer = employer_id
            self.kind.setCurrentIndex(1)
            model = self.employer_model
            for row in range(model.rowCount()):
                if model.employer_id(row) == employer_id:
                    self._pending_employer = None
                    self._select("employer", employer_id,
                                 model.data(model.index(row, 0)) or "", "")
                    break

    def checked_inspectors(self) -> list[str]:
        out = []
        for row in range(self.inspectors.count()):
            item = self.inspectors.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def _update_button(self) -> None:
        ready = (self._selected is not None and len(self.checked_inspectors()) >= 2
                 and self.template.count() > 0)
        self.start_button.setEnabled(ready)
        self.start_button.setToolTip("" if ready else self.tr("请选择检查对象、检查表和至少2名监察员"))

    def start(self) -> None:
        if self._selected is None:
            return
        kind, target_id = self._selected
        inspectors = self.checked_inspectors()
        template_id = self.template.currentData()
        prefs.put("inspection/inspectors", inspectors)
        prefs.put(f"inspection/template/{kind}", template_id)
        ops.start(parent=self, target_kind=kind, template_id=template_id,
                  inspector_ids=inspectors, site_id=target_id if kind == "site" else None,
                  employer_id=target_id if kind == "employer" else None,
                  location=self.location.text().strip()).success(
            self.screen_.open_inspection).run_in_background()


class InspectionScreen(QStackedWidget):
    """Start page and form page of the inspection area."""

    def __init__(self, ctx: AppContext, window: Navigator) -> None:
        super().__init__()
        self.ctx = ctx
        self.start_page = StartPage(ctx, window, self)
        self.form_page = InspectionFormPage(ctx)
        self.form_page.draft_orders.connect(window.draft_orders)
        self.addWidget(self.start_page)
        self.addWidget(self.form_page)
        self._refreshed = False

    def activate(self) -> None:
        if not self._refreshed:
            self._refreshed = True
            self.start_page.refresh()

    def start_new(self, *, site_id: str | None = None, employer_id: str | None = None) -> None:
        self.form_page.flush()
        self.setCurrentWidget(self.start_page)
        self.start_page.refresh()
        self._refreshed = True
        if site_id or employer_id:
            self.start_page.preselect(site_id=site_id, employer_id=employer_id)

    def open_inspection(self, inspection_id: str) -> None:
        self.setCurrentWidget(self.form_page)
        self.form_page.load(inspection_id)
