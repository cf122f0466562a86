"""Service and recheck photos are judged by content like inspection evidence."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from inspector.domain.inspections import Evidence
from inspector.domain.orders import Recheck, ServiceRecord
from inspector.errors import ValidationError
from inspector.orders.drafting import draft_orders, update_draft
from inspector.orders.followup import recheck_violation, serve_order
from inspector.orders.issuing import issue_order
from tests.core.helpers import photo_bytes
from tests.orders.conftest import TODAY


@pytest.fixture
def order(db, block, visit) -> str:
    (oid,) = draft_orders(db, visit.inspection_id, today=TODAY)
    update_draft(db, oid, deadline=date(2026, 12, 2))
    issue_order(db, oid, issued_at=datetime(2026, 11, 25, 3, 0))
    return oid


def _count(db, model) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_a_text_file_as_service_photo_writes_nothing(db, order, tmp_path: Path) -> None:
    note = tmp_path / "posted.jpg"
    note.write_text("not a photo", encoding="utf-8")
    before = _count(db, Evidence)
    with pytest.raises(ValidationError) as err:
        serve_order(db, order, method="posted", place="项目部大门",
                    evidence=[photo_bytes("ok"), note])
    assert err.value.code == "E_EVIDENCE_NOT_IMAGE" and "posted.jpg" in err.value.message
    assert (_count(db, ServiceRecord), _count(db, Evidence)) == (0, before)


def test_a_recheck_pdf_is_kept_as_a_document(db, order, tmp_path: Path) -> None:
    pdf = tmp_path / "整改报告.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    out = recheck_violation(db, order, 1, rectified=True, evidence=[pdf, photo_bytes("site")])
    with db.session() as s:
        rc = s.get(Recheck, out.recheck_id)
        kinds = sorted(s.scalars(select(Evidence.kind).where(Evidence.owner_id == rc.id)))
    assert kinds == ["document", "photo"]
