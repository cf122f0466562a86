"""Reads for the case form and the office's case views: one case's editable fields, the
失信 draft notice, the province threshold table and the clearance targets to remind.

Plain values only; ID numbers leave masked (the edit form shows the case's workers
but cannot change one it only knows masked; it adds new ones).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from inspector.cases import idcard
from inspector.cases.blacklist import Candidate, candidate
from inspector.cases.service import PARTY_ROLES, get_case
from inspector.cases.targets import TargetProgress, target_progress
from inspector.cases.thresholds import (
    DEFAULT_PROVINCES,
    NATIONAL_RANGE,
    current_threshold,
    load_table,
)
from inspector.domain.cases import ArrearsWorker, Campaign, CaseParty, CaseWorker
from inspector.domain.registry import Employer, Site
from inspector.storage import Database

CASE_FIELDS = ("source", "source_ref", "received_on", "summary", "complainant",
               "complainant_phone", "area", "declared_workers", "violation_on",
               "mass_incident", "incident_note", "duty_unit", "duty_leader", "duty_person",
               "measures", "complete_by")


def case_form(db: Database, case_ref: str) -> dict[str, Any]:
    """The values the edit form starts from, keyed as `CaseInput`'s fields, plus the
    case's workers and parties (masked) to show beside the new ones."""
    with db.session() as s:
        c = get_case(s, case_ref)
        d: dict[str, Any] = {k: getattr(c, k) for k in CASE_FIELDS}
        emp = s.get(Employer, c.employer_id) if c.employer_id else None
        site = s.get(Site, c.site_id) if c.site_id else None
        camp = s.get(Campaign, c.campaign_id) if c.campaign_id else None
        d.update(id=c.id, case_no=c.case_no, employer_name=emp.name if emp else c.employer_name,
                 credit_code=emp.credit_code if emp else "",
                 industry=emp.industry if emp else "E", site_code=site.code if site else "",
                 campaign_code=camp.code if camp else "")
        d["workers"] = [{"case_worker_id": cw.id, "name": w.name,
                         "id_number": idcard.mask(w.id_number), "phone": w.phone,
                         "months_owed": cw.months_owed, "amount_owed_fen": cw.amount_owed_fen}
                        for cw, w in s.execute(
                            select(CaseWorker, ArrearsWorker)
                            .join(ArrearsWorker, ArrearsWorker.id == CaseWorker.worker_id)
                            .where(CaseWorker.case_id == c.id, CaseWorker.tombstone.is_(False))
                            .order_by(ArrearsWorker.name))]
        d["parties"] = [{"role": p.role, "role_label": PARTY_ROLES[p.role], "name": p.name,
                         "credit_code": p.credit_code,
                         "id_number": idcard.mask(p.id_number) if p.id_number else ""}
                        for p in s.scalars(select(CaseParty).where(
                            CaseParty.case_id == c.id, CaseParty.tombstone.is_(False)))]
    return d


def blacklist_notice(db: Database, case_ref: str) -> Candidate:
    """The 失信 check with its draft notice (ID numbers masked: the notice is a draft
    that may be copied out, and the legal section fills the whole numbers in)."""
    with db.session() as s:
        return candidate(s, case_ref)


@dataclass(frozen=True)
class ProvinceRow:
    province: str
    single_fen: int
    multi_fen: int
    unverified: bool  # a built-in province figure [记忆·未核实], to check against its notice


@dataclass(frozen=True)
class ThresholdView:
    province: str  # the office's chosen province
    single_fen: int  # the figures in force (the authority settings' two parameters)
    multi_fen: int
    provinces: list[ProvinceRow]
    single_range: tuple[int, int]  # 法释〔2013〕3号's ranges, fen
    multi_range: tuple[int, int]


def threshold_view(db: Database) -> ThresholdView:
    with db.session() as s:
        chosen, table = load_table(s)
        th = current_threshold(s)
    rows = [ProvinceRow(name, pair[0], pair[1], DEFAULT_PROVINCES.get(name) == pair)
            for name, pair in table.items()]
    return ThresholdView(chosen, th.single_fen, th.multi_fen, rows,
                         NATIONAL_RANGE["single"], NATIONAL_RANGE["multi"])


def stale_targets(db: Database) -> list[TargetProgress]:
    """Targets whose details nobody has reviewed for 3 days (Home's reminder)."""
    return [t for t in target_progress(db) if t.stale]
