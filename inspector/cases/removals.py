"""Taking a worker or a party off a case: a tombstone with its reason in the audit log.

A worker entered on the wrong case, or a party the complaint named wrongly, is
removed rather than deleted: the row is tombstoned (the laptops holding the case
learn of it by the next assignment bundle) and the audit event keeps who, when and
why. A worker with payments recorded stays: the payments would lose the person
they were paid to and the case's recovered total would no longer add up, so the
payment has to be dealt with first. Rights are the one table's (`inspector.rights`):
case workers and parties are the office's alone, and the flush guard refuses a
field device's tombstone as it refuses any other write of theirs.

Writes take a session inside the caller's unit of work, as in `inspector.cases.service`.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspector.audit import record
from inspector.cases.service import PARTY_ROLES, get_case
from inspector.domain.cases import ArrearsWorker, CaseParty, CasePayment, CaseWorker
from inspector.errors import NotFoundError, ValidationError
from inspector.inspections.arrears import format_yuan


def _reason(text: str, what: str) -> str:
    reason = text.strip()
    if not reason:
        raise ValidationError(f"移出{what}须写明理由。", code="E_REMOVE_REASON")
    return reason


def remove_worker(s: Session, case_ref: str, case_worker_id: str, *, reason: str) -> None:
    """Take one worker's claim (their case row) off the case; refused while payments to
    them are recorded, confirmed or reported from the field."""
    case = get_case(s, case_ref)
    why = _reason(reason, "劳动者")
    found = s.execute(select(CaseWorker, ArrearsWorker.name)
                      .join(ArrearsWorker, ArrearsWorker.id == CaseWorker.worker_id)
                      .where(CaseWorker.id == case_worker_id, CaseWorker.case_id == case.id,
                             CaseWorker.tombstone.is_(False))).first()
    if found is None:
        raise NotFoundError("本案没有这名劳动者。", code="E_WORKER_NOT_FOUND")
    cw, name = found
    count, total = s.execute(select(func.count(), func.coalesce(func.sum(CasePayment.amount_fen), 0))
                             .where(CasePayment.case_worker_id == cw.id,
                                    CasePayment.tombstone.is_(False))).one()
    if count:
        raise ValidationError(
            f"劳动者 {name} 已有支付记录 {count} 笔（合计 {format_yuan(int(total))}），"
            "不能移出本案；如支付登记有误，请先更正支付记录。", code="E_WORKER_PAID")
    cw.tombstone = True
    s.flush()
    record(s, "case.worker_remove", "wage_case", case.id,
           {"case_worker": cw.id, "worker": cw.worker_id, "amount_owed_fen": cw.amount_owed_fen,
            "reason": why})


def remove_party(s: Session, case_ref: str, party_id: str, *, reason: str) -> None:
    """Take one party (a link of the chain or a responsible person) off the case."""
    case = get_case(s, case_ref)
    why = _reason(reason, "当事人")
    party = s.get(CaseParty, party_id)
    if party is None or party.case_id != case.id or party.tombstone:
        raise NotFoundError("本案没有这名当事人。", code="E_PARTY_NOT_FOUND")
    party.tombstone = True
    s.flush()
    record(s, "case.party_remove", "wage_case", case.id,
           {"party": party.id, "role": party.role, "role_label": PARTY_ROLES[party.role],
            "name": party.name, "reason": why})
