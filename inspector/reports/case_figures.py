"""The summary's wage-arrears figures, each as the records that make it (see figures.py).

Definitions follow inspector/cases/figures.py (docs/cases.md): received by 收到日期,
closed by a step to 结案 dated in the period, 结案率 over the cases 立案 in the
period, workers counted once per person, recovered wages by payment date.
Worker records show the ID number masked, as every list does.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector.cases.idcard import mask
from inspector.documents.dates import format_cn_date
from inspector.domain.cases import (
    SOURCE_LABELS,
    ArrearsWorker,
    Campaign,
    CasePayment,
    CaseReferral,
    CaseStep,
    CaseWorker,
    WageCase,
)
from inspector.reports.figures import FIGURES, Figure, Period, Record, RecordsFn

LIVE = WageCase.tombstone.is_(False)


def _live(p: Period) -> list[Any]:
    """Live cases, or with a campaign only that campaign's."""
    if not p.campaign:
        return [LIVE]
    return [LIVE, WageCase.campaign_id.in_(select(Campaign.id).where(
        Campaign.code == p.campaign, Campaign.tombstone.is_(False)))]


def _received(s: Session, p: Period) -> Iterator[Record]:
    for cid, no, src, on in s.execute(
            select(WageCase.id, WageCase.case_no, WageCase.source, WageCase.received_on)
            .where(*_live(p), WageCase.received_on >= p.start, WageCase.received_on <= p.end)
            .order_by(WageCase.received_on, WageCase.case_no)):
        yield Record("case", cid, f"{no}（{format_cn_date(on)}收到）",
                     group=SOURCE_LABELS.get(src, src))


def _closed(s: Session, p: Period) -> Iterator[Record]:
    seen: set[str] = set()
    for cid, no, src, on in s.execute(
            select(WageCase.id, WageCase.case_no, WageCase.source, CaseStep.step_on)
            .join(CaseStep, CaseStep.case_id == WageCase.id)
            .where(*_live(p), CaseStep.tombstone.is_(False), CaseStep.to_status == "closed",
                   CaseStep.step_on >= p.start, CaseStep.step_on <= p.end)
            .order_by(CaseStep.step_on, WageCase.case_no)):
        if cid not in seen:
            seen.add(cid)
            yield Record("case", cid, f"{no}（{format_cn_date(on)}结案）",
                         group=SOURCE_LABELS.get(src, src))


def _closure_rate(s: Session, p: Period) -> Iterator[Record]:
    for cid, no, status, closed_on in s.execute(
            select(WageCase.id, WageCase.case_no, WageCase.status, WageCase.closed_on)
            .where(*_live(p), WageCase.filed_on >= p.start, WageCase.filed_on <= p.end)
            .order_by(WageCase.filed_on, WageCase.case_no)):
        done = status == "closed" and closed_on is not None and closed_on <= p.end
        yield Record("case", cid, f"{no}：{'已结案' if done else '未结案'}",
                     amount_fen=1 if done else 0, base=1)


def _workers(s: Session, p: Period) -> Iterator[Record]:
    seen: set[str] = set()
    for wid, name, idno in s.execute(
            select(ArrearsWorker.id, ArrearsWorker.name, ArrearsWorker.id_number)
            .join(CaseWorker, CaseWorker.worker_id == ArrearsWorker.id)
            .join(WageCase, WageCase.id == CaseWorker.case_id)
            .where(*_live(p), CaseWorker.tombstone.is_(False),
                   WageCase.received_on >= p.start, WageCase.received_on <= p.end)
            .order_by(ArrearsWorker.name, ArrearsWorker.id)):
        if wid not in seen:
            seen.add(wid)
            yield Record("worker", wid, f"{name}（{mask(idno)}）")


def _recovered(s: Session, p: Period) -> Iterator[Record]:
    for pid, no, src, on, fen in s.execute(
            select(CasePayment.id, WageCase.case_no, WageCase.source, CasePayment.paid_on,
                   CasePayment.amount_fen)
            .join(WageCase, WageCase.id == CasePayment.case_id)
            .where(*_live(p), CasePayment.tombstone.is_(False), CasePayment.confirmed.is_(True),
                   CasePayment.paid_on >= p.start, CasePayment.paid_on <= p.end)
            .order_by(CasePayment.paid_on, CasePayment.id)):
        yield Record("payment", pid, f"{no} {format_cn_date(on)} {fen / 100:.2f} 元",
                     group=SOURCE_LABELS.get(src, src), amount_fen=int(fen))


def _referred(target: str) -> RecordsFn:
    def records(s: Session, p: Period) -> Iterator[Record]:
        for rid, no, on, body in s.execute(
                select(CaseReferral.id, WageCase.case_no, CaseReferral.referred_on,
                       CaseReferral.receiving_body)
                .join(WageCase, WageCase.id == CaseReferral.case_id)
                .where(*_live(p), CaseReferral.tombstone.is_(False), CaseReferral.target == target,
                       CaseReferral.referred_on >= p.start, CaseReferral.referred_on <= p.end)
                .order_by(CaseReferral.referred_on, CaseReferral.id)):
            yield Record("referral", rid, f"{no} {format_cn_date(on)} 移送{body}")
    return records


FIGURES.update({f.key: f for f in (
    Figure("complaints_received", "受理举报投诉（件）",
           "收到日期在期间内的欠薪案件（含线索、投诉、来访来信、检查发现、上级交办）件数；按来源分组见 cases_by_source。",
           _received),
    Figure("complaints_closed", "结案（件）", "期间内有“结案”步骤的案件件数。", _closed),
    Figure("closure_rate_percent", "结案率（%）",
           "期间内立案的案件中，至期间末已结案的件数 ÷ 期间内立案件数 × 100，保留一位小数"
           "（撤销立案、移送不算结案；无立案时为空）。", _closure_rate, unit="percent"),
    Figure("workers_involved", "涉及劳动者（人）",
           "期间内收到的案件所涉劳动者人数，同一人（身份证号）只计一次。", _workers),
    Figure("wages_recovered_yuan", "追回工资（元）",
           "支付日期在期间内的追回工资金额之和，单位元，保留两位小数。", _recovered, unit="yuan"),
    Figure("cases_referred_police", "移送公安机关（件）",
           "移送日期在期间内、移送对象为公安机关的移送记录数。", _referred("police")),
    Figure("cases_referred_court", "移送人民法院（件）",
           "移送日期在期间内、移送对象为人民法院的移送记录数。", _referred("court")),
)})


def cases_by_source(s: Session, p: Period) -> dict[str, dict[str, float | int]]:
    """Per source: received, closed, workers and wages recovered — the same records as the
    figures above, grouped."""
    out: dict[str, dict[str, float | int]] = {
        label: {"received": 0, "closed": 0, "workers": 0, "wages_recovered_yuan": 0.0}
        for label in SOURCE_LABELS.values()}
    for r in _received(s, p):
        out[r.group]["received"] += 1
    for r in _closed(s, p):
        out[r.group]["closed"] += 1
    for label, _worker in s.execute(
            select(WageCase.source, CaseWorker.worker_id)
            .join(CaseWorker, CaseWorker.case_id == WageCase.id)
            .where(*_live(p), CaseWorker.tombstone.is_(False),
                   WageCase.received_on >= p.start, WageCase.received_on <= p.end)
            .distinct()):
        out[SOURCE_LABELS.get(label, label)]["workers"] += 1
    for r in _recovered(s, p):
        out[r.group]["wages_recovered_yuan"] = round(
            float(out[r.group]["wages_recovered_yuan"]) + r.amount_fen / 100, 2)
    return {k: v for k, v in out.items() if any(v.values())}
