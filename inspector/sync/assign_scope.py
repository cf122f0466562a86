"""What one laptop receives in its assignment bundle: all sites, or those of some townships,
regulators or an explicit list, with the employers and subcontracts they need, and all
inspectors or a chosen few.

The scope is a set of SQL conditions per table (subqueries, so a large selection costs no
bound parameters) that `export_assignment_bundle(scope=…)` adds to its own filters.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import cast

from sqlalchemy import Column, ColumnElement, Table, and_, false, or_, select, true, union

from inspector.domain.registry import REGULATORS, Employer, Inspector, Site, SiteSubcontractor
from inspector.errors import ValidationError

_SITE = cast(Table, Site.__table__)
_SUB = cast(Table, SiteSubcontractor.__table__)
_INSPECTOR = cast(Table, Inspector.__table__)
_EMPLOYER = cast(Table, Employer.__table__)


@dataclass(frozen=True)
class AssignmentScope:
    """Empty lists mean "no restriction"; filters of different kinds combine with AND,
    values of one kind with OR (township A or B, and regulator 住建)."""

    townships: Sequence[str] = field(default_factory=tuple)
    regulators: Sequence[str] = field(default_factory=tuple)
    site_ids: Sequence[str] = field(default_factory=tuple)
    inspector_ids: Sequence[str] = field(default_factory=tuple)

    @property
    def everything(self) -> bool:
        return not (self.townships or self.regulators or self.site_ids or self.inspector_ids)

    def describe(self) -> str:
        """The scope in plain Chinese, for the screen and the CLI."""
        if self.everything:
            return "全部工程项目与监察员"
        parts = []
        if self.townships:
            parts.append("乡镇：" + "、".join(self.townships))
        if self.regulators:
            parts.append("主管部门：" + "、".join(REGULATORS.get(r, r) for r in self.regulators))
        if self.site_ids:
            parts.append(f"指定项目 {len(self.site_ids)} 个")
        parts.append(f"指定监察员 {len(self.inspector_ids)} 名" if self.inspector_ids
                     else "全部监察员")
        return "；".join(parts)


def _any(col: Column[str], values: Sequence[str]) -> ColumnElement[bool]:
    """`col` equals one of `values`, as plain bound parameters: the export's fast path
    compiles the statement itself and cannot expand an IN list's parameters."""
    return or_(false(), *(col == v for v in values))


def scope_conditions(scope: AssignmentScope) -> dict[str, ColumnElement[bool]]:
    """Per-table conditions for `export_assignment_bundle(scope=…)`."""
    bad = [r for r in scope.regulators if r not in REGULATORS]
    if bad:
        raise ValidationError(f"主管部门应为 {'/'.join(REGULATORS)} 之一，而不是 {bad[0]}。",
                              code="E_SCOPE")
    out: dict[str, ColumnElement[bool]] = {}
    site_filters: list[ColumnElement[bool]] = []
    if scope.townships:
        site_filters.append(_any(_SITE.c.township, scope.townships))
    if scope.regulators:
        site_filters.append(_any(_SITE.c.regulator, scope.regulators))
    if scope.site_ids:
        site_filters.append(_any(_SITE.c.id, scope.site_ids))
    if site_filters:
        chosen = select(_SITE.c.id).where(and_(true(), *site_filters))
        out["site"] = _SITE.c.id.in_(chosen)
        out["site_subcontractor"] = _SUB.c.site_id.in_(chosen)
        # The employers those sites name: owner, general contractor, subcontractors.
        needed = union(
            select(_SITE.c.project_owner_id.label("id")).where(_SITE.c.id.in_(chosen)),
            select(_SITE.c.general_contractor_id.label("id")).where(_SITE.c.id.in_(chosen)),
            select(_SUB.c.employer_id.label("id")).where(_SUB.c.site_id.in_(chosen)),
        )
        out["employer"] = _EMPLOYER.c.id.in_(select(needed.subquery().c.id))
    if scope.inspector_ids:
        out["inspector"] = _any(_INSPECTOR.c.id, scope.inspector_ids)
    return out
