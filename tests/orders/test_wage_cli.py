"""Wage arrears and service from the command line, run as a user would (tests/clirun.py)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from inspector import clock
from inspector.inspections.service import (
    answer_item,
    attach_evidence,
    finalize_inspection,
    start_inspection,
)
from inspector.queries.inspections import inspection_form
from tests.conftest import run_cli
from tests.core.helpers import make_site, photo_bytes, site_template
from tests.orders.conftest import pdftotext


def _draft_inspection(db) -> str:
    site_id, inspectors = make_site(db)
    iid = start_inspection(db, target_kind="site", template_id=site_template(db),
                           inspector_ids=inspectors, site_id=site_id)
    for it in inspection_form(db, iid).items:
        if it.answer_type in ("yes_no", "yes_no_na"):
            wrong = it.code == "C18"
            answer_item(db, iid, it.item_id, answer="non_compliant" if wrong else "compliant")
            if wrong:
                attach_evidence(db, iid, photo_bytes("payroll"), item_id=it.item_id, filename="p.png")
    return iid


def test_arrears_order_and_service_session(db, db_path: Path, tmp_path: Path) -> None:
    iid = _draft_inspection(db)
    people = tmp_path / "list.csv"
    people.write_text("姓名,月份,金额\n刘大,2026年9月,1500\n陈二,2026年10月,1200\n",
                      encoding="utf-8-sig")
    bad = run_cli("inspections", "arrears", iid, "--item", "C18", "--workers", "1",
                  "--list", people, db=db_path)
    assert bad.returncode != 0 and "E_ARREARS_COUNT" in bad.stdout + bad.stderr
    bad = run_cli("inspections", "arrears", iid, "--item", "C18", "--amount", "-5", db=db_path)
    assert bad.returncode != 0 and "E_ARREARS_AMOUNT" in bad.stdout + bad.stderr
    ok = run_cli("inspections", "arrears", iid, "--item", "C18", "--workers", "3",
                 "--amount", "4000", "--list", people, db=db_path, check=True)
    assert "涉及劳动者 3 名，金额 4000.00元，清单 2 人" in ok.stdout
    finalize_inspection(db, iid)
    run_cli("numbers", "add-block", "--from", "1", "--to", "5", db=db_path, check=True)
    (draft,) = json.loads(run_cli("order", "draft", "--inspection", iid, "--json", db=db_path,
                                  check=True).stdout)["drafts"]
    run_cli("order", "edit", draft["id"], "--item", "1", "--workers", "4", "--amount", "5200.5",
            "--list", people, db=db_path, check=True)
    number = json.loads(run_cli("order", "issue", draft["id"], "--json", db=db_path,
                                check=True).stdout)["number"]
    pdf = tmp_path / "o.pdf"
    run_cli("order", "pdf", number, "--out", pdf, db=db_path, check=True)
    flat = re.sub(r"\s+", "", pdftotext(pdf))
    assert "涉及劳动者4名，金额共计5200.50元" in flat and "加付赔偿金" in flat
    served = run_cli("order", "serve", number, "--method", "direct", "--receiver-on-behalf", "王小明",
                     "--relation", "项目部文员", "--at", "2099-01-05T09:30", "--json",
                     db=db_path, check=True,
                     # Recorded once it happened: a time in the future is refused.
                     env={clock.ENV_VAR: "2099-01-05T10:00:00"})
    doc = json.loads(served.stdout)
    assert doc["late"] is True and "晚于整改期限" in doc["warning"]
    run_cli("order", "receipt", number, "--out", tmp_path / "r.pdf", db=db_path, check=True)
    receipt = re.sub(r"\s+", "", pdftotext(tmp_path / "r.pdf"))
    assert "代收人：王小明" in receipt and "【逾期送达】" in receipt
    refused = run_cli("order", "serve", number, "--method", "direct", "--receiver-on-behalf", "王小明",
                      db=db_path)
    assert refused.returncode != 0 and "E_SERVICE_RECEIVER" in refused.stdout + refused.stderr
