"""Dashboard charts: bars recounted with the tests' own SQL; a bar's records make its counts."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from inspector.appdb import open_app_database
from inspector.errors import ValidationError
from inspector.reports.dashboard import CHARTS, chart_records, dashboard
from tests.reports.test_figures import PERIOD, _window


def _charts(path: Path) -> dict[str, dict[str, tuple[int, ...]]]:
    db = open_app_database(path)
    out = {c.key: {b.key: b.values for b in c.bars} for c in dashboard(db, PERIOD)}
    db.dispose()
    return out


def test_compliance_by_category_recount(demo_db: Path) -> None:
    a, b = _window()
    with sqlite3.connect(demo_db) as con:
        rows = con.execute("""
            SELECT t.category, sum(r.answer = 'compliant'), sum(r.answer = 'non_compliant')
            FROM item_result r JOIN inspection i ON i.id = r.inspection_id
            JOIN template_item t ON t.id = r.item_id
            WHERE r.tombstone = 0 AND i.tombstone = 0 AND i.status = 'finalized'
              AND r.answer IN ('compliant', 'non_compliant')
              AND t.answer_type IN ('yes_no', 'yes_no_na')
              AND i.started_at >= ? AND i.started_at < ? GROUP BY t.category""", (a, b))
        want = {cat: (ok, bad) for cat, ok, bad in rows}
    assert _charts(demo_db)["compliance_by_category"] == want and want


def test_top_violations_and_townships_recount(demo_db: Path) -> None:
    a, b = _window()
    with sqlite3.connect(demo_db) as con:
        tops = dict(con.execute("""
            SELECT t.code || ' ' || t.text, count(*) FROM finding f
            JOIN inspection i ON i.id = f.inspection_id JOIN template_item t ON t.id = f.item_id
            WHERE f.tombstone = 0 AND i.tombstone = 0 AND i.status = 'finalized'
              AND i.started_at >= ? AND i.started_at < ? GROUP BY 1""", (a, b)))
        towns = {}
        for town, clean, dirty in con.execute("""
            SELECT coalesce(nullif(CASE WHEN i.target_kind = 'site' THEN s.township
                                        ELSE e.township END, ''), '（未填）'),
                   sum(NOT EXISTS (SELECT 1 FROM finding f WHERE f.inspection_id = i.id
                                   AND f.tombstone = 0)),
                   sum(EXISTS (SELECT 1 FROM finding f WHERE f.inspection_id = i.id
                               AND f.tombstone = 0))
            FROM inspection i LEFT JOIN site s ON s.id = i.site_id
            LEFT JOIN employer e ON e.id = i.employer_id
            WHERE i.tombstone = 0 AND i.status = 'finalized'
              AND i.started_at >= ? AND i.started_at < ? GROUP BY 1""", (a, b)):
            towns[town] = (clean, dirty)
    charts = _charts(demo_db)
    top = charts["top_violations"]
    assert len(top) == min(10, len(tops))
    assert all(tops[k] == v[0] for k, v in top.items())
    assert min(v[0] for v in top.values()) >= max(
        (n for k, n in tops.items() if k not in top), default=0)
    assert charts["compliance_by_township"] == towns and towns


def test_a_bars_records_make_its_counts(demo_db: Path) -> None:
    db = open_app_database(demo_db)
    for chart in dashboard(db, PERIOD):
        assert chart.bars, chart.key
        for bar in chart.bars:
            for idx, n in enumerate(bar.values):
                got = chart_records(db, chart.key, bar.key, idx, PERIOD)
                assert len(got) == n, (chart.key, bar.key, idx)
    with pytest.raises(ValidationError):
        chart_records(db, "nonsense", "x", None, PERIOD)
    assert set(CHARTS) == {c.key for c in dashboard(db, PERIOD)}
    db.dispose()
