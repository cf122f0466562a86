"""People and the places inspected: inspectors, employers, sites (and, re-exported, devices).

The device table lives in `inspector.domain.devices`, which a start loads alone
(`inspector.devices.this_device`, issue #14); it is re-exported here for the many users
that name it with the registry."""

from __future__ import annotations

from datetime import date

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from inspector.domain.base import Base, SyncedMixin
from inspector.domain.devices import ROLE_LABELS, ROLES, Device

REGULATORS = {"housing": "住建", "transport": "交通", "water": "水利", "other": "其他"}
SITE_STATUSES = {"building": "在建", "suspended": "停工", "completed": "已完工"}
# GB/T 4754-2017 门类: letter → name. Covers every industry the work plans name.
INDUSTRIES = {
    "A": "农、林、牧、渔业",
    "B": "采矿业",
    "C": "制造业",
    "D": "电力、热力、燃气及水生产和供应业",
    "E": "建筑业",
    "F": "批发和零售业",
    "G": "交通运输、仓储和邮政业",
    "H": "住宿和餐饮业",
    "I": "信息传输、软件和信息技术服务业",
    "J": "金融业",
    "K": "房地产业",
    "L": "租赁和商务服务业",
    "M": "科学研究和技术服务业",
    "N": "水利、环境和公共设施管理业",
    "O": "居民服务、修理和其他服务业",
    "P": "教育",
    "Q": "卫生和社会工作",
    "R": "文化、体育和娱乐业",
    "S": "公共管理、社会保障和社会组织",
    "T": "国际组织",
}


class Inspector(SyncedMixin, Base):
    """劳动保障监察员."""

    __tablename__ = "inspector"

    name: Mapped[str] = mapped_column(String(50), nullable=False)
    credential_no: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    unit: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class Employer(SyncedMixin, Base):
    """用人单位 (any employing unit, including 建设单位 and 施工单位)."""

    __tablename__ = "employer"

    name: Mapped[str] = mapped_column(String(200), nullable=False, index=True)
    credit_code: Mapped[str] = mapped_column(String(18), nullable=False, unique=True)
    legal_rep: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    address: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    township: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    industry: Mapped[str] = mapped_column(String(1), nullable=False, default="E")
    contact_name: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    contact_phone: Mapped[str] = mapped_column(String(30), nullable=False, default="")


class Site(SyncedMixin, Base):
    """工程项目."""

    __tablename__ = "site"

    code: Mapped[str | None] = mapped_column(String(50), nullable=True, unique=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False, index=True)
    address: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    township: Mapped[str] = mapped_column(String(100), nullable=False, default="", index=True)
    regulator: Mapped[str] = mapped_column(String(20), nullable=False, default="housing")
    project_owner_id: Mapped[str | None] = mapped_column(
        ForeignKey("employer.id"), nullable=True, index=True
    )
    general_contractor_id: Mapped[str | None] = mapped_column(
        ForeignKey("employer.id"), nullable=True, index=True
    )
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="building")
    contract_amount_fen: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    planned_end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    headcount_registered: Mapped[int | None] = mapped_column(Integer, nullable=True)
    headcount_active: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # The province platform's project figures (实名制平台): 在职人员劳动合同签订人数,
    # 工资保证金已登记, 工资专用账户已绑定. None: not known.
    contracts_signed: Mapped[int | None] = mapped_column(Integer, nullable=True)
    wage_deposit_registered: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    wage_account_bound: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    wage_manager_name: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    wage_manager_phone: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class SiteSubcontractor(SyncedMixin, Base):
    """A 分包单位 working on a site."""

    __tablename__ = "site_subcontractor"
    __table_args__ = (Index("ix_site_subcontractor_pair", "site_id", "employer_id", unique=True),)

    site_id: Mapped[str] = mapped_column(ForeignKey("site.id"), nullable=False)
    employer_id: Mapped[str] = mapped_column(ForeignKey("employer.id"), nullable=False)
    scope: Mapped[str] = mapped_column(String(100), nullable=False, default="")


__all__ = [
    "INDUSTRIES", "REGULATORS", "ROLES", "ROLE_LABELS", "SITE_STATUSES",
    "Device", "Employer", "Inspector", "Site", "SiteSubcontractor",
]
