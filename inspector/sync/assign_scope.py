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


# --- the cases of the device's inspectors -------------------------------------------

CASE_TABLES = ("campaign", "wage_case", "case_party", "arrears_worker", "case_worker",
               "case_inspector", "case_step", "case_payment", "case_referral", "case_link",
               "case_note")
"""Case tables an assignment bundle carries, only for the cases of the target's inspectors
(`DeviceInspector`); with no such inspector, none of them."""

_CHILDREN = ("case_party", "case_worker", "case_inspector", "case_step", "case_payment",
             "case_referral", "case_note")


def with_cases(
    conditions: dict[str, ColumnElement[bool]], target_id: str
) -> dict[str, ColumnElement[bool]]:
    """`conditions` plus the rows of the cases assigned to the target device's inspectors.

    The laptop imports with foreign keys on, so a case brings what it names even when
    the scope leaves it out: its site and employer (and that site's employers), its
    inspectors and campaign. Links go only to the target's own inspections and orders:
    those are the ones the laptop holds."""
    from inspector.cases.field_rights import device_cases, device_inspectors
    from inspector.domain import cases as c
    from inspector.domain.inspections import Inspection
    from inspector.domain.orders import Order

    def table(model: object) -> Table:
        return cast(Table, model.__table__)  # type: ignore[attr-defined]

    chosen = device_cases(target_id)
    case_t, worker_t, link_t = table(c.WageCase), table(c.CaseWorker), table(c.CaseLink)
    ci_t, insp_t, order_t = table(c.CaseInspector), table(Inspection), table(Order)
    out = dict(conditions)
    out["wage_case"] = case_t.c.id.in_(chosen)
    for name in _CHILDREN:
        out[name] = c.Base.metadata.tables[name].c.case_id.in_(chosen)
    out["arrears_worker"] = table(c.ArrearsWorker).c.id.in_(
        select(worker_t.c.worker_id).where(worker_t.c.case_id.in_(chosen)))
    out["campaign"] = table(c.Campaign).c.id.in_(
        select(case_t.c.campaign_id).where(case_t.c.id.in_(chosen)))
    out["case_link"] = and_(link_t.c.case_id.in_(chosen), or_(
        link_t.c.inspection_id.in_(select(insp_t.c.id)
                                   .where(insp_t.c.origin_device == target_id)),
        link_t.c.order_id.in_(select(order_t.c.id)
                              .where(order_t.c.issued_device_id == target_id))))
    case_sites = select(case_t.c.site_id).where(case_t.c.id.in_(chosen))
    widen = {
        "site": _SITE.c.id.in_(case_sites),
        "employer": _EMPLOYER.c.id.in_(select(union(
            select(case_t.c.employer_id.label("id")).where(case_t.c.id.in_(chosen)),
            select(_SITE.c.project_owner_id.label("id")).where(_SITE.c.id.in_(case_sites)),
            select(_SITE.c.general_contractor_id.label("id"))
            .where(_SITE.c.id.in_(case_sites)),
        ).subquery().c.id)),
        "inspector": or_(
            _INSPECTOR.c.id.in_(select(ci_t.c.inspector_id).where(ci_t.c.case_id.in_(chosen))),
            _INSPECTOR.c.id.in_(device_inspectors(target_id))),
    }
    for name, extra in widen.items():
        if name in out:
            out[name] = or_(out[name], extra)
    return out
