"""移出本案 on the case detail: the selected worker or party leaves the case with a reason
and the totals follow; a worker with payments stays, and the core's refusal is shown."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog

from inspector.cases import actions
from inspector.cases.service import PartyInput
from tests.cases.helpers import new_case
from tests.ui.cases_seed import seed_cases
from tests.ui.conftest import WAIT_MS, wait_idle
from tests.ui.test_cases_detail import open_case, shown


@pytest.fixture
def db_path(office_db_path: Path) -> Path:
    return office_db_path


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """What the reason prompt answers; the prompts it was shown are kept."""
    said: dict[str, object] = {"reason": "录错案件", "ok": True, "prompts": []}

    def get_text(_parent: object, _title: str, label: str, *a: object, **k: object):
        said["prompts"].append(label)  # type: ignore[attr-defined]
        return said["reason"], said["ok"]

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    return said


def _select(pane, view, name: str) -> None:
    pane.tabs.setCurrentWidget(view)
    model = view.model()
    row = next(n for n in range(model.rowCount()) if model.row_at(n)["name"] == name)
    view.selectRow(row)


def test_removing_a_worker_updates_the_totals(window, db, qtbot, answer) -> None:
    s = seed_cases(db)
    pane = open_case(window, qtbot, s.b).detail
    button = pane.removal.button
    assert not button.isEnabled()  # nothing selected yet
    _select(pane, pane.workers_view, "工人3")
    assert button.isEnabled()
    answer["ok"] = False  # cancelled: nothing asked of the core
    button.click()
    wait_idle(qtbot, window.ctx)
    assert len(shown(pane)["workers"]) == 2
    answer["ok"] = True
    with qtbot.waitSignal(pane.shown, timeout=WAIT_MS):
        button.click()
    wait_idle(qtbot, window.ctx)
    assert answer["prompts"] == ["把劳动者 工人3 移出本案的理由："] * 2
    assert [r["name"] for r in pane.workers.rows] == ["工人2"]
    assert shown(pane)["total_owed_fen"] == 500_000
    assert "合计欠薪 ¥5,000.00" in pane.totals.text()
    assert not button.isEnabled()  # the removed row's selection went with it


def test_a_paid_worker_is_refused_in_the_cores_words(window, db, qtbot, dialogs,
                                                     answer) -> None:
    s = seed_cases(db)
    pane = open_case(window, qtbot, s.b).detail
    row = next(r["case_worker_id"] for r in pane.workers.rows if r["name"] == "工人2")
    actions.add_payment(db, s.b, amount_fen=100_000, paid_on=date(2026, 11, 20),
                        case_worker_id=row)
    with qtbot.waitSignal(pane.shown, timeout=WAIT_MS):
        pane.reload()
    _select(pane, pane.workers_view, "工人2")
    pane.removal.button.click()
    wait_idle(qtbot, window.ctx)
    assert dialogs and "已有支付记录" in dialogs[-1][1] and "不能移出本案" in dialogs[-1][1]
    assert {r["name"] for r in pane.workers.rows} == {"工人2", "工人3"}


def test_a_party_leaves_by_the_tables_context_action(window, db, qtbot, answer) -> None:
    case_id = new_case(db, ref="P-1", parties=[PartyInput("crew_boss", "李老板"),
                                               PartyInput("general_contractor", "华建集团")])
    pane = open_case(window, qtbot, case_id).detail
    (action,) = pane.parties_view.actions()
    assert action.text() == "移出本案…"
    _select(pane, pane.parties_view, "李老板")
    answer["reason"] = "名称写错"
    with qtbot.waitSignal(pane.shown, timeout=WAIT_MS):
        action.trigger()
    wait_idle(qtbot, window.ctx)
    assert answer["prompts"] == ["把当事人 李老板（实际施工人（包工头））移出本案的理由："]
    assert [r["name"] for r in pane.parties.rows] == ["华建集团"]
