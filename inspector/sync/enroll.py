"""Keys and trust: this device's public key file, field enrolment, the office's device list.

A field device pins the first office key it is given (`enroll`) and never
replaces it silently: a different key needs `replace=True` and the new key's
fingerprint typed back (`confirm_fingerprint`). The office trusts a field device
by registering its key (on first import with `trust_new_device`, or `trust`),
and can revoke it; a revoked device's bundles are refused.
"""

from __future__ import annotations

import base64
import binascii
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import select

from inspector import keys
from inspector.audit import record
from inspector.devices import require_device
from inspector.domain.registry import Device
from inspector.errors import NotFoundError
from inspector.storage import Database
from inspector.sync.errors import EnrollError
from inspector.sync.format import json_bytes
from inspector.sync.state import OFFICE_CODE, OFFICE_KEY, OFFICE_KEY_ID, get_state, set_state

KEY_FILE_FORMAT = "site-inspector-public-key"


@dataclass(frozen=True)
class PublicKeyInfo:
    device_id: str
    code: str
    role: str
    key_id: str
    public_key: str

    @property
    def fingerprint(self) -> str:
        return keys.fingerprint_display(self.key_id)


@dataclass(frozen=True)
class DeviceRow:
    code: str
    role: str
    key_id: str
    trusted: bool
    revoked: bool
    name: str


def this_public_key(db: Database) -> PublicKeyInfo:
    me = require_device(db)
    return PublicKeyInfo(me.id, me.code, me.role, me.key_id, me.public_key)


def export_public_key(db: Database, out: str | Path) -> PublicKeyInfo:
    """Write this device's public key file (JSON) atomically."""
    info = this_public_key(db)
    doc = {"format": KEY_FILE_FORMAT, "version": 1, **info.__dict__}
    dest = Path(out)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(json_bytes(doc) + b"\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, dest)
    return info


def read_public_key_file(path: str | Path) -> PublicKeyInfo:
    """Parse a key file written by `export_public_key` (or a bare base64 key)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise EnrollError(f"无法读取密钥文件 {path}：{exc.strerror}", code="E_ENROLL_FILE") from None
    try:
        doc: Any = orjson.loads(data)
    except orjson.JSONDecodeError:
        doc = {"public_key": data.decode("ascii", "replace").strip()}
    if not isinstance(doc, dict) or not isinstance(doc.get("public_key"), str):
        raise EnrollError("密钥文件格式不正确。", code="E_ENROLL_FILE")
    if doc.get("format", KEY_FILE_FORMAT) != KEY_FILE_FORMAT:
        raise EnrollError("这不是本系统的公钥文件。", code="E_ENROLL_FILE")
    try:
        raw = base64.b64decode(doc["public_key"], validate=True)
    except binascii.Error:
        raise EnrollError("密钥文件中的公钥格式不正确。", code="E_ENROLL_FILE") from None
    public = keys.public_from_b64(doc["public_key"])
    key_id = keys.key_id_of(keys.public_raw(public))
    if len(raw) != 32 or doc.get("key_id", key_id) != key_id:
        raise EnrollError("密钥文件中的指纹与公钥不符。", code="E_ENROLL_FILE")
    return PublicKeyInfo(
        str(doc.get("device_id", "")), str(doc.get("code", "")), str(doc.get("role", "office")),
        key_id, doc["public_key"],
    )


def enroll(
    db: Database, key_file: str | Path, *, replace: bool = False,
    confirm_fingerprint: str | None = None,
) -> tuple[PublicKeyInfo, bool]:
    """Pin the office key on this field device; returns (key, changed)."""
    me = require_device(db)
    if me.role != "field":
        raise EnrollError("只有外勤设备需要登记局端密钥。", code="E_ENROLL_ROLE")
    info = read_public_key_file(key_file)
    with db.uow() as s:
        pinned = get_state(s, OFFICE_KEY_ID)
        if pinned == info.key_id:
            return info, False
        if pinned is not None:
            typed = (confirm_fingerprint or "").replace(" ", "").lower()
            if not replace or typed != info.key_id:
                raise EnrollError(
                    f"本机已登记局端密钥 {keys.fingerprint_display(pinned)}，新密钥为 "
                    f"{info.fingerprint}。如确需更换，请使用 --replace 并用 "
                    "--confirm-fingerprint 输入新密钥的指纹。",
                    code="E_ENROLL_KEY_CHANGED",
                )
        set_state(s, OFFICE_KEY, info.public_key)
        set_state(s, OFFICE_KEY_ID, info.key_id)
        set_state(s, OFFICE_CODE, info.code)
        record(s, "sync.enroll", "device", info.device_id or info.key_id,
               {"key_id": info.key_id, "replaced": pinned})
    return info, True


def list_devices(db: Database) -> list[DeviceRow]:
    with db.session() as s:
        rows = s.scalars(select(Device).where(Device.tombstone.is_(False)).order_by(Device.code))
        return [
            DeviceRow(d.code, d.role, d.key_id or "", d.trusted, d.revoked, d.name) for d in rows
        ]


def _set_trust(db: Database, code: str, *, trusted: bool, revoked: bool, action: str) -> DeviceRow:
    with db.uow() as s:
        dev = s.scalar(select(Device).where(Device.code == code))
        if dev is None:
            raise NotFoundError(f"没有代码为 {code} 的设备。", code="E_DEVICE_UNKNOWN")
        if dev.id == s.info.get("device_id"):
            raise EnrollError("不能更改本机自身的信任状态。", code="E_DEVICE_SELF")
        dev.trusted, dev.revoked = trusted, revoked
        record(s, action, "device", dev.id, {"code": code, "key_id": dev.key_id})
        return DeviceRow(dev.code, dev.role, dev.key_id or "", dev.trusted, dev.revoked, dev.name)


def trust_device(
    db: Database, code: str, key_file: str | Path | None = None, *, replace: bool = False,
    confirm_fingerprint: str | None = None,
) -> DeviceRow:
    """Trust a known device, or register a new one from its public key file.

    A known device with a new key (it split from a shared key, or lost its own) is
    re-enrolled only with `replace` and the new fingerprint typed back: never silently."""
    if key_file is not None:
        info = read_public_key_file(key_file)
        if info.code and info.code != code:
            raise EnrollError(f"密钥文件属于设备 {info.code}，不是 {code}。", code="E_DEVICE_CODE")
        with db.uow() as s:
            dev = s.scalar(select(Device).where(Device.code == code))
            if dev is None:
                if not info.device_id:
                    raise EnrollError("密钥文件缺少设备 id。", code="E_ENROLL_FILE")
                s.add(Device(
                    id=info.device_id, code=code, name=f"{info.role} {code}", role=info.role,
                    public_key=info.public_key, key_id=info.key_id, trusted=True,
                ))
                s.flush()
                record(s, "device.trust", "device", info.device_id,
                       {"code": code, "key_id": info.key_id, "via": "key file"})
                return DeviceRow(code, info.role, info.key_id, True, False, f"{info.role} {code}")
            typed = (confirm_fingerprint or "").replace(" ", "").lower()
            if dev.key_id != info.key_id and replace and typed == info.key_id:
                record(s, "device.rekey", "device", dev.id,
                       {"code": code, "old_key_id": dev.key_id, "key_id": info.key_id})
                dev.public_key, dev.key_id = info.public_key, info.key_id
            elif dev.key_id != info.key_id:
                raise EnrollError(
                    f"设备 {code} 已登记的密钥（{keys.fingerprint_display(dev.key_id or '')}）"
                    f"与文件中的密钥（{info.fingerprint}）不同。",
                    code="E_DEVICE_KEY_MISMATCH",
                )
    return _set_trust(db, code, trusted=True, revoked=False, action="device.trust")


def revoke_device(db: Database, code: str) -> DeviceRow:
    return _set_trust(db, code, trusted=False, revoked=True, action="device.revoke")
