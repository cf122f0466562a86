"""On the office database the case detail may show whole ID numbers; each time is audited."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from inspector.appdb import open_app_database
from inspector.cases import idcard
from inspector.domain.audit import AuditEvent
from inspector.storage import Database
from tests.cases.helpers import IDS
from tests.ui.cases_seed import seed_cases
from tests.ui.conftest import WAIT_MS, main_window_over, wait_idle


@pytest.fixture
def office_db(tmp_path: Path) -> Iterator[Database]:
    from inspector.devices import init_device

    database = open_app_database(tmp_path / "office" / "inspector.db")
    init_device(database, role="office")
    yield database
    database.dispose()


@pytest.fixture
def office_window(qapp, office_db: Database, qtbot, dialogs):
    yield from main_window_over(qtbot, office_db, office_db.url.removeprefix("sqlite:///"))


def reveals(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(AuditEvent)
                        .where(AuditEvent.action == "case.reveal")) or 0


def test_office_reveals_whole_numbers_and_the_audit_log_says_so(office_window, office_db,
                                                                 qtbot) -> None:
    s = seed_cases(office_db)
    screen = office_window.show_page("cases")
    with qtbot.waitSignal(screen.detail.shown, timeout=WAIT_MS):
        screen.open_case(s.b)
    wait_idle(qtbot, office_window.ctx)
    pane = screen.detail
    assert {r["id_number"] for r in pane.workers.rows} == {idcard.mask(IDS[2]),
                                                           idcard.mask(IDS[3])}
    assert pane.reveal_button.isEnabled() and reveals(office_db) == 0
    with qtbot.waitSignal(pane.shown, timeout=WAIT_MS):
        pane.reveal_button.click()
    wait_idle(qtbot, office_window.ctx)
    assert {r["id_number"] for r in pane.workers.rows} == {IDS[2], IDS[3]}
    assert reveals(office_db) == 1 and not pane.reveal_button.isEnabled()
    # Another case is shown masked again: the reveal was for that one case.
    with qtbot.waitSignal(pane.shown, timeout=WAIT_MS):
        screen.open_case(s.a)
    assert {r["id_number"] for r in pane.workers.rows} == {idcard.mask(IDS[1])}
