"""Figures of wage-arrears cases for a period (used by reports and the Home screen).

Definitions (also in docs/cases.md; a test recounts each with its own SQL):
- received: cases whose 收到日期 falls in the period;
- accepted / closed: cases with a step to 受理 / 结案 dated in the period;
- 结案率 = of the cases 立案 in the period, those 结案 by the period's end,
  over the cases 立案 in the period (撤销立案 and 移送 are not 结案);
- 办结率 = of the cases received in the period, those finished by the period's
  end in any final way (不予受理, 结案, 移送, 撤销立案), over the cases received;
- workers involved: distinct people (by ID number) in the cases received;
  owed: their claims in those cases; recovered: payments dated in the period;
- referrals: referrals dated in the period, by target and receiving body;
- over time limit: open cases with a clock overdue on the period's end (or
  today, if sooner), and cases 结案 in the period after their investigation limit.
A rate with nothing to divide by is None, never 0 or 100.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from inspector import clock
from inspector.cases.clocks import EXTENSION_WORKING_DAYS, INVESTIGATE_WORKING_DAYS, case_clocks
from inspector.cases.queries import dates_of
from inspector.domain.cases import (
    FINAL_STATUSES,
    SOURCES,
    Campaign,
    CasePayment,
    CaseReferral,
    CaseStep,
    CaseWorker,
    WageCase,
)
from inspector.errors import ValidationError
from inspector.orders.calendar import load_calendar
from inspector.storage import Database


@dataclass
class SourceFigures:
    received: int = 0
    accepted: int = 0
    closed: int = 0


@dataclass
class Figures:
    start: date
    end: date
    campaign: str
    by_source: dict[str, SourceFigures] = field(default_factory=dict)
    received: int = 0
    accepted: int = 0
    closed: int = 0
    filed: int = 0
    filed_closed: int = 0
    received_finished: int = 0
    closure_rate: float | None = None  # 结案率, %
    completion_rate: float | None = None  # 办结率, %
    workers: int = 0
    owed_fen: int = 0
    recovered_fen: int = 0
    referrals: dict[str, dict[str, int]] = field(default_factory=dict)
    overdue_open: int = 0
    closed_late: int = 0


def _rate(part: int, whole: int) -> float | None:
    return None if whole == 0 else round(100 * part / whole, 1)


def _step_cases(s: Session, to: str, start: date, end: date,
                campaign_id: str | None) -> dict[str, str]:
    """case id → source, for cases with a step to `to` dated in the period."""
    q = (select(WageCase.id, WageCase.source).join(CaseStep, CaseStep.case_id == WageCase.id)
         .where(CaseStep.to_status == to, CaseStep.step_on >= start, CaseStep.step_on <= end,
                WageCase.tombstone.is_(False)))
    if campaign_id:
        q = q.where(WageCase.campaign_id == campaign_id)
    return dict(s.execute(q.distinct()).all())


def case_figures(db: Database, start: date, end: date, *,
                 campaign: str | None = None) -> Figures:
    if end < start:
        raise ValidationError("统计期的结束日期早于开始日期。", code="E_PERIOD")
    fig = Figures(start, end, campaign or "",
                  by_source={k: SourceFigures() for k in SOURCES})
    as_of = min(end, clock.today())
    with db.session() as s:
        cid = None
        if campaign:
            cid = s.scalar(select(Campaign.id).where(Campaign.code == campaign))
            if cid is None:
                raise ValidationError(f"找不到专项行动：{campaign}", code="E_CAMPAIGN_NOT_FOUND")
        scope: list[ColumnElement[bool]] = [WageCase.tombstone.is_(False)]
        if cid:
            scope.append(WageCase.campaign_id == cid)
        received = _count_cases(s, fig, scope, cid)
        _count_money(s, fig, scope, [c.id for c in received])
        _count_late(s, fig, scope, as_of)
    return fig


def _count_cases(s: Session, fig: Figures, scope: list[ColumnElement[bool]],
                 cid: str | None) -> Sequence[WageCase]:
    """The period's received, accepted, closed and filed cases and their rates; returns the
    received ones (whose workers and money the figures count)."""
    start, end = fig.start, fig.end
    received = s.scalars(select(WageCase).where(
        *scope, WageCase.received_on >= start, WageCase.received_on <= end)).all()
    for c in received:
        fig.by_source[c.source].received += 1
        if (c.status in FINAL_STATUSES and c.closed_on is not None
                and c.closed_on <= end):
            fig.received_finished += 1
    fig.received = len(received)
    accepted = _step_cases(s, "accepted", start, end, cid)
    closed = _step_cases(s, "closed", start, end, cid)
    for src in accepted.values():
        fig.by_source[src].accepted += 1
    for src in closed.values():
        fig.by_source[src].closed += 1
    fig.accepted, fig.closed = len(accepted), len(closed)
    filed = s.scalars(select(WageCase).where(
        *scope, WageCase.filed_on >= start, WageCase.filed_on <= end)).all()
    fig.filed = len(filed)
    fig.filed_closed = sum(1 for c in filed if c.status == "closed"
                           and c.closed_on is not None and c.closed_on <= end)
    fig.closure_rate = _rate(fig.filed_closed, fig.filed)
    fig.completion_rate = _rate(fig.received_finished, fig.received)
    return received


def _count_money(s: Session, fig: Figures, scope: list[ColumnElement[bool]],
                 ids: list[str]) -> None:
    """The received cases' workers and wages owed, the period's recovered wages and referrals."""
    start, end = fig.start, fig.end
    if ids:
        fig.workers = s.scalar(select(func.count(func.distinct(CaseWorker.worker_id)))
                               .where(CaseWorker.case_id.in_(ids),
                                      CaseWorker.tombstone.is_(False))) or 0
        fig.owed_fen = int(s.scalar(select(func.coalesce(func.sum(CaseWorker.amount_owed_fen),
                                                         0))
                                    .where(CaseWorker.case_id.in_(ids),
                                           CaseWorker.tombstone.is_(False))) or 0)
    pay_q = (select(func.coalesce(func.sum(CasePayment.amount_fen), 0))
             .join(WageCase, WageCase.id == CasePayment.case_id)
             .where(*scope, CasePayment.tombstone.is_(False), CasePayment.confirmed.is_(True),
                    CasePayment.paid_on >= start, CasePayment.paid_on <= end))
    fig.recovered_fen = int(s.scalar(pay_q) or 0)
    ref_q = (select(CaseReferral.target, CaseReferral.receiving_body, func.count())
             .join(WageCase, WageCase.id == CaseReferral.case_id)
             .where(*scope, CaseReferral.tombstone.is_(False),
                    CaseReferral.referred_on >= start, CaseReferral.referred_on <= end)
             .group_by(CaseReferral.target, CaseReferral.receiving_body))
    for target, body, n in s.execute(ref_q):
        fig.referrals.setdefault(target, {})[body] = int(n)


def _count_late(s: Session, fig: Figures, scope: list[ColumnElement[bool]], as_of: date) -> None:
    """Open cases with an overdue clock, and cases closed after their investigation limit."""
    start, end = fig.start, fig.end
    cal = load_calendar(s)
    for c in s.scalars(select(WageCase).where(*scope,
                                              WageCase.status.not_in(FINAL_STATUSES),
                                              WageCase.received_on <= as_of)):
        if any(k.state == "overdue" for k in case_clocks(cal, dates_of(c), as_of)):
            fig.overdue_open += 1
    for c in s.scalars(select(WageCase).where(*scope, WageCase.status == "closed",
                                              WageCase.closed_on >= start,
                                              WageCase.closed_on <= end,
                                              WageCase.filed_on.is_not(None))):
        assert c.filed_on is not None and c.closed_on is not None
        limit = cal.add_working_days(c.filed_on, INVESTIGATE_WORKING_DAYS
                                     + min(c.extension_days, EXTENSION_WORKING_DAYS))
        if c.closed_on > limit:
            fig.closed_late += 1


def figures_by_month(db: Database, start: date, end: date, *,
                     campaign: str | None = None) -> list[Figures]:
    """`case_figures` for each calendar month of [start, end] (first and last months cut
    to the range), for reports that tabulate by period."""
    out = []
    first = start
    while first <= end:
        nxt = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
        out.append(case_figures(db, first, min(end, nxt - timedelta(days=1)), campaign=campaign))
        first = nxt
    return out
