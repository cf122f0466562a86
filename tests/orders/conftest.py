"""Builders for the orders tests: a finalized inspection with findings, number blocks.

Inspections go through the real inspection service (start → answer → evidence →
finalize), so the findings are exactly what an inspector's visit produces.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from inspector.inspections.arrears import Arrears, record_arrears
from inspector.inspections.service import (
    answer_item,
    attach_evidence,
    finalize_inspection,
    start_inspection,
)
from inspector.orders.drafting import draft_orders
from inspector.orders.issuing import issue_order
from inspector.orders.numbers import add_block
from inspector.queries.inspections import inspection_form
from tests.conftest import TODAY
from tests.core.helpers import (
    GC_CODE,
    OWNER_CODE,
    SUB_CODE,
    make_site,
    photo_bytes,
    site_template,
)

# Three violations of the 施工总承包单位, each with its own duty and penalty article.
GC_BAD = {"C04": "未能出示专户开户资料", "C07": "未能提供保证金存储凭证", "C19": "告示牌缺少投诉电话"}


@dataclass(frozen=True)
class Visit:
    inspection_id: str
    site_id: str
    inspector_ids: list[str]


def make_visit(db, bad: dict[str, str] | None = None, *,
               arrears: Arrears | None = None) -> Visit:
    """A finalized site inspection whose non-compliant items are `bad` (code → note);
    C18 (拖欠) gets `arrears` when given."""
    bad = GC_BAD if bad is None else bad
    site_id, inspectors = make_site(db)
    iid = start_inspection(db, target_kind="site", template_id=site_template(db),
                           inspector_ids=inspectors, site_id=site_id, location="施工现场")
    for it in inspection_form(db, iid).items:
        if it.answer_type not in ("yes_no", "yes_no_na"):
            continue
        wrong = it.code in bad
        answer_item(db, iid, it.item_id, answer="non_compliant" if wrong else "compliant",
                    note=bad.get(it.code, ""))
        if wrong:
            attach_evidence(db, iid, photo_bytes(f"photo {it.code}"), item_id=it.item_id,
                            filename=f"{it.code}.jpg")
        if it.code == "C18" and arrears is not None:
            record_arrears(db, iid, it.item_id, arrears)
    finalize_inspection(db, iid)
    return Visit(iid, site_id, inspectors)


@pytest.fixture
def visit(db) -> Visit:
    return make_visit(db)


@pytest.fixture
def block(db) -> str:
    """A block of serials 1–20 for this device."""
    return add_block(db, db.device_id, 1, 20)


def pdftotext(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout


__all__ = ["GC_BAD", "GC_CODE", "OWNER_CODE", "SUB_CODE", "TODAY", "Visit", "make_visit",
           "pdftotext"]


@pytest.fixture
def issued(db, block, visit):
    """The visit's order, drafted and issued (the result of `issue_order`)."""
    (oid,) = draft_orders(db, visit.inspection_id, today=TODAY)
    return issue_order(db, oid)


def squeezed(text: str) -> str:
    """Text with every white space taken out (pdftotext breaks lines where the PDF wraps)."""
    return re.sub(r"\s+", "", text)
