"""PDFs of stored orders: the order itself (both parts) and its 送达回证.

An issued order prints from its frozen canonical content, so the paper shows
exactly what was hashed and signed; a draft prints a preview (no number, no QR,
watermarked 草稿). Facts recorded after issue (签收, 拒签, captured signatures)
fill the blanks left for them. Output is written atomically (temp file, rename).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import select

from inspector import clock
from inspector.config import load_authority
from inspector.documents.dates import format_cn_datetime, local_from_utc, pdf_date
from inspector.documents.fonts import document_font
from inspector.documents.order_pdf import OrderSheet, render_order
from inspector.documents.receipt_pdf import EvidenceLine, ReceiptSheet, render_receipt
from inspector.domain.inspections import Evidence
from inspector.domain.orders import Order, ServiceRecord
from inspector.domain.registry import Employer, Inspector, Site
from inspector.ids import utcnow
from inspector.orders import wage_wording, wording
from inspector.orders.errors import OrderError
from inspector.orders.followup import signature_images
from inspector.orders.issuing import violation_arrears, violation_inputs
from inspector.orders.lookup import resolve_order
from inspector.storage import Database

WATERMARKS = {"draft": "草稿 无效", "revoked": "已撤销", "superseded": "已被替代"}


def _preview_content(db: Database, order: Order) -> dict[str, Any]:
    with db.session() as s:
        settings = load_authority(s)
        emp = s.get(Employer, order.employer_id)
        site = s.get(Site, order.site_id) if order.site_id else None
        officers = []
        for iid in (order.inspector1_id, order.inspector2_id):
            person = s.get(Inspector, iid) if iid else None
            officers.append(wording.Officer(person.name if person else "________",
                                            person.credential_no if person else "________"))
        old = s.get(Order, order.supersedes_id) if order.supersedes_id else None
        violations = violation_inputs(s, order.id)
        arrears = violation_arrears(s, order.id)
    if not violations or emp is None:
        raise OrderError("草稿没有违法事项或被指令单位，无法预览。", code="E_NO_VIOLATIONS")
    content = wording.build_content(
        settings=settings, order_id=order.id, number="", title=order.title,
        issue_date=clock.today(),
        addressee=wording.Party(emp.name, emp.credit_code, emp.legal_rep, emp.address),
        site_name=site.name if site else None, site_address=site.address if site else "",
        violations=violations, inspectors=(officers[0], officers[1]),
        supersedes_number=old.number if old else None,
    )
    return wage_wording.finish(content, violations, arrears, settings)


def _write_atomic(out: Path, render: Any) -> Path:
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".pdf", dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            render(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return out


def order_sheet(db: Database, ref: str) -> OrderSheet:
    oid = resolve_order(db, ref)
    with db.session() as s:
        order = s.get(Order, oid)
        assert order is not None
        refusal = ""
        if order.refused_to_sign:
            svc = s.scalar(select(ServiceRecord).where(
                ServiceRecord.order_id == oid, ServiceRecord.refused.is_(True)
            ).order_by(ServiceRecord.served_at))
            if svc is not None:
                when = format_cn_datetime(local_from_utc(svc.served_at))
                refusal = (f"被指令单位拒绝签收，已于{when}留置送达"
                           f"（见证人：{svc.witness or '—'}，见送达回证及现场照片）。")
    content = (_preview_content(db, order) if order.status == "draft"
               else orjson.loads(order.content))
    return OrderSheet(
        content=content, qr_payload=order.qr_payload, draft=order.status == "draft",
        watermark=WATERMARKS.get(order.status, ""), signatures=signature_images(db, oid),
        recipient_name=order.recipient_name, recipient_position=order.recipient_position,
        received_at=local_from_utc(order.received_at) if order.received_at else None,
        refused_to_sign=order.refused_to_sign, refusal_note=refusal,
        pdf_date=pdf_date(order.issued_at or utcnow()),
    )


def _font(db: Database) -> str:
    with db.session() as s:
        configured = load_authority(s).document_font
    return document_font(configured)


def write_order_pdf(db: Database, ref: str, out: Path) -> Path:
    """Render order `ref` (number or id) to `out`; returns the path."""
    sheet = order_sheet(db, ref)
    font = _font(db)
    return _write_atomic(out, lambda fh: render_order(sheet, fh, font=font))


def receipt_sheet(db: Database, ref: str) -> ReceiptSheet:
    oid = resolve_order(db, ref)
    with db.session() as s:
        order = s.get(Order, oid)
        assert order is not None
        if order.status == "draft":
            raise OrderError("草稿尚未出具，没有送达回证。", code="E_ORDER_STATE")
        content = orjson.loads(order.content)
        svc = s.scalars(select(ServiceRecord).where(
            ServiceRecord.order_id == oid, ServiceRecord.tombstone.is_(False)
        ).order_by(ServiceRecord.served_at.desc())).first()
        servers = [(o["name"], o["credential_no"]) for o in content["inspectors"]]
        evidence: list[EvidenceLine] = []
        if svc is not None:
            ids = orjson.loads(svc.server_ids)
            people = [s.get(Inspector, i) for i in ids]
            if ids and all(people):
                servers = [(x.name, x.credential_no) for x in people if x is not None]
            for ev in s.scalars(select(Evidence).where(
                Evidence.owner_kind == "order_service", Evidence.owner_id == svc.id,
                Evidence.tombstone.is_(False)
            ).order_by(Evidence.taken_at)):
                evidence.append(EvidenceLine(ev.filename, ev.sha256, local_from_utc(ev.taken_at)))
    sigs = signature_images(db, oid)
    return ReceiptSheet(
        authority=content["authority"]["name"], document_title=content["title"],
        number=content["number"], recipient=content["addressee"]["name"], servers=servers,
        method=svc.method if svc else "", place=svc.place if svc else "",
        served_at=local_from_utc(svc.served_at) if svc else None,
        signer_name=svc.recipient_name if svc else "",
        signer_position=svc.recipient_position if svc else "",
        refused_to_sign=svc.refused if svc else False, witness=svc.witness if svc else "",
        receiver_on_behalf=svc.receiver_on_behalf if svc else "",
        receiver_on_behalf_relation=svc.receiver_on_behalf_relation if svc else "",
        refusal_reason=svc.refusal_reason if svc else "",
        late_after=order.deadline if svc is not None and svc.late else None,
        pdf_date=pdf_date(svc.served_at if svc else order.issued_at or utcnow()),
        note=svc.note if svc else "", evidence=evidence,
        signatures={k: v for k, v in sigs.items() if k == "recipient"},
        qr_payload=order.qr_payload,
    )


def write_receipt_pdf(db: Database, ref: str, out: Path) -> Path:
    """Render the 送达回证 of order `ref` to `out` (filled from the latest service, if any)."""
    sheet = receipt_sheet(db, ref)
    font = _font(db)
    return _write_atomic(out, lambda fh: render_receipt(sheet, fh, font=font))


def warm_up(db: Database) -> None:
    """Pay the one-time costs of the first PDF now (reportlab import, font parsing ~0.2 s,
    QR encoder import): call it from a worker thread at start-up so that the first
    order printed on site is as fast as the next ones."""
    import zxingcpp  # noqa: F401
    from reportlab.platypus import BaseDocTemplate  # noqa: F401

    import inspector.documents.layout  # noqa: F401

    _font(db)
