"""CLI text output in Chinese: labels for roles and statuses, dates as 2026年12月1日."""

from __future__ import annotations

import re
from pathlib import Path

from inspector.orders.drafting import draft_orders
from inspector.orders.issuing import issue_order
from inspector.orders.verify import verify_payload
from tests.conftest import TODAY, run_cli
from tests.orders.conftest import make_visit

ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def test_order_and_inspection_lists_write_dates_in_chinese(db, db_path: Path, block) -> None:
    visit = make_visit(db)
    (oid,) = draft_orders(db, visit.inspection_id, today=TODAY)
    issue_order(db, oid)
    for args in (("orders", "list"), ("inspections", "list"), ("audit", "list"),
                 ("order", "show", oid)):
        out = run_cli(*args, db=db_path, check=True).stdout
        assert "年" in out and not ISO.search(out), (args, out)


def test_verdict_names_the_status_in_chinese(db, block) -> None:
    visit = make_visit(db)
    (oid,) = draft_orders(db, visit.inspection_id, today=TODAY)
    result = issue_order(db, oid)
    verdict = verify_payload(db, result.qr_payload)
    assert verdict.valid and "（状态：已出具）" in verdict.reason
    assert "issued" not in verdict.reason


def test_device_role_is_a_chinese_word(tmp_path: Path) -> None:
    out = run_cli("init", "--role", "office", db=tmp_path / "o.db", check=True).stdout
    assert "（局端）" in out and "office" not in out
