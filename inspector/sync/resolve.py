"""Which key a bundle must be signed with, by this install's role (see docs/bundle-format.md).

The office takes a field bundle only from a registered, trusted, unrevoked device
(or a new one it accepts, registered in the import's transaction); a field device
takes an assignment bundle only from the office key pinned at enrolment, addressed
to itself.
"""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from inspector import keys
from inspector.devices import DeviceInfo
from inspector.domain.registry import Device
from inspector.errors import InspectorError
from inspector.storage import Database
from inspector.sync.errors import (
    DeviceRevokedError,
    NotEnrolledError,
    SignatureError,
    UnknownDeviceError,
    WrongKindError,
)
from inspector.sync.manifest import Manifest
from inspector.sync.state import OFFICE_KEY, OFFICE_KEY_ID, get_state


class Resolver:
    """Chooses the key a manifest must be signed with, by this install's role."""

    def __init__(self, db: Database, me: DeviceInfo, trust_new_device: bool) -> None:
        self.db, self.me, self.trust_new = db, me, trust_new_device
        self.register: Manifest | None = None

    def __call__(self, m: Manifest) -> Ed25519PublicKey:
        return self._office(m) if self.me.role == "office" else self._field(m)

    def _office(self, m: Manifest) -> Ed25519PublicKey:
        if m.kind != "field":
            raise WrongKindError("局端只导入外勤同步包，这是一个派发同步包。")
        with self.db.session() as s:
            dev = s.get(Device, m.device_id)
        shown = keys.fingerprint_display(m.key_id[:16])
        if dev is None:
            if not self.trust_new:
                raise UnknownDeviceError(
                    f"同步包来自未登记的设备 {m.device_code}（密钥指纹 {shown}）。核对指纹后，"
                    "可用 --trust-new-device 接受该设备。",
                    key_id=m.key_id, device_code=m.device_code,
                )
            public = embedded_key(m)
            self.register = m
            return public
        if dev.revoked:
            raise DeviceRevokedError(f"设备 {dev.code} 已被吊销，拒绝其同步包。")
        if not dev.trusted or not dev.public_key:
            raise UnknownDeviceError(
                f"设备 {dev.code} 尚未受信任（密钥指纹 {shown}），请先运行 devices trust {dev.code}。",
                key_id=m.key_id, device_code=dev.code,
            )
        if dev.key_id != m.key_id:
            raise SignatureError(
                f"同步包的签名密钥（{shown}）不是设备 {dev.code} 登记的密钥"
                f"（{keys.fingerprint_display(dev.key_id or '')}）。"
            )
        return keys.public_from_b64(dev.public_key)

    def _field(self, m: Manifest) -> Ed25519PublicKey:
        if m.kind != "assignment":
            raise WrongKindError("外勤设备只导入局端的派发同步包。")
        with self.db.session() as s:
            pinned = get_state(s, OFFICE_KEY)
            pinned_id = get_state(s, OFFICE_KEY_ID)
        if not pinned or not pinned_id:
            raise NotEnrolledError("本机尚未登记局端密钥，请先运行 inspector enroll --office-key FILE。")
        if m.key_id != pinned_id:
            raise SignatureError(
                f"派发同步包由密钥 {keys.fingerprint_display(m.key_id[:16])} 签名，"
                f"不是本机登记的局端密钥 {keys.fingerprint_display(pinned_id)}。"
            )
        if m.target_device_id != self.me.id:
            raise WrongKindError(
                f"该派发同步包是发给设备 {m.target_device_code} 的，不是本机（{self.me.code}）。"
            )
        return keys.public_from_b64(pinned)


def embedded_key(m: Manifest) -> Ed25519PublicKey:
    """The signer's key as carried in the manifest, checked against its fingerprint."""
    try:
        public = keys.public_from_b64(m.public_key)
    except InspectorError:
        raise SignatureError("同步包中的设备公钥格式不正确。") from None
    if keys.key_id_of(keys.public_raw(public)) != m.key_id:
        raise SignatureError("同步包中的设备公钥与其指纹不符。")
    return public
