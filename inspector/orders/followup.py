"""After issue: service (送达), captured signatures, rechecks (复查), escalation, archive receipt.

None of these touch an order's signed content; they change only its status and
the columns recorded after issue (see `inspector.domain.orders`). Every step is
an audit event in the same unit of work. Evidence files (photos of 留置/张贴,
recheck photos, signature images) go to the blob store first and are linked by
`Evidence.owner_kind` / `owner_id`, never to the (finalized) inspection.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector import clock
from inspector.audit import record
from inspector.documents.dates import format_cn_date, local_date
from inspector.domain.inspections import Evidence
from inspector.domain.orders import (
    ESCALATIONS,
    METHODS_NEEDING_PHOTOS,
    SERVICE_METHOD_NAMES,
    SERVICE_METHODS,
    Order,
    OrderViolation,
    Recheck,
    ServiceRecord,
)
from inspector.errors import NotFoundError
from inspector.ids import utcnow, uuid7
from inspector.inspections.evidence_files import classify
from inspector.orders.errors import OrderError, OrderValidationError
from inspector.orders.lookup import live_order
from inspector.storage import Database, blobs

Source = Path | bytes
SIGNATURE_ROLES = ("inspector1", "inspector2", "recipient")
_IMAGE_MAGIC = {b"\x89PNG": "image/png", b"\xff\xd8\xff": "image/jpeg"}


@dataclass(frozen=True)
class _Stored:
    sha256: str
    size: int
    filename: str
    mime: str
    kind: str = ""  # judged from the content (photo / document); "" = the caller's kind


def _store(db: Database, source: Source, default_name: str) -> _Stored:
    if isinstance(source, bytes):
        sha = blobs.put_bytes(db.data_dir, source)
        head = source[:4]
        mime = next((m for magic, m in _IMAGE_MAGIC.items() if head.startswith(magic)), "")
        return _Stored(sha, len(source), default_name, mime)
    sha, size = blobs.put_file(db.data_dir, source)
    return _Stored(sha, size, source.name, mimetypes.guess_type(source.name)[0] or "")


def _store_photos(db: Database, sources: Sequence[Source], prefix: str) -> list[_Stored]:
    """Service or recheck photos: each must decode as an image (a PDF is kept as 材料).

    All are judged before any is stored, so one bad file stores nothing.
    """
    names = [f"{prefix}-{i + 1}" for i in range(len(sources))]
    found = [classify(src, name if isinstance(src, bytes) else src.name)
             for src, name in zip(sources, names, strict=True)]
    out = []
    for src, name, kind in zip(sources, names, found, strict=True):
        stored = _store(db, src, name)
        out.append(_Stored(stored.sha256, stored.size, stored.filename, kind.mime, kind.kind))
    return out


def _add_evidence(
    s: Session, stored: Sequence[_Stored], *, owner_kind: str, owner_id: str, kind: str,
    taken_at: datetime, note: str = "",
) -> list[str]:
    ids = []
    for item in stored:
        ev = Evidence(
            id=uuid7(), owner_kind=owner_kind, owner_id=owner_id, sha256=item.sha256,
            kind=item.kind or kind,
            size=item.size, mime=item.mime, filename=item.filename, taken_at=taken_at, note=note,
        )
        s.add(ev)
        ids.append(ev.id)
    return ids


def _order(s: Session, order_id: str, allowed: tuple[str, ...]) -> Order:
    order = live_order(s, order_id)
    if order.status not in allowed:
        raise OrderError(f"指令书 {order.number or '（草稿）'} 状态为 {order.status}，不能进行此操作。",
                         code="E_ORDER_STATE")
    return order


def _check_service(
    method: str, *, recipient_name: str, refused_to_sign: bool, receiver_on_behalf: str,
    receiver_on_behalf_relation: str, refusal_reason: str, has_evidence: bool,
) -> None:
    """The rules of a service record (DOMAIN §1.5), before anything is stored."""
    if method not in SERVICE_METHODS:
        raise OrderValidationError(f"送达方式必须是 {'、'.join(SERVICE_METHODS)} 之一。",
                                   code="E_SERVICE_METHOD")
    if method == "direct" and not recipient_name.strip() and not receiver_on_behalf.strip():
        raise OrderValidationError("直接送达须写明签收人或代收人姓名。", code="E_SERVICE_RECIPIENT")
    if receiver_on_behalf.strip() and not receiver_on_behalf_relation.strip():
        raise OrderValidationError("代收须写明代收人与受送达人的关系（代收理由）。",
                                   code="E_SERVICE_RECEIVER")
    if receiver_on_behalf.strip() and refused_to_sign:
        raise OrderValidationError("拒收时没有代收人，请二者择一。", code="E_SERVICE_RECEIVER")
    if refusal_reason.strip() and not refused_to_sign:
        raise OrderValidationError("只有拒收时才填写拒收事由。", code="E_SERVICE_REFUSED")
    if refused_to_sign and method != "left_at_premises":
        raise OrderValidationError("受送达人拒绝签收的，应以留置方式送达并拍照记录。",
                                   code="E_SERVICE_REFUSED")
    if method in METHODS_NEEDING_PHOTOS and not has_evidence:
        raise OrderValidationError(
            f"{SERVICE_METHOD_NAMES[method]}须附现场照片或录像作为证据。", code="E_SERVICE_EVIDENCE")


def serve_order(
    db: Database, order_id: str, *, method: str, recipient_name: str = "",
    recipient_position: str = "", place: str = "", served_at: datetime | None = None,
    refused_to_sign: bool = False, witness: str = "", evidence: Sequence[Source] = (),
    server_ids: Sequence[str] | None = None, note: str = "", receiver_on_behalf: str = "",
    receiver_on_behalf_relation: str = "", refusal_reason: str = "", actor: str = "",
) -> str:
    """Record a service of an issued order; returns the service record id.

    直接送达 needs the recipient (who signs the 签收 block) or a 代收人
    (`receiver_on_behalf`, with `receiver_on_behalf_relation`: who they are to the recipient).
    A refusal to sign (拒签) is recorded as 留置送达 with a witness or photos and
    the 拒收事由 in the inspector's words; 留置 and 张贴 need at least one photo
    (DOMAIN §1.5). A service after the order's deadline is allowed but marked
    `late` (see `late_service_warning`).
    """
    _check_service(method, recipient_name=recipient_name, refused_to_sign=refused_to_sign,
                   receiver_on_behalf=receiver_on_behalf,
                   receiver_on_behalf_relation=receiver_on_behalf_relation,
                   refusal_reason=refusal_reason, has_evidence=bool(evidence))
    at = served_at or utcnow()
    stored = _store_photos(db, evidence, "service")
    with db.uow() as s:
        order = _order(s, order_id, ("issued", "served"))
        rec = ServiceRecord(
            id=uuid7(), order_id=order_id, method=method, recipient_name=recipient_name.strip(),
            recipient_position=recipient_position.strip(), place=place.strip(), served_at=at,
            refused=refused_to_sign, witness=witness.strip(), note=note.strip(),
            receiver_on_behalf=receiver_on_behalf.strip(),
            receiver_on_behalf_relation=receiver_on_behalf_relation.strip(),
            refusal_reason=refusal_reason.strip(),
            late=local_date(at) > order.deadline,
            server_ids=orjson.dumps(list(server_ids) if server_ids is not None else
                                    [i for i in (order.inspector1_id, order.inspector2_id) if i]
                                    ).decode(),
        )
        s.add(rec)
        ev_ids = _add_evidence(s, stored, owner_kind="order_service", owner_id=rec.id,
                               kind="photo", taken_at=at)
        rec.evidence_ids = orjson.dumps(ev_ids).decode()
        if order.status == "issued":
            order.status = "served"
        if refused_to_sign:
            order.refused_to_sign = True
        elif method == "direct" and order.received_at is None:
            if receiver_on_behalf.strip():
                order.recipient_name = receiver_on_behalf.strip()
                order.recipient_position = f"代收（{receiver_on_behalf_relation.strip()}）"
            else:
                order.recipient_name = recipient_name.strip()
                order.recipient_position = recipient_position.strip()
            order.received_at = at
        record(s, "order.serve", "order", order_id,
               {"number": order.number, "method": method, "refused": refused_to_sign,
                "recipient": recipient_name, "receiver": receiver_on_behalf.strip(),
                "late": rec.late, "evidence": len(ev_ids)}, actor=actor)
        return rec.id


def late_service_warning(db: Database, service_id: str) -> str:
    """The warning to show for a service recorded after the order's deadline ('' if in time)."""
    with db.session() as s:
        rec = s.get(ServiceRecord, service_id)
        if rec is None:
            raise NotFoundError(f"没有编号为 {service_id} 的送达记录。", code="E_SERVICE_UNKNOWN")
        order = s.get(Order, rec.order_id)
        if not rec.late or order is None:
            return ""
        return (f"注意：本次送达晚于整改期限（{format_cn_date(order.deadline)}），"
                "已在送达回证上标注“逾期送达”；请考虑重新确定整改期限或更正指令书。")


def attach_signature(
    db: Database, order_id: str, role: str, source: Source, *, actor: str = ""
) -> str:
    """Store a captured signature image (PNG/JPEG) for `role`; replaces an earlier one."""
    if role not in SIGNATURE_ROLES:
        raise OrderValidationError(f"签名角色必须是 {'、'.join(SIGNATURE_ROLES)} 之一。",
                                   code="E_SIGNATURE_ROLE")
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    if not any(data.startswith(m) for m in _IMAGE_MAGIC):
        raise OrderValidationError("签名图像必须是 PNG 或 JPEG 文件。", code="E_SIGNATURE_FORMAT")
    stored = _store(db, data, f"signature-{role}")
    with db.uow() as s:
        _order(s, order_id, ("draft", "issued", "served", "closed"))
        for old in s.scalars(select(Evidence).where(
            Evidence.owner_kind == "order", Evidence.owner_id == order_id,
            Evidence.kind == "signature", Evidence.note == role, Evidence.tombstone.is_(False),
        )):
            old.tombstone = True
        (ev_id,) = _add_evidence(s, [stored], owner_kind="order", owner_id=order_id,
                                 kind="signature", taken_at=utcnow(), note=role)
        record(s, "order.signature", "order", order_id, {"role": role, "sha256": stored.sha256},
               actor=actor)
        return ev_id


def signature_images(db: Database, order_id: str) -> dict[str, bytes]:
    """role → image bytes of the current captured signatures (missing blobs are skipped)."""
    with db.session() as s:
        rows = s.execute(select(Evidence.note, Evidence.sha256).where(
            Evidence.owner_kind == "order", Evidence.owner_id == order_id,
            Evidence.kind == "signature", Evidence.tombstone.is_(False),
        )).all()
    out: dict[str, bytes] = {}
    for role, sha in rows:
        if blobs.has_blob(db.data_dir, sha):
            out[role] = blobs.read_bytes(db.data_dir, sha)
    return out


@dataclass(frozen=True)
class RecheckOutcome:
    recheck_id: str
    status: str
    escalation: str


def recheck_violation(
    db: Database, order_id: str, position: int, *, rectified: bool,
    checked_on: date | None = None, note: str = "", evidence: Sequence[Source] = (),
    inspector_ids: Sequence[str] | None = None, actor: str = "",
) -> RecheckOutcome:
    """Record the 复查 of violation `position`. All rectified closes the order; a
    violation past its deadline and not rectified marks the order for escalation."""
    when = checked_on or clock.today()
    stored = _store_photos(db, evidence, "recheck")
    with db.uow() as s:
        order = _order(s, order_id, ("issued", "served"))
        violations = list(s.scalars(select(OrderViolation).where(
            OrderViolation.order_id == order_id, OrderViolation.tombstone.is_(False))))
        target = next((v for v in violations if v.position == position), None)
        if target is None:
            raise NotFoundError(f"指令书 {order.number} 没有第 {position} 项。",
                                code="E_VIOLATION_UNKNOWN")
        if order.issue_date and when < order.issue_date:
            raise OrderValidationError("复查日期不能早于指令书出具日期。", code="E_RECHECK_DATE")
        rc = Recheck(
            id=uuid7(), order_id=order_id, violation_id=target.id, rectified=rectified,
            checked_on=when, note=note.strip(),
            inspector_ids=orjson.dumps(list(inspector_ids or [])).decode(),
        )
        s.add(rc)
        ev_ids = _add_evidence(s, stored, owner_kind="order_recheck", owner_id=rc.id,
                               kind="photo", taken_at=utcnow())
        rc.evidence_ids = orjson.dumps(ev_ids).decode()
        s.flush()
        latest = _latest_rechecks(s, order_id)
        record(s, "order.recheck", "order", order_id,
               {"number": order.number, "position": position, "rectified": rectified,
                "checked_on": when.isoformat()}, actor=actor)
        if all(v.id in latest and latest[v.id][0] for v in violations):
            order.status = "closed"
            order.closed_at = utcnow()
            record(s, "order.close", "order", order_id, {"number": order.number}, actor=actor)
        elif not order.escalation and any(
            v.id in latest and not latest[v.id][0] and latest[v.id][1] > v.deadline
            for v in violations
        ):
            order.escalation = "pending"
            order.escalated_at = utcnow()
            record(s, "order.escalation_pending", "order", order_id,
                   {"number": order.number}, actor=actor)
        return RecheckOutcome(rc.id, order.status, order.escalation)


def _latest_rechecks(s: Session, order_id: str) -> dict[str, tuple[bool, date]]:
    """violation id → (rectified, date) of its latest recheck."""
    out: dict[str, tuple[bool, date]] = {}
    rows = s.execute(
        select(Recheck.violation_id, Recheck.rectified, Recheck.checked_on)
        .where(Recheck.order_id == order_id, Recheck.tombstone.is_(False))
        .order_by(Recheck.checked_on, Recheck.id)
    )
    for vid, ok, when in rows:
        out[vid] = (bool(ok), when)
    return out


def escalate(db: Database, order_id: str, *, action: str, note: str = "", actor: str = "") -> None:
    """Record what follows an unrectified, overdue order: a decision, a penalty or a referral."""
    if action not in ESCALATIONS or action in ("", "pending"):
        raise OrderValidationError("后续处理必须是 decision（行政处理决定）、penalty（行政处罚）或 referral（移送）。",
                                   code="E_ESCALATION")
    with db.uow() as s:
        order = _order(s, order_id, ("issued", "served"))
        order.escalation = action
        order.escalation_note = note.strip()
        order.escalated_at = utcnow()
        record(s, "order.escalate", "order", order_id,
               {"number": order.number, "action": action, "note": note.strip()}, actor=actor)


def record_archive_receipt(
    db: Database, order_id: str, *, at: datetime | None = None, actor: str = ""
) -> None:
    """The office received the 存档联 (must happen within 2 days of issue)."""
    with db.uow() as s:
        order = _order(s, order_id, ("issued", "served", "closed", "revoked", "superseded"))
        if order.archive_received_at is not None:
            raise OrderError(f"指令书 {order.number} 的存档联已登记收到。", code="E_ARCHIVE_DONE")
        order.archive_received_at = at or utcnow()
        record(s, "order.archive", "order", order_id, {"number": order.number}, actor=actor)


@dataclass(frozen=True)
class ServiceOutcome:
    service_id: str
    warning: str  # '' when served in time (see `late_service_warning`)


def record_service(db: Database, order_id: str, **fields: Any) -> ServiceOutcome:
    """The service screen's action: `serve_order` (one transaction) and, for a service
    after the deadline, the warning to show."""
    sid = serve_order(db, order_id, **fields)
    return ServiceOutcome(sid, late_service_warning(db, sid))
