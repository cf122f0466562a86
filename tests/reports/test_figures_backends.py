"""Every figure equals the tests' own SQL recount on SQLite and on PostgreSQL, for the whole
office and for one 专项行动 (campaign)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from inspector.appdb import open_app_database
from inspector.cases.service import CaseInput, WorkerInput, add_payment, save_case
from inspector.cases.targets import save_campaign
from inspector.domain.inspections import Inspection
from inspector.errors import ValidationError
from inspector.inspections.campaign import set_inspection_campaign
from inspector.reports.figures import FIGURES, Period, compute, trace, value_of
from inspector.reports.summary import build_summary, summary_text
from inspector.storage import Database
from tests.conftest import TODAY
from tests.reports.recount import by_source, expected

FIELD_BUNDLE = Path(__file__).resolve().parents[1] / "fixtures" / "bundles" / "field_v1.zip"
PERIOD = Period(TODAY - timedelta(days=60), TODAY)
WINTER = Period(PERIOD.start, PERIOD.end, campaign="WINTER")


def _office(url: str, data_dir: Path) -> Database:
    """Demo data, the report fixture's cases, a field device's bundle merged in, and a
    campaign holding every third finalized inspection and one case."""
    from inspector.cases.idcard import make
    from inspector.demo import load_demo
    from inspector.devices import init_device
    from inspector.sync import import_bundle
    from tests.reports.conftest import _cases

    db = open_app_database(url, data_dir=data_dir)
    init_device(db, role="office", code="OFFICE")
    # The field bundle first: its inspectors share the demo's 执法证号, which the demo
    # then reuses, while a bundle arriving second would be refused (issue 9).
    assert import_bundle(db, FIELD_BUNDLE, trust_new_device=True).status == "imported"
    load_demo(db, sites=6, seed=7)
    _cases(db)
    with db.uow() as s:
        save_campaign(s, code="WINTER", name="冬季根治欠薪专项行动")
        ids = list(s.scalars(select(Inspection.id).where(Inspection.status == "finalized")
                             .order_by(Inspection.id)))
        case, _ = save_case(s, CaseInput(
            source="hotline_12345", received_on=TODAY - timedelta(days=4), source_ref="W-1",
            campaign_code="WINTER",
            workers=[WorkerInput("孙八", make("33010219800101009"), amount_owed_fen=80_000)]))
        add_payment(s, case, amount_fen=80_000, paid_on=TODAY - timedelta(days=2))
    for iid in ids[::3]:
        set_inspection_campaign(db, iid, "WINTER")
    return db


@pytest.fixture
def office(office_url: str, tmp_path: Path) -> Iterator[tuple[Database, str]]:
    db = _office(office_url, tmp_path / "data")
    yield db, office_url
    db.dispose()


def test_figures_equal_the_recount_on_each_backend(office: tuple[Database, str]) -> None:
    db, url = office
    whole = expected(url, PERIOD)
    assert set(whole) == set(FIGURES)
    assert compute(db, PERIOD) == whole
    assert all(whole[k] for k in ("construction_sites_inspected", "employers_inspected",
                                  "orders_issued", "contract_rate_percent",
                                  "complaints_received", "wages_recovered_yuan"))
    doc = build_summary(db, PERIOD)
    assert doc.pop("cases_by_source") == by_source(url, PERIOD)
    for key, fig in FIGURES.items():  # each trace makes its figure on this backend too
        assert value_of(trace(db, key, PERIOD), fig.unit) == whole[key], key


def test_a_campaign_counts_only_its_inspections_and_cases(office: tuple[Database, str]) -> None:
    db, url = office
    want = expected(url, WINTER)
    assert compute(db, WINTER) == want
    whole = compute(db, PERIOD)
    # The campaign holds some of everything, and less than the whole office.
    assert 0 < want["construction_sites_inspected"] + want["employers_inspected"] < \
        whole["construction_sites_inspected"] + whole["employers_inspected"]
    assert (want["complaints_received"], want["wages_recovered_yuan"]) == (1, 800.0)
    assert want["orders_issued"] <= whole["orders_issued"]
    doc = build_summary(db, WINTER)
    assert (doc["campaign"], doc["campaign_name"]) == ("WINTER", "冬季根治欠薪专项行动")
    assert doc.pop("cases_by_source") == by_source(url, WINTER) == {
        "12345 热线": {"received": 1, "closed": 0, "workers": 1, "wages_recovered_yuan": 800.0}}
    assert "在冬季根治欠薪专项行动中" in summary_text(doc)
    with pytest.raises(ValidationError) as exc:
        build_summary(db, Period(PERIOD.start, PERIOD.end, campaign="NOPE"))
    assert exc.value.code == "E_CAMPAIGN_NOT_FOUND"
