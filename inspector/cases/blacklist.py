"""失信联合惩戒对象 candidates (人社部令第45号) and the draft notice to the party.

Listing conditions (第五条): the employer was ordered by the labour-security
department to pay by a deadline and did not, and either (一) the amount reaches
the province's 拒不支付劳动报酬罪 threshold or (二) the arrears caused a mass or
extreme incident with a serious bad social effect. Both are checked from the
case's own records (`thresholds.assess`). The record carries the fields DOMAIN
§5 asks for; ID numbers of responsible persons are masked unless the caller
may reveal them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspector import clock
from inspector.cases import idcard
from inspector.cases.service import PERSON_ROLES, get_case
from inspector.cases.thresholds import assess, listing_dates
from inspector.config import load_authority
from inspector.domain.cases import CaseParty, CasePayment, CaseWorker
from inspector.domain.registry import Employer, Site


@dataclass
class Person:
    role: str
    name: str
    id_number: str  # masked unless revealed
    position: str


@dataclass
class Candidate:
    case_no: str
    eligible: bool
    reasons: list[str]
    missing: list[str]
    unit_name: str
    credit_code: str
    address: str
    persons: list[Person]
    project: str
    workers: int
    outstanding_fen: int
    order_numbers: list[str]
    listed_on: date
    term_end: date
    earliest_removal: date | None
    notice: str = ""
    notes: list[str] = field(default_factory=list)


def _fully_paid_on(s: Session, case_id: str, owed: int) -> date | None:
    running = 0
    for paid_on, amount in s.execute(select(CasePayment.paid_on, CasePayment.amount_fen)
                                     .where(CasePayment.case_id == case_id,
                                            CasePayment.tombstone.is_(False), CasePayment.confirmed.is_(True))
                                     .order_by(CasePayment.paid_on)):
        running += amount
        if owed and running >= owed:
            return paid_on
    return None


def candidate(s: Session, case_ref: str, *, reveal: bool = False,
              listed_on: date | None = None) -> Candidate:
    case = get_case(s, case_ref)
    a = assess(s, case.id, mass_incident=case.mass_incident)
    emp = s.get(Employer, case.employer_id) if case.employer_id else None
    site = s.get(Site, case.site_id) if case.site_id else None
    persons = [Person(PERSON_ROLES[p.role], p.name,
                      p.id_number if reveal else idcard.mask(p.id_number), p.position)
               for p in s.scalars(select(CaseParty).where(CaseParty.case_id == case.id,
                                                          CaseParty.role.in_(PERSON_ROLES),
                                                          CaseParty.tombstone.is_(False)))]
    eligible = a.order_unpaid and (a.threshold_reached or case.mass_incident)
    missing = []
    if emp is None:
        missing.append("用人单位统一社会信用代码")
    if not any(p.role == PERSON_ROLES["legal_rep"] for p in persons) and not (emp and emp.legal_rep):
        missing.append("法定代表人或主要负责人")
    if any(not p.id_number for p in persons):
        missing.append("责任人员身份证号")
    if case.mass_incident and not case.incident_note:
        missing.append("群体性/极端事件及影响的说明")
    listed = listed_on or clock.today()
    term_end, earliest = listing_dates(listed, _fully_paid_on(s, case.id, a.owed_fen))
    workers = s.scalar(select(func.count()).select_from(CaseWorker)
                       .where(CaseWorker.case_id == case.id,
                              CaseWorker.tombstone.is_(False))) or 0
    c = Candidate(
        case_no=case.case_no, eligible=eligible, reasons=a.reasons, missing=missing,
        unit_name=emp.name if emp else case.employer_name,
        credit_code=emp.credit_code if emp else "", address=emp.address if emp else "",
        persons=persons, project=site.name if site else "", workers=workers,
        outstanding_fen=a.outstanding_fen, order_numbers=a.order_numbers,
        listed_on=listed, term_end=term_end, earliest_removal=earliest,
    )
    if not eligible:
        c.notes.append("不符合列入条件：须经责令限期支付逾期未支付，且达到数额标准或引发群体性、"
                       "极端事件。")
    if not a.order_unpaid:
        c.notes.append("本案没有已逾期的责令限期支付指令书（请在案件中关联并标记）。")
    c.notice = draft_notice(s, c)
    return c


def draft_notice(s: Session, c: Candidate) -> str:
    """拟列入失信联合惩戒对象名单告知书 — a draft; the office's legal section settles
    the wording [记忆·未核实: 陈述申辩期限 and the steps after it]."""
    authority = load_authority(s)
    office = authority.authority_name
    people = "；".join(f"{p.role} {p.name}" for p in c.persons) or "（待补充）"
    orders = "、".join(n for n in c.order_numbers if n) or "（指令书文号）"
    reasons = "；".join(c.reasons) or "（列入事由）"
    return "\n".join([
        f"{office}",
        "拟列入拖欠农民工工资失信联合惩戒对象名单告知书（草稿）",
        "",
        f"{c.unit_name}（统一社会信用代码：{c.credit_code or '____'}）：",
        f"    你单位{('在“' + c.project + '”项目中') if c.project else ''}拖欠 {c.workers} 名"
        f"农民工工资共计 {c.outstanding_fen / 100:.2f} 元，经我局以 {orders} 责令限期支付，"
        f"逾期仍未支付。事由：{reasons}。",
        "    依据《保障农民工工资支付条例》第四十八条和《拖欠农民工工资失信联合惩戒对象名单"
        "管理暂行办法》（人社部令第45号）第五条，我局拟将你单位及"
        f"{people}列入拖欠农民工工资失信联合惩戒对象名单，列入期限为3年"
        f"（自列入之日起至 {c.term_end.isoformat()}）。",
        "    你单位可在收到本告知书之日起5个工作日内向我局提出陈述、申辩；"
        "逾期未提出的，视为放弃。",
        "    列入期间改正违法行为、偿还拖欠工资满6个月并作出守信承诺的，可以申请提前移出。",
        "",
        f"{c.listed_on.year}年{c.listed_on.month}月{c.listed_on.day}日",
    ])
