"""Issuing an order (final) and revoking one.

Issuing, in one unit of work: take the next number of this device's block, build
the canonical content from the draft (wording generated from article ids),
hash it, sign the QR payload with the device's Ed25519 key, freeze it all
(`inspector.orders.guard` refuses later changes) and, for a correction, mark the
order it replaces as superseded. Two writers racing for one number collide on
the unique index; the loser retries with the next serial.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

import orjson
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from inspector import identity
from inspector.audit import record
from inspector.config import load_authority
from inspector.documents.dates import local_date
from inspector.domain.orders import Order, OrderViolation
from inspector.domain.registry import Device, Employer, Inspector, Site
from inspector.errors import NotFoundError, ValidationError
from inspector.ids import utcnow
from inspector.inspections.arrears import Arrears
from inspector.orders import canonical, wage_wording, wording
from inspector.orders.errors import OrderError, OrderValidationError
from inspector.orders.lookup import live_order
from inspector.orders.numbers import take_number
from inspector.orders.qrpayload import make_payload
from inspector.storage import Database

_CREDIT = re.compile(r"^[0-9A-Z]{18}$")
RETRIES = 3


@dataclass(frozen=True)
class IssueResult:
    order_id: str
    number: str
    content_hash: str
    qr_payload: str


def _officer(s: Session, inspector_id: str | None) -> wording.Officer:
    person = s.get(Inspector, inspector_id) if inspector_id else None
    if person is None:
        raise OrderValidationError("指令书须由两名监察员签发，请先指定两名监察员。",
                                   code="E_TWO_INSPECTORS")
    if not person.credential_no.strip():
        raise OrderValidationError(f"监察员 {person.name} 没有执法证号。", code="E_CREDENTIAL")
    return wording.Officer(person.name, person.credential_no)


def violation_inputs(s: Session, order_id: str) -> list[wording.ViolationInput]:
    rows = s.scalars(
        select(OrderViolation)
        .where(OrderViolation.order_id == order_id, OrderViolation.tombstone.is_(False))
        .order_by(OrderViolation.position)
    )
    return [
        wording.ViolationInput(
            position=v.position, fact=v.fact, duty_articles=orjson.loads(v.duty_articles),
            penalty_articles=orjson.loads(v.penalty_articles), requirement=v.requirement,
            deadline=v.deadline,
        )
        for v in rows
    ]


def violation_arrears(s: Session, order_id: str) -> dict[int, Arrears]:
    """position → the wage arrears recorded on that violation (wage items only)."""
    rows = s.execute(
        select(OrderViolation.position, OrderViolation.penalty_articles,
               OrderViolation.arrears_workers, OrderViolation.arrears_fen,
               OrderViolation.arrears_list)
        .where(OrderViolation.order_id == order_id, OrderViolation.tombstone.is_(False))
    ).all()
    return wage_wording.order_arrears(
        [(pos, orjson.loads(pen), w, f, lst) for pos, pen, w, f, lst in rows])


def _draft(s: Session, order_id: str) -> Order:
    """The draft to issue: refused when there is none or it was issued already."""
    order = s.get(Order, order_id)
    if order is None or order.tombstone:
        raise NotFoundError(f"没有编号为 {order_id} 的指令书草稿。", code="E_ORDER_UNKNOWN")
    if order.status != "draft":
        raise OrderError(f"指令书 {order.number} 已出具。", code="E_ORDER_ISSUED")
    return order


def _issue_once(db: Database, order_id: str, issued_at: datetime, actor: str) -> IssueResult:
    device_id = db.device_id
    if device_id is None:
        raise ValidationError("数据库尚未初始化，请先运行 inspector init。", code="E_NOT_INITIALIZED")
    key = identity.load_key(db)
    with db.uow() as s:
        order = _draft(s, order_id)
        device = s.get(Device, device_id)
        if device is None or device.key_id != key.key_id:
            raise OrderError("本机密钥与设备登记的公钥不符，不能签发指令书。", code="E_KEY_MISMATCH")
        issue_date = local_date(issued_at)
        violations, officers, employer, old = _checked(s, order, issue_date)
        settings = load_authority(s)
        use = take_number(s, device_id=device_id, year=issue_date.year, settings=settings,
                          order_id=order.id, at=issued_at)
        site = s.get(Site, order.site_id) if order.site_id else None
        content = wording.build_content(
            settings=settings, order_id=order.id, number=use.number, title=order.title,
            issue_date=issue_date,
            addressee=wording.Party(employer.name, employer.credit_code, employer.legal_rep,
                                    employer.address),
            site_name=site.name if site else None, site_address=site.address if site else "",
            violations=violations, inspectors=officers,
            supersedes_number=old.number if old is not None else None,
        )
        content = wage_wording.finish(content, violations, violation_arrears(s, order_id),
                                      settings)
        text = canonical.canonical_bytes(content).decode("utf-8")
        digest = canonical.hash_of_text(text)
        deadline = max(v.deadline for v in violations)
        payload = make_payload(number=use.number, credit_code=employer.credit_code,
                               deadline=deadline, content_hash=digest, key_id=key.key_id,
                               sign=key.sign)
        order.number = use.number
        order.status = "issued"
        order.deadline = deadline
        order.issue_date = issue_date
        order.issued_at = issued_at
        order.issued_device_id = device_id
        order.content = text
        order.content_hash = digest
        order.key_id = key.key_id
        order.signature = payload.encode().rsplit("|", 1)[1]
        order.qr_payload = payload.encode()
        if old is not None:
            old.status = "superseded"
            record(s, "order.superseded", "order", old.id,
                   {"number": old.number, "by": use.number}, actor=actor)
        record(s, "order.issue", "order", order.id,
               {"number": use.number, "content_hash": digest, "key_id": key.key_id},
               actor=actor)
        return IssueResult(order.id, use.number, digest, order.qr_payload)


_Checked = tuple[list[wording.ViolationInput], tuple[wording.Officer, wording.Officer], Employer,
                 Order | None]


def _checked(s: Session, order: Order, issue_date: date) -> _Checked:
    """Every rule a draft must meet to be issued on `issue_date`; raises the first broken one."""
    violations = violation_inputs(s, order.id)
    if not violations:
        raise OrderValidationError("指令书没有违法事项。", code="E_NO_VIOLATIONS")
    if order.inspector1_id == order.inspector2_id:
        raise OrderValidationError("指令书须由两名不同的监察员签发。", code="E_TWO_INSPECTORS")
    officers = (_officer(s, order.inspector1_id), _officer(s, order.inspector2_id))
    employer = s.get(Employer, order.employer_id)
    if employer is None:
        raise NotFoundError("被指令单位不存在。", code="E_EMPLOYER_NOT_FOUND")
    if not _CREDIT.match(employer.credit_code or ""):
        raise OrderValidationError(
            f"被指令单位“{employer.name}”的统一社会信用代码不正确：{employer.credit_code}",
            code="E_CREDIT_CODE")
    late = [v.position for v in violations if v.deadline < issue_date]
    if late:
        raise OrderValidationError(
            f"第{'、'.join(map(str, late))}项的整改期限早于出具日期，请先修改期限。",
            code="E_DEADLINE_PAST")
    old = s.get(Order, order.supersedes_id) if order.supersedes_id else None
    if old is not None and old.status not in ("issued", "served"):
        raise OrderError(f"被替代的指令书 {old.number} 状态为 {old.status}，不能再被替代。",
                         code="E_ORDER_STATE")
    return violations, officers, employer, old


def check_issuable(db: Database, order_id: str, *, issued_at: datetime | None = None) -> None:
    """Raise what `issue_order` would refuse, without taking a number or writing anything.

    The UI asks this before its "确定出具吗？" question, so a draft that cannot be
    issued is explained first instead of after the user has confirmed.
    """
    with db.session() as s:
        order = _draft(s, order_id)
        _checked(s, order, local_date(issued_at or utcnow()))


def issue_order(
    db: Database, order_id: str, *, issued_at: datetime | None = None, actor: str = ""
) -> IssueResult:
    """Issue a draft (final). `issued_at` is UTC; default now."""
    at = issued_at or utcnow()
    for attempt in range(RETRIES):
        try:
            return _issue_once(db, order_id, at, actor)
        except IntegrityError:
            # Another writer took the same serial between our read and our commit.
            if attempt == RETRIES - 1:
                raise
    raise AssertionError("unreachable")


def revoke_order(db: Database, order_id: str, *, reason: str, actor: str = "") -> None:
    """Revoke an issued order, with the reason; its number stays used forever."""
    if not reason.strip():
        raise OrderValidationError("撤销指令书须写明原因。", code="E_REASON_REQUIRED")
    with db.uow() as s:
        order = live_order(s, order_id)
        if order.status not in ("issued", "served"):
            raise OrderError(f"指令书状态为 {order.status}，不能撤销。", code="E_ORDER_STATE")
        order.status = "revoked"
        order.revoked_at = utcnow()
        order.revoke_reason = reason.strip()
        record(s, "order.revoke", "order", order_id,
               {"number": order.number, "reason": reason.strip()}, actor=actor)
