"""Read models of cases: lists, one case's detail, the per-worker ledger, flags.

Every result is a plain dataclass or dict. ID numbers leave this module masked,
except in `case_detail(..., reveal=True)`, which the caller may ask for only
when `idcard.may_reveal(role)` holds (the CLI checks the device's role).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select

from inspector import clock
from inspector.cases import idcard
from inspector.cases.case_parts import history_of, payments_of, people_of
from inspector.cases.clocks import CaseDates, Clock, case_clocks, worst_state
from inspector.cases.service import get_case
from inspector.cases.thresholds import assess
from inspector.domain.cases import (
    CASE_STATUS_LABELS,
    CASE_TRANSITIONS,
    FINAL_STATUSES,
    SOURCES,
    ArrearsWorker,
    Campaign,
    CaseLink,
    CasePayment,
    CaseWorker,
    WageCase,
)
from inspector.domain.inspections import Inspection
from inspector.domain.orders import Order
from inspector.domain.registry import Site
from inspector.errors import ValidationError
from inspector.orders.calendar import load_calendar
from inspector.storage import Database


@dataclass
class CaseRow:
    id: str
    case_no: str
    source: str
    source_label: str
    online: bool
    source_ref: str
    received_on: date
    employer: str
    area: str
    campaign: str
    status: str
    status_label: str
    workers: int
    owed_fen: int
    paid_fen: int
    flag: str  # ok | due_soon | overdue
    clocks: list[Clock] = field(default_factory=list)


def owed_subquery() -> Any:
    return (select(CaseWorker.case_id.label("case_id"),
                   func.count(CaseWorker.id).label("workers"),
                   func.coalesce(func.sum(CaseWorker.amount_owed_fen), 0).label("owed"))
            .where(CaseWorker.tombstone.is_(False)).group_by(CaseWorker.case_id).subquery())


def paid_subquery() -> Any:
    return (select(CasePayment.case_id.label("case_id"),
                   func.coalesce(func.sum(CasePayment.amount_fen), 0).label("paid"))
            .where(CasePayment.tombstone.is_(False), CasePayment.confirmed.is_(True))
            .group_by(CasePayment.case_id).subquery())


def _base_query() -> Select[Any]:
    owed, paid = owed_subquery(), paid_subquery()
    return (select(WageCase, Campaign.code, func.coalesce(owed.c.workers, 0),
                   func.coalesce(owed.c.owed, 0), func.coalesce(paid.c.paid, 0))
            .outerjoin(owed, owed.c.case_id == WageCase.id)
            .outerjoin(paid, paid.c.case_id == WageCase.id)
            .outerjoin(Campaign, Campaign.id == WageCase.campaign_id)
            .where(WageCase.tombstone.is_(False)))


def dates_of(c: WageCase) -> CaseDates:
    return CaseDates(status=c.status, received_on=c.received_on, accepted_on=c.accepted_on,
                     filed_on=c.filed_on, closed_on=c.closed_on, violation_on=c.violation_on,
                     extension_days=c.extension_days)


def list_cases(db: Database, *, open_only: bool = False, flagged: str | None = None,
               source: str | None = None, campaign: str | None = None,
               search: str | None = None, status: str | None = None) -> list[CaseRow]:
    """Cases, newest first. `flagged`: "overdue" or "due_soon" (which includes overdue)."""
    if source is not None and source not in SOURCES:
        raise ValidationError(f"未知的案件来源：{source}（可选：{'、'.join(SOURCES)}）",
                              code="E_CASE_SOURCE")
    today = clock.today()
    with db.session() as s:
        cal = load_calendar(s)
        q = _base_query()
        if open_only:
            q = q.where(WageCase.status.not_in(FINAL_STATUSES))
        if source:
            q = q.where(WageCase.source == source)
        if status:
            q = q.where(WageCase.status == status)
        if campaign:
            q = q.where(Campaign.code == campaign)
        if search:
            like = f"%{search.strip().lower()}%"
            q = q.where(func.lower(WageCase.case_no).like(like)
                        | func.lower(WageCase.employer_name).like(like)
                        | func.lower(WageCase.source_ref).like(like)
                        | func.lower(WageCase.summary).like(like))
        rows = s.execute(q.order_by(WageCase.received_on.desc(), WageCase.case_no.desc())).all()
    out = []
    for c, camp, workers, owed, paid in rows:
        clocks = case_clocks(cal, dates_of(c), today)
        flag = worst_state(clocks)
        if flagged == "overdue" and flag != "overdue":
            continue
        if flagged == "due_soon" and flag == "ok":
            continue
        out.append(CaseRow(
            id=c.id, case_no=c.case_no, source=c.source, source_label=SOURCES[c.source][0],
            online=SOURCES[c.source][1], source_ref=c.source_ref, received_on=c.received_on,
            employer=c.employer_name, area=c.area, campaign=camp or "", status=c.status,
            status_label=CASE_STATUS_LABELS[c.status], workers=int(workers),
            owed_fen=int(owed), paid_fen=int(paid), flag=flag, clocks=clocks))
    return out


def flagged_cases(db: Database) -> list[CaseRow]:
    """Open cases with a clock due soon or overdue (the Home screen's list)."""
    return list_cases(db, open_only=True, flagged="due_soon")


def case_detail(db: Database, case_ref: str, *, reveal: bool = False) -> dict[str, Any]:
    """Everything about one case as plain values; ID numbers masked unless `reveal`."""
    today = clock.today()

    def shown(n: str) -> str:
        return n if reveal else idcard.mask(n)

    with db.session() as s:
        c = get_case(s, case_ref)
        cal = load_calendar(s)
        site = s.get(Site, c.site_id) if c.site_id else None
        camp = s.get(Campaign, c.campaign_id) if c.campaign_id else None
        payments, paid_by = payments_of(s, c.id)
        people = people_of(s, c.id, paid_by, shown)
        history = history_of(s, c.id)
        a = assess(s, c.id, mass_incident=c.mass_incident)
        clocks = case_clocks(cal, dates_of(c), today)
    return {
        "id": c.id, "case_no": c.case_no, "source": c.source,
        "source_label": SOURCES[c.source][0], "online": SOURCES[c.source][1],
        "source_ref": c.source_ref, "received_on": c.received_on, "summary": c.summary,
        "complainant": c.complainant, "employer": c.employer_name,
        "site": site.name if site else "", "area": c.area,
        "campaign": camp.code if camp else "", "status": c.status,
        "status_label": CASE_STATUS_LABELS[c.status], "accepted_on": c.accepted_on,
        "filed_on": c.filed_on, "closed_on": c.closed_on, "closing_reason": c.closing_reason,
        "declared_workers": c.declared_workers, "workers": people["workers"],
        "total_owed_fen": a.owed_fen, "total_paid_fen": a.paid_fen,
        "outstanding_fen": a.outstanding_fen, "parties": people["parties"],
        "inspectors": people["inspectors"],
        "steps": history["steps"], "payments": payments, "referrals": history["referrals"],
        "links": history["links"], "notes": history["notes"],
        "clocks": clocks, "flag": worst_state(clocks),
        "threshold": {"province": a.threshold.province, "single_fen": a.threshold.single_fen,
                      "multi_fen": a.threshold.multi_fen, "configurable": True,
                      "reached": a.threshold_reached},
        "order_unpaid": a.order_unpaid, "referral_hint": a.referral_hint,
        "hint_reasons": a.reasons,
        "five": {"duty_unit": c.duty_unit, "duty_leader": c.duty_leader,
                 "duty_person": c.duty_person, "measures": c.measures,
                 "complete_by": c.complete_by},
        "id_numbers_revealed": reveal,
    }


@dataclass
class LedgerRow:
    """One person of the per-worker ledger, over all their cases (ID masked)."""

    name: str
    id_number: str
    phone: str
    cases: int
    case_nos: list[str]
    owed_fen: int
    paid_fen: int


def workers_ledger(db: Database, *, search: str | None = None) -> list[LedgerRow]:
    with db.session() as s:
        q = (select(ArrearsWorker, CaseWorker.id, CaseWorker.amount_owed_fen, WageCase.case_no)
             .join(CaseWorker, CaseWorker.worker_id == ArrearsWorker.id)
             .join(WageCase, WageCase.id == CaseWorker.case_id)
             .where(CaseWorker.tombstone.is_(False), WageCase.tombstone.is_(False)))
        if search:
            q = q.where(ArrearsWorker.name.like(f"%{search.strip()}%"))
        rows = s.execute(q.order_by(ArrearsWorker.name, WageCase.case_no)).all()
        paid = dict(s.execute(select(CasePayment.case_worker_id, func.sum(CasePayment.amount_fen))
                              .where(CasePayment.case_worker_id.is_not(None),
                                     CasePayment.tombstone.is_(False),
                                     CasePayment.confirmed.is_(True))
                              .group_by(CasePayment.case_worker_id)).all())
    by_person: dict[str, LedgerRow] = {}
    for w, cw_id, owed, case_no in rows:
        row = by_person.setdefault(w.id, LedgerRow(w.name, idcard.mask(w.id_number), w.phone,
                                                   0, [], 0, 0))
        row.cases += 1
        row.case_nos.append(case_no)
        row.owed_fen += owed
        row.paid_fen += int(paid.get(cw_id) or 0)
    return list(by_person.values())


FIVE_LABELS = {"duty_unit": "责任单位", "duty_leader": "责任领导", "duty_person": "责任人",
               "measures": "整改措施", "complete_by": "完成时限"}


def five_haves(db: Database) -> list[dict[str, Any]]:
    """Open arrears problems missing any of the 五个有, or past their completion date."""
    today = clock.today()
    out = []
    with db.session() as s:
        for c in s.scalars(select(WageCase).where(WageCase.tombstone.is_(False),
                                                  WageCase.status.not_in(FINAL_STATUSES))
                           .order_by(WageCase.case_no)):
            missing = [label for key, label in FIVE_LABELS.items()
                       if not getattr(c, key)]
            late = c.complete_by is not None and c.complete_by < today
            if missing or late:
                out.append({"case_no": c.case_no, "employer": c.employer_name,
                            "missing": missing, "past_due": late,
                            "complete_by": c.complete_by})
    return out


# --- reads the case screens need ------------------------------------------------------

@dataclass
class LinkChoice:
    """An inspection or order the case may link (or has linked), for a picker."""

    kind: str  # inspection | order
    id: str
    label: str
    on: date | None
    linked: bool


def _inspection_label(i: Inspection, site_names: dict[str, str]) -> str:
    place = site_names.get(i.site_id or "", "") or i.location
    return f"检查 {i.started_at.date().isoformat()} {place}".strip()


def _order_label(o: Order) -> str:
    return f"{o.title} {o.number or '（草稿）'}"


def link_choices(db: Database, case_ref: str, *, limit: int = 200) -> list[LinkChoice]:
    """Inspections and orders of the case's site or employer (else the most recent ones),
    with the ones already linked first; what the case screen offers to link."""
    with db.session() as s:
        c = get_case(s, case_ref)
        linked = list(s.scalars(select(CaseLink).where(CaseLink.case_id == c.id,
                                                       CaseLink.tombstone.is_(False))))
        ins_ids = {lk.inspection_id for lk in linked if lk.inspection_id}
        ord_ids = {lk.order_id for lk in linked if lk.order_id}
        iq = select(Inspection).where(Inspection.tombstone.is_(False))
        oq = select(Order).where(Order.tombstone.is_(False))
        scope = [x for x in (c.site_id, c.employer_id) if x]
        if scope:  # the case's own site and employer: the likely links
            iq = iq.where(Inspection.site_id.in_(scope) | Inspection.employer_id.in_(scope))
            oq = oq.where(Order.site_id.in_(scope) | Order.employer_id.in_(scope))
        inspections = list(s.scalars(iq.order_by(Inspection.started_at.desc()).limit(limit)))
        inspections += [i for i in s.scalars(select(Inspection).where(Inspection.id.in_(ins_ids)))
                        if i not in inspections]
        orders = list(s.scalars(oq.order_by(Order.deadline.desc()).limit(limit)))
        orders += [o for o in s.scalars(select(Order).where(Order.id.in_(ord_ids)))
                   if o not in orders]
        site_names = dict(s.execute(select(Site.id, Site.name).where(
            Site.id.in_({i.site_id for i in inspections if i.site_id}))).all())
        out = [LinkChoice("inspection", i.id, _inspection_label(i, site_names),
                          i.started_at.date(), i.id in ins_ids) for i in inspections]
        out += [LinkChoice("order", o.id, _order_label(o), o.issue_date or o.deadline,
                           o.id in ord_ids) for o in orders]
    return sorted(out, key=lambda x: (not x.linked, x.kind, -(x.on.toordinal() if x.on else 0)))


def case_screen(db: Database, case_ref: str, *, reveal: bool = False) -> dict[str, Any]:
    """`case_detail` plus what the case screen shows beside it: the statuses the case may
    move to, the missing 五个有, the linked records by name and the 失信 candidate check."""
    from inspector.cases.blacklist import candidate

    d = case_detail(db, case_ref, reveal=reveal)
    d["next_statuses"] = [(st, CASE_STATUS_LABELS[st]) for st in CASE_TRANSITIONS[d["status"]]]
    d["five_missing"] = [label for key, label in FIVE_LABELS.items() if not d["five"][key]]
    d["five_past_due"] = (d["five"]["complete_by"] is not None
                          and d["five"]["complete_by"] < clock.today()
                          and d["status"] not in FINAL_STATUSES)
    d["linked"] = [c for c in link_choices(db, d["id"], limit=0) if c.linked]
    with db.session() as s:
        cand = candidate(s, d["id"])
    d["blacklist"] = {"eligible": cand.eligible, "reasons": cand.reasons,
                      "missing": cand.missing, "notes": cand.notes,
                      "term_end": cand.term_end, "earliest_removal": cand.earliest_removal}
    return d


@dataclass(frozen=True)
class CalendarDay:
    day: date
    kind: str  # holiday | workday


def calendar_days(db: Database, *, year: int | None = None) -> list[CalendarDay]:
    """The work calendar's entries (节假日 and 调休上班日), by date."""
    with db.session() as s:
        cal = load_calendar(s)
    days = [CalendarDay(d, "holiday") for d in cal.holidays]
    days += [CalendarDay(d, "workday") for d in cal.workdays]
    return sorted((d for d in days if year is None or d.day.year == year), key=lambda d: d.day)


def campaigns(db: Database) -> list[tuple[str, str]]:
    """(code, name) of every campaign, for the case list's filter."""
    with db.session() as s:
        return [(code, name) for code, name in s.execute(
            select(Campaign.code, Campaign.name).where(Campaign.tombstone.is_(False))
            .order_by(Campaign.code)).all()]
