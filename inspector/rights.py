"""The one table of rights: per table and role, who may create, edit and tombstone which rows.

Bundle import (`inspector.sync.authority`) reads it for every row of a field
bundle, field export reads it to leave out what a field device may not send,
and the local flush guard (`guard_local_writes`) reads it for every ORM write,
so a local write and an imported one obey the same table. The value guard
(`guard_local_values`) names a refused row's table by its label here.

- `create`: the role may make new rows;
- `edit` / `tombstone`: `OWN` — rows whose owner is the writer (the device named
  by `owner_column`, else the stored version's `origin_device`; a version the
  office wrote does not take a row away from the device working on it), or
  `ANY` row;
- `local_only` (field): the field may keep its own rows of the table (its own
  device row, a copy of the authority settings for printing) but never sends
  them; the office's copy is the one that travels;
- `own_column`: a new row's column that must name the writing device (a field
  device registers only its own number block, issues only its own orders);
- `owner_only_column`: the owner is `owner_column` alone — a row without one is the
  office's and no field device's own (a payment the office entered);
- `check`: what the rights of a row depend on beyond its table (a case note only on a
  case assigned to the writer's inspectors): `check(conn, writer, stored, row)` returns
  why the write is refused, or None. Import and the local guard both call it.

A table that is not listed may not be written by a field device and is refused
from every field bundle: a new area (the office workstation, cases) is closed
until it adds its row here with `register`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from inspector.errors import InspectorError

Scope = Literal["own", "any"]
OWN: Scope = "own"
ANY: Scope = "any"
FIELD, OFFICE = "field", "office"


class RightsError(InspectorError):
    code = "E_RIGHTS"


@dataclass(frozen=True)
class Right:
    create: bool = False
    edit: Scope | None = None
    tombstone: Scope | None = None


FULL = Right(create=True, edit=ANY, tombstone=ANY)
NONE = Right()


RowCheck = Callable[[Connection, str, Mapping[str, Any] | None, Mapping[str, Any]], str | None]
"""(connection, writing device id, stored row or None, new row) → why refused, or None."""


@dataclass(frozen=True)
class TableRights:
    table: str
    label: str
    field: Right = NONE
    office: Right = FULL
    local_only: bool = False
    owner_column: str | None = None
    own_column: str | None = None
    owner_only_column: bool = False
    check: RowCheck | None = None

    def of(self, role: str) -> Right:
        return self.office if role == OFFICE else self.field


RIGHTS: dict[str, TableRights] = {}


def register(rights: TableRights) -> None:
    RIGHTS[rights.table] = rights


def rights_for(table: str) -> TableRights | None:
    return RIGHTS.get(table)


def field_sends(table: str) -> bool:
    """May a field bundle carry rows of `table`? Unlisted and office-owned tables: no."""
    r = RIGHTS.get(table)
    return r is not None and not r.local_only and r.field != NONE


OFFICE_OWNED = "局端"
"""The owner of a row whose `owner_only_column` is empty: no device's own."""


def owner_of(rights: TableRights, stored: Mapping[str, Any]) -> str | None:
    if rights.owner_column and stored.get(rights.owner_column):
        return str(stored[rights.owner_column])
    if rights.owner_only_column:
        return OFFICE_OWNED
    origin = stored.get("origin_device")
    return None if origin is None else str(origin)


def may(
    rights: TableRights | None, role: str, action: str, writer: str | None,
    owner: str | None, office_ids: frozenset[str],
) -> bool:
    """May `writer` (of `role`) do `action` (create | edit | tombstone) to a row owned by `owner`?"""
    if rights is None:
        return role == OFFICE
    right = rights.of(role)
    if action == "create":
        return right.create
    scope = right.edit if action == "edit" else right.tombstone
    if scope is None:
        return False
    return scope == ANY or owner is None or owner == writer or owner in office_ids


_WORK = Right(create=True, edit=OWN, tombstone=OWN)
"""What a field device does with its own work: inspections, orders and their records."""
_SHARED = Right(create=True, edit=ANY, tombstone=OWN)
"""People and places any inspector may meet and correct; only the creator deletes."""

for _table, _label in (
    ("inspection", "检查"), ("inspection_inspector", "检查人员"), ("item_result", "检查结果"),
    ("evidence", "证据"), ("finding", "问题"), ("order_violation", "违法事项"),
    ("order_service", "送达记录"), ("order_recheck", "复查记录"),
):
    register(TableRights(_table, _label, field=_WORK))
for _table, _label in (
    ("inspector", "监察员"), ("employer", "用人单位"), ("site", "工程项目"),
    ("site_subcontractor", "分包单位"),
):
    register(TableRights(_table, _label, field=_SHARED))
register(TableRights("rectification_order", "指令书", field=_WORK,
                     owner_column="issued_device_id", own_column="issued_device_id"))
register(TableRights("number_use", "编号使用记录", field=Right(create=True)))
# A block handed to a laptop on paper is registered by the laptop itself (orders.numbers.
# add_block) and must reach the office with the numbers used from it; it may only name
# the device itself, never overlap another device's block and never change afterwards.
register(TableRights("number_block", "编号段", field=Right(create=True), own_column="device_id"))
register(TableRights("device", "设备", field=Right(create=True, edit=OWN), local_only=True,
                     owner_column="id"))
register(TableRights("setting", "局端设置", field=Right(create=True, edit=ANY), local_only=True))
# Cases live with the office and travel read-only to the laptop of their inspectors
# (docs/cases.md "Cases on a field laptop"): status, parties, workers, referrals and the
# office's payments are the office's alone. The laptop adds notes, links its own
# inspections and orders, and reports payments seen on site, which the office confirms;
# each only on a case assigned to the writer's inspectors (`inspector.cases.field_rights`).
for _table, _label in (
    ("campaign", "专项行动"), ("wage_case", "欠薪案件"), ("case_party", "案件当事人"),
    ("arrears_worker", "劳动者"), ("case_worker", "案件劳动者"), ("case_inspector", "承办人"),
    ("case_step", "办案步骤"), ("case_referral", "移送"), ("clearance_target", "清欠目标"),
    ("device_inspector", "设备承办人"),
):
    register(TableRights(_table, _label))


def _case_check(name: str) -> RowCheck:
    """The cases area's row check `name`, imported when first used (rights is imported
    by the storage layer, before any area)."""
    def check(conn: Connection, writer: str, stored: Mapping[str, Any] | None,
              row: Mapping[str, Any]) -> str | None:
        from inspector.cases import field_rights

        fn: RowCheck = getattr(field_rights, name)
        return fn(conn, writer, stored, row)
    return check


register(TableRights("case_note", "案件记录", field=_WORK, check=_case_check("note")))
register(TableRights("case_link", "案件关联", field=Right(create=True, tombstone=OWN),
                     check=_case_check("link")))
register(TableRights("case_payment", "追回工资", field=_WORK, owner_column="reported_device_id",
                     own_column="reported_device_id", owner_only_column=True,
                     check=_case_check("payment")))
register(TableRights("checklist_template", "检查表"))
register(TableRights("template_item", "检查项"))


def guard_local_writes(session: Session) -> None:
    """Flush guard: a local ORM write obeys the same table as an imported one."""
    from inspector.domain.base import SyncedMixin
    from inspector.storage.session import local_device_id

    objs = [o for o in list(session.new) + list(session.dirty) if isinstance(o, SyncedMixin)]
    if not objs:
        return
    with session.no_autoflush:
        role = _local_role(session)
        me = local_device_id(session)
        if role != FIELD:
            return
        offices = _office_ids(session)
    for obj in objs:
        table = obj.__table__.name  # type: ignore[attr-defined]
        rights = rights_for(table)
        if obj in session.new:
            action, owner = "create", me
        elif not session.is_modified(obj, include_collections=False):
            continue
        else:
            action = "tombstone" if _became_tombstone(obj) else "edit"
            owner = _stored_owner(rights, obj)
        label = rights.label if rights else table
        if not may(rights, FIELD, action, me, owner, offices):
            raise RightsError(f"外勤设备不能{_ACTION_WORDS[action]}{label}。", code="E_RIGHTS")
        if rights is not None and rights.check is not None:
            before = None if action == "create" else _row(obj, stored=True)
            why = rights.check(session.connection(), str(me), before, _row(obj))
            if why is not None:
                raise RightsError(f"外勤设备不能{_ACTION_WORDS[action]}{label}：{why}。",
                                  code="E_RIGHTS")


_ACTION_WORDS = {"create": "新建", "edit": "修改", "tombstone": "删除"}


def guard_local_values(session: Session) -> None:
    """Flush guard, after stamping: a new row's values, and an edited row's changed ones,
    pass the rules import uses (`inspector.domain.values`), named by this table's label.
    Values nobody changed are not judged again: an old row stays editable."""
    from sqlalchemy.orm import attributes

    from inspector.domain import values
    from inspector.domain.base import SyncedMixin

    for obj in list(session.new) + list(session.dirty):
        if not isinstance(obj, SyncedMixin):
            continue
        table = obj.__table__  # type: ignore[attr-defined]
        if obj in session.new:
            # An unset column takes its default in the INSERT, after this hook.
            row = {str(c.name): getattr(obj, c.name) for c in table.columns
                   if getattr(obj, c.name) is not None or c.default is None}
        else:
            row = {str(c.name): getattr(obj, c.name) for c in table.columns
                   if c.name == "rev" or attributes.get_history(obj, c.name).added}
        rights = rights_for(str(table.name))
        values.refuse(str(table.name), row, rights.label if rights is not None else "")


def _local_role(session: Session) -> str | None:
    from inspector.domain.settings import LocalState

    row = session.get(LocalState, "role")
    return row.value if row is not None else None


def _office_ids(session: Session) -> frozenset[str]:
    """Office devices this database knows (a version the office wrote is nobody's own)."""
    from sqlalchemy import select

    from inspector.domain.devices import Device

    return frozenset(session.scalars(select(Device.id).where(Device.role == OFFICE)))


def _became_tombstone(obj: Any) -> bool:
    from sqlalchemy.orm import attributes

    hist = attributes.get_history(obj, "tombstone")
    return bool(hist.added and hist.added[0] and not (hist.deleted and hist.deleted[0]))


def _stored_owner(rights: TableRights | None, obj: Any) -> str | None:
    from sqlalchemy.orm import attributes

    def stored(col: str) -> Any:
        hist = attributes.get_history(obj, col)
        return hist.deleted[0] if hist.deleted else getattr(obj, col)

    row = {"origin_device": stored("origin_device")}
    if rights is not None and rights.owner_column:
        row[rights.owner_column] = stored(rights.owner_column)
    return owner_of(rights, row) if rights is not None else row["origin_device"]


def _row(obj: Any, *, stored: bool = False) -> dict[str, Any]:
    """An ORM object's columns as a row, as it is now or as it was stored."""
    from sqlalchemy.orm import attributes

    out: dict[str, Any] = {}
    for col in obj.__table__.columns:
        hist = attributes.get_history(obj, col.key) if stored else None
        out[col.name] = hist.deleted[0] if hist and hist.deleted else getattr(obj, col.key)
    return out

