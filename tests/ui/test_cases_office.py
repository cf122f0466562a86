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
from tests.ui.conftest import WAIT_MS, wait_idle


@pytest.fixture
def office_db(tmp_path: Path) -> Iterator[Database]:
    from inspector.devices import init_device

    database = open_app_database(tmp_path / "office" / "inspector.db")
    init_device(database, role="office")
    yield database
    database.dispose()


@pytest.fixture
def office_window(qapp, office_db: Database, qtbot, dialogs):
    from inspector.devices import this_device
    from ui import context
    from ui.screens.main_window import MainWindow

    c = context.create(office_db.url.removeprefix("sqlite:///"))
    c.db = office_db
    c.device = this_device(office_db)
    c.first_paint.set()
    w = MainWindow(c)
    qtbot.addWidget(w)
    w.show()
    c.signals.database_ready.emit()
    wait_idle(qtbot, c)
    yield w
    wait_idle(qtbot, c)
    c.tasks.shutdown(wait=True)


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
