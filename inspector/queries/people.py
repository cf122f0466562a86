"""Inspectors (监察员) and checklist templates, as the start-of-inspection and settings screens list them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import select

from inspector.domain.registry import Inspector

if TYPE_CHECKING:
    from inspector.config import AuthoritySettings
    from inspector.storage import Database


@dataclass(frozen=True)
class InspectorRow:
    id: str
    name: str
    credential_no: str
    unit: str
    phone: str
    active: bool


@dataclass(frozen=True)
class TemplateRow:
    id: str
    code: str
    version: int
    name: str
    kind: str


@dataclass(frozen=True)
class StartChoices:
    inspectors: list[InspectorRow] = field(default_factory=list)
    templates: list[TemplateRow] = field(default_factory=list)


def inspectors(db: Database, *, include_inactive: bool = False) -> list[InspectorRow]:
    """Inspector profiles by name; only active ones unless `include_inactive`."""
    with db.session() as s:
        q = select(Inspector).where(Inspector.tombstone.is_(False)).order_by(Inspector.name)
        if not include_inactive:
            q = q.where(Inspector.active.is_(True))
        return [InspectorRow(id=i.id, name=i.name, credential_no=i.credential_no, unit=i.unit,
                             phone=i.phone, active=i.active) for i in s.scalars(q)]


def start_choices(db: Database) -> StartChoices:
    """Active inspectors and the newest version of each template, site templates first."""
    from inspector.queries.inspections import templates

    rows: list[TemplateRow] = []
    for kind in ("site", "employer"):
        rows.extend(TemplateRow(id=t[0], code=t[1], version=t[2], name=t[3], kind=kind)
                    for t in templates(db, kind))
    return StartChoices(inspectors=inspectors(db), templates=rows)


def authority(db: Database) -> AuthoritySettings:
    """The authority settings (defaults when none are stored); see `config.get_authority`."""
    from inspector.config import get_authority

    return get_authority(db)
