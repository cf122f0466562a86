"""Every summary figure and every trace equals the tests' own SQL recount on an office
that merged real bundles from five field laptops, on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select

from inspector import clock
from inspector.appdb import open_app_database
from inspector.cases.targets import save_campaign
from inspector.devices import init_device
from inspector.domain.inspections import Inspection
from inspector.domain.orders import Order
from inspector.errors import ValidationError
from inspector.inspections.campaign import set_inspection_campaign
from inspector.reports.figures import FIGURES, Period, compute, trace, value_of
from inspector.reports.ledgers import LedgerFilter, iter_ledger
from inspector.reports.summary import build_summary
from inspector.storage import Database
from inspector.sync import import_bundle
from tests.conftest import TEST_NOW, TODAY
from tests.reports.conftest import _cases
from tests.reports.devices import DEVICES, build_device
from tests.reports.recount import _Q, by_source, expected

# The oldest visits (with the orders that ran their course) fall either side of the start.
PERIOD = Period(TODAY - timedelta(days=80), TODAY)
CAMPAIGN = Period(PERIOD.start, PERIOD.end, campaign="SPRING")


@pytest.fixture(scope="session")
def bundles(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Five devices built and exported once per session, on the tests' day."""
    root = tmp_path_factory.mktemp("five-devices")
    with clock.frozen_at(TEST_NOW):
        return [build_device(root / f"d{k}", k) for k in range(1, DEVICES + 1)]


@pytest.fixture
def office(office_url: str, tmp_path: Path, bundles: list[Path]) -> Iterator[tuple[Database, str]]:
    db = open_app_database(office_url, data_dir=tmp_path / "data")
    init_device(db, role="office", code="OFFICE")
    for bundle in bundles:
        assert import_bundle(db, bundle, trust_new_device=True).status == "imported"
    _cases(db)
    with db.uow() as s:
        save_campaign(s, code="SPRING", name="春季专项行动")
        ids = list(s.scalars(select(Inspection.id).where(Inspection.status == "finalized")
                             .order_by(Inspection.id)))
    for iid in ids[::4]:
        set_inspection_campaign(db, iid, "SPRING")
    yield db, office_url
    db.dispose()


def _merged(db: Database) -> tuple[int, int, set[str | None]]:
    with db.session() as s:
        # Inspections the office tagged with the campaign are its own latest versions.
        devices = set(s.scalars(select(Inspection.origin_device).distinct()
                                .where(Inspection.campaign == "")))
        return (s.scalar(select(func.count()).select_from(Inspection)) or 0,
                s.scalar(select(func.count()).select_from(Order)) or 0, devices)


def test_five_devices_merged_figures_equal_the_recount(office: tuple[Database, str]) -> None:
    db, url = office
    inspections, orders, devices = _merged(db)
    assert len(devices) == DEVICES and inspections == DEVICES * 11 and orders >= DEVICES * 9
    whole = expected(url, PERIOD)
    assert compute(db, PERIOD) == whole
    # Something of every kind is counted, so an equality of zeros proves nothing away.
    for key in ("construction_sites_inspected", "employers_inspected", "orders_issued",
                "orders_rectified", "orders_overdue", "contracts_signed_on_visits",
                "contract_rate_percent", "collective_contract_rate_percent",
                "projects_realname_collected", "projects_deposit_registered"):
        assert whole[key], key
    assert len(whole["employers_by_industry"]) > 1 and len(whole["projects_by_status"]) == 3
    assert build_summary(db, PERIOD).pop("cases_by_source") == by_source(url, PERIOD)
    for key, fig in FIGURES.items():
        assert value_of(trace(db, key, PERIOD), fig.unit) == whole[key], key


def test_five_devices_one_campaign_equals_the_recount(office: tuple[Database, str]) -> None:
    db, url = office
    want = expected(url, CAMPAIGN)
    assert compute(db, CAMPAIGN) == want
    whole = compute(db, PERIOD)
    assert 0 < want["construction_sites_inspected"] < whole["construction_sites_inspected"]
    for key, fig in FIGURES.items():
        assert value_of(trace(db, key, CAMPAIGN), fig.unit) == want[key], key


def test_campaign_ledgers_equal_the_recount(office: tuple[Database, str]) -> None:
    """The ledgers narrowed to a campaign keep exactly its inspections, their findings,
    sites, employers and orders (counted here with the tests' own SQL)."""
    db, url = office
    f = LedgerFilter(date_from=CAMPAIGN.start, date_to=CAMPAIGN.end, campaign="SPRING")
    engine = create_engine(url)
    try:
        with engine.connect() as con:
            count = _Q(con, CAMPAIGN).one  # binds :a :b (UTC bounds) and :lo :hi typed
            camp = ("SELECT {col} FROM inspection i WHERE i.tombstone = false"
                    " AND i.campaign = 'SPRING' AND i.started_at >= :a AND i.started_at < :b")
            want = {
                "inspections": count(f"SELECT count(*) FROM ({camp.format(col='i.id')}) x"),
                "findings": count(f"""SELECT count(*) FROM finding g WHERE g.tombstone = false
                    AND g.inspection_id IN ({camp.format(col='i.id')})"""),
                "sites": count(f"""SELECT count(*) FROM site s WHERE s.tombstone = false
                    AND s.id IN ({camp.format(col='i.site_id')})"""),
                "employers": count(f"""SELECT count(*) FROM employer e WHERE e.tombstone = false
                    AND e.id IN ({camp.format(col='i.employer_id')})"""),
                "orders": count("""SELECT count(*) FROM rectification_order o
                    WHERE o.tombstone = false AND o.issue_date BETWEEN :lo AND :hi
                    AND o.inspection_id IN (SELECT id FROM inspection WHERE campaign = 'SPRING'
                    AND tombstone = false)"""),
            }
    finally:
        engine.dispose()
    got = {name: len(list(iter_ledger(db, name, f))) for name in want}
    assert got == want and all(want.values())
    whole = LedgerFilter(date_from=CAMPAIGN.start, date_to=CAMPAIGN.end)
    assert all(len(list(iter_ledger(db, n, whole))) > got[n] for n in ("inspections", "orders"))
    with pytest.raises(ValidationError) as exc:
        list(iter_ledger(db, "inspections", LedgerFilter(campaign="NOPE")))
    assert exc.value.code == "E_CAMPAIGN_NOT_FOUND"
