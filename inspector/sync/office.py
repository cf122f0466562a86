"""Office actions on devices beyond `enroll`: accept a new laptop from its bundle, revoke with
a reason, and the silent-device threshold. Each is one transaction and one audit event.

Accepting from a bundle is the office's trust prompt: the bundle is fully verified
against the key it carries, and the device is registered only if the fingerprint the
clerk compared (with the one the laptop shows) is that key's. A later import then
checks the bundle against the registered key like any other.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import or_, select

from inspector import keys
from inspector.audit import record
from inspector.domain.registry import Device
from inspector.errors import NotFoundError, ValidationError
from inspector.storage import Database
from inspector.sync.enroll import DeviceRow
from inspector.sync.errors import EnrollError
from inspector.sync.importer import inspect_bundle
from inspector.sync.state import get_state, set_state

SILENT_DAYS_KEY = "office.silent_days"
DEFAULT_SILENT_DAYS = 14


def _normal(fingerprint: str) -> str:
    return "".join(fingerprint.split()).replace("-", "").replace(":", "").lower()


def accept_device_from_bundle(
    db: Database, path: str | Path, *, confirmed_fingerprint: str, actor: str = ""
) -> DeviceRow:
    """Register and trust the device that signed the bundle at `path`.

    Refused (nothing written) unless the bundle verifies against its embedded key,
    `confirmed_fingerprint` is that key's fingerprint (spacing ignored), and neither
    the device id nor its code is already registered here."""
    manifest, code, message = inspect_bundle(None, path)
    if manifest is None or code != "OK_EMBEDDED_KEY":
        raise EnrollError(f"同步包未通过校验，不能据此接受设备：{message}", code="E_DEVICE_BUNDLE")
    if manifest.kind != "field":
        raise EnrollError("只能根据外勤同步包接受外勤设备。", code="E_DEVICE_BUNDLE")
    if _normal(confirmed_fingerprint) != _normal(manifest.key_id[:16]):
        raise EnrollError(
            f"核对的指纹与同步包的签名密钥（{keys.fingerprint_display(manifest.key_id[:16])}）不符。",
            code="E_DEVICE_FINGERPRINT",
        )
    with db.uow() as s:
        clash = s.scalar(select(Device).where(
            or_(Device.id == manifest.device_id, Device.code == manifest.device_code)))
        if clash is not None:
            raise EnrollError(f"已有设备 {clash.code}，不能重复登记。", code="E_DEVICE_EXISTS")
        s.add(Device(
            id=manifest.device_id, code=manifest.device_code, name=f"field {manifest.device_code}",
            role="field", public_key=manifest.public_key, key_id=manifest.key_id, trusted=True,
        ))
        s.flush()
        record(s, "device.trust", "device", manifest.device_id,
               {"code": manifest.device_code, "key_id": manifest.key_id,
                "via": "fingerprint compared on screen"}, actor=actor)
        return DeviceRow(manifest.device_code, "field", manifest.key_id, True, False,
                         f"field {manifest.device_code}")


def revoke_with_reason(db: Database, code: str, reason: str, *, actor: str = "") -> DeviceRow:
    """Revoke a device (its bundles are refused from now on); the reason is required and
    audited, because a revocation is what a lost or stolen laptop's story rests on."""
    if not reason.strip():
        raise ValidationError("吊销设备必须填写理由。", code="E_DEVICE_REASON")
    with db.uow() as s:
        dev = s.scalar(select(Device).where(Device.code == code))
        if dev is None:
            raise NotFoundError(f"没有代码为 {code} 的设备。", code="E_DEVICE_UNKNOWN")
        if dev.id == s.info.get("device_id"):
            raise EnrollError("不能吊销本机。", code="E_DEVICE_SELF")
        dev.trusted, dev.revoked = False, True
        record(s, "device.revoke", "device", dev.id,
               {"code": code, "key_id": dev.key_id, "reason": reason.strip()}, actor=actor)
        return DeviceRow(dev.code, dev.role, dev.key_id or "", False, True, dev.name)


def silent_days(db: Database) -> int:
    """Days without a bundle after which a device is flagged (a per-office setting)."""
    with db.session() as s:
        value = get_state(s, SILENT_DAYS_KEY)
    return int(value) if value and value.isdigit() else DEFAULT_SILENT_DAYS


def set_silent_days(db: Database, days: int) -> int:
    if not 1 <= days <= 365:
        raise ValidationError("天数须在 1 到 365 之间。", code="E_SILENT_DAYS")
    with db.uow() as s:
        set_state(s, SILENT_DAYS_KEY, days)
        record(s, "setting.change", "local_state", SILENT_DAYS_KEY, {"value": days})
    return days


LOW_WATER_KEY = "office.numbers_low_water"
DEFAULT_LOW_WATER = 20


def low_water(db: Database) -> int:
    """Serials left below which a device's numbers are flagged (a per-office setting)."""
    with db.session() as s:
        value = get_state(s, LOW_WATER_KEY)
    return int(value) if value and value.isdigit() else DEFAULT_LOW_WATER


def set_low_water(db: Database, count: int) -> int:
    if not 0 <= count <= 100_000:
        raise ValidationError("提示阈值须在 0 到 100000 之间。", code="E_LOW_WATER")
    with db.uow() as s:
        set_state(s, LOW_WATER_KEY, count)
        record(s, "setting.change", "local_state", LOW_WATER_KEY, {"value": count})
    return count
