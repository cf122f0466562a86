"""Orders (限期改正指令书), their violations, number blocks, service and rechecks.

Life of an order: draft → issued → served → closed, or issued/served →
revoked / superseded. Issuing stamps a number taken from this device's number
block, freezes the printed wording as canonical JSON (`content`), hashes it and
signs the QR payload with the device key.

What may change after issue (enforced by `inspector.orders.guard`):
- never: every column in `ORDER_CONTENT_COLUMNS`, and any `OrderViolation` row;
- only forward: `status` (see `ORDER_TRANSITIONS`);
- freely (they are facts recorded after the paper was handed over, not part of
  the signed content): the 签收 columns, archive receipt, escalation, closing,
  revocation reason.

Times are UTC (naive); dates are calendar dates in the authority's time zone.
JSON list columns hold ids as text, like the checklist tables.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

# The foreign keys below name tables of these modules, and a flush resolves every
# foreign key of a table it writes: they load with this one.
from inspector.domain import inspections, registry  # noqa: F401
from inspector.domain.base import Base, SyncedMixin

ORDER_STATUSES = ("draft", "issued", "served", "closed", "revoked", "superseded")
# Allowed status changes; anything else is refused by the guard.
ORDER_STATUS_LABELS = {
    "draft": "草稿", "issued": "已出具", "served": "已送达", "closed": "已结案",
    "revoked": "已撤销", "superseded": "已被替代",
}
"""The one Chinese name of each status (CLI, read models; the UI's translation sources match)."""

ORDER_TRANSITIONS: dict[str, tuple[str, ...]] = {
    "draft": ("issued",),
    "issued": ("served", "closed", "revoked", "superseded"),
    "served": ("closed", "revoked", "superseded"),
    "closed": (),
    "revoked": (),
    "superseded": (),
}
# "" none; pending: overdue and not rectified, awaiting a decision; the rest record it.
ESCALATIONS = ("", "pending", "decision", "penalty", "referral")
ESCALATION_LABELS = {
    "": "", "pending": "待处置", "decision": "作出行政处理决定", "penalty": "立案行政处罚",
    "referral": "移送",
}
"""The one Chinese name of each escalation (CLI, ledgers, screens)."""
SERVICE_METHODS = ("direct", "left_at_premises", "posted", "mail")
SERVICE_METHOD_NAMES = {
    "direct": "直接送达",
    "left_at_premises": "留置送达",
    "posted": "张贴送达",
    "mail": "邮寄送达",
}
# 留置/张贴 must be documented with photos (DOMAIN §1.5, 法释〔2013〕3号第四条).
METHODS_NEEDING_PHOTOS = ("left_at_premises", "posted")
NUMBER_USE_STATUSES = ("issued", "voided")

ORDER_CONTENT_COLUMNS = (
    "number",
    "inspection_id",
    "employer_id",
    "site_id",
    "title",
    "deadline",
    "issue_date",
    "issued_at",
    "issued_device_id",
    "inspector1_id",
    "inspector2_id",
    "supersedes_id",
    "content",
    "content_hash",
    "key_id",
    "signature",
    "qr_payload",
)
"""Columns frozen at issue (the signed, printed document)."""


class NumberBlock(SyncedMixin, Base):
    """A range of serial numbers (号段) given to one device; immutable once created."""

    __tablename__ = "number_block"

    device_id: Mapped[str] = mapped_column(ForeignKey("device.id"), nullable=False, index=True)
    year: Mapped[int | None] = mapped_column(Integer, nullable=True)  # None: any year
    first: Mapped[int] = mapped_column(Integer, nullable=False)
    last: Mapped[int] = mapped_column(Integer, nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class NumberUse(SyncedMixin, Base):
    """One serial of a block, used by an issued order or voided (a spoiled form)."""

    __tablename__ = "number_use"
    __table_args__ = (
        Index("ix_number_use_block_serial", "block_id", "serial", unique=True),
        Index("ix_number_use_number", "number", unique=True),
    )

    block_id: Mapped[str] = mapped_column(ForeignKey("number_block.id"), nullable=False)
    serial: Mapped[int] = mapped_column(Integer, nullable=False)
    number: Mapped[str] = mapped_column(String(80), nullable=False)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="issued")
    order_id: Mapped[str | None] = mapped_column(
        ForeignKey("rectification_order.id"), nullable=True, index=True
    )
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    used_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


class Order(SyncedMixin, Base):
    """限期改正（整改）指令书: one per responsible party per inspection."""

    __tablename__ = "rectification_order"
    __table_args__ = (Index("ix_rectification_order_number", "number", unique=True),)

    number: Mapped[str | None] = mapped_column(String(80), nullable=True)
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="draft", index=True)
    inspection_id: Mapped[str] = mapped_column(
        ForeignKey("inspection.id"), nullable=False, index=True
    )
    employer_id: Mapped[str] = mapped_column(ForeignKey("employer.id"), nullable=False, index=True)
    site_id: Mapped[str | None] = mapped_column(ForeignKey("site.id"), nullable=True, index=True)
    duty_holder: Mapped[str] = mapped_column(String(30), nullable=False, default="employer")
    title: Mapped[str] = mapped_column(String(60), nullable=False)
    deadline: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    inspector1_id: Mapped[str | None] = mapped_column(ForeignKey("inspector.id"), nullable=True)
    inspector2_id: Mapped[str | None] = mapped_column(ForeignKey("inspector.id"), nullable=True)
    supersedes_id: Mapped[str | None] = mapped_column(
        ForeignKey("rectification_order.id"), nullable=True, index=True
    )
    # Frozen at issue.
    issue_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    issued_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    issued_device_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    content: Mapped[str] = mapped_column(Text, nullable=False, default="")
    content_hash: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    key_id: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    signature: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    qr_payload: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # Recorded after issue.
    refused_to_sign: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    recipient_name: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    recipient_position: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    received_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    archive_received_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    escalation: Mapped[str] = mapped_column(String(12), nullable=False, default="")
    escalation_note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    escalated_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    revoke_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")


class OrderViolation(SyncedMixin, Base):
    """One numbered violation of an order, generated from a finding, editable while a draft."""

    __tablename__ = "order_violation"
    __table_args__ = (Index("ix_order_violation_pos", "order_id", "position", unique=True),)

    order_id: Mapped[str] = mapped_column(ForeignKey("rectification_order.id"), nullable=False)
    finding_id: Mapped[str | None] = mapped_column(ForeignKey("finding.id"), nullable=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    fact: Mapped[str] = mapped_column(Text, nullable=False)
    duty_articles: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # JSON ids
    penalty_articles: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    requirement: Mapped[str] = mapped_column(Text, nullable=False, default="")
    deadline: Mapped[date] = mapped_column(Date, nullable=False)
    # A wage-arrears violation (责令限期支付): workers, amount in fen, the list (JSON).
    arrears_workers: Mapped[int | None] = mapped_column(Integer, nullable=True)
    arrears_fen: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    arrears_list: Mapped[str] = mapped_column(Text, nullable=False, default="[]")


class ServiceRecord(SyncedMixin, Base):
    """How and to whom an issued order was served (送达)."""

    __tablename__ = "order_service"

    order_id: Mapped[str] = mapped_column(
        ForeignKey("rectification_order.id"), nullable=False, index=True
    )
    method: Mapped[str] = mapped_column(String(20), nullable=False)
    recipient_name: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    recipient_position: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    place: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    served_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    # 拒签 (refused_to_sign in the code); the column keeps its released name, and sync
    # reads synced rows by column name, so the attribute does too.
    refused: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    witness: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    # 代收人 (receiver_on_behalf) and their relation to the recipient; 拒收事由 as written.
    receiver_on_behalf: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    receiver_on_behalf_relation: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    refusal_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    late: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)  # after deadline
    server_ids: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # inspector ids
    evidence_ids: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class Recheck(SyncedMixin, Base):
    """复查 of one violation: rectified or not, on a date, with evidence."""

    __tablename__ = "order_recheck"

    order_id: Mapped[str] = mapped_column(
        ForeignKey("rectification_order.id"), nullable=False, index=True
    )
    violation_id: Mapped[str] = mapped_column(
        ForeignKey("order_violation.id"), nullable=False, index=True
    )
    rectified: Mapped[bool] = mapped_column(Boolean, nullable=False)
    checked_on: Mapped[date] = mapped_column(Date, nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    inspector_ids: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    evidence_ids: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
