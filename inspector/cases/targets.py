"""Campaigns (专项行动) and clearance targets (清欠目标): the office's own bookkeeping
around cases. Writes take a session inside the caller's unit of work."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspector import clock
from inspector.audit import record
from inspector.cases.service import campaign_id
from inspector.domain.cases import Campaign, CasePayment, ClearanceTarget, WageCase
from inspector.errors import NotFoundError, ValidationError
from inspector.storage import Database


def save_campaign(s: Session, *, code: str, name: str, start_on: date | None = None,
                  end_on: date | None = None, new: bool = False) -> str:
    """Register the campaign of this code, or change its name and dates. The code is how
    cases, inspections, targets and filters name it, so it never changes; `new` (a form
    that says "add") refuses a code already registered rather than overwrite another
    campaign, while the CLI's `cases campaign` re-saves it (scripts may run twice)."""
    code, name = code.strip(), name.strip()
    if not code or not name:
        raise ValidationError("专项行动的代号和名称不能为空。", code="E_CAMPAIGN")
    if start_on is not None and end_on is not None and end_on < start_on:
        raise ValidationError("专项行动的结束日期不能早于开始日期。", code="E_CAMPAIGN_DATES")
    row = s.scalar(select(Campaign).where(Campaign.code == code))
    if row is not None and new and not row.tombstone:
        raise ValidationError(f"代号为“{code}”的专项行动已经登记（{row.name}）。",
                              code="E_CAMPAIGN_EXISTS")
    if row is None:
        row = Campaign(code=code, name=name, start_on=start_on, end_on=end_on)
        s.add(row)
    elif (row.name, row.start_on, row.end_on, row.tombstone) == (name, start_on, end_on, False):
        return row.id
    else:
        row.name, row.start_on, row.end_on, row.tombstone = name, start_on, end_on, False
    s.flush()
    record(s, "campaign.save", "campaign", row.id, {
        "code": code, "name": name, "start_on": start_on.isoformat() if start_on else None,
        "end_on": end_on.isoformat() if end_on else None})
    return row.id


@dataclass(frozen=True)
class CampaignRow:
    code: str
    name: str
    start_on: date | None
    end_on: date | None
    cases: int  # live cases tagged with it


def campaign_rows(db: Database) -> list[CampaignRow]:
    """Every campaign with its period and how many cases it has, by code."""
    with db.session() as s:
        counts: dict[str | None, int] = {
            cid: n for cid, n in s.execute(select(WageCase.campaign_id, func.count())
                                           .where(WageCase.tombstone.is_(False),
                                                  WageCase.campaign_id.is_not(None))
                                           .group_by(WageCase.campaign_id))}
        return [CampaignRow(c.code, c.name, c.start_on, c.end_on, counts.get(c.id, 0))
                for c in s.scalars(select(Campaign).where(Campaign.tombstone.is_(False))
                                   .order_by(Campaign.code))]


def save_target(s: Session, *, name: str, amount_fen: int, due_on: date, area: str = "",
                campaign_code: str = "") -> str:
    """清欠目标 for an area or a campaign (exactly one of them)."""
    if amount_fen <= 0 or not name.strip():
        raise ValidationError("清欠目标须有名称和大于0的金额。", code="E_TARGET")
    if bool(area.strip()) == bool(campaign_code.strip()):
        raise ValidationError("清欠目标须指定地区或专项行动之一。", code="E_TARGET")
    row = ClearanceTarget(name=name.strip(), area=area.strip(),
                          campaign_id=campaign_id(s, campaign_code), amount_fen=amount_fen,
                          due_on=due_on, progress_updated_on=clock.today())
    s.add(row)
    s.flush()
    return row.id


def touch_target(s: Session, target_id: str) -> None:
    """Record that the target's progress was reviewed and reported today."""
    row = s.get(ClearanceTarget, target_id)
    if row is None or row.tombstone:
        raise NotFoundError(f"找不到清欠目标：{target_id}", code="E_TARGET_NOT_FOUND")
    row.progress_updated_on = clock.today()


STALE_DAYS = 3
"""A target's progress not reviewed for this many days is flagged for a reminder."""


@dataclass
class TargetProgress:
    id: str
    name: str
    scope: str  # the area, or the campaign's code
    amount_fen: int
    due_on: date
    recovered_fen: int
    percent: float
    overdue: bool
    stale: bool  # not updated for STALE_DAYS days: remind whoever owns it
    payments: list[dict[str, object]] = field(default_factory=list)


def target_progress(db: Database) -> list[TargetProgress]:
    """Progress of each target from the payments recorded in its cases (paid on or
    before its due date), with the payment details."""
    today = clock.today()
    out = []
    with db.session() as s:
        for t in s.scalars(select(ClearanceTarget).where(ClearanceTarget.tombstone.is_(False))
                           .order_by(ClearanceTarget.due_on)):
            q = (select(WageCase.case_no, WageCase.employer_name, CasePayment.paid_on,
                        CasePayment.amount_fen)
                 .join(WageCase, WageCase.id == CasePayment.case_id)
                 .where(CasePayment.tombstone.is_(False), CasePayment.confirmed.is_(True), WageCase.tombstone.is_(False),
                        CasePayment.paid_on <= t.due_on))
            if t.campaign_id:
                q = q.where(WageCase.campaign_id == t.campaign_id)
                scope = s.get(Campaign, t.campaign_id).code  # type: ignore[union-attr]
            else:
                q = q.where(WageCase.area == t.area)
                scope = t.area
            pays = [{"case_no": r[0], "employer": r[1], "paid_on": r[2], "amount_fen": r[3]}
                    for r in s.execute(q.order_by(CasePayment.paid_on))]
            got = sum(int(p["amount_fen"]) for p in pays)  # type: ignore[call-overload]
            last = t.progress_updated_on
            out.append(TargetProgress(
                id=t.id, name=t.name, scope=scope, amount_fen=t.amount_fen, due_on=t.due_on,
                recovered_fen=got, percent=round(100 * got / t.amount_fen, 1),
                overdue=today > t.due_on and got < t.amount_fen,
                stale=last is None or (today - last).days >= STALE_DAYS, payments=pays))
    return out
