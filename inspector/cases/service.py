"""Create and change wage-arrears cases.

Writes take a session inside the caller's unit of work (`with db.uow() as s:`)
so an import can save many cases in one transaction; every change leaves an
audit event in the same transaction. Inputs are plain dataclasses.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspector import clock
from inspector.audit import record
from inspector.cases import idcard
from inspector.cases.clocks import EXTENSION_WORKING_DAYS
from inspector.cases.field_rights import case_worker_paid, payment_marks
from inspector.domain.cases import (
    CASE_STATUS_LABELS,
    CASE_TRANSITIONS,
    CHAIN_ROLES,
    FILED_STATUSES,
    MIN_CASE_INSPECTORS,
    REFERRAL_TARGETS,
    SOURCES,
    ArrearsWorker,
    Campaign,
    CaseInspector,
    CaseLink,
    CaseParty,
    CasePayment,
    CaseReferral,
    CaseStep,
    CaseWorker,
    WageCase,
)
from inspector.domain.inspections import Inspection
from inspector.domain.orders import Order
from inspector.domain.registry import Inspector, Site
from inspector.errors import NotFoundError, ValidationError
from inspector.registry.credit_code import validate as validate_credit_code
from inspector.registry.service import EmployerInput, upsert_employer

PERSON_ROLES = {"legal_rep": "法定代表人/主要负责人", "manager": "直接负责的主管人员",
                "responsible": "其他直接责任人员"}
PARTY_ROLES = {**CHAIN_ROLES, **PERSON_ROLES}
# A reason is required where an appeal or a review reads first: the final steps.
_REASON_REQUIRED = ("rejected", "transferred", "withdrawn", "closed")


@dataclass
class WorkerInput:
    name: str
    id_number: str
    phone: str = ""
    months_owed: int = 0
    amount_owed_fen: int = 0


@dataclass
class PartyInput:
    role: str
    name: str
    credit_code: str = ""
    id_number: str = ""
    position: str = ""
    phone: str = ""


@dataclass
class CaseInput:
    source: str
    received_on: date
    source_ref: str = ""
    summary: str = ""
    complainant: str = ""
    complainant_phone: str = ""
    employer: EmployerInput | None = None
    employer_name: str = ""  # when the complaint names a unit without its credit code
    site_code: str = ""
    area: str = ""
    campaign_code: str = ""
    declared_workers: int | None = None
    violation_on: date | None = None
    mass_incident: bool = False
    incident_note: str = ""
    duty_unit: str = ""
    duty_leader: str = ""
    duty_person: str = ""
    measures: str = ""
    complete_by: date | None = None
    parties: list[PartyInput] = field(default_factory=list)
    workers: list[WorkerInput] = field(default_factory=list)


def get_case(s: Session, case_id: str) -> WageCase:
    case = s.get(WageCase, case_id)
    if case is None or case.tombstone:
        case = s.scalar(select(WageCase).where(WageCase.case_no == case_id,
                                               WageCase.tombstone.is_(False)))
    if case is None:
        raise NotFoundError(f"找不到案件：{case_id}", code="E_CASE_NOT_FOUND")
    return case


def _next_case_no(s: Session, year: int) -> str:
    prefix = f"QX{year}-"
    last = s.scalar(select(func.max(WageCase.case_no)).where(WageCase.case_no.like(prefix + "%")))
    n = int(last[len(prefix):]) + 1 if last else 1
    return f"{prefix}{n:05d}"


def _check(data: CaseInput) -> None:
    if data.source not in SOURCES:
        raise ValidationError(f"未知的案件来源：{data.source}", code="E_CASE_SOURCE")
    if data.received_on > clock.today():
        raise ValidationError("收到日期不能晚于今天。", code="E_CASE_DATE")
    if data.declared_workers is not None and data.declared_workers < 0:
        raise ValidationError("涉及人数不能为负数。", code="E_NEGATIVE")
    seen: set[str] = set()
    for w in data.workers:
        if not w.name.strip():
            raise ValidationError("劳动者姓名不能为空。", code="E_WORKER_NAME")
        n = idcard.validate(w.id_number)
        if n in seen:
            raise ValidationError(f"同一案件中身份证号重复（{idcard.mask(n)}）。",
                                  code="E_WORKER_DUPLICATE")
        seen.add(n)
        if w.months_owed < 0 or w.amount_owed_fen < 0:
            raise ValidationError("拖欠月数和金额不能为负数。", code="E_NEGATIVE")
    for p in data.parties:
        if p.role not in PARTY_ROLES:
            raise ValidationError(f"未知的当事人角色：{p.role}", code="E_PARTY_ROLE")
        if not p.name.strip():
            raise ValidationError(f"{PARTY_ROLES[p.role]}名称不能为空。", code="E_PARTY_NAME")


def save_worker(s: Session, w: WorkerInput) -> str:
    """The ledger person with this ID number (created, or name/phone refreshed)."""
    number = idcard.validate(w.id_number)
    person = s.scalar(select(ArrearsWorker).where(ArrearsWorker.id_number == number))
    if person is None:
        person = ArrearsWorker(id_number=number, name=w.name.strip(), phone=w.phone.strip())
        s.add(person)
        s.flush()
    else:
        if w.name.strip() and person.name != w.name.strip():
            person.name = w.name.strip()
        if w.phone.strip() and person.phone != w.phone.strip():
            person.phone = w.phone.strip()
    return person.id


def campaign_id(s: Session, code: str) -> str | None:
    if not code.strip():
        return None
    cid = s.scalar(select(Campaign.id).where(Campaign.code == code.strip(),
                                             Campaign.tombstone.is_(False)))
    if cid is None:
        raise NotFoundError(f"找不到专项行动：{code}", code="E_CAMPAIGN_NOT_FOUND")
    return cid


def save_case(s: Session, data: CaseInput) -> tuple[str, str]:
    """Insert or update the case of this (source, source reference); returns
    (id, "created"|"updated"|"unchanged"). Workers and parties named in `data` are
    added or updated; ones not named are kept (an import lists what it knows)."""
    _check(data)
    employer_id = None
    employer_name = data.employer_name.strip()
    if data.employer is not None:
        employer_id = upsert_employer(s, data.employer)[0]
        employer_name = data.employer.name.strip()
    site_id = None
    area = data.area.strip()
    if data.site_code.strip():
        site = s.scalar(select(Site).where(Site.code == data.site_code.strip()))
        if site is None:
            raise NotFoundError(f"找不到项目编号为“{data.site_code}”的工程项目。",
                                code="E_SITE_NOT_FOUND")
        site_id, area = site.id, area or site.township
    values = {
        "received_on": data.received_on, "summary": data.summary.strip(),
        "complainant": data.complainant.strip(),
        "complainant_phone": data.complainant_phone.strip(),
        "employer_id": employer_id, "employer_name": employer_name, "site_id": site_id,
        "area": area, "campaign_id": campaign_id(s, data.campaign_code),
        "declared_workers": data.declared_workers, "violation_on": data.violation_on,
        "mass_incident": data.mass_incident, "incident_note": data.incident_note.strip(),
        "duty_unit": data.duty_unit.strip(), "duty_leader": data.duty_leader.strip(),
        "duty_person": data.duty_person.strip(), "measures": data.measures.strip(),
        "complete_by": data.complete_by,
    }
    ref = data.source_ref.strip()
    case = None
    if ref:
        case = s.scalar(select(WageCase).where(WageCase.source == data.source,
                                               WageCase.source_ref == ref))
    if case is None:
        case_no = _next_case_no(s, data.received_on.year)
        case = WageCase(case_no=case_no, source=data.source, source_ref=ref or case_no,
                        status="registered", **values)
        s.add(case)
        s.flush()
        outcome = "created"
        record(s, "case.create", "wage_case", case.id, {"case_no": case_no,
                                                         "source": data.source})
    else:
        changed = {k: v for k, v in values.items() if getattr(case, k) != v}
        for k, v in changed.items():
            setattr(case, k, v)
        outcome = "updated" if changed else "unchanged"
        if changed:
            s.flush()
            record(s, "case.update", "wage_case", case.id, {"fields": sorted(changed)})
    if _save_workers(s, case.id, data.workers) | _save_parties(s, case.id, data.parties):
        outcome = "updated" if outcome == "unchanged" else outcome
    return case.id, outcome


def _save_workers(s: Session, case_id: str, workers: list[WorkerInput]) -> bool:
    changed = False
    for w in workers:
        worker_id = save_worker(s, w)
        cw = s.scalar(select(CaseWorker).where(CaseWorker.case_id == case_id,
                                               CaseWorker.worker_id == worker_id))
        if cw is None:
            s.add(CaseWorker(case_id=case_id, worker_id=worker_id, months_owed=w.months_owed,
                             amount_owed_fen=w.amount_owed_fen))
            changed = True
        elif cw.tombstone or (cw.months_owed, cw.amount_owed_fen) != (w.months_owed,
                                                                      w.amount_owed_fen):
            # A worker removed from the case (`removals`) and named again comes back on
            # the same row: the (case, worker) pair is unique.
            cw.months_owed, cw.amount_owed_fen = w.months_owed, w.amount_owed_fen
            cw.tombstone = False
            changed = True
    s.flush()
    return changed


def _save_parties(s: Session, case_id: str, parties: list[PartyInput]) -> bool:
    changed = False
    for p in parties:
        code = validate_credit_code(p.credit_code) if p.credit_code.strip() else ""
        number = idcard.validate(p.id_number) if p.id_number.strip() else ""
        row = s.scalar(select(CaseParty).where(CaseParty.case_id == case_id,
                                               CaseParty.role == p.role,
                                               CaseParty.name == p.name.strip()))
        values = {"credit_code": code, "id_number": number, "position": p.position.strip(),
                  "phone": p.phone.strip()}
        if row is None:
            s.add(CaseParty(case_id=case_id, role=p.role, name=p.name.strip(), **values))
            changed = True
        else:
            if row.tombstone:  # removed from the case, named again
                row.tombstone, changed = False, True
            for k, v in values.items():
                if v and getattr(row, k) != v:
                    setattr(row, k, v)
                    changed = True
    s.flush()
    return changed


def assign_inspectors(s: Session, case_id: str, inspector_ids: list[str]) -> None:
    """Add inspectors to the case (ids or 执法证号)."""
    case = get_case(s, case_id)
    known = set(s.scalars(select(CaseInspector.inspector_id)
                          .where(CaseInspector.case_id == case.id,
                                 CaseInspector.tombstone.is_(False))))
    for ref in inspector_ids:
        ins = s.get(Inspector, ref) or s.scalar(select(Inspector)
                                                .where(Inspector.credential_no == ref))
        if ins is None or ins.tombstone or not ins.active:
            raise NotFoundError(f"找不到在岗的监察员：{ref}", code="E_INSPECTOR_NOT_FOUND")
        if ins.id not in known:
            s.add(CaseInspector(case_id=case.id, inspector_id=ins.id))
            known.add(ins.id)
    s.flush()
    record(s, "case.assign", "wage_case", case.id, {"inspectors": sorted(known)})


def change_status(s: Session, case_id: str, to: str, *, reason: str = "",
                  on: date | None = None) -> str:
    """Move the case one step; refuses a step the workflow does not allow."""
    case = get_case(s, case_id)
    on = on or clock.today()
    if to not in CASE_TRANSITIONS:
        raise ValidationError(f"未知的案件状态：{to}", code="E_CASE_STATUS")
    if to not in CASE_TRANSITIONS[case.status]:
        allowed = "、".join(CASE_STATUS_LABELS[x] for x in CASE_TRANSITIONS[case.status]) or "无"
        raise ValidationError(
            f"案件当前为“{CASE_STATUS_LABELS[case.status]}”，不能转为“{CASE_STATUS_LABELS[to]}”"
            f"（可转为：{allowed}）。", code="E_CASE_TRANSITION")
    if to in _REASON_REQUIRED and not reason.strip():
        raise ValidationError(f"转为“{CASE_STATUS_LABELS[to]}”须写明理由。",
                              code="E_CASE_REASON")
    if on < case.received_on or on > clock.today():
        raise ValidationError("日期须在收到日期与今天之间。", code="E_CASE_DATE")
    if to == "filed":
        n = s.scalar(select(func.count()).select_from(CaseInspector)
                     .where(CaseInspector.case_id == case.id,
                            CaseInspector.tombstone.is_(False))) or 0
        if n < MIN_CASE_INSPECTORS:
            raise ValidationError(
                f"立案须指派至少 {MIN_CASE_INSPECTORS} 名监察员（劳动保障监察条例第十六条），"
                f"当前 {n} 名。", code="E_CASE_INSPECTORS")
    if to in ("accepted", "rejected"):
        case.accepted_on = on
    elif to == "filed":
        case.filed_on = on
    if to in ("closed", "withdrawn", "transferred", "rejected"):
        case.closed_on = on
        case.closing_reason = reason.strip()
    s.add(CaseStep(case_id=case.id, from_status=case.status, to_status=to, step_on=on,
                   reason=reason.strip()))
    before, case.status = case.status, to
    s.flush()
    record(s, "case.status", "wage_case", case.id, {"from": before, "to": to,
                                                     "on": on.isoformat()})
    return to


def extend_investigation(s: Session, case_id: str, *, approved_by: str) -> None:
    """延长30个工作日 (条例第十七条): once, with the approving head named."""
    case = get_case(s, case_id)
    if case.status not in FILED_STATUSES:
        raise ValidationError("只有已立案、未结案的案件可以延长调查期限。", code="E_CASE_EXTEND")
    if case.extension_days:
        raise ValidationError("调查期限已经延长过一次。", code="E_CASE_EXTEND")
    if not approved_by.strip():
        raise ValidationError("延长调查期限须写明批准的负责人。", code="E_CASE_EXTEND")
    case.extension_days, case.extension_approved_by = EXTENSION_WORKING_DAYS, approved_by.strip()
    s.flush()
    record(s, "case.extend", "wage_case", case.id, {"approved_by": approved_by.strip()})


def add_payment(s: Session, case_id: str, *, amount_fen: int, paid_on: date,
                worker_id_number: str = "", note: str = "") -> str:
    """Record wages recovered (`worker_id_number`: the worker paid); on a laptop, seen on site."""
    case = get_case(s, case_id)
    if amount_fen <= 0:
        raise ValidationError("支付金额必须大于0。", code="E_PAYMENT_AMOUNT")
    if paid_on > clock.today() or paid_on < case.received_on:
        raise ValidationError("支付日期须在收到日期与今天之间。", code="E_PAYMENT_DATE")
    cw_id = case_worker_paid(s, case.id, worker_id_number) if worker_id_number.strip() else None
    pay = CasePayment(case_id=case.id, case_worker_id=cw_id, paid_on=paid_on,
                      amount_fen=amount_fen, note=note.strip(), **payment_marks(s))
    s.add(pay)
    s.flush()
    record(s, "case.payment", "wage_case", case.id, {"amount_fen": amount_fen,
                                                      "paid_on": paid_on.isoformat()})
    return pay.id


def refer(s: Session, case_id: str, *, target: str, referred_on: date, number: str = "",
          receiving_body: str = "", outcome: str = "") -> str:
    case = get_case(s, case_id)
    if target not in REFERRAL_TARGETS:
        raise ValidationError("移送对象应为 police（公安机关）或 court（人民法院）。",
                              code="E_REFERRAL_TARGET")
    if referred_on > clock.today() or referred_on < case.received_on:
        raise ValidationError("移送日期须在收到日期与今天之间。", code="E_CASE_DATE")
    row = CaseReferral(case_id=case.id, target=target, referred_on=referred_on,
                       number=number.strip(),
                       receiving_body=receiving_body.strip() or REFERRAL_TARGETS[target],
                       outcome=outcome.strip())
    s.add(row)
    s.flush()
    record(s, "case.refer", "wage_case", case.id, {"target": target, "number": number})
    return row.id


def link(s: Session, case_id: str, *, inspection_id: str | None = None,
         order_id: str | None = None, orders_payment: bool = False) -> str:
    """Attach an inspection or an order; `orders_payment` marks a 责令限期支付 order."""
    case = get_case(s, case_id)
    if (inspection_id is None) == (order_id is None):
        raise ValidationError("须且只能关联一项：检查或指令书。", code="E_CASE_LINK")
    if inspection_id is not None and s.get(Inspection, inspection_id) is None:
        raise NotFoundError(f"找不到检查：{inspection_id}", code="E_INSPECTION_NOT_FOUND")
    if order_id is not None:
        order = s.get(Order, order_id) or s.scalar(select(Order).where(Order.number == order_id))
        if order is None:
            raise NotFoundError(f"找不到指令书：{order_id}", code="E_ORDER_NOT_FOUND")
        order_id = order.id
    row = CaseLink(case_id=case.id, inspection_id=inspection_id, order_id=order_id,
                   orders_payment=orders_payment and order_id is not None)
    s.add(row)
    s.flush()
    record(s, "case.link", "wage_case", case.id, {"inspection": inspection_id,
                                                   "order": order_id})
    return row.id
