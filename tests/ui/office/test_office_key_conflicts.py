"""The office Conflicts screen on a natural-key conflict: merge, or keep both with a new key."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog
from sqlalchemy import select

from inspector.domain.inspections import InspectionInspector
from inspector.domain.registry import Inspector
from inspector.ids import uuid7
from inspector.sync import export_field_bundle, import_bundle
from tests.sync.conftest import add_inspection, add_site
from tests.ui.conftest import WAIT_MS, wait_idle
from tests.ui.office.conftest import Dev, trust


def _same_inspector(office: Dev, f1: Dev, f2: Dev) -> tuple[str, str, str]:
    """F1 and F2 each made inspector JC-7 offline; F2 inspected with its copy.
    Returns (F1's inspector, F2's inspector, F2's inspection)."""
    ids = []
    for f in (f1, f2):
        with f.db.uow() as s:
            who = Inspector(id=uuid7(), name="赵六", credential_no="JC-7")
            s.add(who)
            ids.append(who.id)
    site, _ = add_site(f2.db)
    made = add_inspection(f2.db, site)
    with f2.db.uow() as s:
        s.add(InspectionInspector(id=uuid7(), inspection_id=made["inspection"],
                                  inspector_id=ids[1]))
    trust(office, f1, f2)
    for f in (f1, f2):
        import_bundle(office.db, export_field_bundle(f.db, f.dir).path)
    return ids[0], ids[1], str(made["inspection"])


def _key_conflict_selected(window, qtbot):
    screen = window.page("office_conflicts")
    with qtbot.waitSignal(screen.loaded, timeout=WAIT_MS):
        window.show_page("office_conflicts")
    [row] = [i for i, c in enumerate(screen.list.rows) if c.winner == "key"]
    screen.list_view.selectRow(row)
    assert screen.local_button.text() == "合并为已有记录"
    assert screen.incoming_button.text() == "更正编号后都保留…"
    assert not screen.merge_button.isEnabled()
    screen.actor.setText("王科长")
    screen.reason.setText("核对执法证")
    return screen


def test_merge_from_the_screen(office_window, office: Dev, f1: Dev, f2: Dev, qtbot) -> None:
    kept, newcomer, inspection = _same_inspector(office, f1, f2)
    screen = _key_conflict_selected(office_window, qtbot)
    with qtbot.waitSignal(screen.resolved, timeout=WAIT_MS):
        screen.local_button.click()
    wait_idle(qtbot, office_window.ctx)
    with office.db.session() as s:
        assert s.get_one(Inspector, newcomer).tombstone
        assert s.scalars(select(InspectionInspector.inspector_id).where(
            InspectionInspector.inspection_id == inspection)).all() == [kept]


def test_keep_both_asks_for_the_corrected_key(office_window, office: Dev, f1: Dev, f2: Dev,
                                              qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    kept, newcomer, _ = _same_inspector(office, f1, f2)
    asked: list[str] = []

    def get_text(_parent: object, _title: str, label: str, *a: object, **k: object):
        asked.append(label)
        return "JC-8", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    screen = _key_conflict_selected(office_window, qtbot)
    with qtbot.waitSignal(screen.resolved, timeout=WAIT_MS):
        screen.incoming_button.click()
    wait_idle(qtbot, office_window.ctx)
    assert asked and "credential_no" in asked[0]
    with office.db.session() as s:
        assert s.get_one(Inspector, kept).credential_no == "JC-7"
        assert s.get_one(Inspector, newcomer).credential_no == "JC-8"
