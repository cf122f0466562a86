"""Wage-arrears cases (欠薪案件): the clue or complaint, its workers, money, clocks and referrals.

A case lives with the office. A case assigned to a laptop's inspectors travels to
it in its assignment bundle (`inspector.sync.assign_scope`); what the laptop may
write back is the rights table's (`inspector.rights`, docs/cases.md "Cases on a
field laptop"). Clearance targets stay at the office (`info={"bundled": False}`,
read by `inspector.domain.base.synced_tables`).

Money is integer fen. A worker who appears in several cases is one
`ArrearsWorker` (the per-worker ledger), keyed by the 身份证号.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

# The foreign keys below name tables of these modules, and a flush resolves every
# foreign key of a table it writes: they load with this one.
from inspector.domain import inspections, orders, registry  # noqa: F401
from inspector.domain.base import Base, SyncedMixin

NOT_BUNDLED = {"info": {"bundled": False}}

# code → (label, online). "online" is derived from the source, never typed.
SOURCES: dict[str, tuple[str, bool]] = {
    "national_platform": ("全国根治欠薪线索反映平台", True),
    "provincial_platform": ("省级线索平台", True),
    "hotline_12345": ("12345 热线", True),
    "visit": ("来访", False),
    "letter": ("来信", False),
    "inspection": ("检查发现", False),
    "assigned": ("上级交办", False),
    "other": ("其他", False),
}
SOURCE_LABELS = {k: v[0] for k, v in SOURCES.items()}

CASE_STATUSES = ("registered", "accepted", "rejected", "filed", "investigating",
                 "handling", "closed", "transferred", "withdrawn")
CASE_STATUS_LABELS = {
    "registered": "登记", "accepted": "受理", "rejected": "不予受理", "filed": "立案",
    "investigating": "调查", "handling": "处理", "closed": "结案", "transferred": "移送",
    "withdrawn": "撤销立案",
}
# The steps the issue names. 移送 may come at any point after 登记 (a clue that is
# not a labour-security matter, or a crime); 撤销立案 only once a case is filed.
CASE_TRANSITIONS: dict[str, tuple[str, ...]] = {
    "registered": ("accepted", "rejected", "transferred"),
    "accepted": ("filed", "transferred"),
    "rejected": (),
    "filed": ("investigating", "transferred", "withdrawn"),
    "investigating": ("handling", "transferred", "withdrawn"),
    "handling": ("closed", "transferred", "withdrawn"),
    "closed": (),
    "transferred": (),
    "withdrawn": (),
}
FINAL_STATUSES = ("rejected", "closed", "transferred", "withdrawn")
FILED_STATUSES = ("filed", "investigating", "handling")
MIN_CASE_INSPECTORS = 2  # 劳动保障监察条例第十六条, from 立案 on

CHAIN_ROLES = {"project_owner": "建设单位", "general_contractor": "施工总承包单位",
               "subcontractor": "分包单位", "crew_boss": "实际施工人（包工头）"}
REFERRAL_TARGETS = {"police": "公安机关", "court": "人民法院"}


class Campaign(SyncedMixin, Base):
    """专项行动 (e.g. 冬季根治欠薪专项行动)."""

    __tablename__ = "campaign"
    code: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    start_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class WageCase(SyncedMixin, Base):
    """One clue or complaint about unpaid wages and everything done about it."""

    __tablename__ = "wage_case"
    __table_args__ = (
        Index("ix_wage_case_source_ref", "source", "source_ref", unique=True),
    )

    case_no: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    source: Mapped[str] = mapped_column(String(30), nullable=False, index=True)
    # The source's own number; a case without one gets its case_no here, so the
    # unique (source, source_ref) key that keeps re-imports idempotent always holds.
    source_ref: Mapped[str] = mapped_column(String(80), nullable=False)
    received_on: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    complainant: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    complainant_phone: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    employer_id: Mapped[str | None] = mapped_column(ForeignKey("employer.id"), nullable=True,
                                                    index=True)
    employer_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    site_id: Mapped[str | None] = mapped_column(ForeignKey("site.id"), nullable=True, index=True)
    area: Mapped[str] = mapped_column(String(100), nullable=False, default="", index=True)
    campaign_id: Mapped[str | None] = mapped_column(ForeignKey("campaign.id"), nullable=True,
                                                    index=True)
    declared_workers: Mapped[int | None] = mapped_column(Integer, nullable=True)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="registered",
                                        index=True)
    accepted_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    filed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    closing_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    violation_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # 2-year limit
    extension_days: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    extension_approved_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    mass_incident: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    incident_note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # 五个有: 责任单位、责任领导、责任人、整改措施、完成时限.
    duty_unit: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    duty_leader: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    duty_person: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    measures: Mapped[str] = mapped_column(Text, nullable=False, default="")
    complete_by: Mapped[date | None] = mapped_column(Date, nullable=True)


class CaseParty(SyncedMixin, Base):
    """A link of the chain named in the complaint: 建设单位 / 总包 / 分包 / 包工头, or
    a responsible person of the employer (for the 失信 list)."""

    __tablename__ = "case_party"
    case_id: Mapped[str] = mapped_column(ForeignKey("wage_case.id"), nullable=False, index=True)
    role: Mapped[str] = mapped_column(String(30), nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    credit_code: Mapped[str] = mapped_column(String(18), nullable=False, default="")
    id_number: Mapped[str] = mapped_column(String(18), nullable=False, default="")
    position: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(30), nullable=False, default="")


class ArrearsWorker(SyncedMixin, Base):
    """One person in the per-worker ledger, whatever the number of cases."""

    __tablename__ = "arrears_worker"
    id_number: Mapped[str] = mapped_column(String(18), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(50), nullable=False)
    phone: Mapped[str] = mapped_column(String(30), nullable=False, default="")


class CaseWorker(SyncedMixin, Base):
    """A worker's claim in one case: months and amount owed."""

    __tablename__ = "case_worker"
    __table_args__ = (
        Index("ix_case_worker_pair", "case_id", "worker_id", unique=True),
    )

    case_id: Mapped[str] = mapped_column(ForeignKey("wage_case.id"), nullable=False)
    worker_id: Mapped[str] = mapped_column(ForeignKey("arrears_worker.id"), nullable=False,
                                           index=True)
    months_owed: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    amount_owed_fen: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)


class CaseInspector(SyncedMixin, Base):
    __tablename__ = "case_inspector"
    __table_args__ = (
        Index("ix_case_inspector_pair", "case_id", "inspector_id", unique=True),
    )

    case_id: Mapped[str] = mapped_column(ForeignKey("wage_case.id"), nullable=False)
    inspector_id: Mapped[str] = mapped_column(ForeignKey("inspector.id"), nullable=False)


class CaseStep(SyncedMixin, Base):
    """One status change, with its date and reason (the case's history)."""

    __tablename__ = "case_step"
    case_id: Mapped[str] = mapped_column(ForeignKey("wage_case.id"), nullable=False, index=True)
    from_status: Mapped[str] = mapped_column(String(20), nullable=False)
    to_status: Mapped[str] = mapped_column(String(20), nullable=False)
    step_on: Mapped[date] = mapped_column(Date, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")


class CasePayment(SyncedMixin, Base):
    """Wages recovered (追回工资): a partial or full payment, to one worker or to all."""

    __tablename__ = "case_payment"
    case_id: Mapped[str] = mapped_column(ForeignKey("wage_case.id"), nullable=False, index=True)
    case_worker_id: Mapped[str | None] = mapped_column(ForeignKey("case_worker.id"),
                                                       nullable=True)
    paid_on: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    amount_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # A payment a field inspector saw on site is the field's report until the office
    # confirms it (`inspector.cases.fieldwork`); only confirmed payments count in figures.
    reported_device_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    confirmed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    confirmed_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class CaseReferral(SyncedMixin, Base):
    """移送 to the police (拒不支付劳动报酬罪) or an application to a court."""

    __tablename__ = "case_referral"
    case_id: Mapped[str] = mapped_column(ForeignKey("wage_case.id"), nullable=False, index=True)
    target: Mapped[str] = mapped_column(String(10), nullable=False)  # police | court
    referred_on: Mapped[date] = mapped_column(Date, nullable=False)
    number: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    receiving_body: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    outcome: Mapped[str] = mapped_column(Text, nullable=False, default="")


class CaseLink(SyncedMixin, Base):
    """An inspection or an order (指令书) that belongs to the case.

    `orders_payment` marks an order that ordered the wages paid by its deadline
    (责令限期支付): the condition of the referral and 失信 checks."""

    __tablename__ = "case_link"
    case_id: Mapped[str] = mapped_column(ForeignKey("wage_case.id"), nullable=False, index=True)
    inspection_id: Mapped[str | None] = mapped_column(ForeignKey("inspection.id"), nullable=True)
    order_id: Mapped[str | None] = mapped_column(ForeignKey("rectification_order.id"),
                                                 nullable=True)
    orders_payment: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class ClearanceTarget(SyncedMixin, Base):
    """清欠目标: an amount to clear by a date, for an area or a campaign."""

    __tablename__ = "clearance_target"
    __table_args__ = NOT_BUNDLED

    name: Mapped[str] = mapped_column(String(200), nullable=False)
    area: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    campaign_id: Mapped[str | None] = mapped_column(ForeignKey("campaign.id"), nullable=True)
    amount_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    due_on: Mapped[date] = mapped_column(Date, nullable=False)
    progress_updated_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class CaseNote(SyncedMixin, Base):
    """A dated note on a case (办案记录), written at the office or on a field laptop."""

    __tablename__ = "case_note"

    case_id: Mapped[str] = mapped_column(ForeignKey("wage_case.id"), nullable=False, index=True)
    written_on: Mapped[date] = mapped_column(Date, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)


class DeviceInspector(SyncedMixin, Base):
    """An inspector a field device works for: the cases assigned to them travel to it,
    and it may write back within the rights on exactly those cases."""

    __tablename__ = "device_inspector"
    __table_args__ = (Index("ix_device_inspector_pair", "device_id", "inspector_id",
                            unique=True),)

    device_id: Mapped[str] = mapped_column(ForeignKey("device.id"), nullable=False)
    inspector_id: Mapped[str] = mapped_column(ForeignKey("inspector.id"), nullable=False)
