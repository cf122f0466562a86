"""The case screens on a field laptop holding a case that came in its assignment bundle:
ID numbers masked with no way to reveal them, and the office's writes not offered."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from inspector.cases import idcard
from tests.cases.helpers import IDS
from tests.sync.conftest import (  # noqa: F401  (fixtures: real devices and bundles)
    device_templates,
    f1,
    f2,
    make_device,
    office,
)
from tests.sync.test_case_sync import CaseWorld, cw  # noqa: F401
from tests.ui.conftest import WAIT_MS, main_window_over, wait_idle


@pytest.fixture
def laptop_window(qapp, cw: CaseWorld, qtbot, dialogs) -> Iterator[object]:  # noqa: F811
    yield from main_window_over(qtbot, cw.f1.db, cw.f1.db.url.removeprefix("sqlite:///"))


def test_a_laptops_case_is_masked_and_cannot_be_revealed(laptop_window, cw, qtbot) -> None:  # noqa: F811
    window = laptop_window
    assert window.ctx.device.role == "field"
    screen = window.cases_screen()
    window.show_page("cases")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=WAIT_MS)  # R1 only: R2 is not F1's
    with qtbot.waitSignal(screen.detail.shown, timeout=WAIT_MS):
        screen.open_case(cw.case_id)
    wait_idle(qtbot, window.ctx)
    pane = screen.detail
    shown = [r["id_number"] for r in pane.workers.rows]
    assert sorted(shown) == sorted([idcard.mask(IDS[0]), idcard.mask(IDS[1])])
    assert not set(shown) & {IDS[0], IDS[1]}
    assert not pane.reveal_button.isEnabled()
    # Workers and parties are the office's: taking one off the case is not offered.
    pane.tabs.setCurrentWidget(pane.workers_view)
    pane.workers_view.selectRow(0)
    assert pane.removal.target() is not None and not pane.removal.button.isEnabled()
    assert not screen.campaigns.add_button.isEnabled()  # campaigns are the office's too
