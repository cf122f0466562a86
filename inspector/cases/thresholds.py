"""Region thresholds of 拒不支付劳动报酬罪, the referral hint and the 失信 candidate check.

法释〔2013〕3号第三条 sets the ranges — one worker owed three months or more and
5,000–20,000 元; ten workers or more and 30,000–100,000 元 in all — and each
province's high court fixes its own figures inside them. The figures below are
defaults [记忆·未核实]; the office chooses its province (setting
`wage_crime_thresholds`, which may also add or correct a province's figures), and
the chosen figures become the authority settings' two region parameters, which
the settings screen edits too.

Both checks read only the case's own records: its workers and payments, and the
orders linked to it as 责令限期支付 orders.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector import clock
from inspector.cases.settings import load_json, save_json
from inspector.config import load_authority, save_authority
from inspector.domain.cases import CaseLink, CasePayment, CaseWorker
from inspector.domain.orders import Order
from inspector.errors import ValidationError

THRESHOLD_KEY = "wage_crime_thresholds"
NATIONAL_RANGE = {"single": (500_000, 2_000_000), "multi": (3_000_000, 10_000_000)}
MULTI_WORKERS = 10
SINGLE_MONTHS = 3
# province → (one worker, ten or more workers), fen. Defaults to be checked
# against each province's own notice before use.
DEFAULT_PROVINCES: dict[str, tuple[int, int]] = {
    "湖南": (600_000, 4_000_000),
    "辽宁": (1_000_000, 5_000_000),
}
DEFAULT_PROVINCE = "全国下限"
LIVE_ORDER_STATUSES = ("issued", "served")
BLACKLIST_YEARS = 3
EARLY_REMOVAL_MONTHS = 6


@dataclass(frozen=True)
class Threshold:
    province: str
    single_fen: int
    multi_fen: int
    configurable: bool = True


def load_table(s: Session) -> tuple[str, dict[str, tuple[int, int]]]:
    """(the office's province, province → (one worker, ten or more) in fen)."""
    data: dict[str, Any] = load_json(s, THRESHOLD_KEY) or {}
    table = {DEFAULT_PROVINCE: (NATIONAL_RANGE["single"][0], NATIONAL_RANGE["multi"][0]),
             **DEFAULT_PROVINCES}
    for name, pair in (data.get("provinces") or {}).items():
        table[name] = (int(pair[0]), int(pair[1]))
    return str(data.get("province") or DEFAULT_PROVINCE), table


def current_threshold(s: Session) -> Threshold:
    """The figures in force are the authority settings' two region parameters (the
    ones the settings screen edits): one place for them, whichever way they are set."""
    province, _ = load_table(s)
    a = load_authority(s)
    return Threshold(province, a.crime_threshold_single_yuan * 100,
                     a.crime_threshold_total_yuan * 100)


def set_threshold(s: Session, province: str, *, single_fen: int | None = None,
                  multi_fen: int | None = None) -> Threshold:
    """Choose the office's province: its figures from the table (or the ones given,
    which are kept in the table) become the authority settings' figures. Figures
    outside the judicial interpretation's ranges are refused."""
    province = province.strip()
    if not province:
        raise ValidationError("请给出省份名称。", code="E_THRESHOLD_PROVINCE")
    data: dict[str, Any] = load_json(s, THRESHOLD_KEY) or {}
    provinces = dict(data.get("provinces") or {})
    _, table = load_table(s)
    if single_fen is None and multi_fen is None and province not in table:
        raise ValidationError(f"没有“{province}”的数额标准，请同时给出两个数额。",
                              code="E_THRESHOLD_UNKNOWN")
    old = table.get(province, table[DEFAULT_PROVINCE])
    pair = (single_fen if single_fen is not None else old[0],
            multi_fen if multi_fen is not None else old[1])
    for kind, value in zip(("single", "multi"), pair, strict=True):
        lo, hi = NATIONAL_RANGE[kind]
        if not lo <= value <= hi:
            raise ValidationError(
                f"数额标准 {value / 100:.0f} 元不在法释〔2013〕3号的幅度"
                f"（{lo // 100}–{hi // 100} 元）内。", code="E_THRESHOLD_RANGE")
    if pair != old:
        provinces[province] = list(pair)
    save_json(s, THRESHOLD_KEY, {"province": province, "provinces": provinces})
    authority = load_authority(s)
    authority.crime_threshold_single_yuan = pair[0] // 100
    authority.crime_threshold_total_yuan = pair[1] // 100
    save_authority(s, authority)
    return current_threshold(s)


@dataclass
class Assessment:
    """Both checks at once: the case's money, the threshold and the order condition."""

    owed_fen: int
    paid_fen: int
    outstanding_fen: int
    workers_unpaid: int
    threshold: Threshold
    threshold_reached: bool
    order_unpaid: bool  # ordered to pay by a deadline, deadline passed, still unpaid
    order_numbers: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)

    @property
    def referral_hint(self) -> bool:
        return self.threshold_reached and self.order_unpaid


def assess(s: Session, case_id: str, *, mass_incident: bool = False,
           today: date | None = None) -> Assessment:
    today = today or clock.today()
    claims = s.execute(select(CaseWorker.id, CaseWorker.months_owed, CaseWorker.amount_owed_fen)
                       .where(CaseWorker.case_id == case_id,
                              CaseWorker.tombstone.is_(False))).all()
    payments = s.execute(select(CasePayment.case_worker_id, CasePayment.amount_fen)
                         .where(CasePayment.case_id == case_id,
                                CasePayment.tombstone.is_(False), CasePayment.confirmed.is_(True))).all()
    paid_to: dict[str | None, int] = {}
    for cw, amount in payments:
        paid_to[cw] = paid_to.get(cw, 0) + amount
    owed = sum(c.amount_owed_fen for c in claims)
    paid = sum(paid_to.values())
    outstanding = max(0, owed - paid)
    left = {c.id: max(0, c.amount_owed_fen - paid_to.get(c.id, 0)) for c in claims}
    th = current_threshold(s)
    single = [c for c in claims if c.months_owed >= SINGLE_MONTHS and left[c.id] >= th.single_fen]
    unpaid = [c for c in claims if left[c.id] > 0]
    reasons: list[str] = []
    if single:
        reasons.append(f"{len(single)} 名劳动者被拖欠3个月以上且数额达 {th.single_fen // 100} 元")
    many = len(unpaid) >= MULTI_WORKERS and outstanding >= th.multi_fen
    if many:
        reasons.append(f"{len(unpaid)} 名劳动者累计被拖欠 {outstanding / 100:.2f} 元，"
                       f"达 {th.multi_fen // 100} 元")
    orders = s.execute(select(Order.number, Order.deadline)
                       .join(CaseLink, CaseLink.order_id == Order.id)
                       .where(CaseLink.case_id == case_id, CaseLink.orders_payment.is_(True),
                              CaseLink.tombstone.is_(False),
                              Order.status.in_(LIVE_ORDER_STATUSES))).all()
    lapsed = [o for o in orders if o.deadline < today]
    order_unpaid = bool(lapsed) and outstanding > 0
    if order_unpaid:
        reasons.append("经责令限期支付，逾期仍未支付")
    if mass_incident:
        reasons.append("引发群体性事件、极端事件")
    return Assessment(owed, paid, outstanding, len(unpaid), th, bool(single) or many,
                      order_unpaid, [o.number or "" for o in lapsed], reasons)


def add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    for day in (d.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def listing_dates(listed_on: date, fully_paid_on: date | None) -> tuple[date, date | None]:
    """(end of the 3-year term, earliest date an early removal may be applied for).

    人社部令第45号: 3 years; a party that has corrected (paid) and made a 守信承诺
    may apply once 6 months have passed since its listing — counted here from the
    later of listing and full payment, since the correction must come first.
    """
    end = add_months(listed_on, 12 * BLACKLIST_YEARS)
    if fully_paid_on is None:
        return end, None
    return end, add_months(max(listed_on, fully_paid_on), EARLY_REMOVAL_MONTHS)
