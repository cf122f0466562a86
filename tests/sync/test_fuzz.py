"""Property-based fuzzing of the bundle reader: only `BundleError` ever escapes it."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inspector import keys
from inspector.appdb import open_app_database
from inspector.sync import BundleError, export_field_bundle, read_bundle
from inspector.sync.format import json_bytes
from inspector.sync.manifest import Manifest, signature_bytes
from tests.sync.conftest import add_inspection, add_site
from tests.sync.test_bad_bundles import members, write_zip

pytestmark = pytest.mark.slow
FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


class Good(tuple):
    """(bundle bytes, device folder), with a short repr for hypothesis reports."""

    def __repr__(self) -> str:
        return f"Good({len(self[0])} bytes, {self[1]})"


@pytest.fixture(scope="module")
def good(device_templates: Path, tmp_path_factory: pytest.TempPathFactory) -> Good:
    root = tmp_path_factory.mktemp("fuzz")
    shutil.copytree(device_templates / "f1", root / "f1")
    db = open_app_database(root / "f1" / "inspector.db")
    site, _ = add_site(db)
    add_inspection(db, site, photo=b"\x89PNG fuzz photo" * 20)
    path = export_field_bundle(db, root).path
    db.dispose()
    return Good((path.read_bytes(), root / "f1"))


def _embedded(m: Manifest) -> Any:
    return keys.public_from_b64(m.public_key)


def _read(tmp: Path, data: bytes) -> None:
    p = tmp / "fuzz.zip"
    p.write_bytes(data)
    try:
        vb = read_bundle(p, _embedded)
    except BundleError:
        return
    for table in vb.tables:  # a bundle that passes must also stream cleanly
        for _ in vb.batches(table):
            pass


@FUZZ
@given(data=st.binary(max_size=2048))
def test_random_bytes(tmp_path: Path, data: bytes) -> None:
    _read(tmp_path, data)


@FUZZ
@given(data=st.binary(max_size=512))
def test_random_bytes_with_zip_magic(tmp_path: Path, data: bytes) -> None:
    _read(tmp_path, b"PK\x03\x04" + data)


@FUZZ
@given(st.data())
def test_mutated_valid_bundle(tmp_path: Path, good: Good, data: st.DataObject) -> None:
    raw = bytearray(good[0])
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(raw) - 1))
        raw[at] = data.draw(st.integers(0, 255))
    if data.draw(st.booleans()):
        raw = raw[: data.draw(st.integers(0, len(raw)))]
    _read(tmp_path, bytes(raw))


JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**64 - 1) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
FIELDS = ["format_version", "schema_revision", "kind", "bundle_id", "device", "seq", "files",
          "row_counts", "acks", "since", "high_water", "audit_seq", "target_device", "created_at"]


@FUZZ
@given(field=st.sampled_from(FIELDS), value=JSON)
def test_signed_manifest_with_odd_values(
    tmp_path: Path, good: Good, field: str, value: Any
) -> None:
    """Even a correctly signed manifest with nonsense in any field only yields BundleErrors."""
    src = tmp_path / "src.zip"
    src.write_bytes(good[0])
    content = members(src)
    manifest = orjson.loads(content.pop("manifest.json"))
    content.pop("manifest.sig")
    manifest[field] = value
    body = json_bytes(manifest)
    key = keys.load(keys.key_path(keys.key_dir_for(good[1] / "inspector.db")))
    out = write_zip(tmp_path / "m.zip", {**content, "manifest.json": body,
                                         "manifest.sig": signature_bytes(key, body)})
    _read(tmp_path, out.read_bytes())


@FUZZ
@given(line=JSON)
def test_signed_rows_of_any_shape(tmp_path: Path, good: Good, line: Any) -> None:
    """Any JSON value as a data line, correctly hashed and signed: a RowError or a valid row."""
    src = tmp_path / "src.zip"
    src.write_bytes(good[0])
    content = members(src)
    manifest = orjson.loads(content.pop("manifest.json"))
    content.pop("manifest.sig")
    name = "data/item_result.jsonl"
    lines = content[name].splitlines()
    lines[0] = orjson.dumps(line, option=orjson.OPT_NON_STR_KEYS)
    content[name] = b"\n".join(lines) + b"\n"
    manifest["files"][name].update(sha256=hashlib.sha256(content[name]).hexdigest(),
                                   size=len(content[name]))
    body = json_bytes(manifest)
    key = keys.load(keys.key_path(keys.key_dir_for(good[1] / "inspector.db")))
    out = write_zip(tmp_path / "r.zip", {**content, "manifest.json": body,
                                         "manifest.sig": signature_bytes(key, body)})
    _read(tmp_path, out.read_bytes())
