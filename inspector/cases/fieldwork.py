"""Cases on a field laptop: which inspectors a device works for, notes, payments seen on
site and their confirmation, and how ID numbers leave the office (docs/cases.md).

The rights are `inspector.rights` (checks in `inspector.cases.field_rights`); these
functions are the writes a person asks for, each inside the caller's unit of work
with its audit event.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector import clock
from inspector.audit import record
from inspector.cases.field_rights import FIELD_IDS_KEY
from inspector.cases.service import get_case
from inspector.cases.settings import load_json, save_json
from inspector.domain.cases import CaseNote, CasePayment, DeviceInspector
from inspector.domain.registry import Device, Inspector
from inspector.errors import NotFoundError, ValidationError

FIELD_ID_MODES = {"masked": "脱敏（默认）", "full": "完整"}
NOTE_MAX = 2000


def set_device_inspectors(s: Session, device_code: str, refs: Sequence[str]) -> list[str]:
    """Make `refs` (ids or 执法证号) the inspectors a field device works for; returns their ids.

    Their cases travel in the device's next assignment bundle, and its notes, links and
    payments are accepted on exactly those cases. Inspectors no longer named are
    tombstoned, so the laptop and the office's import both stop counting them."""
    dev = s.scalar(select(Device).where(Device.code == device_code, Device.tombstone.is_(False)))
    if dev is None:
        raise NotFoundError(f"没有代码为 {device_code} 的设备。", code="E_DEVICE_UNKNOWN")
    if dev.role != "field":
        raise ValidationError(f"设备 {device_code} 不是外勤设备（只能为外勤设备设定承办的监察员）。", code="E_CASE_DEVICE")
    wanted: list[str] = []
    for ref in refs:
        ins = s.get(Inspector, ref) or s.scalar(select(Inspector)
                                                .where(Inspector.credential_no == ref))
        if ins is None or ins.tombstone or not ins.active:
            raise NotFoundError(f"找不到在岗的监察员：{ref}", code="E_INSPECTOR_NOT_FOUND")
        if ins.id not in wanted:
            wanted.append(ins.id)
    rows = {r.inspector_id: r for r in s.scalars(
        select(DeviceInspector).where(DeviceInspector.device_id == dev.id))}
    for inspector_id, row in rows.items():
        live = inspector_id in wanted
        if row.tombstone == live:
            row.tombstone = not live
    for inspector_id in wanted:
        if inspector_id not in rows:
            s.add(DeviceInspector(device_id=dev.id, inspector_id=inspector_id))
    s.flush()
    record(s, "device.inspectors", "device", dev.id, {"inspectors": sorted(wanted)})
    return wanted


def add_note(s: Session, case_id: str, text: str, *, on: date | None = None) -> str:
    """A dated note on the case (at the office, or on the laptop of its inspectors)."""
    case = get_case(s, case_id)
    body = text.strip()
    if not body or len(body) > NOTE_MAX:
        raise ValidationError(f"记录内容不能为空，且不超过 {NOTE_MAX} 字。", code="E_CASE_NOTE")
    on = on or clock.today()
    if on > clock.today() or on < case.received_on:
        raise ValidationError("记录日期须在收到日期与今天之间。", code="E_CASE_DATE")
    note = CaseNote(case_id=case.id, written_on=on, text=body)
    s.add(note)
    s.flush()
    record(s, "case.note", "wage_case", case.id, {"note": note.id})
    return note.id


def confirm_payment(s: Session, payment_id: str, *, on: date | None = None) -> str:
    """The office confirms a payment a field inspector reported; from now on it counts."""
    pay = s.get(CasePayment, payment_id)
    if pay is None or pay.tombstone:
        raise NotFoundError(f"找不到支付记录：{payment_id}", code="E_PAYMENT_NOT_FOUND")
    if pay.confirmed:
        raise ValidationError("该笔支付已确认。", code="E_PAYMENT_CONFIRMED")
    on = on or clock.today()
    if on > clock.today() or on < pay.paid_on:
        raise ValidationError("确认日期须在支付日期与今天之间。", code="E_PAYMENT_DATE")
    pay.confirmed, pay.confirmed_on = True, on
    s.flush()
    record(s, "case.payment_confirm", "wage_case", pay.case_id,
           {"payment": pay.id, "amount_fen": pay.amount_fen})
    return pay.id


def set_field_id_numbers(s: Session, mode: str) -> str:
    """Whether assignment bundles carry workers' ID numbers whole (`full`) or masked."""
    if mode not in FIELD_ID_MODES:
        raise ValidationError("外勤身份证号设置应为 masked 或 full。", code="E_CASE_FIELD_IDS")
    save_json(s, FIELD_IDS_KEY, mode)
    return mode


def field_id_numbers(s: Session) -> str:
    value = load_json(s, FIELD_IDS_KEY)
    return value if value in FIELD_ID_MODES else "masked"
