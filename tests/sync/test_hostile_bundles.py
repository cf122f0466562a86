"""Hostile bundles: correctly signed by an enrolled field device, each overstepping one right.

Each is rebuilt from a real export (F1's, or the office's assignment rows) and re-signed
with F2's real key, as a holder of F2's laptop could. Each is refused with its own code,
names the signer, and the office's logical dump is byte-equal before and after.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest

from inspector.config import get_authority, update_authority
from inspector.devices import this_device
from inspector.domain.orders import Order
from inspector.identity import load_key
from inspector.ids import new_version, uuid7
from inspector.keys import DeviceKey
from inspector.orders.drafting import draft_orders
from inspector.orders.followup import serve_order
from inspector.orders.issuing import issue_order
from inspector.orders.numbers import add_block
from inspector.sync import export_assignment_bundle, import_bundle, import_bundles, list_conflicts
from inspector.sync import export_field_bundle as export
from inspector.sync.format import json_bytes
from inspector.sync.manifest import signature_bytes
from tests.conftest import TEST_NOW, TODAY
from tests.orders.conftest import make_visit
from tests.sync.conftest import Dev, add_site, blob_files, dump
from tests.sync.test_bad_bundles import members, write_zip

Row = dict[str, Any]


@dataclass
class World:
    office: Dev
    f1: Dev
    f2: Dev
    f1_export: Path
    assignment: Path
    order_id: str

    def rows(self, table: str, source: Path | None = None) -> list[Row]:
        data = members(source or self.f1_export).get(f"data/{table}.jsonl", b"")
        return [orjson.loads(line) for line in data.splitlines() if line]

    def row(self, table: str, source: Path | None = None, **match: Any) -> Row:
        return next(r for r in self.rows(table, source)
                    if all(r.get(k) == v for k, v in match.items()))


@pytest.fixture
def world(office: Dev, f1: Dev, f2: Dev) -> World:
    """F1 has an issued, served order from its own block; the office holds it and trusts F2."""
    update_authority(office.db, get_authority(office.db))  # authority settings the office hands out
    f1_id = f1.db.device_id
    assert f1_id is not None
    add_block(f1.db, f1_id, 1, 20)
    visit = make_visit(f1.db)
    (oid,) = draft_orders(f1.db, visit.inspection_id, today=TODAY)
    issue_order(f1.db, oid)
    serve_order(f1.db, oid, method="direct", recipient_name="李四")
    f1_export = export(f1.db, f1.dir).path
    add_site(f2.db, "二号工地")
    first = import_bundles(office.db, [f1_export, export(f2.db, f2.dir).path], trust_new_device=True)
    assert [r.status for r in first] == ["imported", "imported"], first
    assignment = export_assignment_bundle(office.db, "F1", office.dir).path
    return World(office, f1, f2, f1_export, assignment, oid)


def bundle_of(w: World, dest: Path, signer: Dev, tables: dict[str, list[Row]]) -> Path:
    """A field bundle of `signer` holding exactly `tables`, built on F1's real manifest."""
    manifest = orjson.loads(members(w.f1_export)["manifest.json"])
    me = this_device(signer.db)
    assert me is not None
    key: DeviceKey = load_key(signer.db)
    # No audit entries travel, so the signed chain head is the empty one.
    manifest.update(bundle_id=uuid7(), seq=manifest["seq"] + 100, files={}, row_counts={},
                    audit_seq=0, audit_head="",
                    device={"id": me.id, "code": me.code, "role": "field",
                            "public_key": me.public_key, "key_id": me.key_id})
    content: dict[str, bytes] = {}
    for table, rows in tables.items():
        data = b"".join(orjson.dumps(r) + b"\n" for r in rows)
        name = f"data/{table}.jsonl"
        content[name] = data
        manifest["files"][name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data),
                                   "rows": len(rows)}
        manifest["row_counts"][table] = len(rows)
    body = json_bytes(manifest)
    return write_zip(dest, {**content, "manifest.json": body, "manifest.sig": signature_bytes(key, body)})


def next_version(row: Row, signer: Dev, **changes: Any) -> Row:
    """A descendant of `row` written by `signer`, as its program would stamp it."""
    return {**row, "base_version": row["version_id"], "version_id": new_version(),
            "rev": row["rev"] + 1, "origin_device": signer.db.device_id, "_edges": [], **changes}


def _order(w: World) -> Row:
    return w.row("rectification_order", id=w.order_id)


def _draft_again(w: World) -> tuple[Dev, dict[str, list[Row]]]:
    later = (TODAY + timedelta(days=60)).isoformat()
    return w.f2, {"rectification_order": [next_version(
        _order(w), w.f2, status="draft", title="改过的标题", deadline=later)]}


def _rev_max(w: World) -> tuple[Dev, dict[str, list[Row]]]:
    concurrent = {**_order(w), "version_id": new_version(), "base_version": new_version(),
                  "rev": 2**63 - 1, "origin_device": w.f2.db.device_id, "escalation": "pending"}
    return w.f2, {"rectification_order": [concurrent]}


def _edit_others_order(w: World) -> tuple[Dev, dict[str, list[Row]]]:
    return w.f2, {"rectification_order": [next_version(_order(w), w.f2, escalation="referral")]}


def _tombstone_order(w: World) -> tuple[Dev, dict[str, list[Row]]]:
    return w.f2, {"rectification_order": [next_version(_order(w), w.f2, tombstone=True)]}


def _own_order_backward(w: World) -> tuple[Dev, dict[str, list[Row]]]:
    return w.f1, {"rectification_order": [next_version(_order(w), w.f1, status="issued")]}


def _claim_others_issue(w: World) -> tuple[Dev, dict[str, list[Row]]]:
    fake = {**_order(w), "id": uuid7(), "number": "示人社监令〔2026〕999号",
            "version_id": new_version(), "origin_device": w.f2.db.device_id}
    return w.f2, {"rectification_order": [fake]}


def _overlapping_block(w: World) -> tuple[Dev, dict[str, list[Row]]]:
    mine = {**w.row("number_block"), "id": uuid7(), "version_id": new_version(),
            "device_id": w.f2.db.device_id, "first": 1, "last": 999999,
            "origin_device": w.f2.db.device_id}
    return w.f2, {"number_block": [mine]}


def _move_block(w: World) -> tuple[Dev, dict[str, list[Row]]]:
    return w.f2, {"number_block": [next_version(w.row("number_block"), w.f2,
                                                device_id=w.f2.db.device_id)]}


def _number_outside_blocks(w: World) -> tuple[Dev, dict[str, list[Row]]]:
    use = {**w.row("number_use"), "id": uuid7(), "version_id": new_version(), "serial": 19,
           "number": "示人社监令〔2026〕19号", "order_id": None, "status": "voided",
           "origin_device": w.f2.db.device_id}
    return w.f2, {"number_use": [use]}


def _builtin_item(w: World) -> tuple[Dev, dict[str, list[Row]]]:
    item = w.rows("template_item", w.assignment)[0]
    return w.f2, {"template_item": [next_version(item, w.f2, text="无需检查")]}


def _authority(w: World) -> tuple[Dev, dict[str, list[Row]]]:
    setting = w.row("setting", w.assignment, key="authority")
    value = {**orjson.loads(setting["value"]), "authority_name": "冒名的机关"}
    return w.f2, {"setting": [next_version(setting, w.f2, value=orjson.dumps(value).decode())]}


def _site_as_f1(w: World) -> tuple[Dev, dict[str, list[Row]]]:
    site = w.row("site")
    return w.f2, {"site": [next_version(site, w.f2, notes="改动", origin_device=w.f1.db.device_id)]}


def _bad_status(w: World) -> tuple[Dev, dict[str, list[Row]]]:
    return w.f2, {"site": [next_version(w.row("site"), w.f2, status="demolished")]}


def _negative_headcount(w: World) -> tuple[Dev, dict[str, list[Row]]]:
    return w.f2, {"site": [next_version(w.row("site"), w.f2, headcount_active=-5)]}


def _future(w: World) -> tuple[Dev, dict[str, list[Row]]]:
    when = (TEST_NOW + timedelta(days=30)).isoformat()
    return w.f2, {"site": [next_version(w.row("site"), w.f2, updated_at=when)]}


def _tombstone_others_inspection(w: World) -> tuple[Dev, dict[str, list[Row]]]:
    return w.f2, {"inspection": [next_version(w.row("inspection"), w.f2, tombstone=True)]}


CASES: dict[str, tuple[Callable[[World], tuple[Dev, dict[str, list[Row]]]], str, str]] = {
    "issued order back to draft": (_draft_again, "E_BUNDLE_ORDER_STATE", "改回了草稿"),
    "rev 2**63-1": (_rev_max, "E_BUNDLE_VALUE", "rev="),
    "edit another device's order": (_edit_others_order, "E_BUNDLE_RIGHTS", "设备 F1 的指令书"),
    "tombstone an issued order": (_tombstone_order, "E_BUNDLE_ORDER_STATE", "删除了设备 F1 已出具"),
    "own served order backward": (_own_order_backward, "E_BUNDLE_ORDER_STATE", "退回到 issued"),
    "issued order claiming another issuer": (_claim_others_issue, "E_BUNDLE_RIGHTS", "属于设备 F1"),
    "block overlapping F1's": (_overlapping_block, "E_BUNDLE_NUMBER_BLOCK", "重叠"),
    "F1's block moved": (_move_block, "E_BUNDLE_RIGHTS", "编号段"),
    "number outside own blocks": (_number_outside_blocks, "E_BUNDLE_NUMBER_BLOCK", "不在该设备的编号段内"),
    "built-in checklist item edited": (_builtin_item, "E_BUNDLE_RIGHTS", "检查项"),
    "authority settings edited": (_authority, "E_BUNDLE_RIGHTS", "局端设置"),
    "site edited claiming F1": (_site_as_f1, "E_BUNDLE_ORIGIN", "自称由设备 F1 写入"),
    "status outside its enumeration": (_bad_status, "E_BUNDLE_VALUE", "demolished"),
    "negative headcount": (_negative_headcount, "E_BUNDLE_VALUE", "headcount_active"),
    "timestamp in the future": (_future, "E_BUNDLE_VALUE", "晚于现在"),
    "another device's inspection tombstoned": (_tombstone_others_inspection, "E_BUNDLE_RIGHTS", "删除了设备 F1 的检查"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_overstepping_bundle_refused_and_office_unchanged(world: World, tmp_path: Path, case: str) -> None:
    make, code, text = CASES[case]
    signer, tables = make(world)
    bad = bundle_of(world, tmp_path / "hostile.zip", signer, tables)
    before, blobs_before = dump(world.office.path), blob_files(world.office)
    [rep] = import_bundles(world.office.db, [bad])
    assert rep.refused, rep
    assert rep.error_code == code, rep.message
    assert text in rep.message, rep.message
    assert f"设备 {signer.code} 签名" in rep.message
    assert dump(world.office.path) == before
    assert blob_files(world.office) == blobs_before


def test_the_order_still_listed_after_every_attempt(world: World, tmp_path: Path) -> None:
    for name, (make, _, _) in CASES.items():
        signer, tables = make(world)
        import_bundles(world.office.db, [bundle_of(world, tmp_path / f"{len(name)}.zip", signer, tables)])
    with world.office.db.session() as s:
        order = s.get(Order, world.order_id)
        assert order is not None and order.status == "served" and not order.tombstone


def test_issued_order_conflict_is_not_decided_by_counters(world: World, tmp_path: Path) -> None:
    """The issuer's own concurrent version with a huge (valid) rev waits for review; the
    stored version stays."""
    row = _order(world)
    concurrent = {**row, "version_id": new_version(), "base_version": row["base_version"],
                  "rev": 999_999, "escalation": "pending"}
    bundle = bundle_of(world, tmp_path / "c.zip", world.f1, {"rectification_order": [concurrent]})
    rep = import_bundle(world.office.db, bundle)
    assert rep.tables["rectification_order"].conflicts == 1
    [c] = list_conflicts(world.office.db)
    assert c.winner == "local"
    with world.office.db.session() as s:
        order = s.get(Order, world.order_id)
        assert order is not None and order.version_id == row["version_id"]


def test_office_owned_rows_from_an_older_program_are_ignored(world: World, tmp_path: Path) -> None:
    """A new template item sent by a field device is not written (format 1 programs sent
    their local copies); the rest of the bundle imports."""
    item = {**world.rows("template_item", world.assignment)[0], "id": uuid7(),
            "version_id": new_version(), "code": "X99", "origin_device": world.f2.db.device_id}
    site = next_version(world.row("site"), world.f2, notes="F2 补充")
    rep = import_bundle(world.office.db, bundle_of(world, tmp_path / "o.zip", world.f2,
                                                    {"template_item": [item], "site": [site]}))
    assert rep.tables["template_item"].ignored == 1 and rep.tables["site"].updated == 1
    from tests.sync.conftest import count

    assert count(world.office.db, "template_item", f"id = '{item['id']}'") == 0


def test_colleague_verifies_an_order_offline(world: World) -> None:
    """F2 holds F1's key and blocks from its assignment bundle: F1's QR checks out on F2."""
    from inspector.orders.verify import verify_payload

    payload = _order(world)["qr_payload"]
    assert verify_payload(world.f2.db, payload).code == "E_QR_UNKNOWN_KEY"
    import_bundle(world.f2.db, export_assignment_bundle(world.office.db, "F2", world.office.dir).path)
    verdict = verify_payload(world.f2.db, payload)
    assert (verdict.valid, verdict.code) == (True, "OK_NOT_STORED"), verdict
