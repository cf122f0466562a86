"""The case form: a new case saved through the core and opened in the detail, the ID
number checked as typed with the core's message, a worker list imported from a sheet,
an edit that keeps the case, and a refused save that leaves the form open and writes
nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDoubleSpinBox
from sqlalchemy import func, select

from inspector.cases import idcard
from inspector.cases.office_views import case_form
from inspector.domain.cases import WageCase
from inspector.domain.registry import Site
from inspector.errors import ValidationError
from tests.cases.helpers import IDS
from tests.core.helpers import GC_CODE
from tests.ui.cases_seed import seed_cases
from tests.ui.conftest import WAIT_MS, wait_idle
from ui.screens.case_form import CaseFormDialog
from ui.screens.case_list import CasesScreen
from ui.screens.case_workers import WorkersEditor


@pytest.fixture
def db_path(office_db_path: Path) -> Path:
    """Cases live with the office: these screens are tested on an office database."""
    return office_db_path


def _cases(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(WageCase)) or 0


def _bad_id(n: str) -> str:
    return n[:-1] + ("0" if n[-1] != "0" else "1")


def _message(number: str) -> str:
    with pytest.raises(ValidationError) as e:
        idcard.validate(number)
    return str(e.value)


def test_id_number_checked_as_typed(ctx, qtbot) -> None:
    editor = WorkersEditor(ctx, [])
    qtbot.addWidget(editor)
    editor.name.setText("张三")
    qtbot.keyClicks(editor.id_number, _bad_id(IDS[4]))
    assert editor.id_message.text() == _message(_bad_id(IDS[4])) != ""
    assert not editor.add_button.isEnabled()
    editor.id_number.setText(IDS[4][:10])  # too short: the core's own wording again
    assert editor.id_message.text() == _message(IDS[4][:10])
    editor.id_number.setText(IDS[4].lower())
    assert editor.id_message.text() == "" and editor.add_button.isEnabled()
    editor.amount.setValue(4321.5)
    editor.months.setValue(3)
    editor.add_button.click()
    (w,) = editor.new_workers()
    assert (w.id_number, w.amount_owed_fen, w.months_owed) == (IDS[4], 432_150, 3)
    cell = editor.table.item(0, 1)
    assert cell is not None and cell.text() == idcard.mask(IDS[4])  # shown masked
    assert editor.id_number.text() == "" and not editor.add_button.isEnabled()


def test_worker_list_imported_from_a_sheet(ctx, qtbot, tmp_path: Path, dialogs) -> None:
    editor = WorkersEditor(ctx, [])
    qtbot.addWidget(editor)
    good = tmp_path / "名单.csv"
    good.write_text("姓名,身份证号,电话,拖欠月数,拖欠金额（元）\n"
                    f"工人5,{IDS[5]},13800000005,2,3000\n工人6,{IDS[6]},,4,1234.56\n",
                    encoding="utf-8")
    editor.import_file(good)
    wait_idle(qtbot, ctx)
    assert [(w.name, w.amount_owed_fen) for w in editor.new_workers()] == [
        ("工人5", 300_000), ("工人6", 123_456)]
    bad = tmp_path / "错.csv"
    bad.write_text("姓名,身份证号,电话,拖欠月数,拖欠金额（元）\n"
                   f"工人7,{IDS[7]},,1,100\n工人8,{_bad_id(IDS[8])},,1,100\n", encoding="utf-8")
    editor.import_file(bad)
    wait_idle(qtbot, ctx)
    assert len(editor.new_workers()) == 2  # nothing of the bad file was taken
    assert any("第3行" in text and "E_WORKER_LIST" in text for _t, text in dialogs)


def _site_code(db) -> str:
    with db.session() as s:
        return str(s.scalar(select(Site.code).where(Site.code != "").limit(1)))


def test_new_case_saved_and_opened(window, db, qtbot, monkeypatch) -> None:
    seed_cases(db)
    screen = window.show_page("cases")
    assert isinstance(screen, CasesScreen)
    wait_idle(qtbot, window.ctx)
    code = _site_code(db)

    def fill(self: CaseFormDialog) -> int:
        self.source.setCurrentIndex(self.source.findData("hotline_12345"))
        self.source_ref.setText("12345-0099")
        self.received_on.setDate(QDate(2026, 11, 24))
        self.employer_name.setText("宏达建设集团有限公司")
        self.credit_code.setText(GC_CODE)
        self.site_code.setText(code)
        self.chain["crew_boss"][0].setText("李老板")
        self.chain["crew_boss"][1].setText(IDS[21])
        self.chain["legal_rep"][0].setText("王法人")
        self.workers.name.setText("工人9")
        self.workers.id_number.setText(IDS[9])
        self.workers.amount.setValue(5000)
        self.workers.add_button.click()
        self.duty_person.setText("李四")
        self.save()
        return 0

    monkeypatch.setattr(CaseFormDialog, "exec", fill)
    with qtbot.waitSignal(screen.detail.shown, timeout=WAIT_MS):
        screen.new_button.click()
    wait_idle(qtbot, window.ctx)
    d = screen.detail.data
    assert d is not None and d["source_ref"] == "12345-0099"
    assert d["received_on"] == date(2026, 11, 24) and d["employer"] == "宏达建设集团有限公司"
    assert [w["name"] for w in d["workers"]] == ["工人9"] and d["total_owed_fen"] == 500_000
    assert {p["role"]: p["name"] for p in d["parties"]} == {"crew_boss": "李老板",
                                                             "legal_rep": "王法人"}
    assert d["five"]["duty_person"] == "李四" and _cases(db) == 5
    assert "12345-0099" in {r.source_ref for r in screen.model.rows}


def test_edit_keeps_the_case_and_a_refused_save_writes_nothing(window, db, qtbot,
                                                               monkeypatch, dialogs) -> None:
    s = seed_cases(db)
    screen = window.show_page("cases")
    with qtbot.waitSignal(screen.detail.shown, timeout=WAIT_MS):
        screen.open_case(s.b)
    wait_idle(qtbot, window.ctx)
    forms: list[CaseFormDialog] = []

    def refused(self: CaseFormDialog) -> int:
        forms.append(self)
        assert not self.source.isEnabled() and self.source_ref.isReadOnly()
        assert self.workers.existing.rowCount() == 2  # the case's own, masked
        self.duty_unit.setText("乙工程公司")
        self.credit_code.setText("123")  # not a credit code: the core refuses the whole save
        self.save()
        return 0

    monkeypatch.setattr(CaseFormDialog, "exec", refused)
    screen.detail.edit_button.click()
    wait_idle(qtbot, window.ctx)
    assert forms and forms[0].result() == 0  # still open, not accepted
    assert case_form(db, s.b)["duty_unit"] == ""
    assert any("E_CREDIT_CODE" in t for _x, t in dialogs)

    def edit(self: CaseFormDialog) -> int:
        table = self.workers.existing
        row = next(n for n in range(table.rowCount())
                   if (item := table.item(n, 0)) is not None and item.text() == "工人3")
        owed = table.cellWidget(row, 4)
        assert isinstance(owed, QDoubleSpinBox)
        owed.setValue(2500)  # was 2,000 元
        self.duty_unit.setText("乙工程公司")
        self.has_complete_by.setChecked(True)
        self.complete_by.setDate(QDate(2026, 12, 20))
        self.workers.name.setText("工人10")
        self.workers.id_number.setText(IDS[10])
        self.workers.add_button.click()
        self.save()
        return 0

    monkeypatch.setattr(CaseFormDialog, "exec", edit)
    with qtbot.waitSignal(screen.detail.shown, timeout=WAIT_MS):
        screen.detail.edit_button.click()
    wait_idle(qtbot, window.ctx)
    f = case_form(db, s.b)
    assert (f["duty_unit"], f["complete_by"]) == ("乙工程公司", date(2026, 12, 20))
    assert (f["source"], f["source_ref"]) == ("letter", "B-1") and len(f["workers"]) == 3
    assert {w["name"]: w["amount_owed_fen"] for w in f["workers"]} == {
        "工人2": 500_000, "工人3": 250_000, "工人10": 0}
    assert _cases(db) == 4
