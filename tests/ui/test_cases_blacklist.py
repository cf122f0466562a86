"""The 失信 draft notice from the case detail (offered only when the listing conditions are
met; copied and saved as text, ID numbers masked), and the province thresholds dialog
(marked unverified; a figure outside the legal range is refused and nothing changes)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from inspector import clock
from inspector.cases.office_views import threshold_view
from inspector.cases.service import CaseInput, PartyInput, link, save_case
from inspector.cases.thresholds import set_threshold
from inspector.orders.drafting import draft_orders, update_draft
from inspector.orders.issuing import issue_order
from inspector.orders.numbers import add_block
from tests.cases.helpers import IDS, worker
from tests.conftest import TODAY
from tests.orders.conftest import make_visit
from tests.ui.conftest import WAIT_MS, wait_idle
from ui.screens.case_list import CasesScreen
from ui.screens.case_office_dialogs import BlacklistDialog, ThresholdsDialog


@pytest.fixture
def db_path(office_db_path: Path) -> Path:
    """Cases live with the office: these screens are tested on an office database."""
    return office_db_path

AFTER_DEADLINE = date(2026, 12, 10)


def _eligible_case(db) -> str:
    """Owed above 湖南's one-worker figure, with a 责令限期支付 order whose deadline (12-02)
    has passed by AFTER_DEADLINE."""
    add_block(db, db.device_id, 9001, 9020)  # the demo data holds 1–500
    visit = make_visit(db)
    (oid,) = draft_orders(db, visit.inspection_id, today=TODAY)
    update_draft(db, oid, deadline=date(2026, 12, 2))
    issue_order(db, oid, issued_at=datetime(2026, 11, 25, 3, 0))
    with db.uow() as s:
        set_threshold(s, "湖南")
        cid, _ = save_case(s, CaseInput(
            source="national_platform", received_on=date(2026, 11, 2), source_ref="N-1",
            employer_name="宏达劳务", workers=[worker(1, months=4, yuan=8_000)],
            parties=[PartyInput("legal_rep", "李四", id_number=IDS[20])]))
        link(s, cid, order_id=oid, orders_payment=True)
    return cid


def _open(window, qtbot, case_id: str) -> CasesScreen:
    screen = window.show_page("cases")
    assert isinstance(screen, CasesScreen)
    with qtbot.waitSignal(screen.detail.shown, timeout=WAIT_MS):
        screen.open_case(case_id)
    wait_idle(qtbot, window.ctx)
    return screen


def test_draft_notice_copied_and_saved(window, db, qtbot, monkeypatch, tmp_path: Path,
                                       dialogs) -> None:
    cid = _eligible_case(db)
    screen = _open(window, qtbot, cid)
    assert not screen.detail.blacklist_button.isEnabled()  # the order's deadline is ahead
    shown: list[BlacklistDialog] = []
    def show(self: BlacklistDialog) -> int:
        shown.append(self)
        return 0

    monkeypatch.setattr(BlacklistDialog, "exec", show)
    with clock.frozen_at(AFTER_DEADLINE):
        with qtbot.waitSignal(screen.detail.shown, timeout=WAIT_MS):
            screen.detail.reload()
        assert screen.detail.blacklist_button.isEnabled()
        screen.detail.blacklist_button.click()
        wait_idle(qtbot, window.ctx)
    (dlg,) = shown
    text = dlg.text.toPlainText()
    assert "拟列入拖欠农民工工资失信联合惩戒对象名单告知书" in text and "李四" in text
    assert IDS[20] not in text and "符合列入条件" in dlg.summary.text()
    dlg.copy_button.click()
    assert QGuiApplication.clipboard().text() == text
    out = tmp_path / "告知书.txt"
    dlg.save_to(out)
    wait_idle(qtbot, window.ctx)
    assert out.read_text(encoding="utf-8-sig") == text
    taken = tmp_path / "是个文件夹.txt"  # a folder by that name: the write cannot land
    taken.mkdir()
    dlg.save_to(taken)
    wait_idle(qtbot, window.ctx)
    assert taken.is_dir() and list(taken.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["office-data", "告知书.txt", "是个文件夹.txt"]
    assert dialogs and "E_EXPORT_PATH" in dialogs[-1][1]  # the core says why, in Chinese


def test_thresholds_viewed_marked_and_edited(window, db, qtbot, monkeypatch, dialogs) -> None:
    screen = window.show_page("cases")
    assert isinstance(screen, CasesScreen)
    wait_idle(qtbot, window.ctx)
    seen: list[ThresholdsDialog] = []
    def show_thresholds(self: ThresholdsDialog) -> int:
        seen.append(self)
        return 0

    monkeypatch.setattr(ThresholdsDialog, "exec", show_thresholds)
    screen.thresholds_button.click()
    wait_idle(qtbot, window.ctx)
    (dlg,) = seen
    assert "未核实" in dlg.note.text() and "湖南" in dlg.table.text()
    assert "（内置，未核实）" in dlg.table.text()
    dlg.province.setCurrentText("湖南")
    assert dlg.single.value() == 6000  # the table's figures come with the province
    dlg.single.setValue(100)  # below 法释〔2013〕3号's 5,000 元
    dlg.save()
    wait_idle(qtbot, window.ctx)
    assert dlg.result() == 0 and threshold_view(db).province != "湖南"
    assert any("E_THRESHOLD_RANGE" in t for _x, t in dialogs)
    dlg.single.setValue(7000)
    dlg.save()
    wait_idle(qtbot, window.ctx)
    assert dlg.result() == 1
    v = threshold_view(db)
    assert (v.province, v.single_fen, v.multi_fen) == ("湖南", 700_000, 4_000_000)
