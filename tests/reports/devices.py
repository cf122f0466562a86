"""Five simulated field laptops, each with its own inspectors, sites, employers,
visits (with the contract-count items), findings and orders in every state,
exported as real signed bundles for an office to merge.

Each device's keys are its own (inspectors' 执法证号, credit codes, project codes,
order number blocks), so the merge has no natural-key conflict to park and every
record counts in the figures.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select

from inspector import clock
from inspector.appdb import open_app_database
from inspector.devices import init_device, require_device
from inspector.domain.checklists import TemplateItem
from inspector.domain.orders import Order, OrderViolation
from inspector.domain.registry import Site
from inspector.inspections.bulk import InspectionRecord, record_inspections
from inspector.orders import followup, numbers
from inspector.orders.demo import add_demo_orders
from inspector.queries.inspections import templates
from inspector.registry.credit_code import make
from inspector.registry.service import (
    EmployerInput,
    SiteInput,
    upsert_employer,
    upsert_inspector,
    upsert_site,
)
from inspector.storage import Database
from inspector.sync import export_field_bundle

DEVICES = 5
SITES_PER_DEVICE = 3
INDUSTRIES = ("C", "H", "F", "G", "K")
TOWNS = ("城关镇", "青山镇", "石桥镇")


@dataclass
class _Items:
    """A template's item ids by code, and its yes/no items (where findings come from)."""

    template_id: str
    by_code: dict[str, str]
    yes_no: list[str]


def _items(db: Database, kind: str) -> _Items:
    tpl = templates(db, kind)[0][0]
    with db.session() as s:
        rows = list(s.scalars(select(TemplateItem).where(TemplateItem.template_id == tpl)
                              .order_by(TemplateItem.position)))
    return _Items(tpl, {r.code: r.id for r in rows},
                  [r.id for r in rows if r.answer_type in ("yes_no", "yes_no_na")])


def _counts(rng: random.Random, items: _Items, codes: tuple[str, ...]) -> dict[str, str]:
    """在岗, 已签订, 本次督促签订, 集体合同 — consistent (urged ≤ signed ≤ on site)."""
    head = rng.randint(10, 80)
    signed = head - rng.choice([0, 1, 3])
    urged = rng.randint(0, min(signed, 5))
    values = (str(head), str(signed), str(urged), rng.choice(["有", "无"]))
    return {items.by_code[c]: v for c, v in zip(codes, values, strict=True)}


def _registry(db: Database, k: int) -> tuple[list[str], list[tuple[str, str]], list[str]]:
    """Device k's inspectors, (site, general contractor) pairs and outside employers."""
    with db.uow() as s:
        people = [upsert_inspector(s, name=f"检查员{k}{n}", credential_no=f"JC5D{k}{n:04d}")
                  for n in (1, 2)]
        sites = []
        for n in range(SITES_PER_DEVICE):
            head = 40 + 10 * n + k
            site_id, _ = upsert_site(s, SiteInput(
                name=f"设备{k}工地{n}", code=f"XM5D{k}{n:03d}", township=TOWNS[n % 3],
                status=("building", "suspended", "completed")[(k + n) % 3],
                general_contractor=EmployerInput(name=f"设备{k}建设{n}有限公司",
                                                 credit_code=make(f"91339902{k}{n:08d}")),
                headcount_registered=head, headcount_active=head - 5,
                contracts_signed=head - 6, wage_deposit_registered=n != 1,
                wage_account_bound=n != 2))
            gc = s.scalar(select(Site.general_contractor_id).where(Site.id == site_id))
            sites.append((site_id, str(gc)))
        others = [upsert_employer(s, EmployerInput(
            name=f"设备{k}单位{n}有限公司", credit_code=make(f"91339903{k}{n:08d}"),
            township=TOWNS[n % 3], industry=INDUSTRIES[(k + n) % 5]))[0] for n in (0, 1)]
    return people, sites, others


def _visits(db: Database, k: int, rng: random.Random) -> list[InspectionRecord]:
    """Three visits per site and one per outside employer over the last ~90 days (some
    before the report period), most with findings; none has a campaign yet."""
    people, sites, others = _registry(db, k)
    site_items, emp_items = _items(db, "site"), _items(db, "employer")
    base = datetime.combine(clock.today() - timedelta(days=88), time(9, 0))
    records = []
    for n, (site_id, gc) in enumerate(sites):
        for visit in range(3):
            start = base + timedelta(days=30 * visit + 7 * n + k, hours=rng.randint(0, 5))
            bad = rng.sample(site_items.yes_no, rng.choice([1, 2, 3]))
            records.append(InspectionRecord(
                target_kind="site", template_id=site_items.template_id, site_id=site_id,
                employer_id=gc, inspector_ids=people, started_at=start,
                ended_at=start + timedelta(hours=1), location="施工现场",
                answers={i: ("non_compliant", "现场发现问题") for i in bad},
                parties={"general_contractor": gc},
                values=_counts(rng, site_items, ("C21", "C26", "C27", "C28"))))
    for n, emp in enumerate(others):
        start = base + timedelta(days=40 + 20 * n + k, hours=2)
        records.append(InspectionRecord(
            target_kind="employer", template_id=emp_items.template_id, employer_id=emp,
            inspector_ids=people, started_at=start, ended_at=start + timedelta(hours=1),
            location="单位办公室",
            answers={i: ("non_compliant", "") for i in rng.sample(emp_items.yes_no, n + 1)},
            values=_counts(rng, emp_items, ("E08", "E14", "E15", "E16"))))
    return records


def build_device(folder: Path, k: int) -> Path:
    """Field device k with its records and orders; returns its exported bundle."""
    db = open_app_database(folder / "inspector.db")
    try:
        init_device(db, role="field", code=f"D{k}")
        rng = random.Random(500 + k)
        record_inspections(db, _visits(db, k, rng))
        numbers.add_block(db, require_device(db).id, 1000 * k + 1, 1000 * k + 500,
                          note="测试编号段")
        add_demo_orders(db, rng)
        _rectify_latest_served(db)
        return export_field_bundle(db, folder).path
    finally:
        db.dispose()


def _rectify_latest_served(db: Database) -> None:
    """The demo's one closed order is the device's oldest (before the report period):
    also recheck the newest served order as rectified, item by item, on the laptop."""
    with db.session() as s:
        oid = s.scalar(select(Order.id).where(Order.status == "served")
                       .order_by(Order.issue_date.desc(), Order.id.desc()))
        assert oid is not None
        positions = list(s.scalars(select(OrderViolation.position).where(
            OrderViolation.order_id == oid, OrderViolation.tombstone.is_(False))))
    for pos in positions:
        followup.recheck_violation(db, oid, pos, rectified=True, checked_on=clock.today(),
                                   note="已整改到位")
