"""专项行动 in the desktop: tagged from the inspection form (one core call, announced as
Change.INSPECTIONS), and chosen on the reports screen for the summary and the ledgers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from inspector.cases.targets import save_campaign
from inspector.changes import Change
from inspector.domain.inspections import Inspection
from inspector.inspections.campaign import set_inspection_campaign
from inspector.reports.figures import Period
from inspector.reports.ledgers import LedgerFilter, iter_ledger
from inspector.reports.summary import build_summary
from tests.ui.conftest import WAIT_MS, wait_idle
from tests.ui.test_inspection_screen import _start
from ui.screens.reports import ReportsScreen
from ui.widgets.campaign_choice import CampaignChoice

CODE, NAME = "WINTER", "冬季根治欠薪专项行动"
PERIOD = Period(date(2026, 1, 1), date(2026, 11, 25))


@pytest.fixture
def db_path(office_db_path: Path) -> Path:
    """Campaigns are registered at the office (a laptop may not create one): an office
    database, whose clerks also record inspections and run the reports."""
    return office_db_path


def _add_campaign(db) -> None:
    with db.uow() as s:
        save_campaign(s, code=CODE, name=NAME)


def _campaign_of(db, inspection_id: str) -> str:
    with db.session() as s:
        return s.get_one(Inspection, inspection_id).campaign


def _choose(box: CampaignChoice, code: str) -> None:
    """As a user picking an entry: select it, then the combo's `activated`."""
    index = box.findData(code)
    assert index >= 0, code
    box.setCurrentIndex(index)
    box.activated.emit(index)


def test_inspection_form_tags_the_campaign(window, qtbot) -> None:
    db = window.ctx.db
    _add_campaign(db)
    iid = _start(window, qtbot)
    form = window.page("inspection").form_page
    qtbot.waitUntil(lambda: form.campaign.findData(CODE) > 0, timeout=WAIT_MS)
    assert form.campaign.code() == "" and form.campaign.itemText(
        form.campaign.findData(CODE)) == f"{NAME}（{CODE}）"
    changes: list[frozenset[Change]] = []
    window.ctx.signals.operation_did_execute.connect(lambda cs, _w: changes.append(cs))
    _choose(form.campaign, CODE)
    wait_idle(qtbot, window.ctx)
    assert _campaign_of(db, iid) == CODE
    assert any(Change.INSPECTIONS in cs for cs in changes)
    form.load(iid)  # shown again from the database
    qtbot.waitUntil(lambda: form.campaign.findData(CODE) > 0, timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
    assert form.campaign.code() == CODE
    _choose(form.campaign, "")  # （无） clears it
    wait_idle(qtbot, window.ctx)
    assert _campaign_of(db, iid) == ""


def _reports(ctx, qtbot, db) -> tuple[ReportsScreen, set[str]]:
    _add_campaign(db)
    with db.session() as s:
        ids = list(s.scalars(select(Inspection.id).where(Inspection.status == "finalized")
                             .order_by(Inspection.id).limit(3)))
    for iid in ids:
        set_inspection_campaign(db, iid, CODE)
    screen = ReportsScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1200, 800)
    screen.show()
    screen.activate()
    wait_idle(qtbot, ctx)
    return screen, set(ids)


def test_summary_for_one_campaign(ctx, qtbot, db) -> None:
    screen, _ = _reports(ctx, qtbot, db)
    tab = screen.summary
    tab.period.set_period(PERIOD.start, PERIOD.end)
    assert tab.period.campaign is not None
    _choose(tab.period.campaign, CODE)
    tab.reload()
    wait_idle(qtbot, ctx)
    doc = build_summary(db, Period(PERIOD.start, PERIOD.end, campaign=CODE))
    assert tab.doc == doc and doc["campaign"] == CODE
    assert doc["construction_sites_inspected"] + doc["employers_inspected"] > 0
    assert doc != build_summary(db, PERIOD)
    assert f"在{NAME}中" in tab.text.toPlainText()


def test_ledger_for_one_campaign(ctx, qtbot, db) -> None:
    screen, ids = _reports(ctx, qtbot, db)
    tab = screen.ledgers
    tab.which.setCurrentIndex(tab.which.findData("inspections"))
    tab.period.set_period(PERIOD.start, PERIOD.end)
    assert tab.period.campaign is not None
    _choose(tab.period.campaign, CODE)
    tab.reload()
    wait_idle(qtbot, ctx)
    want = list(iter_ledger(db, "inspections", LedgerFilter(
        date_from=PERIOD.start, date_to=PERIOD.end, campaign=CODE)))
    everything = list(iter_ledger(db, "inspections", LedgerFilter(
        date_from=PERIOD.start, date_to=PERIOD.end)))
    assert tab.model.rowCount() == len(want) == len(ids) < len(everything)
    _choose(tab.period.campaign, "")  # 全部 again
    tab.reload()
    wait_idle(qtbot, ctx)
    assert tab.model.rowCount() == len(everything)
