"""Checklist templates (检查表) and their items. A template version is immutable once used."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from inspector.domain.base import Base, SyncedMixin

ANSWER_TYPES = ("yes_no", "yes_no_na", "number", "text", "choice")
# Who carries the duty an item checks; an order goes to that party.
DUTY_HOLDERS = ("general_contractor", "subcontractor", "project_owner", "employer")
TEMPLATE_KINDS = ("site", "employer")


class ChecklistTemplate(SyncedMixin, Base):
    __tablename__ = "checklist_template"
    __table_args__ = (Index("ix_checklist_template_code_version", "code", "version", unique=True),)

    code: Mapped[str] = mapped_column(String(50), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False, default="site")
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")


class TemplateItem(SyncedMixin, Base):
    __tablename__ = "template_item"
    __table_args__ = (Index("ix_template_item_tpl_code", "template_id", "code", unique=True),)

    template_id: Mapped[str] = mapped_column(ForeignKey("checklist_template.id"), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    code: Mapped[str] = mapped_column(String(50), nullable=False)
    category: Mapped[str] = mapped_column(String(50), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    guidance: Mapped[str] = mapped_column(Text, nullable=False, default="")
    answer_type: Mapped[str] = mapped_column(String(20), nullable=False, default="yes_no")
    options: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # JSON list
    evidence_required: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    duty_holder: Mapped[str] = mapped_column(String(30), nullable=False, default="employer")
    violation_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    duty_articles: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # JSON ids
    penalty_articles: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    requirement: Mapped[str] = mapped_column(Text, nullable=False, default="")
    deadline_days: Mapped[int] = mapped_column(Integer, nullable=False, default=10)
