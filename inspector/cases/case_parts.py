"""The lists one case's detail is made of (`inspector.cases.queries.case_detail`), as plain
values: payments, the people of the case, what was done on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector.cases.service import PARTY_ROLES
from inspector.domain.cases import (
    REFERRAL_TARGETS,
    ArrearsWorker,
    CaseInspector,
    CaseLink,
    CaseNote,
    CaseParty,
    CasePayment,
    CaseReferral,
    CaseStep,
    CaseWorker,
)
from inspector.domain.registry import Inspector


def payments_of(s: Session, case_id: str) -> tuple[list[dict[str, Any]], dict[str | None, int]]:
    """The case's payments in date order, and what the confirmed ones paid each worker."""
    paid_by: dict[str | None, int] = {}
    payments = []
    for p in s.scalars(select(CasePayment).where(CasePayment.case_id == case_id,
                                                 CasePayment.tombstone.is_(False))
                       .order_by(CasePayment.paid_on)):
        if p.confirmed:  # a payment seen on site counts once the office confirms it
            paid_by[p.case_worker_id] = paid_by.get(p.case_worker_id, 0) + p.amount_fen
        payments.append({"id": p.id, "paid_on": p.paid_on, "amount_fen": p.amount_fen,
                         "worker": p.case_worker_id, "note": p.note,
                         "confirmed": p.confirmed, "reported_by_field": bool(
                             p.reported_device_id)})
    return payments, paid_by


def people_of(s: Session, case_id: str, paid_by: dict[str | None, int],
            shown: Callable[[str], str]) -> dict[str, list[dict[str, Any]]]:
    """The case's workers (with what each was paid), parties and inspectors."""
    workers = [{"case_worker_id": cw.id, "name": w.name, "id_number": shown(w.id_number),
                "phone": w.phone, "months_owed": cw.months_owed,
                "amount_owed_fen": cw.amount_owed_fen,
                "paid_fen": paid_by.get(cw.id, 0)}
               for cw, w in s.execute(select(CaseWorker, ArrearsWorker)
                                      .join(ArrearsWorker,
                                            ArrearsWorker.id == CaseWorker.worker_id)
                                      .where(CaseWorker.case_id == case_id,
                                             CaseWorker.tombstone.is_(False))
                                      .order_by(ArrearsWorker.name))]
    parties = [{"id": p.id, "role": p.role, "role_label": PARTY_ROLES[p.role], "name": p.name,
                "credit_code": p.credit_code,
                "id_number": shown(p.id_number) if p.id_number else "",
                "position": p.position}
               for p in s.scalars(select(CaseParty).where(CaseParty.case_id == case_id,
                                                          CaseParty.tombstone.is_(False)))]
    inspectors = [{"name": i.name, "credential_no": i.credential_no}
                  for i in s.scalars(select(Inspector).join(
                      CaseInspector, CaseInspector.inspector_id == Inspector.id)
                      .where(CaseInspector.case_id == case_id,
                             CaseInspector.tombstone.is_(False)))]
    return {"workers": workers, "parties": parties, "inspectors": inspectors}


def history_of(s: Session, case_id: str) -> dict[str, list[dict[str, Any]]]:
    """What was done on the case: its steps, referrals, links and notes."""
    steps = [{"from": st.from_status, "to": st.to_status, "on": st.step_on,
              "reason": st.reason}
             for st in s.scalars(select(CaseStep).where(CaseStep.case_id == case_id)
                                 .order_by(CaseStep.step_on, CaseStep.change_seq))]
    referrals = [{"target": r.target, "target_label": REFERRAL_TARGETS[r.target],
                  "referred_on": r.referred_on, "number": r.number,
                  "receiving_body": r.receiving_body, "outcome": r.outcome}
                 for r in s.scalars(select(CaseReferral).where(CaseReferral.case_id == case_id,
                                                               CaseReferral.tombstone.is_(False)))]
    links = [{"inspection_id": lk.inspection_id, "order_id": lk.order_id,
              "orders_payment": lk.orders_payment}
             for lk in s.scalars(select(CaseLink).where(CaseLink.case_id == case_id,
                                                        CaseLink.tombstone.is_(False)))]
    notes = [{"id": n.id, "written_on": n.written_on, "text": n.text}
             for n in s.scalars(select(CaseNote).where(CaseNote.case_id == case_id,
                                                       CaseNote.tombstone.is_(False))
                                .order_by(CaseNote.written_on, CaseNote.change_seq))]
    return {"steps": steps, "referrals": referrals, "links": links, "notes": notes}
