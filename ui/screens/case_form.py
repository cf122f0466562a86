"""The case form: register a new case or edit one — source, parties and the chain,
workers, the 五个有 — saved as one core call (`ops.save_case`).

Rules live in the core: an ID number is checked with `idcard.validate` as it is typed
(the form shows the core's Chinese message and will not add a wrong one), and the
save is refused whole by the core if anything else is wrong (the error dialog says
what). An edit shows the case's workers masked and adds new ones; source and
reference stay the case's own.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inspector.cases.service import CaseInput, PartyInput
from inspector.registry.service import EmployerInput
from ui.context import AppContext
from ui.operations import cases_office as ops
from ui.screens import case_format as cf
from ui.screens.case_dialogs import date_edit, date_of
from ui.screens.case_workers import WorkersEditor

# The chain (DOMAIN: 建设单位 → 总包 → 分包 → 实际施工人), then the employer's 法定代表人
# (the 失信 notice names them). The last two are people, named by 身份证号 rather than
# a credit code.
CHAIN = ("project_owner", "general_contractor", "subcontractor", "crew_boss", "legal_rep")
PEOPLE = ("crew_boss", "legal_rep")


class CaseFormDialog(QDialog):
    saved = Signal(str)  # the case id, once the core has saved it

    def __init__(self, ctx: AppContext, parent: QWidget | None,
                 current: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current = current or {}
        self.case_id: str | None = self.current.get("id")
        self.setWindowTitle(self.tr("编辑案件 %1").replace("%1", self.current["case_no"])
                            if self.case_id else self.tr("登记新案件"))
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._source_page(), self.tr("来源"))
        self.tabs.addTab(self._parties_page(), self.tr("当事人"))
        self.workers = WorkersEditor(ctx, self.current.get("workers", []))
        self.tabs.addTab(self.workers, self.tr("劳动者"))
        self.tabs.addTab(self._five_page(), self.tr("五个有"))
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 560)

    def _text(self, key: str) -> str:
        return str(self.current.get(key) or "")

    def _line(self, key: str) -> QLineEdit:
        return QLineEdit(self._text(key))

    def _source_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.source = QComboBox()
        for code, name in cf.SOURCE_NAMES().items():
            self.source.addItem(name, code)
        if self.current:
            self.source.setCurrentIndex(self.source.findData(self.current["source"]))
        self.source_ref = self._line("source_ref")
        self.source_ref.setPlaceholderText(self.tr("平台线索编号、12345 工单号等；留空则用案号"))
        # An edit keeps the case's source and reference: they are how the core finds it.
        self.source.setEnabled(not self.case_id)
        self.source_ref.setReadOnly(bool(self.case_id))
        self.received_on = date_edit(self.current.get("received_on"))
        self.summary = QPlainTextEdit(self._text("summary"))
        self.complainant = self._line("complainant")
        self.complainant_phone = self._line("complainant_phone")
        self.declared = QSpinBox()
        self.declared.setRange(0, 100_000)
        self.declared.setSpecialValueText(self.tr("未填"))
        self.declared.setValue(self.current.get("declared_workers") or 0)
        self.mass_incident = QCheckBox(self.tr("引发群体性事件、极端事件"))
        self.mass_incident.setChecked(bool(self.current.get("mass_incident")))
        self.incident_note = self._line("incident_note")
        for label, w in ((self.tr("来源"), self.source), (self.tr("来源编号"), self.source_ref),
                         (self.tr("收到日期"), self.received_on), (self.tr("摘要"), self.summary),
                         (self.tr("投诉人"), self.complainant),
                         (self.tr("投诉人电话"), self.complainant_phone),
                         (self.tr("申报人数"), self.declared), ("", self.mass_incident),
                         (self.tr("事件说明"), self.incident_note)):
            form.addRow(label, w)
        return page

    def _parties_page(self) -> QWidget:
        page = QWidget()
        col = QVBoxLayout(page)
        form = QFormLayout()
        self.employer_name = self._line("employer_name")
        self.credit_code = self._line("credit_code")
        self.credit_code.setPlaceholderText(self.tr("18位统一社会信用代码；不知道可留空"))
        self.site_code = self._line("site_code")
        self.site_code.setPlaceholderText(self.tr("工程项目的项目编号"))
        self.area = self._line("area")
        self.area.setPlaceholderText(self.tr("留空则取工程项目所在乡镇"))
        self.campaign = self._line("campaign_code")
        self.campaign.setPlaceholderText(self.tr("专项行动代号，如 DJ2026"))
        for label, w in ((self.tr("用人单位"), self.employer_name),
                         (self.tr("统一社会信用代码"), self.credit_code),
                         (self.tr("项目编号"), self.site_code), (self.tr("地区"), self.area),
                         (self.tr("专项行动"), self.campaign)):
            form.addRow(label, w)
        col.addLayout(form)
        col.addWidget(QLabel(self.tr("承包链条与法定代表人（单位填统一社会信用代码，个人填身份证号）")))
        grid = QGridLayout()
        self.chain: dict[str, tuple[QLineEdit, QLineEdit]] = {}
        known = {p["role"]: p for p in reversed(self.current.get("parties", []))}
        names = (self.tr("建设单位"), self.tr("施工总承包单位"), self.tr("分包单位"),
                 self.tr("实际施工人（包工头）"), self.tr("法定代表人/主要负责人"))
        for n, (role, label) in enumerate(zip(CHAIN, names, strict=True)):
            party = known.get(role, {})
            name = QLineEdit(party.get("name", ""))
            # A person's ID number is only known masked here: left blank, the core keeps it.
            code = QLineEdit(party.get("credit_code", "") if role not in PEOPLE else "")
            code.setPlaceholderText(self.tr("身份证号") if role in PEOPLE
                                    else self.tr("统一社会信用代码"))
            grid.addWidget(QLabel(label), n, 0)
            grid.addWidget(name, n, 1)
            grid.addWidget(code, n, 2)
            self.chain[role] = (name, code)
        col.addLayout(grid)
        col.addStretch(1)
        return page

    def _five_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.duty_unit = self._line("duty_unit")
        self.duty_leader = self._line("duty_leader")
        self.duty_person = self._line("duty_person")
        self.measures = QPlainTextEdit(self._text("measures"))
        self.has_complete_by = QCheckBox(self.tr("已定完成时限"))
        self.has_complete_by.setChecked(self.current.get("complete_by") is not None)
        self.complete_by = date_edit(self.current.get("complete_by"))
        self.complete_by.clearMaximumDate()  # a time limit lies ahead
        for label, w in ((self.tr("责任单位"), self.duty_unit),
                         (self.tr("责任领导"), self.duty_leader),
                         (self.tr("具体责任人"), self.duty_person),
                         (self.tr("具体措施"), self.measures), ("", self.has_complete_by),
                         (self.tr("完成时限"), self.complete_by)):
            form.addRow(label, w)
        return page

    # -- saving ---------------------------------------------------------------------------
    def _parties(self) -> list[PartyInput]:
        out = []
        for role, (name, code) in self.chain.items():
            if not name.text().strip():
                continue
            if role in PEOPLE:
                out.append(PartyInput(role, name.text(), id_number=code.text()))
            else:
                out.append(PartyInput(role, name.text(), credit_code=code.text()))
        return out

    def values(self) -> CaseInput:
        code = self.credit_code.text().strip()
        employer = (EmployerInput(self.employer_name.text(), code,
                                  industry=self.current.get("industry") or "E")
                    if code else None)
        complete_by: date | None = (date_of(self.complete_by)
                                    if self.has_complete_by.isChecked() else None)
        return CaseInput(
            source=str(self.source.currentData()), received_on=date_of(self.received_on),
            source_ref=self.source_ref.text(), summary=self.summary.toPlainText(),
            complainant=self.complainant.text(),
            complainant_phone=self.complainant_phone.text(), employer=employer,
            employer_name=self.employer_name.text(), site_code=self.site_code.text(),
            area=self.area.text(), campaign_code=self.campaign.text(),
            declared_workers=self.declared.value() or None,
            # Not on the form: kept as the case has it.
            violation_on=self.current.get("violation_on"),
            mass_incident=self.mass_incident.isChecked(),
            incident_note=self.incident_note.text(), duty_unit=self.duty_unit.text(),
            duty_leader=self.duty_leader.text(), duty_person=self.duty_person.text(),
            measures=self.measures.toPlainText(), complete_by=complete_by,
            parties=self._parties(), workers=self.workers.new_workers())

    def save(self) -> None:
        """One core call; the dialog closes only when the core has saved."""
        ops.save_case(parent=self, case_id=self.case_id, data=self.values(),
                      worker_changes=self.workers.worker_changes()).success(
            self._saved).run_in_background()

    def _saved(self, case_id: str) -> None:
        self.case_id = case_id
        self.saved.emit(case_id)
        self.accept()

