"""Inspection: start with two inspectors, answer, attach a photo, finalize; missing evidence blocks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select

from inspector.domain.inspections import Evidence, Finding, Inspection, ItemResult
from tests.ui.conftest import WAIT_MS, wait_idle


def _count(db, model, *where) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def _start(window, qtbot) -> str:
    """Start an inspection of the first site through the start page; returns its id."""
    sites = window.page("sites")
    site_id = sites.site_model.site_id(0)
    window.new_inspection(site_id=site_id)
    page = window.page("inspection").start_page
    qtbot.waitUntil(lambda: page.inspectors.count() >= 2, timeout=WAIT_MS)
    for row in range(page.inspectors.count()):
        page.inspectors.item(row).setCheckState(
            page.inspectors.item(row).checkState().Checked if row < 2
            else page.inspectors.item(row).checkState().Unchecked)
    assert page.start_button.isEnabled()
    before = _count(window.ctx.db, Inspection)
    page.start_button.click()
    form = window.page("inspection").form_page
    qtbot.waitUntil(lambda: form.form is not None and len(form.items) > 0, timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
    assert _count(window.ctx.db, Inspection) == before + 1
    assert form.form.site_id == site_id
    return form.form.id


def _answer_all(form, bad_code: str) -> None:
    for w in form.items.values():
        if not w.buttons:
            continue
        w.buttons["non_compliant" if w.item.code == bad_code else "compliant"].click()


def _finalize_lacking_photo(window, qtbot):
    """Start an inspection, answer one item that needs a photo 不符合 (no photo), press
    定稿 and wait: returns the inspection's id and that item's widget."""
    inspection_id = _start(window, qtbot)
    form = window.page("inspection").form_page
    bad = next(w for w in form.items.values() if w.item.evidence_required)
    _answer_all(form, bad.item.code)
    wait_idle(qtbot, window.ctx)
    form.finalize()
    wait_idle(qtbot, window.ctx)
    return inspection_id, bad


def test_start_needs_two_inspectors(window, qtbot) -> None:
    """With one inspector ticked the start button stays disabled (条例第十六条)."""
    window.new_inspection(site_id=window.page("sites").site_model.site_id(0))
    page = window.page("inspection").start_page
    qtbot.waitUntil(lambda: page.inspectors.count() >= 2, timeout=WAIT_MS)
    for row in range(page.inspectors.count()):
        item = page.inspectors.item(row)
        item.setCheckState(item.checkState().Checked if row == 0 else item.checkState().Unchecked)
    assert not page.start_button.isEnabled()


def test_answers_autosave_and_progress(window, qtbot) -> None:
    """Clicking an answer saves it at once; typing a note saves after a pause."""
    inspection_id = _start(window, qtbot)
    form = window.page("inspection").form_page
    first = next(w for w in form.items.values() if w.buttons)
    first.buttons["compliant"].click()
    first.note.setText("现场查看了担保函原件")
    first.note.textEdited.emit(first.note.text())
    qtbot.waitUntil(lambda: "自动保存" in form.save_label.text(), timeout=WAIT_MS)
    form.flush()
    wait_idle(qtbot, window.ctx)
    with window.ctx.db.session() as s:
        res = s.scalar(select(ItemResult).where(ItemResult.inspection_id == inspection_id,
                                                ItemResult.item_id == first.item_id))
    assert res.answer == "compliant"
    assert res.note == "现场查看了担保函原件"
    assert form.progress.value() == 1
    assert "1/" in form.categories.item(0).text()


def test_missing_evidence_blocks_finalize_then_photo_allows_it(
        window, qtbot, dialogs, photo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A violation without its required photo is named and nothing is finalized; after
    attaching a photo (hashed, thumbnailed) finalizing creates the finding."""
    inspection_id, bad = _finalize_lacking_photo(window, qtbot)
    form = window.page("inspection").form_page
    title, text = dialogs[-1]
    assert title == "尚不能定稿"
    assert bad.item.code in text and "证据" in text
    db = window.ctx.db
    assert _count(db, Inspection, Inspection.id == inspection_id,
                  Inspection.status == "draft") == 1
    assert _count(db, Finding, Finding.inspection_id == inspection_id) == 0

    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(photo)], "")))
    bad.attach_button.click()
    qtbot.waitUntil(lambda: bad.thumbs.count() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: bad.thumbs.has_pixmaps() == 1, timeout=WAIT_MS)
    assert not bad.missing_evidence
    with db.session() as s:
        ev = s.scalar(select(Evidence).where(Evidence.inspection_id == inspection_id))
    import hashlib

    assert ev.sha256 == hashlib.sha256(photo.read_bytes()).hexdigest()

    form.finalize()
    qtbot.waitUntil(lambda: form.form is not None and form.form.status == "finalized",
                    timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
    assert _count(db, Finding, Finding.inspection_id == inspection_id) == 1
    assert form.order_button.isEnabled() and not form.finalize_button.isEnabled()
    assert all(not w.note.isEnabled() for w in form.items.values())


def test_wage_item_records_arrears(window, qtbot, dialogs, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """On the 拖欠 item answered 不符合 the inspector enters workers, amount and a list; figures
    that do not agree are refused with the core's message and nothing is stored."""
    inspection_id = _start(window, qtbot)
    form = window.page("inspection").form_page
    wage = next(w for w in form.items.values() if w.item.code == "C18")
    other = next(w for w in form.items.values() if w.item.code == "C04")
    assert wage.arrears is not None and other.arrears is None
    wage.show()
    wage.buttons["non_compliant"].click()
    assert not wage.arrears.isHidden()
    people = tmp_path / "list.csv"
    people.write_text("姓名,月份,金额\n刘大,2026年9月,1500\n陈二,2026年10月,1200\n",
                      encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(people), "")))
    wage.arrears.list_button.click()
    wage.arrears.workers.setValue(1)  # fewer than the list: refused
    wage.arrears.amount.setText("4000")
    wage.arrears.save_button.click()
    wait_idle(qtbot, window.ctx)
    assert any("少于清单人数" in text for _t, text in dialogs)

    def stored() -> tuple:
        with window.ctx.db.session() as s:
            res = s.scalar(select(ItemResult).where(ItemResult.inspection_id == inspection_id,
                                                    ItemResult.item_id == wage.item_id))
            return res.arrears_workers, res.arrears_fen, res.arrears_list.count("name")

    assert stored() == (None, None, 0)
    wage.arrears.workers.setValue(3)
    wage.arrears.save_button.click()
    wait_idle(qtbot, window.ctx)
    assert stored() == (3, 400000, 2)
    assert "已登记：3 名，4000.00 元，清单 2 人" in wage.arrears.state.text()
