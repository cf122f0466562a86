"""The case detail: masked workers, a payment through the core, status changes (only the
allowed steps offered, a reason required), links; Home's flagged cases open the detail;
a calendar edit moves a deadline."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt

from inspector.cases import idcard
from tests.cases.helpers import IDS
from tests.ui.cases_seed import seed_cases
from tests.ui.conftest import WAIT_MS, wait_idle
from ui import format as fmt
from ui.screens.case_dialogs import LinkDialog, PaymentDialog, StatusDialog
from ui.screens.case_list import TAB_CALENDAR, CasesScreen


@pytest.fixture
def db_path(office_db_path: Path) -> Path:
    """Cases live with the office: these screens are tested on an office database."""
    return office_db_path


def shown(pane: Any) -> dict[str, Any]:
    """What the detail pane shows (a case is open, so it is never None here)."""
    assert pane.data is not None
    return dict(pane.data)


def open_case(window, qtbot, case_id: str) -> CasesScreen:
    screen = window.show_page("cases")
    with qtbot.waitSignal(screen.detail.shown, timeout=WAIT_MS):
        screen.open_case(case_id)
    wait_idle(qtbot, window.ctx)
    return screen


def test_workers_are_masked_until_the_office_reveals_them(window, db, qtbot) -> None:
    s = seed_cases(db)
    pane = open_case(window, qtbot, s.b).detail
    numbers = {r["name"]: r["id_number"] for r in pane.workers.rows}
    assert numbers == {"工人2": idcard.mask(IDS[2]), "工人3": idcard.mask(IDS[3])}
    assert IDS[2] not in pane.workers.index(0, 1).data() + pane.workers.index(1, 1).data()
    # The office may reveal (tests/ui/test_cases_office.py); a laptop may not
    # (tests/ui/test_cases_laptop.py).
    assert window.ctx.device.role == "office" and pane.reveal_button.isEnabled()
    assert "¥7,000.00" in pane.totals.text()


def test_add_payment_updates_totals(window, db, qtbot, monkeypatch) -> None:
    s = seed_cases(db)
    pane = open_case(window, qtbot, s.b).detail
    offered: list[str] = []

    def fill(self: PaymentDialog) -> int:
        offered.extend(self.worker.itemText(n) for n in range(self.worker.count()))
        self.amount.setValue(1234.5)
        self.paid_on.setDate(QDate(2026, 11, 20))
        self.worker.setCurrentIndex(self.worker.findText(f"工人3 {idcard.mask(IDS[3])}"))
        return 1

    monkeypatch.setattr(PaymentDialog, "exec", fill)
    with qtbot.waitSignal(pane.shown, timeout=WAIT_MS):
        pane.payment_button.click()
    wait_idle(qtbot, window.ctx)
    assert all(IDS[3] not in text for text in offered)  # the form shows masked numbers too
    assert pane.data is not None and shown(pane)["total_paid_fen"] == 123_450
    assert "已追回 ¥1,234.50" in pane.totals.text() and "未付 ¥5,765.50" in pane.totals.text()
    assert {r["name"]: r["paid_fen"] for r in pane.workers.rows} == {"工人2": 0, "工人3": 123_450}
    assert [(p["amount_fen"], p["worker_name"]) for p in pane.payments.rows] == [(123_450, "工人3")]


def test_status_change_offers_allowed_steps_and_needs_a_reason(window, db, qtbot, dialogs,
                                                              monkeypatch) -> None:
    s = seed_cases(db)
    pane = open_case(window, qtbot, s.a).detail
    offered: list[str] = []
    reason = {"text": ""}

    def choose(self: StatusDialog) -> int:
        offered[:] = [self.to.itemData(n) for n in range(self.to.count())]
        self.to.setCurrentIndex(self.to.findData("rejected"))
        self.reason.setPlainText(reason["text"])
        return 1

    monkeypatch.setattr(StatusDialog, "exec", choose)
    pane.status_button.click()
    wait_idle(qtbot, window.ctx)
    assert offered == ["accepted", "rejected", "transferred"]
    assert dialogs and "理由" in dialogs[-1][1]
    assert pane.data is not None and shown(pane)["status"] == "registered"

    reason["text"] = "不属于本局管辖"
    with qtbot.waitSignal(pane.shown, timeout=WAIT_MS):
        pane.status_button.click()
    wait_idle(qtbot, window.ctx)
    assert shown(pane)["status"] == "rejected"
    assert [(r["to"], r["reason"]) for r in pane.steps.rows] == [("rejected", "不属于本局管辖")]
    assert not pane.status_button.isEnabled()  # 不予受理 is final: nothing left to offer


def test_link_an_inspection(window, db, qtbot, monkeypatch) -> None:
    s = seed_cases(db)
    pane = open_case(window, qtbot, s.a).detail
    picked: list[str] = []

    def pick(self: LinkDialog) -> int:
        assert self.choices.count() > 0
        self.choices.setCurrentRow(0)
        picked.append(self.values()[0].id)  # type: ignore[union-attr]
        return 1

    monkeypatch.setattr(LinkDialog, "exec", pick)
    pane.link_button.click()
    qtbot.waitUntil(lambda: pane.links.rowCount() == 1, timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
    assert [c.id for c in pane.links.rows] == picked


def test_home_flags_cases_and_opens_one(window, db, qtbot) -> None:
    s = seed_cases(db)
    home = window.show_page("home")
    home.reload()
    wait_idle(qtbot, window.ctx)
    assert [r.id for r in home.cases_model.rows] == [s.b, s.a]  # overdue first
    assert home.tile_cases.value.text() == "2"
    screen = window.page("cases")
    with qtbot.waitSignal(screen.detail.shown, timeout=WAIT_MS):
        home.cases_view.doubleClicked.emit(home.cases_model.index(0, 0))
    assert window.stack.currentWidget() is screen
    assert screen.detail.case_id == s.b


def test_calendar_holiday_moves_the_acceptance_deadline(window, db, qtbot) -> None:
    s = seed_cases(db)
    screen = open_case(window, qtbot, s.a)
    due = {c.kind: c.due for c in shown(screen.detail)["clocks"]}
    assert due["accept"] == date(2026, 11, 30)
    screen.tabs.setCurrentIndex(TAB_CALENDAR)
    wait_idle(qtbot, window.ctx)
    panel = screen.calendar
    panel.day.setDate(QDate(2026, 11, 27))
    with qtbot.waitSignal(screen.detail.shown, timeout=WAIT_MS):
        panel.add_holiday.click()
    wait_idle(qtbot, window.ctx)
    assert [(d.day, d.kind) for d in panel.model.rows] == [(date(2026, 11, 27), "holiday")]
    assert {c.kind: c.due for c in shown(screen.detail)["clocks"]}["accept"] == date(2026, 12, 1)
    row = next(r for r in screen.model.rows if r.id == s.a)
    assert {c.kind: c.due for c in row.clocks}["accept"] == date(2026, 12, 1)


def test_hints_show_the_five_haves_gaps_and_the_blacklist_check(window, db, qtbot) -> None:
    from tests.cases.helpers import new_case

    seed_cases(db)
    cid = new_case(db, ref="E-1", duty_unit="乙工程公司", duty_person="李四",
                   complete_by=date(2026, 11, 20))
    pane = open_case(window, qtbot, cid).detail
    text = pane.hints.text()
    assert "五个有 缺：责任领导、整改措施" in text
    assert f"已超过完成时限 {fmt.fmt_date(date(2026, 11, 20))}。" in text
    assert "失信联合惩戒：暂不符合列入条件。" in text


def test_referral_is_recorded(window, db, qtbot, monkeypatch) -> None:
    from ui.screens.case_dialogs import ReferralDialog

    s = seed_cases(db)
    pane = open_case(window, qtbot, s.b).detail

    def fill(self: ReferralDialog) -> int:
        self.target.setCurrentIndex(self.target.findData("police"))
        self.referred_on.setDate(QDate(2026, 11, 24))
        self.number.setText("公移〔2026〕3号")
        return 1

    monkeypatch.setattr(ReferralDialog, "exec", fill)
    with qtbot.waitSignal(pane.shown, timeout=WAIT_MS):
        pane.refer_button.click()
    wait_idle(qtbot, window.ctx)
    assert [(r["receiving_body"], r["number"], r["referred_on"]) for r in pane.referrals.rows] \
        == [("公安机关", "公移〔2026〕3号", date(2026, 11, 24))]


def test_ledger_is_one_person_per_id_number_masked(window, db, qtbot) -> None:
    from ui.screens.case_list import TAB_LEDGER

    seed_cases(db)
    screen = window.show_page("cases")
    with qtbot.waitSignal(screen.ledger.loaded, timeout=WAIT_MS):
        screen.tabs.setCurrentIndex(TAB_LEDGER)
    rows = {r.name: r for r in screen.ledger.model.rows}
    assert set(rows) == {"工人1", "工人2", "工人3"}
    two = rows["工人2"]  # in cases B (5,000 元) and C (1,000 元)
    assert two.cases == 2 and two.owed_fen == 600_000
    assert two.id_number == idcard.mask(IDS[2])
    assert screen.ledger.model.index(0, 1).data() != IDS[1]
    with qtbot.waitSignal(screen.ledger.loaded, timeout=WAIT_MS):
        screen.ledger.search.setText("工人3")
    assert [r.name for r in screen.ledger.model.rows] == ["工人3"]


def test_assign_two_inspectors_then_file(window, db, qtbot, dialogs, monkeypatch) -> None:
    from ui.screens.case_dialogs import AssignDialog

    s = seed_cases(db)
    pane = open_case(window, qtbot, s.a).detail
    step = {"to": "accepted", "reason": "属于管辖"}

    def choose(self: StatusDialog) -> int:
        self.to.setCurrentIndex(self.to.findData(step["to"]))
        self.reason.setPlainText(step["reason"])
        return 1

    monkeypatch.setattr(StatusDialog, "exec", choose)
    with qtbot.waitSignal(pane.shown, timeout=WAIT_MS):
        pane.status_button.click()
    wait_idle(qtbot, window.ctx)
    step.update(to="filed", reason="立案调查")
    pane.status_button.click()  # no inspectors yet: the core refuses 立案
    wait_idle(qtbot, window.ctx)
    assert "至少 2 名监察员" in dialogs[-1][1] and shown(pane)["status"] == "accepted"

    def tick_two(self: AssignDialog) -> int:
        for n in range(2):
            self.people.item(n).setCheckState(Qt.CheckState.Checked)
        return 1

    monkeypatch.setattr(AssignDialog, "exec", tick_two)
    with qtbot.waitSignal(pane.shown, timeout=WAIT_MS):
        pane.assign_button.click()
    wait_idle(qtbot, window.ctx)
    assert len(shown(pane)["inspectors"]) == 2
    with qtbot.waitSignal(pane.shown, timeout=WAIT_MS):
        pane.status_button.click()
    wait_idle(qtbot, window.ctx)
    assert shown(pane)["status"] == "filed"
    assert any(c.kind == "investigate" for c in shown(pane)["clocks"])


def test_extension_adds_thirty_working_days_to_the_investigation(window, db, qtbot,
                                                                  monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    from inspector.cases.service import change_status
    from tests.cases.helpers import two_inspectors

    s = seed_cases(db)
    two_inspectors(db, s.b)
    with db.uow() as ses:
        change_status(ses, s.b, "accepted", on=date(2026, 11, 3))
        change_status(ses, s.b, "filed", on=date(2026, 11, 4))
    pane = open_case(window, qtbot, s.b).detail
    due = {c.kind: c for c in shown(pane)["clocks"]}["investigate"]
    assert due.state == "ok" and "调查期限" in pane.clocks.text()
    assert f"剩余 {due.working_days_left} 个工作日" in pane.clocks.text()
    assert pane.extend_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("局长 张某", True)))
    with qtbot.waitSignal(pane.shown, timeout=WAIT_MS):
        pane.extend_button.click()
    wait_idle(qtbot, window.ctx)
    after = {c.kind: c for c in shown(pane)["clocks"]}["investigate"]
    assert after.working_days_left == due.working_days_left + 30
