"""Settings: inspector profiles, authority settings and document font, number blocks, data folder,
device key (`settings_identity`), language.

The authority form is generated from `AuthoritySettings`' fields, so a field the
core adds shows up here with its name until it gets a label below.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui import i18n, prefs
from ui.context import AppContext
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models.rows_table import Column, RowsTableModel
from ui.operations import settings as ops
from ui.screens.lazy import LoadsWhenShown
from ui.screens.settings_identity import IdentityPanel
from ui.widgets.common import heading, table_view

if TYPE_CHECKING:
    from inspector.config import AuthoritySettings
    from inspector.orders.numbers import BlockInfo
    from inspector.queries.people import InspectorRow
    from ui.navigation import Navigator

LABELS = {
    "authority_name": QT_TRANSLATE_NOOP("SettingsScreen", "作出机关全称"),
    "authority_code": QT_TRANSLATE_NOOP("SettingsScreen", "机关代字"),
    "order_title": QT_TRANSLATE_NOOP("SettingsScreen", "指令书标题"),
    "order_kind_code": QT_TRANSLATE_NOOP("SettingsScreen", "文种代字"),
    "number_pattern": QT_TRANSLATE_NOOP("SettingsScreen", "文号模板"),
    "number_width": QT_TRANSLATE_NOOP("SettingsScreen", "序号位数（0 不补零）"),
    "include_appeal_notice": QT_TRANSLATE_NOOP("SettingsScreen", "写入复议/诉讼告知"),
    "appeal_body": QT_TRANSLATE_NOOP("SettingsScreen", "复议机关"),
    "court": QT_TRANSLATE_NOOP("SettingsScreen", "管辖法院"),
    "authority_address": QT_TRANSLATE_NOOP("SettingsScreen", "机关地址"),
    "authority_phone": QT_TRANSLATE_NOOP("SettingsScreen", "联系电话"),
    "archive_days": QT_TRANSLATE_NOOP("SettingsScreen", "存档联报送期限（日）"),
    "due_soon_days": QT_TRANSLATE_NOOP("SettingsScreen", "到期提醒提前（日）"),
    "wage_deposit_ratio_pct": QT_TRANSLATE_NOOP("SettingsScreen", "工资保证金比例（%）"),
    "labour_cost_ratio_pct": QT_TRANSLATE_NOOP("SettingsScreen", "人工费用拨付比例（%）"),
    "crime_threshold_single_yuan": QT_TRANSLATE_NOOP("SettingsScreen", "拒不支付罪标准·单人（元）"),
    "crime_threshold_total_yuan": QT_TRANSLATE_NOOP("SettingsScreen", "拒不支付罪标准·累计（元）"),
    "document_font": QT_TRANSLATE_NOOP("SettingsScreen", "文书字体（TrueType，空为内置字体）"),
}
ACTIVE = QT_TRANSLATE_NOOP("SettingsScreen", "在用")
INACTIVE = QT_TRANSLATE_NOOP("SettingsScreen", "已停用")
INSPECTOR_COLUMNS: list[Column[InspectorRow]] = [
    Column(QT_TRANSLATE_NOOP("SettingsScreen", "姓名"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("SettingsScreen", "执法证号"), lambda r: r.credential_no),
    Column(QT_TRANSLATE_NOOP("SettingsScreen", "单位"), lambda r: r.unit),
    Column(QT_TRANSLATE_NOOP("SettingsScreen", "电话"), lambda r: r.phone),
    Column(QT_TRANSLATE_NOOP("SettingsScreen", "状态"),
           lambda r: QCoreApplication.translate("SettingsScreen", ACTIVE if r.active else INACTIVE),
           lambda r: int(r.active)),
]
BLOCK_COLUMNS: list[Column[BlockInfo]] = [
    Column(QT_TRANSLATE_NOOP("SettingsScreen", "年度"), lambda b: str(b.year or "不限")),
    Column(QT_TRANSLATE_NOOP("SettingsScreen", "起号"), lambda b: str(b.first), lambda b: b.first),
    Column(QT_TRANSLATE_NOOP("SettingsScreen", "止号"), lambda b: str(b.last), lambda b: b.last),
    Column(QT_TRANSLATE_NOOP("SettingsScreen", "已用"), lambda b: str(b.used), lambda b: b.used),
    Column(QT_TRANSLATE_NOOP("SettingsScreen", "作废"), lambda b: str(b.voided)),
    Column(QT_TRANSLATE_NOOP("SettingsScreen", "剩余"), lambda b: str(b.remaining),
           lambda b: b.remaining),
]


class SettingsScreen(LoadsWhenShown, QWidget):
    def __init__(self, ctx: AppContext, window: Navigator) -> None:
        super().__init__()
        self.ctx = ctx
        self.settings: AuthoritySettings | None = None
        self.fields: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("设置")))
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._inspectors_tab(), self.tr("监察员"))
        self.authority_scroll = QScrollArea()
        self.authority_scroll.setWidgetResizable(True)
        self.tabs.addTab(self.authority_scroll, self.tr("作出机关与文书"))
        self.tabs.addTab(self._blocks_tab(), self.tr("文号号段"))
        self.tabs.addTab(self._data_tab(), self.tr("数据与语言"))
        # A key that cannot sign is shown where its recovery is, whatever tab was open.
        self.identity.problem_found.connect(lambda: self.tabs.setCurrentIndex(3))

    # -- tabs -----------------------------------------------------------------------------------
    def _inspectors_tab(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        self.inspector_model = RowsTableModel(INSPECTOR_COLUMNS, context="SettingsScreen")
        self.inspector_model.set_foreground(lambda r: None if r.active else QColor("#888888"))
        self.inspector_view = table_view()
        self.inspector_view.setModel(self.inspector_model)
        self.inspector_view.clicked.connect(self._pick_inspector)
        self.inspector_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._update_active_button(current.row()))
        v.addWidget(self.inspector_view, 1)
        form = QFormLayout()
        self.ins_name, self.ins_cred = QLineEdit(), QLineEdit()
        self.ins_unit, self.ins_phone = QLineEdit(), QLineEdit()
        form.addRow(self.tr("姓名："), self.ins_name)
        form.addRow(self.tr("执法证号："), self.ins_cred)
        form.addRow(self.tr("单位："), self.ins_unit)
        form.addRow(self.tr("电话："), self.ins_phone)
        v.addLayout(form)
        buttons = QHBoxLayout()
        save = QPushButton(self.tr("保存监察员（按执法证号新增或更新）"))
        save.clicked.connect(self.save_inspector)
        buttons.addWidget(save, 1)
        # An inspector who left is deactivated, never deleted: past records name them.
        self.active_button = QPushButton(self.tr("停用"))
        self.active_button.setToolTip(self.tr("停用的监察员不再出现在新建检查的人员列表中"))
        self.active_button.clicked.connect(self.toggle_inspector_active)
        buttons.addWidget(self.active_button)
        v.addLayout(buttons)
        self._update_active_button(-1)
        return page

    def _blocks_tab(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        v.addWidget(QLabel(self.tr("号段由局端在派发同步包中下发；纸质领取的号段可在此登记。")))
        self.block_model = RowsTableModel(BLOCK_COLUMNS, context="SettingsScreen")
        view = table_view()
        view.setModel(self.block_model)
        v.addWidget(view, 1)
        row = QHBoxLayout()
        self.block_year = QSpinBox()
        self.block_year.setRange(0, 2100)
        self.block_year.setSpecialValueText(self.tr("不限年度"))
        self.block_first, self.block_last = QSpinBox(), QSpinBox()
        for box in (self.block_first, self.block_last):
            box.setRange(1, 999_999)
        add = QPushButton(self.tr("登记号段"))
        add.clicked.connect(self.add_block)
        for w in (QLabel(self.tr("年度")), self.block_year, QLabel(self.tr("起号")),
                  self.block_first, QLabel(self.tr("止号")), self.block_last, add):
            row.addWidget(w)
        row.addStretch(1)
        v.addLayout(row)
        return page

    def _data_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.db_label = QLabel(str(self.ctx.db_path))
        self.db_label.setWordWrap(True)
        form.addRow(self.tr("数据库文件："), self.db_label)
        row = QHBoxLayout()
        open_folder = QPushButton(self.tr("打开数据文件夹"))
        open_folder.clicked.connect(self._open_folder)
        other = QPushButton(self.tr("使用其他数据库…"))
        other.clicked.connect(self._choose_db)
        row.addWidget(open_folder)
        row.addWidget(other)
        row.addStretch(1)
        form.addRow("", row)
        self.language = QComboBox()
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        current = prefs.get_str("language", i18n.DEFAULT_LANGUAGE)
        self.language.setCurrentIndex(max(self.language.findData(current), 0))
        self.language.currentIndexChanged.connect(self._language)
        form.addRow(self.tr("界面语言（重启后生效）："), self.language)
        self.identity = IdentityPanel()
        form.addRow(self.identity)
        return page

    # -- loading ----------------------------------------------------------------------------------
    def reload(self) -> None:
        ops.inspectors(parent=self).success(self._inspectors).run_in_background()
        ops.authority(parent=self).success(self.show_authority).run_in_background()
        ops.number_blocks(parent=self).success(self.block_model.set_rows).run_in_background()
        self.identity.reload()

    def _inspectors(self, rows: list[InspectorRow]) -> None:
        chosen = self.selected_inspector()
        self.inspector_model.set_rows(rows)
        self.inspector_view.resizeColumnsToContents()
        # Keep the same inspector current across a reload (after 停用/启用, say).
        ids = [r.id for r in rows]
        if chosen is not None and chosen.id in ids:
            self.inspector_view.setCurrentIndex(self.inspector_model.index(ids.index(chosen.id), 0))
        self._update_active_button(self.inspector_view.currentIndex().row())

    def selected_inspector(self) -> InspectorRow | None:
        """The inspector profile whose row is current in the list, if any."""
        index = self.inspector_view.currentIndex()
        return self.inspector_model.row_at(index.row()) if index.isValid() else None

    def _update_active_button(self, row_number: int) -> None:
        """Label the button for what it would do to the current row: 停用 or 启用."""
        row = self.inspector_model.row_at(row_number) if row_number >= 0 else None
        self.active_button.setEnabled(row is not None)
        self.active_button.setText(self.tr("启用") if row is not None and not row.active
                                   else self.tr("停用"))

    def _pick_inspector(self, index: Any) -> None:
        row = self.inspector_model.row_at(index.row())
        if row is not None:
            self.ins_name.setText(row.name)
            self.ins_cred.setText(row.credential_no)
            self.ins_unit.setText(row.unit)
            self.ins_phone.setText(row.phone)

    def show_authority(self, settings: AuthoritySettings) -> None:
        self.settings = settings
        page = QWidget()
        form = QFormLayout(page)
        self.fields = {}
        for f in dataclasses.fields(settings):
            value = getattr(settings, f.name)
            label = QCoreApplication.translate("SettingsScreen", LABELS.get(f.name, f.name))
            widget: QWidget
            if isinstance(value, bool):
                widget = QCheckBox()
                widget.setChecked(value)
            elif isinstance(value, int):
                widget = QSpinBox()
                widget.setRange(0, 10_000_000)
                widget.setValue(value)
            elif isinstance(value, float):
                widget = QDoubleSpinBox()
                widget.setRange(0, 100)
                widget.setDecimals(2)
                widget.setValue(value)
            elif f.name == "order_title":
                from inspector.config import ORDER_TITLES

                widget = QComboBox()
                widget.setEditable(True)
                widget.addItems(list(ORDER_TITLES))
                widget.setCurrentText(value)
            else:
                widget = QLineEdit(str(value))
            self.fields[f.name] = widget
            if f.name == "document_font":
                row = QHBoxLayout()
                row.addWidget(widget, 1)
                browse = QPushButton(self.tr("选择字体…"))
                browse.clicked.connect(self._choose_font)
                row.addWidget(browse)
                form.addRow(label + "：", row)
            else:
                form.addRow(label + "：", widget)
        save = QPushButton(self.tr("保存作出机关设置"))
        save.clicked.connect(self.save_authority)
        form.addRow("", save)
        self.authority_scroll.setWidget(page)

    def authority_values(self) -> AuthoritySettings:
        assert self.settings is not None
        values: dict[str, Any] = {}
        for name, w in self.fields.items():
            if isinstance(w, QCheckBox):
                values[name] = w.isChecked()
            elif isinstance(w, QSpinBox | QDoubleSpinBox):
                values[name] = w.value()
            elif isinstance(w, QComboBox):
                values[name] = w.currentText().strip()
            elif isinstance(w, QLineEdit):
                values[name] = w.text().strip()
        return dataclasses.replace(self.settings, **values)

    # -- actions ----------------------------------------------------------------------------------
    def save_authority(self) -> None:
        settings = self.authority_values()
        ops.save_authority(parent=self, settings=settings).success(
            lambda _r: self.ctx.signals.status_message.emit(self.tr("作出机关设置已保存"))
        ).run_in_background()

    def save_inspector(self) -> None:
        ops.save_inspector(parent=self, name=self.ins_name.text(), credential_no=self.ins_cred.text(),
                           unit=self.ins_unit.text(), phone=self.ins_phone.text()).success(
            lambda _id: self.reload()).run_in_background()

    def toggle_inspector_active(self) -> None:
        """Deactivate the selected inspector, or activate them again."""
        row = self.selected_inspector()
        if row is None:
            return
        done = self.tr("已启用监察员 %1") if not row.active else self.tr("已停用监察员 %1")

        def finished(_result: None) -> None:
            self.ctx.signals.status_message.emit(done.replace("%1", row.name))
            self.reload()

        ops.set_inspector_active(parent=self, inspector_id=row.id,
                                 active=not row.active).success(finished).run_in_background()

    def add_block(self) -> None:
        year = self.block_year.value() or None
        ops.add_block(parent=self, first=self.block_first.value(), last=self.block_last.value(),
                      year=year).success(lambda _id: self.reload()).run_in_background()

    def _choose_font(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择文书字体"), "",
                                              self.tr("TrueType 字体 (*.ttf *.ttc)"))
        if path:
            widget = self.fields.get("document_font")
            if isinstance(widget, QLineEdit):
                widget.setText(path)

    def _open_folder(self) -> None:
        folder = Path(str(self.ctx.db_path)).expanduser().parent
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _choose_db(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("选择或新建数据库文件"), str(self.ctx.db_path),
            self.tr("数据库 (*.db)"), options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            prefs.put("database/path", path)
            QMessageBox.information(self, self.tr("数据库"),
                                    self.tr("下次启动时将打开：%1").replace("%1", path))

    def _language(self) -> None:
        prefs.put("language", self.language.currentData())
        self.ctx.signals.status_message.emit(self.tr("界面语言将在重启后生效"))
