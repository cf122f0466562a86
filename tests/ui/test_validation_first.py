"""Checks come before questions, recorded events cannot be recorded twice, evidence by content."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select

from inspector.domain.inspections import Evidence, Inspection
from inspector.domain.orders import ServiceRecord
from tests.ui.conftest import WAIT_MS, wait_idle
from tests.ui.test_inspection_screen import _finalize_lacking_photo, _start
from tests.ui.test_order_screen import _issued_order


def _count(db, model, *where) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def _pick(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(p) for p in paths], "")))


def test_finalize_names_what_is_missing_without_asking_first(window, qtbot, dialogs) -> None:
    inspection_id, _bad = _finalize_lacking_photo(window, qtbot)
    assert [t for t, _ in dialogs] == ["尚不能定稿"], "no 确定定稿吗 before the problems"
    assert _count(window.ctx.db, Inspection, Inspection.id == inspection_id,
                  Inspection.status == "draft") == 1


def test_evidence_text_refused_pdf_is_material_and_twice_is_one_tile(
        window, qtbot, dialogs, photo: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    inspection_id = _start(window, qtbot)
    form = window.page("inspection").form_page
    item = next(w for w in form.items.values() if w.buttons)
    item.buttons["non_compliant"].click()
    wait_idle(qtbot, window.ctx)
    text = tmp_path / "说明.txt"
    text.write_text("不是照片", encoding="utf-8")
    _pick(monkeypatch, text)
    item.attach_button.click()
    wait_idle(qtbot, window.ctx)
    assert "说明.txt" in dialogs[-1][1] and "E_EVIDENCE_TYPE" in dialogs[-1][1]
    db = window.ctx.db
    assert _count(db, Evidence, Evidence.inspection_id == inspection_id) == 0

    pdf = tmp_path / "工资表.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    _pick(monkeypatch, photo, photo, pdf)
    item.attach_button.click()
    wait_idle(qtbot, window.ctx)
    qtbot.waitUntil(lambda: item.thumbs.count() == 2, timeout=WAIT_MS)
    with db.session() as s:
        kinds = sorted(s.scalars(select(Evidence.kind).where(
            Evidence.inspection_id == inspection_id)))
    assert kinds == ["document", "photo"]
    assert any(lb.text().startswith("材料") for lb in item.thumbs._labels.values())


def test_issue_refusal_is_shown_before_the_question_and_service_records_once(
        window, qtbot, dialogs, photo: Path) -> None:
    from inspector.orders.drafting import save_draft
    from inspector.orders.edits import DraftEdit

    db = window.ctx.db
    screen = _issued_order(window, qtbot, photo)
    order_id = screen.detail.row.id
    save_draft(db, order_id, DraftEdit(deadline=date(2020, 1, 1)))
    screen.open_order(order_id)
    wait_idle(qtbot, window.ctx)
    screen.issue_button.click()
    wait_idle(qtbot, window.ctx)
    assert [t for t, _ in dialogs if t == "出具指令书"] == [], "refused before being asked"
    assert "E_DEADLINE_PAST" in dialogs[-1][1]
    assert screen.detail.row.status == "draft"

    save_draft(db, order_id, DraftEdit(deadline=date(2026, 12, 30)))
    screen.open_order(order_id)
    wait_idle(qtbot, window.ctx)
    screen.issue_button.click()
    qtbot.waitUntil(lambda: screen.detail.row.status == "issued", timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
    assert [t for t, _ in dialogs].count("出具指令书") == 1

    panel = screen.service
    panel.method.setCurrentIndex(panel.method.findData("direct"))
    panel.recipient.setText("李四")
    panel.position.setText("项目经理")
    panel.serve_button.click()
    qtbot.waitUntil(lambda: screen.detail.row.status == "served", timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
    assert panel.recipient.text() == "" and not panel.serve_button.isEnabled()
    panel.serve_button.click()  # a second click records nothing
    wait_idle(qtbot, window.ctx)
    assert _count(db, ServiceRecord, ServiceRecord.order_id == order_id) == 1
    panel.recipient.setText("王五")  # a new service is an edit away
    assert panel.serve_button.isEnabled()

    from inspector.domain.orders import Recheck

    recheck = screen.recheck
    recheck.rectified.setCurrentIndex(1)  # 未改正: the order stays open
    recheck.note.setText("仍未设立告示牌")
    recheck.button.click()
    qtbot.waitUntil(lambda: _count(db, Recheck, Recheck.order_id == order_id) == 1,
                    timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
    assert recheck.note.text() == "" and not recheck.button.isEnabled()
    recheck.button.click()
    wait_idle(qtbot, window.ctx)
    assert _count(db, Recheck, Recheck.order_id == order_id) == 1
