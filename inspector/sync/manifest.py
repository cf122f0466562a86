"""The signed manifest: what a bundle claims to hold, and its detached signature.

`parse_manifest` is strict about types and versions; it never trusts a field
for more than deciding which key to check the signature with until
`verify_signature` has passed.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from typing import Any

import orjson
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from inspector import keys
from inspector.storage.schema import KNOWN_REVISIONS, SCHEMA_HEAD
from inspector.sync.errors import BundleFormatError, SignatureError, UnsupportedVersionError
from inspector.sync.format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    KINDS,
    MANIFEST_UPGRADES,
    MIN_FORMAT_VERSION,
    json_bytes,
)


@dataclass(frozen=True)
class FileEntry:
    sha256: str
    size: int
    rows: int | None = None


@dataclass(frozen=True)
class Manifest:
    """The parsed manifest (see docs/bundle-format.md for every field)."""

    raw: dict[str, Any]
    format_version: int
    schema_revision: str
    kind: str
    bundle_id: str
    device_id: str
    device_code: str
    device_role: str
    public_key: str
    key_id: str
    seq: int
    created_at: str
    since: int
    high_water: int
    audit_seq: int
    target_device_id: str | None
    target_device_code: str | None
    files: dict[str, FileEntry]
    row_counts: dict[str, int]
    acks: list[dict[str, Any]]

    def summary(self) -> dict[str, Any]:
        return {k: v for k, v in self.raw.items() if k != "files"} | {
            "file_count": len(self.files)
        }


def _req(d: dict[str, Any], key: str, typ: type | tuple[type, ...]) -> Any:
    v = d.get(key)
    if not isinstance(v, typ) or (isinstance(v, bool) and typ is int):
        raise BundleFormatError(f"清单字段 {key} 缺失或类型不正确。")
    return v


def parse_manifest(data: bytes) -> Manifest:
    doc, version = _current_document(data)
    schema = _req(doc, "schema_revision", str)
    if schema not in KNOWN_REVISIONS:
        raise UnsupportedVersionError(
            f"同步包的数据库结构版本 {schema} 比本程序的结构版本 {SCHEMA_HEAD} 新，"
            "请先升级本程序。",
            code="E_BUNDLE_SCHEMA_NEWER",
        )
    kind = _req(doc, "kind", str)
    if kind not in KINDS:
        raise BundleFormatError(f"未知的同步包类型 {kind}。")
    dev = _req(doc, "device", dict)
    target = doc.get("target_device")
    if target is not None and not isinstance(target, dict):
        raise BundleFormatError("清单字段 target_device 类型不正确。")
    counts = _req(doc, "row_counts", dict)
    if not all(isinstance(v, int) for v in counts.values()):
        raise BundleFormatError("清单字段 row_counts 类型不正确。")
    acks = doc.get("acks", [])
    if not isinstance(acks, list) or not all(isinstance(a, dict) for a in acks):
        raise BundleFormatError("清单字段 acks 类型不正确。")
    return Manifest(
        raw=doc,
        format_version=version,
        schema_revision=schema,
        kind=kind,
        bundle_id=_req(doc, "bundle_id", str),
        device_id=_req(dev, "id", str),
        device_code=_req(dev, "code", str),
        device_role=_req(dev, "role", str),
        public_key=_req(dev, "public_key", str),
        key_id=_req(dev, "key_id", str),
        seq=_req(doc, "seq", int),
        created_at=_req(doc, "created_at", str),
        since=_req(doc, "since", int),
        high_water=_req(doc, "high_water", int),
        audit_seq=_req(doc, "audit_seq", int),
        target_device_id=_opt_str(target, "id"),
        target_device_code=_opt_str(target, "code"),
        files=_file_entries(doc),
        row_counts=counts,
        acks=acks,
    )


def _current_document(data: bytes) -> tuple[dict[str, Any], int]:
    """The manifest's JSON object, upgraded step by step to the current format, and
    that format's version; refused when it is not ours or its format is unknown."""
    try:
        doc = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise BundleFormatError(f"清单（manifest.json）不是有效的 JSON：{exc}") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        raise BundleFormatError("这不是本系统的同步包（清单格式名不符）。")
    version = _req(doc, "format_version", int)
    if version > FORMAT_VERSION:
        raise UnsupportedVersionError(
            f"同步包格式版本 {version} 由更新版本的程序生成，本程序只支持到格式版本 "
            f"{FORMAT_VERSION}。请先升级本程序。"
        )
    if version < MIN_FORMAT_VERSION:
        raise UnsupportedVersionError(
            f"同步包格式版本 {version} 过旧，本程序支持格式版本 {MIN_FORMAT_VERSION}–"
            f"{FORMAT_VERSION}。请在导出设备上升级程序后重新导出。"
        )
    while version < FORMAT_VERSION:  # older formats are upgraded step by step
        doc = MANIFEST_UPGRADES[version](doc)
        version += 1
    return doc, version


def _file_entries(doc: dict[str, Any]) -> dict[str, FileEntry]:
    """The manifest's table of member files: hash, size and row count of each."""
    files: dict[str, FileEntry] = {}
    for name, entry in _req(doc, "files", dict).items():
        if not isinstance(entry, dict):
            raise BundleFormatError(f"清单中文件 {name} 的记录不正确。")
        sha = _req(entry, "sha256", str)
        size = _req(entry, "size", int)
        rows = entry.get("rows")
        if len(sha) != 64 or size < 0 or (rows is not None and not isinstance(rows, int)):
            raise BundleFormatError(f"清单中文件 {name} 的记录不正确。")
        files[name] = FileEntry(sha, size, rows)
    return files


def _opt_str(d: dict[str, Any] | None, key: str) -> str | None:
    if d is None:
        return None
    v = d.get(key)
    if v is not None and not isinstance(v, str):
        raise BundleFormatError(f"清单字段 target_device.{key} 类型不正确。")
    return v


def signature_bytes(key: keys.DeviceKey, manifest_bytes: bytes) -> bytes:
    return json_bytes(
        {
            "alg": "ed25519",
            "key_id": key.key_id,
            "signature": base64.b64encode(key.sign(manifest_bytes)).decode("ascii"),
        }
    )


def parse_signature(data: bytes) -> tuple[str, bytes]:
    """(key_id, raw signature) from manifest.sig."""
    try:
        doc = orjson.loads(data)
        if not isinstance(doc, dict) or doc.get("alg") != "ed25519":
            raise ValueError("alg")
        key_id = doc["key_id"]
        sig = base64.b64decode(doc["signature"], validate=True)
        if not isinstance(key_id, str) or len(sig) != 64:
            raise ValueError("size")
    except (ValueError, KeyError, TypeError, binascii.Error, orjson.JSONDecodeError):
        raise SignatureError("签名文件（manifest.sig）格式不正确。") from None
    return key_id, sig


def verify_signature(
    public: Ed25519PublicKey, key_id: str, sig_key_id: str, sig: bytes, manifest_bytes: bytes
) -> None:
    if sig_key_id != key_id:
        raise SignatureError(
            f"同步包的签名密钥（{keys.fingerprint_display(sig_key_id[:16])}）"
            f"不是该设备登记的密钥（{keys.fingerprint_display(key_id)}）。"
        )
    if not keys.verify(public, sig, manifest_bytes):
        raise SignatureError("同步包签名无效：清单被修改，或由其他密钥签名。")
