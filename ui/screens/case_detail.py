"""One case: parties, workers (ID numbers masked), money, status timeline, referrals,
links, legal clocks with working days left, the 失信 check and the 五个有 gaps.

Every button is one core call through `ui.operations.cases`; the pane offers only
the statuses the core allows next, and the core refuses what its rules refuse
(reasons, two inspectors once 立案), which the error dialog then says.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inspector.cases import idcard
from ui import format as fmt
from ui.context import AppContext
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models.rows_table import Column, RowsTableModel
from ui.operations import cases as ops
from ui.operations import cases_office as office_ops
from ui.screens import case_format as cf
from ui.screens.case_dialogs import (
    AssignDialog,
    LinkDialog,
    PaymentDialog,
    ReferralDialog,
    StatusDialog,
)
from ui.screens.case_form import CaseFormDialog
from ui.screens.case_office_dialogs import BlacklistDialog
from ui.screens.case_removal import CaseRemoval
from ui.widgets.common import heading, table_view

if TYPE_CHECKING:
    from inspector.cases.blacklist import Candidate
    from inspector.cases.queries import LinkChoice
    from inspector.queries.people import InspectorRow
    from ui.navigation import Navigator

Row = dict[str, Any]
_C = "CaseDetail"


def _col(header: str, key: str, money: bool = False, date: bool = False) -> Column[Row]:
    if money:
        return Column(header, lambda r: fmt.fmt_yuan(r[key]), lambda r: r[key])
    if date:
        return Column(header, lambda r: fmt.fmt_date(r[key]),
                      lambda r: r[key].isoformat() if r[key] else "")
    return Column(header, lambda r: str(r[key] if r[key] is not None else ""))


WORKER_COLUMNS = [
    _col(QT_TRANSLATE_NOOP("CaseDetail", "姓名"), "name"),
    _col(QT_TRANSLATE_NOOP("CaseDetail", "身份证号"), "id_number"),
    _col(QT_TRANSLATE_NOOP("CaseDetail", "电话"), "phone"),
    _col(QT_TRANSLATE_NOOP("CaseDetail", "拖欠月数"), "months_owed"),
    _col(QT_TRANSLATE_NOOP("CaseDetail", "拖欠金额"), "amount_owed_fen", money=True),
    _col(QT_TRANSLATE_NOOP("CaseDetail", "已支付"), "paid_fen", money=True),
]
PAYMENT_COLUMNS = [
    _col(QT_TRANSLATE_NOOP("CaseDetail", "支付日期"), "paid_on", date=True),
    _col(QT_TRANSLATE_NOOP("CaseDetail", "金额"), "amount_fen", money=True),
    _col(QT_TRANSLATE_NOOP("CaseDetail", "劳动者"), "worker_name"),
    _col(QT_TRANSLATE_NOOP("CaseDetail", "备注"), "note"),
]
STEP_COLUMNS = [
    _col(QT_TRANSLATE_NOOP("CaseDetail", "日期"), "on", date=True),
    Column(QT_TRANSLATE_NOOP("CaseDetail", "状态变化"),
           lambda r: f"{cf.STATUS_NAMES().get(r['from'], r['from'])} → "
                     f"{cf.STATUS_NAMES().get(r['to'], r['to'])}"),
    _col(QT_TRANSLATE_NOOP("CaseDetail", "理由"), "reason"),
]
PARTY_COLUMNS = [
    _col(QT_TRANSLATE_NOOP("CaseDetail", "角色"), "role_label"),
    _col(QT_TRANSLATE_NOOP("CaseDetail", "名称/姓名"), "name"),
    _col(QT_TRANSLATE_NOOP("CaseDetail", "统一社会信用代码"), "credit_code"),
    _col(QT_TRANSLATE_NOOP("CaseDetail", "身份证号"), "id_number"),
    _col(QT_TRANSLATE_NOOP("CaseDetail", "职务"), "position"),
]
REFERRAL_COLUMNS = [
    _col(QT_TRANSLATE_NOOP("CaseDetail", "移送日期"), "referred_on", date=True),
    _col(QT_TRANSLATE_NOOP("CaseDetail", "接收机关"), "receiving_body"),
    _col(QT_TRANSLATE_NOOP("CaseDetail", "文号"), "number"),
    _col(QT_TRANSLATE_NOOP("CaseDetail", "结果"), "outcome"),
]
LINK_COLUMNS: list[Column[LinkChoice]] = [
    Column(QT_TRANSLATE_NOOP("CaseDetail", "类型"),
           lambda c: QCoreApplication.translate("CaseDetail", "检查") if c.kind == "inspection"
           else QCoreApplication.translate("CaseDetail", "指令书")),
    Column(QT_TRANSLATE_NOOP("CaseDetail", "内容"), lambda c: c.label),
    Column(QT_TRANSLATE_NOOP("CaseDetail", "日期"), lambda c: fmt.fmt_date(c.on)),
]


class CaseDetailPane(QWidget):
    shown = Signal(str)  # the case id, each time its detail is on screen

    def __init__(self, ctx: AppContext, window: Navigator) -> None:
        super().__init__()
        self.ctx = ctx
        self.window_ = window
        self.case_id: str | None = None
        self.data: dict[str, Any] | None = None
        self.revealed = False
        self._generation = 0
        layout = QVBoxLayout(self)
        self.title = heading(self.tr("请选择一个案件"), size=2)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.clocks = QLabel()
        self.clocks.setWordWrap(True)
        self.hints = QLabel()
        self.hints.setWordWrap(True)
        self.totals = QLabel()
        for w in (self.title, self.info, self.clocks, self.hints, self.totals):
            layout.addWidget(w)
        self._button_row = self._buttons()
        layout.addLayout(self._button_row)
        self.tabs = QTabWidget()
        self.workers: RowsTableModel[Row] = RowsTableModel(WORKER_COLUMNS, context=_C)
        self.workers_view = self._add_tab(self.workers, self.tr("劳动者"))
        self.payments = self._table(PAYMENT_COLUMNS, self.tr("支付记录"))
        self.steps = self._table(STEP_COLUMNS, self.tr("办案经过"))
        self.parties: RowsTableModel[Row] = RowsTableModel(PARTY_COLUMNS, context=_C)
        self.parties_view = self._add_tab(self.parties, self.tr("当事人"))
        self.links: RowsTableModel[LinkChoice] = RowsTableModel(LINK_COLUMNS, context=_C)
        self.links_view = self._add_tab(self.links, self.tr("关联检查与指令书"))
        self.links_view.doubleClicked.connect(self._open_link)
        self.referrals = self._table(REFERRAL_COLUMNS, self.tr("移送"))
        layout.addWidget(self.tabs, 1)
        self.removal = CaseRemoval(self)
        self._button_row.insertWidget(self._button_row.count() - 1, self.removal.button)
        self._enable(False)

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.assign_button = QPushButton(self.tr("指派监察员…"))
        self.status_button = QPushButton(self.tr("变更状态…"))
        self.payment_button = QPushButton(self.tr("登记支付…"))
        self.refer_button = QPushButton(self.tr("移送…"))
        self.link_button = QPushButton(self.tr("关联检查或指令书…"))
        self.extend_button = QPushButton(self.tr("延长调查期限…"))
        self.edit_button = QPushButton(self.tr("编辑案件…"))
        self.blacklist_button = QPushButton(self.tr("失信告知书草稿…"))
        self.blacklist_button.setToolTip(self.tr("符合失信联合惩戒对象名单列入条件时可用"))
        self.reveal_button = QPushButton(self.tr("显示完整身份证号"))
        self.reveal_button.setToolTip(self.tr("仅局端可显示；每次显示都记入审计日志。"))
        for b, slot in ((self.edit_button, self._ask_edit),
                        (self.assign_button, self._ask_assign),
                        (self.status_button, self._ask_status),
                        (self.payment_button, self._ask_payment),
                        (self.refer_button, self._ask_referral),
                        (self.link_button, self._ask_link),
                        (self.extend_button, self._ask_extend),
                        (self.blacklist_button, self._ask_blacklist),
                        (self.reveal_button, self._reveal)):
            b.clicked.connect(slot)
            row.addWidget(b)
        row.addStretch(1)
        return row

    def _table(self, columns: list[Column[Row]], title: str) -> RowsTableModel[Row]:
        model: RowsTableModel[Row] = RowsTableModel(columns, context=_C)
        self._add_tab(model, title)
        return model

    def _add_tab(self, model: RowsTableModel[Any], title: str) -> QTableView:
        view = table_view()
        view.setModel(model)
        self.tabs.addTab(view, title)
        return view

    def _enable(self, on: bool) -> None:
        for b in (self.edit_button, self.assign_button, self.status_button, self.payment_button,
                  self.refer_button, self.link_button, self.extend_button):
            b.setEnabled(on)
        self.blacklist_button.setEnabled(False)  # until a case shows the conditions met
        role = self.ctx.device.role if self.ctx.device else None
        self.reveal_button.setEnabled(on and idcard.may_reveal(role) and not self.revealed)
        self.removal.update()

    # -- loading ------------------------------------------------------------------------
    def load(self, case_id: str) -> None:
        self.case_id = case_id
        self.revealed = False
        self.reload()

    def reload(self) -> None:
        if self.case_id is None:
            return
        self._generation += 1
        generation = self._generation
        op = (ops.reveal_case(parent=self, case_id=self.case_id) if self.revealed
              else ops.case_screen(parent=self, case_id=self.case_id))
        op.success(lambda d: self._show(generation, d)).run_in_background()

    def _reveal(self) -> None:
        self.revealed = True
        self.reload()

    def _show(self, generation: int, d: dict[str, Any]) -> None:
        if generation != self._generation:
            return
        self.data = d
        self.title.setText(f"{d['case_no']}  {cf.STATUS_NAMES().get(d['status'], d['status'])}")
        self.info.setText(self._info_text(d))
        self.clocks.setText("；".join(cf.clock_text(c) for c in d["clocks"]))
        color = cf.flag_color(d["flag"])
        self.clocks.setStyleSheet(f"color: {color.name()};" if color else "")
        self.hints.setText("\n".join(self._hint_lines(d)))
        self.totals.setText(
            self.tr("合计欠薪 %1，已追回 %2，未付 %3").replace("%1", fmt.fmt_yuan(d["total_owed_fen"]))
            .replace("%2", fmt.fmt_yuan(d["total_paid_fen"]))
            .replace("%3", fmt.fmt_yuan(d["outstanding_fen"])))
        names = {w["case_worker_id"]: w["name"] for w in d["workers"]}
        self.workers.set_rows(d["workers"])
        self.payments.set_rows([{**p, "worker_name": names.get(p["worker"], self.tr("整案"))}
                                for p in d["payments"]])
        self.steps.set_rows(d["steps"])
        self.parties.set_rows(d["parties"])
        self.links.set_rows(d["linked"])
        self.referrals.set_rows(d["referrals"])
        self._enable(True)
        self.extend_button.setEnabled(d["status"] in ("filed", "investigating", "handling"))
        self.status_button.setEnabled(bool(d["next_statuses"]))
        self.blacklist_button.setEnabled(bool(d["blacklist"]["eligible"]))
        self.shown.emit(d["id"])

    def _info_text(self, d: dict[str, Any]) -> str:
        online = self.tr("线上") if d["online"] else self.tr("线下")
        people = "、".join(i["name"] for i in d["inspectors"]) or self.tr("未指派")
        return (self.tr("来源：%1（%2）%3，收到 %4").replace("%1", cf.SOURCE_NAMES()
                                                      .get(d["source"], d["source"]))
                .replace("%2", online).replace("%3", d["source_ref"])
                .replace("%4", fmt.fmt_date(d["received_on"]))
                + "\n" + self.tr("用人单位：%1　项目：%2　地区：%3　专项行动：%4")
                .replace("%1", d["employer"] or "—").replace("%2", d["site"] or "—")
                .replace("%3", d["area"] or "—").replace("%4", d["campaign"] or "—")
                + "\n" + self.tr("承办人：%1").replace("%1", people)
                + ("\n" + d["summary"] if d["summary"] else ""))

    def _hint_lines(self, d: dict[str, Any]) -> list[str]:
        lines = []
        if d["referral_hint"]:
            lines.append(self.tr("提示：已达到移送条件（%1）。").replace(
                "%1", "；".join(d["hint_reasons"])))
        bl = d["blacklist"]
        if bl["eligible"]:
            lines.append(self.tr("失信联合惩戒：符合列入条件。") + "；".join(bl["reasons"])
                         + (self.tr(" 尚缺：") + "、".join(bl["missing"]) if bl["missing"]
                            else ""))
        else:
            lines.append(self.tr("失信联合惩戒：暂不符合列入条件。"))
        if d["five_missing"]:
            lines.append(self.tr("五个有 缺：%1").replace("%1", "、".join(d["five_missing"])))
        if d["five_past_due"]:
            lines.append(self.tr("已超过完成时限 %1。").replace(
                "%1", fmt.fmt_date(d["five"]["complete_by"])))
        return lines

    # -- actions --------------------------------------------------------------------------
    def _done(self, text: str) -> None:
        self.ctx.signals.status_message.emit(text)

    def _ask_assign(self) -> None:
        from ui.operations import settings as settings_ops

        settings_ops.inspectors(parent=self).success(self._pick_inspectors).run_in_background()

    def _pick_inspectors(self, people: list[InspectorRow]) -> None:
        if self.data is None or self.case_id is None:
            return
        assigned = {i["credential_no"] for i in self.data["inspectors"]}
        dlg = AssignDialog(self, [p for p in people if p.active], assigned)
        if dlg.exec() and dlg.values():
            ops.assign_inspectors(parent=self, case_id=self.case_id,
                                  inspector_ids=dlg.values()).run_in_background()

    def _ask_status(self) -> None:
        if self.data is None or self.case_id is None:
            return
        dlg = StatusDialog(self, self.data["next_statuses"], self.data["received_on"])
        if dlg.exec():
            to, on, reason = dlg.values()
            ops.change_status(parent=self, case_id=self.case_id, to=to, reason=reason,
                              on=on).success(
                lambda _r: self._done(self.tr("案件状态已变更。"))).run_in_background()

    def _ask_payment(self) -> None:
        if self.data is None or self.case_id is None:
            return
        dlg = PaymentDialog(self, self.data["workers"])
        if dlg.exec():
            amount, paid_on, worker, note = dlg.values()
            ops.add_payment(parent=self, case_id=self.case_id, amount_fen=amount,
                            paid_on=paid_on, case_worker_id=worker, note=note).success(
                lambda _r: self._done(self.tr("已登记支付。"))).run_in_background()

    def _ask_referral(self) -> None:
        if self.case_id is None:
            return
        dlg = ReferralDialog(self)
        if dlg.exec():
            ops.refer(parent=self, case_id=self.case_id, **dlg.values()).success(
                lambda _r: self._done(self.tr("已登记移送。"))).run_in_background()

    def _ask_link(self) -> None:
        if self.case_id is None:
            return
        ops.link_choices(parent=self, case_id=self.case_id).success(
            self._pick_link).run_in_background()

    def _pick_link(self, choices: list[LinkChoice]) -> None:
        dlg = LinkDialog(self, [c for c in choices if not c.linked])
        if dlg.exec() and self.case_id is not None:
            choice, orders_payment = dlg.values()
            if choice is not None:
                ops.link(parent=self, case_id=self.case_id, kind=choice.kind, item_id=choice.id,
                         orders_payment=orders_payment).success(
                    lambda _r: self._done(self.tr("已关联。"))).run_in_background()

    def _ask_extend(self) -> None:
        if self.case_id is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("延长调查期限"),
                                        self.tr("批准延长30个工作日的负责人："))
        if ok:
            ops.extend_investigation(parent=self, case_id=self.case_id,
                                     approved_by=name).run_in_background()

    def _open_link(self, index: QModelIndex) -> None:
        c = self.links.row_at(index.row())
        if c is not None:
            self.window_.open_work_item(c.kind, c.id)

    def _ask_edit(self) -> None:
        if self.case_id is not None:
            office_ops.case_form(parent=self, case_id=self.case_id).success(
                self._edit).run_in_background()

    def _edit(self, current: dict[str, Any]) -> None:
        dlg = CaseFormDialog(self.ctx, self, current)
        dlg.saved.connect(lambda _id: self._done(self.tr("案件已保存。")))
        dlg.exec()

    def _ask_blacklist(self) -> None:
        if self.case_id is not None:
            office_ops.blacklist_notice(parent=self, case_id=self.case_id).success(
                self._show_blacklist).run_in_background()

    def _show_blacklist(self, candidate: Candidate) -> None:
        BlacklistDialog(self, candidate).exec()
