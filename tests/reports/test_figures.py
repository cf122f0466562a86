"""Every figure equals an independent recount over the raw tables, and its trace makes it."""

from __future__ import annotations

import subprocess
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import orjson
import pytest
from openpyxl import load_workbook

from inspector.appdb import open_app_database
from inspector.reports.figures import (
    FIGURES,
    Period,
    compute,
    definitions_markdown,
    trace,
    value_of,
)
from inspector.reports.summary import build_summary, summary_text, write_summary
from tests.conftest import ROOT, TODAY, run_cli
from tests.reports.recount import expected

PERIOD = Period(TODAY - timedelta(days=60), TODAY)


def _utc(d: date) -> str:
    """A local midnight as the stored naive-UTC text SQLite compares against."""
    at = datetime.combine(d, time.min).astimezone(UTC).replace(tzinfo=None)
    return at.isoformat(" ")


def _window() -> tuple[str, str]:
    """The period as stored-time text bounds (test_dashboard's own SQL uses them)."""
    return _utc(PERIOD.start), _utc(PERIOD.end + timedelta(days=1))


def _url(path: Path) -> str:
    return f"sqlite:///{path}"


def test_every_figure_equals_an_independent_recount(demo_db: Path) -> None:
    db = open_app_database(demo_db)
    got = compute(db, PERIOD)
    want = expected(_url(demo_db), PERIOD)
    assert set(want) == set(FIGURES)
    assert got == want
    # The demo has something in every figure, so a zero cannot pass by accident.
    assert all(want[k] for k in ("construction_sites_inspected", "employers_inspected",
                                 "orders_issued", "orders_overdue", "projects_employed",
                                 "contracts_signed_on_visits", "contract_rate_percent",
                                 "collective_contract_rate_percent", "projects_contracts_signed",
                                 "projects_deposit_registered", "projects_wage_account_bound",
                                 "complaints_received", "complaints_closed", "workers_involved",
                                 "wages_recovered_yuan", "cases_referred_police"))
    # The fixture's own numbers (tests/reports/conftest.py): two cases received in the
    # period, three distinct workers, 5,000.50 + 1,000.00 元 paid in it, one referral.
    assert (want["complaints_received"], want["workers_involved"],
            want["wages_recovered_yuan"], want["closure_rate_percent"]) == (2, 3, 6000.5, 100.0)
    assert 0 < float(want["contract_rate_percent"]) <= 100
    db.dispose()


def test_each_trace_makes_its_figure(demo_db: Path) -> None:
    db = open_app_database(demo_db)
    values = compute(db, PERIOD)
    for key, fig in FIGURES.items():
        records = trace(db, key, PERIOD)
        assert value_of(records, fig.unit) == values[key], key
        assert len({r.id for r in records}) == len(records), key
    db.dispose()


def test_an_empty_period_counts_nothing_from_the_period(demo_db: Path) -> None:
    db = open_app_database(demo_db)
    got = compute(db, Period(date(2020, 1, 1), date(2020, 1, 31)))
    assert got["construction_sites_inspected"] == got["orders_issued"] == 0
    assert got["employers_by_industry"] == {}
    assert got["projects_by_status"]  # a snapshot of the register, not of the period
    db.dispose()


def test_summary_text_json_pdf_and_workbook(demo_db: Path, tmp_path: Path) -> None:
    db = open_app_database(demo_db)
    doc = build_summary(db, PERIOD)
    assert doc["period_from"] == PERIOD.start.isoformat()
    text = summary_text(doc, "示例县人力资源和社会保障局")
    assert f"共监察在建建筑工地{doc['construction_sites_inspected']}个" in text
    assert f"签发《限期改正指令书》{doc['orders_issued']}份" in text
    pdf = write_summary(db, PERIOD, tmp_path / "s.pdf").path
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                         text=True, check=True).stdout
    assert "根治欠薪工作情况汇总" in out and f"{doc['orders_issued']}" in out
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all(" yes yes " in f for f in fonts)  # embedded subsets only
    wb = load_workbook(write_summary(db, PERIOD, tmp_path / "s.xlsx").path)
    head = {r[1].value: r[2].value for r in wb["汇总"].iter_rows(min_row=2)}
    assert head["orders_issued"] == doc["orders_issued"]
    assert len(wb.sheetnames) == 1 + sum(isinstance(v, dict) for v in doc.values())
    txt = write_summary(db, PERIOD, tmp_path / "s.txt").path
    assert txt.read_text(encoding="utf-8").strip() == summary_text(doc, "示例县人力资源和社会保障局")
    db.dispose()


def test_cli_summary_and_trace(demo_db: Path) -> None:
    a, b = PERIOD.start.isoformat(), PERIOD.end.isoformat()
    doc = orjson.loads(run_cli("report", "summary", "--from", a, "--to", b, "--json",
                               db=demo_db, check=True).stdout)
    by_source = doc.pop("cases_by_source")
    assert doc == {"period_from": a, "period_to": b, **expected(_url(demo_db), PERIOD)}
    assert by_source == {
        "全国根治欠薪线索反映平台": {"received": 1, "closed": 1, "workers": 2,
                                    "wages_recovered_yuan": 5000.5},
        "12345 热线": {"received": 1, "closed": 0, "workers": 2, "wages_recovered_yuan": 0.0},
        "来访": {"received": 0, "closed": 0, "workers": 0, "wages_recovered_yuan": 1000.0},
    }
    tr = orjson.loads(run_cli("report", "trace", "orders_overdue", "--from", a, "--to", b,
                              "--json", db=demo_db, check=True).stdout)
    assert tr["value"] == doc["orders_overdue"] == len(tr["records"])
    bad = run_cli("report", "trace", "nonsense", "--from", a, "--to", b, db=demo_db)
    assert bad.returncode == 1 and "E_FIGURE_UNKNOWN" in bad.stderr
    bad = run_cli("report", "summary", "--from", b, "--to", a, db=demo_db)
    assert bad.returncode == 1 and "E_DATES" in bad.stderr


def test_figure_definitions_doc_is_generated() -> None:
    assert (ROOT / "docs" / "figures.md").read_text(encoding="utf-8") == definitions_markdown()


@pytest.mark.parametrize("key", sorted(FIGURES))
def test_every_figure_is_defined_in_words(key: str) -> None:
    fig = FIGURES[key]
    assert fig.label and len(fig.definition) > 10


def test_finalize_refuses_more_contracts_than_people(db) -> None:
    """The visit's counts are checked when the inspection is finalized (signed ≤ on site)."""
    from inspector.inspections.service import IncompleteInspection, answer_item, finalize_inspection
    from inspector.queries.inspections import inspection_form
    from tests.orders.conftest import make_visit

    visit = make_visit(db, bad={})  # a finalized visit gives us a site and inspectors
    from inspector.inspections.service import start_inspection
    from tests.core.helpers import site_template

    iid = start_inspection(db, target_kind="site", template_id=site_template(db),
                           inspector_ids=visit.inspector_ids, site_id=visit.site_id)
    form = inspection_form(db, iid)
    for it in form.items:
        if it.answer_type in ("yes_no", "yes_no_na"):
            answer_item(db, iid, it.item_id, answer="compliant")
    by_code = {it.code: it.item_id for it in form.items}
    answer_item(db, iid, by_code["C21"], answer="compliant", value="10")
    answer_item(db, iid, by_code["C26"], answer="compliant", value="12")
    with pytest.raises(IncompleteInspection) as exc:
        finalize_inspection(db, iid)
    assert "不能多于在岗人数" in str(exc.value)
    answer_item(db, iid, by_code["C26"], answer="compliant", value="9")
    finalize_inspection(db, iid)  # C28 (集体合同) left empty: statistics are optional
