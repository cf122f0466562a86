"""This device's Ed25519 key pair, and key ids (fingerprints).

The private key lives in `<data dir>/keys/device_ed25519.pem`, created with mode
0600 before any byte is written (never world-readable, not even briefly). The key
id is the first 16 hex digits of SHA-256 over the raw 32-byte public key: short
enough to print in a QR payload and to read aloud when an office accepts a device.
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from inspector.errors import InspectorError

KEY_FILENAME = "device_ed25519.pem"


class KeyError_(InspectorError):
    code = "E_KEY"


def key_id_of(public_raw: bytes) -> str:
    return hashlib.sha256(public_raw).hexdigest()[:16]


def public_raw(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_b64(key: Ed25519PublicKey) -> str:
    return base64.b64encode(public_raw(key)).decode("ascii")


def public_from_b64(text: str) -> Ed25519PublicKey:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
        return Ed25519PublicKey.from_public_bytes(raw)
    except (ValueError, TypeError) as exc:
        raise KeyError_("公钥格式不正确。", code="E_KEY_FORMAT") from exc


def fingerprint_display(key_id: str) -> str:
    """Groups of four for reading aloud: 'a1b2 c3d4 e5f6 0718'."""
    return " ".join(key_id[i : i + 4] for i in range(0, len(key_id), 4))


@dataclass(frozen=True)
class DeviceKey:
    private: Ed25519PrivateKey

    @property
    def public(self) -> Ed25519PublicKey:
        return self.private.public_key()

    @property
    def key_id(self) -> str:
        return key_id_of(public_raw(self.public))

    @property
    def public_b64(self) -> str:
        return public_b64(self.public)

    def sign(self, data: bytes) -> bytes:
        return self.private.sign(data)


def verify(public: Ed25519PublicKey, signature: bytes, data: bytes) -> bool:
    try:
        public.verify(signature, data)
    except InvalidSignature:
        return False
    return True


def key_path(data_dir: Path) -> Path:
    return data_dir / "keys" / KEY_FILENAME


def load_or_create(data_dir: Path) -> DeviceKey:
    """Load this device's key, creating it (mode 0600) on first use."""
    path = key_path(data_dir)
    if path.exists():
        return load(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, pem)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    return DeviceKey(private)


def load(path: Path) -> DeviceKey:
    try:
        private = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError) as exc:
        raise KeyError_(f"无法读取设备密钥 {path}：{exc}", code="E_KEY_UNREADABLE") from exc
    if not isinstance(private, Ed25519PrivateKey):
        raise KeyError_(f"设备密钥 {path} 不是 Ed25519 密钥。", code="E_KEY_FORMAT")
    return DeviceKey(private)
