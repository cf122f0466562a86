"""The office Conflicts screen: side by side, field-by-field merge, bulk identical, audited."""

from __future__ import annotations

import orjson
from PySide6.QtCore import Qt
from sqlalchemy import select

from inspector.domain.audit import AuditEvent
from inspector.domain.registry import Site
from tests.ui.conftest import WAIT_MS, wait_idle
from tests.ui.office.conftest import Dev, make_conflicts, shown_page
from ui.models.office import COL_INCOMING, COL_LOCAL, DIFFERENT, ConflictFieldsModel


def test_field_by_field_merge(office_window, office: Dev, f1: Dev, f2: Dev, qtbot,
                              qtmodeltester) -> None:
    """The real conflict shows both versions with its two differing fields first and tinted;
    checking F1's notes and F2's address merges exactly that, audited with who and why."""
    site = make_conflicts(office, f1, f2)
    screen = shown_page(office_window, qtbot, "office_conflicts")
    qtmodeltester.check(screen.list)
    real = next(i for i, c in enumerate(screen.list.rows) if c.row_id == site)
    screen.list_view.selectRow(real)
    fields: ConflictFieldsModel = screen.fields
    qtmodeltester.check(fields)
    assert [fields.index(r, 0).data() for r in range(2)] == ["address", "notes"]
    assert fields.index(0, COL_LOCAL).data() == "F1 地址"
    assert fields.index(0, COL_INCOMING).data() == "F2 地址"
    assert fields.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) == DIFFERENT
    assert fields.index(3, COL_LOCAL).data(Qt.ItemDataRole.CheckStateRole) is None  # same field
    assert fields.setData(fields.index(1, COL_LOCAL), Qt.CheckState.Checked.value,
                          Qt.ItemDataRole.CheckStateRole)
    fields.choose("address", "incoming")
    assert fields.choices() == {"address": "incoming", "notes": "local"}

    screen.actor.setText("王科长")
    screen.reason.setText("备注取 F1，地址取 F2")
    with qtbot.waitSignal(screen.resolved, timeout=WAIT_MS):
        screen.merge_button.click()
    wait_idle(qtbot, office_window.ctx)
    with office.db.session() as s:
        row = s.get(Site, site)
        assert row is not None and (row.notes, row.address) == ("F1 备注", "F2 地址")
        [event] = s.scalars(select(AuditEvent).where(AuditEvent.action == "conflict.resolve"))
        assert event.actor == "王科长"
        assert orjson.loads(event.detail)["reason"] == "备注取 F1，地址取 F2"
    qtbot.waitUntil(lambda: len(screen.list.rows) == 1, timeout=WAIT_MS)


def test_bulk_identical_and_actor_required(office_window, office: Dev, f1: Dev, f2: Dev,
                                           qtbot) -> None:
    """Without a name nothing is resolved; with one, the identical conflict goes in bulk and
    the real one stays for review."""
    site = make_conflicts(office, f1, f2)
    screen = shown_page(office_window, qtbot, "office_conflicts")
    assert "内容相同的 1 个" in screen.summary.text() and screen.bulk_button.isEnabled()
    screen.actor.clear()
    screen.bulk_button.click()
    assert "请填写处理人" in screen.message.text()
    assert len(screen.list.rows) == 2
    screen.actor.setText("李四")
    with qtbot.waitSignal(screen.resolved, timeout=WAIT_MS) as blocker:
        screen.bulk_button.click()
    assert blocker.args == [1]
    qtbot.waitUntil(lambda: len(screen.list.rows) == 1, timeout=WAIT_MS)
    assert screen.list.rows[0].row_id == site and not screen.bulk_button.isEnabled()
