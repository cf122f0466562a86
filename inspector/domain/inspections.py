"""One inspection (检查) of a site or an employer: answers, evidence and findings.

Draft → finalized. A finalized inspection and everything under it is immutable
(enforced in `inspector.storage.session` before every flush).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

# The foreign keys below name tables of these modules, and a flush resolves every
# foreign key of a table it writes: they load with this one.
from inspector.domain import checklists, registry  # noqa: F401
from inspector.domain.base import Base, SyncedMixin

INSPECTION_STATUSES = ("draft", "finalized")
ANSWERS = ("unanswered", "compliant", "non_compliant", "not_applicable")
EVIDENCE_KINDS = ("photo", "audio", "video", "document", "signature", "pdf")
INSPECTION_STATUS_LABELS = {"draft": "草稿", "finalized": "已定稿"}
ANSWER_LABELS = {"unanswered": "未检查", "compliant": "符合", "non_compliant": "不符合",
                 "not_applicable": "不适用"}
MIN_INSPECTORS = 2  # 劳动保障监察条例 第十六条: 不得少于2人


class Inspection(SyncedMixin, Base):
    __tablename__ = "inspection"

    target_kind: Mapped[str] = mapped_column(String(10), nullable=False)  # site | employer
    site_id: Mapped[str | None] = mapped_column(ForeignKey("site.id"), nullable=True, index=True)
    employer_id: Mapped[str | None] = mapped_column(
        ForeignKey("employer.id"), nullable=True, index=True
    )
    template_id: Mapped[str] = mapped_column(ForeignKey("checklist_template.id"), nullable=False)
    started_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    location: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="draft", index=True)
    finalized_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    # Entered from a historical ledger (`inspector.inspections.history_io`), not in the field.
    imported: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # The re-import match (对象类型 + unit + 检查日期) and the row's digest as last imported.
    import_key: Mapped[str | None] = mapped_column(String(300), nullable=True, unique=True,
                                                      index=True)
    import_digest: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    # 专项行动 code (the campaign table stays at the office; the tag travels as text).
    campaign: Mapped[str] = mapped_column(String(40), nullable=False, default="", index=True)


class InspectionInspector(SyncedMixin, Base):
    __tablename__ = "inspection_inspector"
    __table_args__ = (
        Index("ix_inspection_inspector_pair", "inspection_id", "inspector_id", unique=True),
    )

    inspection_id: Mapped[str] = mapped_column(ForeignKey("inspection.id"), nullable=False)
    inspector_id: Mapped[str] = mapped_column(ForeignKey("inspector.id"), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class ItemResult(SyncedMixin, Base):
    __tablename__ = "item_result"
    __table_args__ = (Index("ix_item_result_pair", "inspection_id", "item_id", unique=True),)

    inspection_id: Mapped[str] = mapped_column(ForeignKey("inspection.id"), nullable=False)
    item_id: Mapped[str] = mapped_column(ForeignKey("template_item.id"), nullable=False)
    answer: Mapped[str] = mapped_column(String(20), nullable=False, default="unanswered")
    # For an item whose duty holder is a 分包单位: which one (the order goes to it).
    responsible_employer_id: Mapped[str | None] = mapped_column(
        ForeignKey("employer.id"), nullable=True
    )
    value: Mapped[str] = mapped_column(Text, nullable=False, default="")
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # Wage-arrears items (拖欠/克扣): workers concerned, amount owed (fen), the list (JSON).
    arrears_workers: Mapped[int | None] = mapped_column(Integer, nullable=True)
    arrears_fen: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    arrears_list: Mapped[str] = mapped_column(Text, nullable=False, default="[]")


class Evidence(SyncedMixin, Base):
    """A photo, recording or document, stored content-addressed by SHA-256 under the data dir."""

    __tablename__ = "evidence"

    inspection_id: Mapped[str | None] = mapped_column(
        ForeignKey("inspection.id"), nullable=True, index=True
    )
    item_result_id: Mapped[str | None] = mapped_column(
        ForeignKey("item_result.id"), nullable=True, index=True
    )
    owner_kind: Mapped[str] = mapped_column(String(30), nullable=False, default="inspection")
    owner_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False, default="photo")
    size: Mapped[int] = mapped_column(BigInteger, nullable=False)
    mime: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    filename: Mapped[str] = mapped_column(String(255), nullable=False, default="")
    taken_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class Finding(SyncedMixin, Base):
    """A non-compliant item result: the raw material of an order's violations."""

    __tablename__ = "finding"
    __table_args__ = (Index("ix_finding_result", "item_result_id", unique=True),)

    inspection_id: Mapped[str] = mapped_column(
        ForeignKey("inspection.id"), nullable=False, index=True
    )
    item_result_id: Mapped[str] = mapped_column(ForeignKey("item_result.id"), nullable=False)
    item_id: Mapped[str] = mapped_column(ForeignKey("template_item.id"), nullable=False)
    duty_holder: Mapped[str] = mapped_column(String(30), nullable=False)
    employer_id: Mapped[str | None] = mapped_column(ForeignKey("employer.id"), nullable=True)
    fact: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # Copied from the item result at finalize (see `inspector.inspections.arrears`).
    arrears_workers: Mapped[int | None] = mapped_column(Integer, nullable=True)
    arrears_fen: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    arrears_list: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
