"""This install as a device: `init` creates its key pair, device row and built-in content."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select, text

from inspector.errors import ValidationError
from inspector.ids import uuid7
from inspector.storage import Database
from inspector.storage.session import DEVICE_ID_KEY

if TYPE_CHECKING:
    from inspector.domain.devices import Device

ROLE_KEY = "role"


@dataclass(frozen=True)
class DeviceInfo:
    id: str
    code: str
    role: str
    key_id: str
    public_key: str


def init_device(db: Database, *, role: str = "field", code: str | None = None) -> DeviceInfo:
    """Make this database a device of `role`. Idempotent: a second call returns the same device."""
    # Imported here: a start on an initialized database reads only `this_device`, and the
    # device and settings models, the key, the audit log and their JSON and cryptography
    # stay out of its way (issue #14).
    from inspector.domain.devices import ROLES, Device
    from inspector.domain.settings import LocalState

    if role not in ROLES:
        raise ValidationError(f"角色必须是 field 或 office，而不是 {role}。", code="E_ROLE")
    existing = this_device(db)
    if existing is not None:
        return existing
    from inspector import identity
    from inspector.audit import record

    # The only place a key is made: signing paths load it (inspector.identity).
    key = identity.create_key(db)
    device_id = uuid7()
    with db.uow() as s:
        s.add(LocalState(key=DEVICE_ID_KEY, value=device_id))
        s.add(LocalState(key=ROLE_KEY, value=role))
        s.info["device_id"] = device_id
        dev_code = code or ("OFFICE" if role == "office" else identity.derived_code(key.key_id))
        s.add(
            Device(
                id=device_id, code=dev_code, role=role, public_key=key.public_b64,
                key_id=key.key_id, trusted=True, name=f"{role} {dev_code}",
            )
        )
        s.flush()
        record(s, "device.init", "device", device_id, {"role": role, "key_id": key.key_id})
    db.forget_device()
    from inspector.checklists.loader import install_builtin_templates

    install_builtin_templates(db)
    info = this_device(db)
    assert info is not None
    identity.adopt_legacy_key(db, identity.Registered(info.id, info.code, info.key_id, info.role))
    return info


def this_device(db: Database) -> DeviceInfo | None:
    """This install's device, or None before `init_device`.

    Read with plain SQL: every start reads it before any screen is usable, and this
    way the start maps neither the device nor the settings table (issue #14).
    """
    local = db.local_values(DEVICE_ID_KEY, ROLE_KEY)
    dev_id = local.get(DEVICE_ID_KEY)
    if dev_id is None:
        return None
    with db.engine.connect() as conn:
        dev = conn.execute(_DEVICE_ROW, {"id": dev_id}).one_or_none()
    if dev is None:
        return None
    return DeviceInfo(id=dev.id, code=dev.code, role=local.get(ROLE_KEY, dev.role),
                      key_id=dev.key_id or "", public_key=dev.public_key or "")


_DEVICE_ROW = text("SELECT id, code, role, key_id, public_key FROM device WHERE id = :id")


def require_device(db: Database) -> DeviceInfo:
    info = this_device(db)
    if info is None:
        raise ValidationError("数据库尚未初始化，请先运行 inspector init。", code="E_NOT_INITIALIZED")
    return info


def device_by_code(db: Database, code: str) -> Device | None:
    from inspector.domain.devices import Device

    with db.session() as s:
        return s.scalar(select(Device).where(Device.code == code))
