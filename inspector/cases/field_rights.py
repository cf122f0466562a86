"""The row checks behind the field's case rights (`inspector.rights`, docs/cases.md).

A field device writes case notes, links and payments seen on site only on a case
assigned to one of its inspectors (`DeviceInspector`), links only its own
inspections and orders, and never confirms a payment nor touches one the office
confirmed. Each check takes (connection, writing device id, stored row or None,
new row) and returns why the write is refused, or None; the import judge
(`inspector.sync.authority`) and the local flush guard call the same functions.

It also holds how case rows leave the office for a laptop (`assignment_rewrite`: ID
numbers masked unless the office's setting says otherwise).

Queries go through the connection only: the guard runs inside a flush, and an
import checks rows before the ORM sees them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, cast

import orjson
from sqlalchemy import Connection, Table, select
from sqlalchemy.orm import Session

from inspector.cases import idcard
from inspector.domain.cases import (
    ArrearsWorker,
    CaseInspector,
    CaseWorker,
    DeviceInspector,
    WageCase,
)
from inspector.domain.inspections import Inspection
from inspector.domain.orders import Order
from inspector.domain.settings import LocalState, Setting
from inspector.errors import NotFoundError, ValidationError
from inspector.storage.session import local_device_id

_CI = cast(Table, CaseInspector.__table__)
_DI = cast(Table, DeviceInspector.__table__)
_CW = cast(Table, CaseWorker.__table__)
_CASE = cast(Table, WageCase.__table__)
_INSPECTION = cast(Table, Inspection.__table__)
_ORDER = cast(Table, Order.__table__)

Row = Mapping[str, Any]
FIELD_IDS_KEY = "cases.field_id_numbers"
"""Setting: "full" sends whole ID numbers to laptops; anything else masks them."""


def device_inspectors(device_id: str) -> Any:
    """SELECT of the live inspector ids a device works for."""
    return select(_DI.c.inspector_id).where(_DI.c.device_id == device_id,
                                            _DI.c.tombstone.is_(False))


def device_cases(device_id: str) -> Any:
    """SELECT of the ids of cases assigned to one of the device's inspectors."""
    return select(_CI.c.case_id).where(_CI.c.tombstone.is_(False),
                                       _CI.c.inspector_id.in_(device_inspectors(device_id)))


def _case_refusal(conn: Connection, writer: str, stored: Row | None, row: Row) -> str | None:
    if stored is not None and stored["case_id"] != row["case_id"]:
        return "不能移到另一案件"
    case_id = row["case_id"]
    assigned = conn.execute(
        device_cases(writer).where(_CI.c.case_id == case_id).limit(1)).first()
    if assigned is None:
        case_no = conn.execute(select(_CASE.c.case_no).where(_CASE.c.id == case_id)).scalar()
        return f"所属案件 {case_no or case_id} 未指派给该设备的监察员"
    return None


def note(conn: Connection, writer: str, stored: Row | None, row: Row) -> str | None:
    return _case_refusal(conn, writer, stored, row)


def link(conn: Connection, writer: str, stored: Row | None, row: Row) -> str | None:
    if (why := _case_refusal(conn, writer, stored, row)) is not None:
        return why
    if stored is not None:
        # The field may only withdraw its own link (a tombstone), never repoint it.
        changed = [c for c in ("inspection_id", "order_id", "orders_payment")
                   if stored[c] != row[c]]
        return f"修改了关联的{changed[0]}" if changed else None
    if (row["inspection_id"] is None) == (row["order_id"] is None):
        return "须且只能关联一项检查或指令书"
    if row["inspection_id"] is not None:
        origin = conn.execute(select(_INSPECTION.c.origin_device)
                              .where(_INSPECTION.c.id == row["inspection_id"])).scalar()
        return None if origin == writer else "关联的检查不是该设备的检查"
    issuer = conn.execute(select(_ORDER.c.issued_device_id)
                          .where(_ORDER.c.id == row["order_id"])).scalar()
    return None if issuer == writer else "关联的指令书不是该设备出具的"


def _descends(stored: Row, row: Row) -> bool:
    """Was `row` written over `stored`? (A local edit not yet stamped has its version.)
    An edit concurrent with the office's confirmation is not refused: it becomes a
    conflict in which the confirmed version stays (`sync.authority.Judge.counters_decide`)."""
    if row["version_id"] == stored["version_id"] or row.get("base_version") == stored[
            "version_id"]:
        return True
    return any(parent == stored["version_id"] for _, parent in row.get("_edges") or ())


def payment(conn: Connection, writer: str, stored: Row | None, row: Row) -> str | None:
    if (why := _case_refusal(conn, writer, stored, row)) is not None:
        return why
    if stored is not None and stored["confirmed"] and _descends(stored, row):
        return "局端已确认该笔支付，外勤不能再修改"
    if row["confirmed"] is not False or row["confirmed_on"] is not None:
        return "外勤记录的支付须由局端确认（confirmed 应为 false）"
    if not isinstance(row["amount_fen"], int) or row["amount_fen"] <= 0:
        return "支付金额必须大于0"
    if row["case_worker_id"] is not None:
        case = conn.execute(select(_CW.c.case_id)
                            .where(_CW.c.id == row["case_worker_id"])).scalar()
        if case != row["case_id"]:
            return "所付劳动者不属于该案件"
    return None


def case_worker_paid(s: Session, case_id: str, number: str) -> str:
    """The case's worker with this ID number. On a laptop that holds masked stand-ins the
    masked form a list shows (330***********0012) names the worker too, when it names one."""
    pairs = s.execute(select(CaseWorker.id, ArrearsWorker.id_number)
                      .join(ArrearsWorker, ArrearsWorker.id == CaseWorker.worker_id)
                      .where(CaseWorker.case_id == case_id,
                             CaseWorker.tombstone.is_(False))).all()
    given = idcard.normalize(number)
    if "*" in given:
        hits = [cw for cw, n in pairs if idcard.mask(n) == given]
        if len(hits) > 1:
            raise ValidationError(f"本案有多名劳动者的身份证号显示为 {given}，无法区分。",
                                  code="E_WORKER_AMBIGUOUS")
    else:
        given = idcard.validate(number)
        hits = [cw for cw, n in pairs if n == given]
    if not hits:
        raise NotFoundError(f"本案没有身份证号为 {idcard.mask(given)} 的劳动者。",
                            code="E_WORKER_NOT_FOUND")
    return hits[0]


def payment_marks(s: Session) -> dict[str, Any]:
    """Columns of a new payment: on a field laptop it is the device's report, to be
    confirmed at the office; at the office it is confirmed as entered."""
    role = s.get(LocalState, "role")
    if role is not None and role.value == "field":
        return {"reported_device_id": local_device_id(s), "confirmed": False}
    return {"confirmed": True}


def _pseudonym(row_id: str, number: str) -> str:
    """A stand-in for an ID number on a laptop: the masked form's first 3 and last 4
    characters (what every list shows), and between them a marker and part of the
    row's random id, which keeps the ledger's unique key and cannot be a valid number
    nor be worked back to the real one."""
    if len(number) < 7:
        return number
    return number[:3] + "*" + row_id.replace("-", "")[-10:] + number[-4:]


RowRewrite = Callable[[str, list[dict[str, Any]]], None]


def assignment_rewrite(conn: Connection) -> RowRewrite | None:
    """How the assignment export rewrites case rows, read from the office's setting:
    ID numbers of workers and of parties leave masked unless the setting is `full`."""
    t = cast(Table, Setting.__table__)
    raw = conn.execute(select(t.c.value).where(t.c.key == FIELD_IDS_KEY,
                                               t.c.tombstone.is_(False))).scalar()
    if raw is not None and orjson.loads(raw) == "full":
        return None

    def rewrite(table: str, rows: list[dict[str, Any]]) -> None:
        if table == "arrears_worker":
            for r in rows:
                r["id_number"] = _pseudonym(r["id"], r["id_number"])
        elif table == "case_party":
            for r in rows:
                if r["id_number"]:
                    r["id_number"] = _pseudonym(r["id"], r["id_number"])
    return rewrite
