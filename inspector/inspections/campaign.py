"""The 专项行动 (campaign) an inspection was part of: one tag, set or cleared."""

from __future__ import annotations

from sqlalchemy import select

from inspector.audit import record
from inspector.domain.cases import Campaign
from inspector.domain.inspections import Inspection
from inspector.errors import NotFoundError
from inspector.storage import Database


def set_inspection_campaign(db: Database, inspection_id: str, code: str) -> None:
    """Tag the inspection with the campaign `code` ("" clears it). The tag is not part
    of what the inspectors signed, so a finalized inspection may be tagged too."""
    code = code.strip()
    with db.uow() as s:
        insp = s.get(Inspection, inspection_id)
        if insp is None or insp.tombstone:
            raise NotFoundError(f"找不到检查记录：{inspection_id}", code="E_INSPECTION_NOT_FOUND")
        if code and s.scalar(select(Campaign.id).where(
                Campaign.code == code, Campaign.tombstone.is_(False))) is None:
            raise NotFoundError(f"找不到专项行动：{code}", code="E_CAMPAIGN_NOT_FOUND")
        if insp.campaign != code:
            insp.campaign = code
            record(s, "inspection.campaign", "inspection", insp.id, {"campaign": code})
