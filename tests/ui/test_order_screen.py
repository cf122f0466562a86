"""Order: draft from findings, edit, preview the real PDF, sign, issue, print, serve (拒签), recheck."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog
from sqlalchemy import func, select

from inspector import clock
from inspector.domain.orders import Order, Recheck, ServiceRecord
from tests.ui.conftest import WAIT_MS, wait_idle


def _finalized_inspection(db, photo: Path) -> str:
    """A finalized inspection of a site with one violation (through the core)."""
    from inspector.inspections import service
    from inspector.orders.numbers import add_block, remaining_numbers
    from inspector.queries import inspections as queries
    from inspector.queries.people import start_choices
    from inspector.queries.site_index import read_site_index

    choices = start_choices(db)
    tpl = next(t for t in choices.templates if t.kind == "site")
    site_id = read_site_index(db).ids[0]
    iid = service.start_inspection(db, target_kind="site", template_id=tpl.id, site_id=site_id,
                                   inspector_ids=[i.id for i in choices.inspectors[:2]])
    form = queries.inspection_form(db, iid)
    bad = next(it for it in form.items if it.duty_holder == "general_contractor"
               and it.answer_type == "yes_no_na")
    for it in form.items:
        if it.answer_type in ("yes_no", "yes_no_na"):
            service.answer_item(db, iid, it.item_id,
                                answer="non_compliant" if it is bad else "compliant",
                                note="现场未见告示牌" if it is bad else "")
    service.attach_evidence(db, iid, photo, item_id=bad.item_id)
    service.finalize_inspection(db, iid)
    if not remaining_numbers(db, db.device_id, clock.today().year):
        add_block(db, db.device_id, 9001, 9050)
    return iid


def _count(db, model, *where) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def test_order_main_path(window, qtbot, dialogs, photo: Path, tmp_path: Path,
                         monkeypatch: pytest.MonkeyPatch) -> None:
    db = window.ctx.db
    inspection_id = _finalized_inspection(db, photo)
    window.draft_orders(inspection_id)
    screen = window.page("order")
    qtbot.waitUntil(lambda: screen.detail is not None, timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
    assert screen.detail.row.status == "draft"
    order_id = screen.detail.row.id
    # The legal basis is shown as a person reads it, never as catalogue codes.
    duty, penalty = (label.text() for label in screen.draft.basis_labels)
    assert duty == "《保障农民工工资支付条例》第二十六条"
    assert penalty == "《保障农民工工资支付条例》第五十五条第（一）项"

    # Edit the violation's fact and save the draft.
    _pos, fact, _req = screen.draft.editors[0]
    fact.setPlainText("施工现场未设立维权信息告示牌（已拍照）")
    screen.draft.save_button.click()
    wait_idle(qtbot, window.ctx)
    assert "已拍照" in screen.detail.violations[0].fact

    # Preview the real PDF in the app.
    screen.preview_button.click()
    qtbot.waitUntil(lambda: screen.pdf.page_count() > 0, timeout=WAIT_MS)

    # Signatures of both inspectors, drawn with the mouse.
    from PySide6.QtCore import QPoint, Qt

    for role in ("inspector1", "inspector2"):
        pad = screen.signatures.pads[role]
        pad.resize(320, 120)
        qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(20, 60))
        for x in range(30, 200, 10):
            qtbot.mouseMove(pad, QPoint(x, 60 + (x % 30)))
        qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(200, 70))
        assert not pad.is_empty()
        screen.save_signature(role, pad.png_bytes())
    wait_idle(qtbot, window.ctx)
    assert screen.signatures.status["inspector2"].text() == "已保存"

    # Issue (confirmed in a dialog): the order gets a number and is final.
    screen.issue_button.click()
    qtbot.waitUntil(lambda: screen.detail is not None and screen.detail.row.status == "issued",
                    timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
    number = screen.detail.row.number
    assert number and any("出具" in t for t, _ in dialogs)

    # Print through the (patched) system dialog into a PDF file.
    target = tmp_path / "printed.pdf"

    def accept(self: QPrintDialog) -> int:
        self.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer().setOutputFileName(str(target))
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    qtbot.waitUntil(lambda: screen.print_button.isEnabled(), timeout=WAIT_MS)
    screen.print_button.click()
    assert target.exists() and target.stat().st_size > 1000

    # 拒签: left at premises needs photos; without them nothing is written.
    screen.signatures.refuse_button.click()
    assert screen.service.refused.isChecked()
    assert screen.service.method.currentData() == "left_at_premises"
    screen.service.witness.setText("村委会 张三")
    screen.service.serve_button.click()
    wait_idle(qtbot, window.ctx)
    assert "照片" in dialogs[-1][1]
    assert _count(db, ServiceRecord, ServiceRecord.order_id == order_id) == 0
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(photo)], "")))
    screen.service._add_photos()
    screen.service.serve_button.click()
    qtbot.waitUntil(lambda: screen.detail.row.status == "served", timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
    with db.session() as s:
        order = s.get(Order, order_id)
        assert order.refused_to_sign and order.status == "served"

    # 复查: every violation rectified closes the order.
    for row in range(screen.recheck.violation.count()):
        screen.recheck.violation.setCurrentIndex(row)
        screen.recheck.rectified.setCurrentIndex(0)
        screen.recheck.button.click()
        wait_idle(qtbot, window.ctx)
    assert _count(db, Recheck, Recheck.order_id == order_id) >= 1
    qtbot.waitUntil(lambda: screen.detail.row.status == "closed", timeout=WAIT_MS)


def test_draft_without_findings_says_so(window, qtbot, dialogs) -> None:
    """Drafting from an inspection that is not finalized shows the core's reason."""
    from inspector.inspections import service
    from inspector.queries.people import start_choices

    db = window.ctx.db
    choices = start_choices(db)
    tpl = next(t for t in choices.templates if t.kind == "site")
    iid = service.start_inspection(db, target_kind="site", template_id=tpl.id,
                                   site_id=window.page("sites").site_model.site_id(0),
                                   inspector_ids=[i.id for i in choices.inspectors[:2]])
    before = _count(db, Order)
    window.draft_orders(iid)
    wait_idle(qtbot, window.ctx)
    assert "定稿" in dialogs[-1][1]
    assert _count(db, Order) == before


def _issued_order(window, qtbot, photo: Path):
    """The order screen showing the draft order of a finalized inspection."""
    db = window.ctx.db
    window.draft_orders(_finalized_inspection(db, photo))
    screen = window.page("order")
    qtbot.waitUntil(lambda: screen.detail is not None, timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
    return screen


def test_each_violation_deadline_is_editable(window, qtbot, dialogs, photo: Path) -> None:
    from datetime import timedelta

    from PySide6.QtCore import QDate

    screen = _issued_order(window, qtbot, photo)
    order_id = screen.detail.row.id
    shown = screen.draft.deadlines[0]
    assert shown.isEnabled()
    assert shown.date() == QDate(*screen.detail.violations[0].deadline.timetuple()[:3])
    new = screen.detail.violations[0].deadline + timedelta(days=7)
    shown.setDate(QDate(new.year, new.month, new.day))
    screen.draft.save_button.click()
    wait_idle(qtbot, window.ctx)
    qtbot.waitUntil(lambda: screen.detail.violations[0].deadline == new, timeout=WAIT_MS)
    assert screen.detail.row.deadline == new
    with window.ctx.db.session() as s:
        assert s.get(Order, order_id).deadline == new
    # The header date sets every violation's deadline at once.
    later = new + timedelta(days=3)
    screen.draft.deadline.setDate(QDate(later.year, later.month, later.day))
    assert all(d.date() == QDate(later.year, later.month, later.day)
               for d in screen.draft.deadlines)


def test_receipt_button_and_service_with_receiver(window, qtbot, dialogs, photo: Path) -> None:
    import re

    from tests.orders.conftest import pdftotext

    screen = _issued_order(window, qtbot, photo)
    assert not screen.receipt_button.isEnabled()  # a draft has no 送达回证
    screen.issue_button.click()
    qtbot.waitUntil(lambda: screen.detail.row.status == "issued", timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
    order_id = screen.detail.row.id
    service = screen.service
    service.method.setCurrentIndex(service.method.findData("direct"))
    service.receiver_on_behalf.setText("王小明")
    service.relation.setText("项目部文员")
    service.place.setText("项目部")
    service.serve_button.click()
    qtbot.waitUntil(lambda: screen.detail.row.status == "served", timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
    assert screen.last_service_warning == ""
    assert "王小明（代收）" in service.history.text()
    with window.ctx.db.session() as s:
        rec = s.scalar(select(ServiceRecord).where(ServiceRecord.order_id == order_id))
        assert (rec.receiver_on_behalf, rec.receiver_on_behalf_relation) == ("王小明", "项目部文员")
    assert screen.receipt_button.isEnabled()
    screen.receipt_button.click()
    qtbot.waitUntil(lambda: screen.pdf.page_count() == 1, timeout=WAIT_MS)
    receipt = screen.pdf.path
    assert receipt is not None and receipt.name == f"{order_id}-receipt.pdf"
    flat = re.sub(r"\s+", "", pdftotext(receipt))
    assert "送达回证" in flat and "代收人：王小明" in flat and "签收：王小明（代收）" in flat


def test_refusal_with_reason_and_late_service_warns(window, qtbot, dialogs, photo: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import timedelta

    screen = _issued_order(window, qtbot, photo)
    screen.issue_button.click()
    qtbot.waitUntil(lambda: screen.detail.row.status == "issued", timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
    order_id = screen.detail.row.id
    clock.set_now(screen.detail.row.deadline + timedelta(days=3))  # the inspector comes late
    service = screen.service
    service.refused.setChecked(True)
    service.refusal_reason.setText("项目经理称老板不在，拒绝签字")
    service.witness.setText("门卫 王某")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(photo)], "")))
    service._add_photos()
    service.serve_button.click()
    qtbot.waitUntil(lambda: screen.detail.row.status == "served", timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
    assert "晚于整改期限" in screen.last_service_warning
    assert any(title == "逾期送达" for title, _ in dialogs)
    assert "（逾期送达）" in service.history.text()
    with window.ctx.db.session() as s:
        rec = s.scalar(select(ServiceRecord).where(ServiceRecord.order_id == order_id))
        assert rec.refusal_reason == "项目经理称老板不在，拒绝签字" and rec.late and rec.refused


def test_wage_draft_shows_the_arrears(window, qtbot, dialogs) -> None:
    from PySide6.QtWidgets import QLabel

    from inspector.inspections.arrears import Arrears
    from inspector.orders.drafting import draft_orders
    from tests.orders.test_wage_orders import PEOPLE, _wage_visit

    db = window.ctx.db
    (oid,) = draft_orders(db, _wage_visit(db, {"C18": "拖欠"}, Arrears(3, 400000, PEOPLE)))
    screen = window.page("order")
    screen.open_order(oid)
    qtbot.waitUntil(lambda: screen.detail is not None and screen.detail.row.id == oid,
                    timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
    texts = [w.text() for w in screen.draft.scroll_area.widget().findChildren(QLabel)]
    assert "涉及劳动者 3 名，金额 4000.00 元" in texts
