"""A corpus of bad bundles: each refused with its own code and message, the office unchanged."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
import pytest

from inspector import keys
from inspector.identity import load_key
from inspector.keys import DeviceKey
from inspector.sync import Limits, import_bundles, revoke_device
from inspector.sync import export_field_bundle as export
from inspector.sync.format import json_bytes
from inspector.sync.manifest import signature_bytes
from tests.sync.conftest import BACKENDS, Dev, add_inspection, add_site, blob_files, dump

Members = dict[str, bytes]


def members(path: Path) -> Members:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def write_zip(dest: Path, content: Members, *, compress: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(dest, "w", compression=compress) as zf:
        for name, data in content.items():
            zf.writestr(zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0)), data, compress)
    return dest


def forge(src: Path, dest: Path, key: DeviceKey, change: Callable[[Members, dict[str, Any]], None]) -> Path:
    """Rebuild a bundle after `change`, re-hashed and re-signed by `key`: what a holder of a
    valid device key (or a buggy program) could produce."""
    content = members(src)
    manifest = orjson.loads(content.pop("manifest.json"))
    content.pop("manifest.sig")
    change(content, manifest)
    import hashlib

    for name, data in content.items():
        entry = manifest["files"].setdefault(name, {})
        entry.update(sha256=hashlib.sha256(data).hexdigest(), size=len(data))
    body = json_bytes(manifest)
    return write_zip(dest, {**content, "manifest.json": body, "manifest.sig": signature_bytes(key, body)})


def replace_line(content: Members, table: str, fn: Callable[[dict[str, Any]], Any]) -> None:
    name = f"data/{table}.jsonl"
    lines = content[name].splitlines()
    row = orjson.loads(lines[0])
    new = fn(row)
    lines[0] = new if isinstance(new, bytes) else orjson.dumps(new)
    content[name] = b"\n".join(lines) + b"\n"


@dataclass
class Setup:
    office: Dev
    field: Dev
    bundle: Path
    key: DeviceKey
    other_key: DeviceKey


@pytest.fixture
def setup(office: Dev, f1: Dev, f2: Dev) -> Setup:
    """Office trusts F1 (first bundle imported); F1 then exports a second bundle with a photo."""
    site, _ = add_site(f1.db)
    import_bundles(office.db, [export(f1.db, f1.dir).path], trust_new_device=True)
    add_inspection(f1.db, site, photo=b"\xff\xd8" + bytes(range(256)) * 64)
    b2 = export(f1.db, f1.dir / "out.zip")
    return Setup(office, f1, b2.path, load_key(f1.db), load_key(f2.db))


def _truncated(s: Setup, d: Path) -> Path:
    data = s.bundle.read_bytes()
    (d / "t.zip").write_bytes(data[: len(data) // 2])
    return d / "t.zip"


def _flipped(s: Setup, d: Path) -> Path:
    data = bytearray(s.bundle.read_bytes())
    with zipfile.ZipFile(s.bundle) as zf:
        info = next(i for i in zf.infolist() if i.filename.startswith("blobs/"))
    # Local header is 30 bytes + name + extra; flip a byte well inside the stored data.
    at = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra) + 100
    data[at] ^= 0x01
    (d / "f.zip").write_bytes(bytes(data))
    return d / "f.zip"


def _added(s: Setup, d: Path) -> Path:
    c = members(s.bundle)
    assert "data/setting.jsonl" not in c
    c["data/setting.jsonl"] = b""
    return write_zip(d / "a.zip", c)


def _removed(s: Setup, d: Path) -> Path:
    c = members(s.bundle)
    del c[next(n for n in c if n.startswith("blobs/"))]
    return write_zip(d / "r.zip", c)


def _manifest_edited(s: Setup, d: Path) -> Path:
    c = members(s.bundle)
    m = orjson.loads(c["manifest.json"])
    m["row_counts"]["item_result"] += 1
    c["manifest.json"] = json_bytes(m)
    return write_zip(d / "m.zip", c)


def _other_key(s: Setup, d: Path) -> Path:
    return forge(s.bundle, d / "k.zip", s.other_key, lambda c, m: None)


def _unsafe(name: str) -> Callable[[Setup, Path], Path]:
    def make(s: Setup, d: Path) -> Path:
        c = members(s.bundle)
        c[name] = b"owned"
        return write_zip(d / "u.zip", c)

    return make


def _zip_bomb(s: Setup, d: Path) -> Path:
    c = members(s.bundle)
    c["blobs/" + "0" * 64] = bytes(20 << 20)  # 20 MiB of zeros deflate ~1000:1
    return write_zip(d / "z.zip", c)


def _newer_format(s: Setup, d: Path) -> Path:
    return forge(s.bundle, d / "v.zip", s.key, lambda c, m: m.update(format_version=2))


def _newer_schema(s: Setup, d: Path) -> Path:
    return forge(s.bundle, d / "s.zip", s.key, lambda c, m: m.update(schema_revision="0099"))


def _bad_json(s: Setup, d: Path) -> Path:
    return forge(s.bundle, d / "j.zip", s.key,
                 lambda c, m: replace_line(c, "item_result", lambda r: b'{"id": "x", '))


def _wrong_shape(s: Setup, d: Path) -> Path:
    return forge(s.bundle, d / "w.zip", s.key,
                 lambda c, m: replace_line(c, "item_result", lambda r: {**r, "rev": "seven"}))


def _missing_column(s: Setup, d: Path) -> Path:
    return forge(s.bundle, d / "c.zip", s.key, lambda c, m: replace_line(
        c, "item_result", lambda r: {k: v for k, v in r.items() if k != "inspection_id"}))


def _not_a_zip(s: Setup, d: Path) -> Path:
    (d / "n.zip").write_bytes(b"%PDF-1.7 this is not a bundle")
    return d / "n.zip"


CASES: dict[str, tuple[Callable[[Setup, Path], Path], str, str]] = {
    "truncated": (_truncated, "E_BUNDLE_TRUNCATED", "不完整"),
    "flipped byte": (_flipped, "E_BUNDLE_HASH", "已损坏"),
    "member added": (_added, "E_BUNDLE_MEMBERS", "清单未列出"),
    "member removed": (_removed, "E_BUNDLE_MEMBERS", "不在同步包中"),
    "manifest edited": (_manifest_edited, "E_BUNDLE_SIGNATURE", "签名无效"),
    "signed by another key": (_other_key, "E_BUNDLE_SIGNATURE", "不是该设备登记的密钥"),
    "path traversal": (_unsafe("data/../../evil.jsonl"), "E_BUNDLE_MEMBER_NAME", "不安全"),
    "absolute name": (_unsafe("/etc/cron.d/evil"), "E_BUNDLE_MEMBER_NAME", "不安全"),
    "backslash name": (_unsafe("blobs\\..\\evil"), "E_BUNDLE_MEMBER_NAME", "不安全"),
    "unexpected name": (_unsafe("readme.txt"), "E_BUNDLE_MEMBER_NAME", "意外的成员"),
    "zip bomb": (_zip_bomb, "E_BUNDLE_TOO_LARGE", "压缩比异常"),
    "newer format": (_newer_format, "E_BUNDLE_VERSION", "格式版本 2"),
    "newer schema": (_newer_schema, "E_BUNDLE_SCHEMA_NEWER", "0099"),
    "malformed json line": (_bad_json, "E_BUNDLE_ROW", "不是有效的 JSON"),
    "wrong type": (_wrong_shape, "E_BUNDLE_ROW", "列 rev"),
    "missing column": (_missing_column, "E_BUNDLE_ROW", "缺少必填列 inspection_id"),
    "not a zip": (_not_a_zip, "E_BUNDLE_FORMAT", "不是 ZIP"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_bundle_refused_and_office_unchanged(setup: Setup, tmp_path: Path, case: str) -> None:
    make, code, text = CASES[case]
    bad = make(setup, tmp_path)
    before, blobs_before = dump(setup.office.path), blob_files(setup.office)
    [rep] = import_bundles(setup.office.db, [bad])
    assert rep.refused, rep
    assert rep.error_code == code, rep.message
    assert text in rep.message
    assert dump(setup.office.path) == before
    assert blob_files(setup.office) == blobs_before
    # The good bundle still imports afterwards.
    [ok] = import_bundles(setup.office.db, [setup.bundle])
    assert ok.status == "imported"


def test_newer_format_names_both_versions(setup: Setup, tmp_path: Path) -> None:
    [rep] = import_bundles(setup.office.db, [_newer_format(setup, tmp_path)])
    assert "格式版本 2" in rep.message and "格式版本 1" in rep.message


def test_oversize_member(setup: Setup) -> None:
    before = dump(setup.office.path)
    [rep] = import_bundles(setup.office.db, [setup.bundle], limits=Limits(max_member_bytes=4096))
    assert rep.error_code == "E_BUNDLE_TOO_LARGE" and "过大" in rep.message
    assert dump(setup.office.path) == before


@pytest.mark.parametrize("office", BACKENDS, indirect=True)
def test_unknown_device(office: Dev, f1: Dev) -> None:
    add_site(f1.db)
    path = export(f1.db, f1.dir).path
    before = dump(office.path)
    [rep] = import_bundles(office.db, [path])
    assert rep.error_code == "E_BUNDLE_UNKNOWN_DEVICE"
    fp = keys.fingerprint_display(load_key(f1.db).key_id)
    assert fp in rep.message and "--trust-new-device" in rep.message
    assert dump(office.path) == before


@pytest.mark.parametrize("office", BACKENDS, indirect=True)
def test_revoked_device(setup: Setup) -> None:
    revoke_device(setup.office.db, "F1")
    before = dump(setup.office.path)
    [rep] = import_bundles(setup.office.db, [setup.bundle])
    assert rep.error_code == "E_BUNDLE_DEVICE_REVOKED"
    assert dump(setup.office.path) == before


def test_audit_event_of_another_device_refused(setup: Setup, tmp_path: Path) -> None:
    def change(c: Members, m: dict[str, Any]) -> None:
        replace_line(c, "audit_event", lambda r: {**r, "device_id": "someone-else"})

    before = dump(setup.office.path)
    [rep] = import_bundles(setup.office.db, [forge(setup.bundle, tmp_path / "a.zip", setup.key, change)])
    assert rep.error_code == "E_BUNDLE_TAMPERED"
    assert dump(setup.office.path) == before


@pytest.mark.parametrize("office", BACKENDS, indirect=True)
def test_referenced_blob_missing(setup: Setup, tmp_path: Path) -> None:
    """No partial attachments: a row naming a blob neither sent nor present is refused."""
    def change(c: Members, m: dict[str, Any]) -> None:
        name = next(n for n in c if n.startswith("blobs/"))
        del c[name]
        del m["files"][name]

    before = dump(setup.office.path)
    [rep] = import_bundles(setup.office.db, [forge(setup.bundle, tmp_path / "b.zip", setup.key, change)])
    assert rep.error_code == "E_BUNDLE_BLOB_MISSING"
    assert dump(setup.office.path) == before
