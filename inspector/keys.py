"""This device's Ed25519 key pair, and key ids (fingerprints).

The private key belongs to one database, not to a folder (docs/identity.md):
`<key dir>/device_ed25519.pem`, where the key dir is `<database file>.keys/`
beside a SQLite file, or named explicitly for a server URL. It is written with
mode 0600 before any byte is written (never world-readable, not even briefly),
and only by `create` — which `init` alone calls. Signing paths `load` it; a
missing key is an error with a way to recover, never a silent new key.

The key id is the first 16 hex digits of SHA-256 over the raw 32-byte public
key: short enough to print in a QR payload and to read aloud when an office
accepts a device.
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
KEY_DIR_SUFFIX = ".keys"
LEGACY_KEY_DIR = "keys"
"""Before identity belonged to a database, every database of a folder used `<folder>/keys/`."""


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


def key_dir_for(db_file: Path) -> Path:
    """`<name>.keys/` beside a SQLite database file: one identity per database."""
    return db_file.with_name(db_file.name + KEY_DIR_SUFFIX)


def key_path(key_dir: Path) -> Path:
    return key_dir / KEY_FILENAME


def legacy_key_path(folder: Path) -> Path:
    return folder / LEGACY_KEY_DIR / KEY_FILENAME


def _write_private(path: Path, pem: bytes) -> None:
    """Write key material with mode 0600 from the first byte, atomically; never over a key."""
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, pem)
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        # link, not replace: a key that appeared meanwhile is never overwritten.
        os.link(tmp, path)
    except FileExistsError:
        raise KeyError_(f"设备密钥 {path} 已存在，不会覆盖。", code="E_KEY_EXISTS") from None
    finally:
        os.unlink(tmp)


def create(key_dir: Path) -> DeviceKey:
    """Make a new key pair in `key_dir` (init and re-keying only); refuses to overwrite."""
    path = key_path(key_dir)
    if path.exists():
        raise KeyError_(f"设备密钥 {path} 已存在，不会覆盖。", code="E_KEY_EXISTS")
    private = Ed25519PrivateKey.generate()
    _write_private(path, _pem(private))
    return DeviceKey(private)


def copy_key(key: DeviceKey, key_dir: Path) -> None:
    """Place an existing key in `key_dir` (adopting a legacy shared-folder key)."""
    _write_private(key_path(key_dir), _pem(key.private))


def _pem(private: Ed25519PrivateKey) -> bytes:
    return private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def load(path: Path) -> DeviceKey:
    try:
        private = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError) as exc:
        raise KeyError_(f"无法读取设备密钥 {path}：{exc}", code="E_KEY_UNREADABLE") from exc
    if not isinstance(private, Ed25519PrivateKey):
        raise KeyError_(f"设备密钥 {path} 不是 Ed25519 密钥。", code="E_KEY_FORMAT")
    return DeviceKey(private)
