"""The case ledgers (台账) beside the inspection ones: cases, payments recovered, and the
per-worker ledger — the same typed columns (real dates, money in 元 with two decimals),
the same export, the same formula neutralising as every other ledger.

Rows come from the cases' own read model (`inspector.cases.queries`), so a ledger and
the case screens cannot disagree. ID numbers and phones are masked here as on every
screen (人社部令第45号第四条): an exported file leaves the office's control.

Of `LedgerFilter`, these ledgers use the period (a case's received date, a payment's
date), the township (a case's area) and the campaign; the inspection filters
(regulator, industry, inspector, device) do not describe a case and are ignored.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector.cases import idcard
from inspector.domain.cases import Campaign, CasePayment, CaseWorker, WageCase
from inspector.reports.tabular import Column


def _in_period(day: date, f: Any) -> bool:
    return not ((f.date_from and day < f.date_from) or (f.date_to and day > f.date_to))


CASE_COLUMNS = (
    Column("案件编号", width=18), Column("来源", width=16), Column("来源编号", width=16),
    Column("收到日期", "date", 12), Column("用人单位", width=28), Column("区域", width=12),
    Column("专项行动", width=12), Column("状态", width=8), Column("涉及人数", "int"),
    Column("欠薪金额（元）", "money", 14), Column("已追回（元）", "money", 14),
    Column("时限", width=10),
)


def case_rows(s: Session, f: Any) -> Iterator[Sequence[Any]]:
    from inspector.cases.clocks import STATE_LABELS
    from inspector.cases.queries import list_cases

    for r in sorted(list_cases(s.info["database"], campaign=f.campaign),
                    key=lambda r: (r.received_on, r.case_no)):
        if not _in_period(r.received_on, f) or (f.township and r.area != f.township):
            continue
        yield (r.case_no, r.source_label, r.source_ref, r.received_on, r.employer, r.area,
               r.campaign, r.status_label, r.workers, r.owed_fen, r.paid_fen,
               STATE_LABELS[r.flag])


PAYMENT_COLUMNS = (
    Column("案件编号", width=18), Column("支付日期", "date", 12),
    Column("金额（元）", "money", 14), Column("劳动者", width=10),
    Column("身份证号", width=20), Column("来源", width=10), Column("已确认", "bool"),
    Column("备注", width=30),
)


def payment_rows(s: Session, f: Any) -> Iterator[Sequence[Any]]:
    from inspector.domain.cases import ArrearsWorker

    q = (select(WageCase.case_no, CasePayment.paid_on, CasePayment.amount_fen,
                ArrearsWorker.name, ArrearsWorker.id_number, CasePayment.reported_device_id,
                CasePayment.confirmed, CasePayment.note)
         .join(WageCase, WageCase.id == CasePayment.case_id)
         .outerjoin(CaseWorker, CaseWorker.id == CasePayment.case_worker_id)
         .outerjoin(ArrearsWorker, ArrearsWorker.id == CaseWorker.worker_id)
         .where(CasePayment.tombstone.is_(False), WageCase.tombstone.is_(False)))
    if f.date_from:
        q = q.where(CasePayment.paid_on >= f.date_from)
    if f.date_to:
        q = q.where(CasePayment.paid_on <= f.date_to)
    if f.township:
        q = q.where(WageCase.area == f.township)
    if f.campaign:
        q = q.join(Campaign, Campaign.id == WageCase.campaign_id).where(
            Campaign.code == f.campaign)
    for no, on, fen, name, id_number, device, confirmed, note in s.execute(
            q.order_by(CasePayment.paid_on, WageCase.case_no, CasePayment.id)):
        yield (no, on, fen, name or "（全案）", idcard.mask(id_number) if id_number else "",
               "外勤上报" if device else "局端登记", confirmed, note)


WORKER_COLUMNS = (
    Column("姓名", width=10), Column("身份证号", width=20), Column("电话", width=14),
    Column("案件数", "int"), Column("案件编号", width=30),
    Column("欠薪金额（元）", "money", 14), Column("已追回（元）", "money", 14),
)


def worker_rows(s: Session, f: Any) -> Iterator[Sequence[Any]]:
    # One person over all their cases; the period and campaign narrow which cases count.
    from inspector.cases.queries import workers_ledger

    db = s.info["database"]
    if f.date_from or f.date_to or f.township or f.campaign:
        from inspector.cases.queries import list_cases

        keep = {r.case_no for r in list_cases(db, campaign=f.campaign)
                if _in_period(r.received_on, f) and not (f.township and r.area != f.township)}
    else:
        keep = None
    for w in workers_ledger(db):
        if keep is not None and not set(w.case_nos) & keep:
            continue
        yield (w.name, w.id_number, w.phone, w.cases, "、".join(w.case_nos),
               w.owed_fen, w.paid_fen)
