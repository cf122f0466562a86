"""The same natural key created on two laptops: a conflict to review, not a blocked device.

Two real field devices each create the same inspector (执法证号), employer (统一社会信用
代码) and site (项目编号) offline; the office imports both bundles, parks the second
device's keys, and a clerk merges or keeps both. References are remapped, later
bundles of that device still import, and every resolution is audited.
"""

from __future__ import annotations

import orjson
import pytest
from sqlalchemy import select

from inspector.domain.audit import AuditEvent
from inspector.domain.base import SyncedMixin
from inspector.domain.inspections import Inspection, InspectionInspector
from inspector.domain.registry import Employer, Inspector, Site
from inspector.errors import ValidationError
from inspector.ids import uuid7
from inspector.sync import (
    export_assignment_bundle,
    export_field_bundle,
    import_bundle,
    list_conflicts,
    resolve_conflict,
)
from inspector.sync.errors import ConflictError
from inspector.sync.natkeys import NATURAL_KEYS
from tests.sync.conftest import BACKENDS, Dev, add_inspection, edit

pytestmark = pytest.mark.parametrize("office", BACKENDS, indirect=True)

CREDENTIAL, CREDIT, CODE = "JC-0001", "91330000MA2XYZ0001", "XM-2026-001"


def _create_same(dev: Dev, inspector_name: str) -> dict[str, str]:
    """The same person, employer and site as another laptop, made here with new ids."""
    with dev.db.uow() as s:
        emp = Employer(id=uuid7(), name="某建设有限公司", credit_code=CREDIT)
        s.add(emp)
        s.flush()
        site = Site(id=uuid7(), name="某工地", code=CODE, general_contractor_id=emp.id)
        who = Inspector(id=uuid7(), name=inspector_name, credential_no=CREDENTIAL)
        s.add_all([site, who])
        return {"employer": emp.id, "site": site.id, "inspector": who.id}


def _inspect(dev: Dev, ids: dict[str, str]) -> str:
    """An inspection of the device's own site by the device's own inspector."""
    made = add_inspection(dev.db, ids["site"])
    with dev.db.uow() as s:
        s.add(InspectionInspector(id=uuid7(), inspection_id=made["inspection"],
                                  inspector_id=ids["inspector"]))
    return str(made["inspection"])


def _send(office: Dev, dev: Dev) -> None:
    report = import_bundle(office.db, export_field_bundle(dev.db, dev.dir).path,
                           trust_new_device=True)
    assert report.status == "imported"


def _two_laptops(office: Dev, f1: Dev, f2: Dev) -> tuple[dict[str, str], dict[str, str]]:
    one, two = _create_same(f1, "张三"), _create_same(f2, "张三")
    _send(office, f1)
    _send(office, f2)
    return one, two


def _key_conflicts(office: Dev) -> dict[str, str]:
    return {c.table: c.id for c in list_conflicts(office.db) if c.winner == "key"}


def test_second_device_key_is_parked_and_queued(office: Dev, f1: Dev, f2: Dev) -> None:
    one, two = _two_laptops(office, f1, f2)
    conflicts = {c.table: c for c in list_conflicts(office.db)}
    assert set(conflicts) == set(NATURAL_KEYS)
    for table, nk in NATURAL_KEYS.items():
        c = conflicts[table]
        assert (c.row_id, c.local["id"]) == (two[table], one[table])
        assert c.incoming[nk.column] == c.local[nk.column]  # the real key kept for review
    with office.db.session() as s:
        assert s.get_one(Inspector, one["inspector"]).credential_no == CREDENTIAL
        parked = s.get_one(Inspector, two["inspector"]).credential_no
        assert parked.startswith("~") and len(parked) == 18
        assert s.get_one(Employer, two["employer"]).credit_code.startswith("~")
        assert s.get_one(Site, two["site"]).code is None
        # The newcomer's own references imported with it.
        assert s.get_one(Site, two["site"]).general_contractor_id == two["employer"]

    # The device is not blocked: its next bundle (a new inspection, an edit of the
    # parked inspector) imports, keeps the key parked and queues nothing twice.
    _inspect(f2, two)
    edit(f2.db, Inspector, two["inspector"], phone="13800000000")
    _send(office, f2)
    assert len(_key_conflicts(office)) == 3
    with office.db.session() as s:
        again = s.get_one(Inspector, two["inspector"])
        assert again.phone == "13800000000" and again.credential_no == parked


def test_merge_remaps_references_and_later_bundles(office: Dev, f1: Dev, f2: Dev) -> None:
    one, two = _two_laptops(office, f1, f2)
    before = _inspect(f2, two)
    _send(office, f2)
    for table in ("inspector", "site", "employer"):
        info = resolve_conflict(office.db, _key_conflicts(office)[table], "merge",
                                actor="王科长", reason="同一人/同一单位")
        assert (info.status, info.resolution) == ("resolved", "merge")
    with office.db.session() as s:
        assert s.get_one(Inspection, before).site_id == one["site"]
        pair = s.scalar(select(InspectionInspector).where(
            InspectionInspector.inspection_id == before))
        assert pair is not None and pair.inspector_id == one["inspector"]
        assert s.get_one(Site, one["site"]).general_contractor_id == one["employer"]
        models: tuple[tuple[str, type[SyncedMixin]], ...] = (
            ("inspector", Inspector), ("site", Site), ("employer", Employer))
        assert all(s.get_one(m, two[t]).tombstone for t, m in models)
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "conflict.resolve")).all()
        merged = [orjson.loads(e.detail) for e in events]
        assert {e.actor for e in events} == {"王科长"}
        assert all(d["keep"] == "merge" and d["reason"] == "同一人/同一单位" for d in merged)
        site_detail = next(d for d in merged if d["into"] == one["site"])
        assert before in site_detail["remapped"]["inspection.site_id"]

    # F2 still names its own copies: its later inspection lands on the kept rows.
    later = _inspect(f2, two)
    _send(office, f2)
    with office.db.session() as s:
        assert s.get_one(Inspection, later).site_id == one["site"]
        pairs = s.scalars(select(InspectionInspector.inspector_id).where(
            InspectionInspector.inspection_id == later)).all()
        assert pairs == [one["inspector"]]


def test_keep_both_with_a_corrected_key(office: Dev, f1: Dev, f2: Dev) -> None:
    one, two = _two_laptops(office, f1, f2)
    cid = _key_conflicts(office)["inspector"]
    with pytest.raises(ValidationError) as taken:
        resolve_conflict(office.db, cid, "both", values={"credential_no": CREDENTIAL})
    assert taken.value.code == "E_CONFLICT_KEY_TAKEN"
    with pytest.raises(ConflictError) as kind:
        resolve_conflict(office.db, cid, "local")
    assert kind.value.code == "E_CONFLICT_KIND"
    info = resolve_conflict(office.db, cid, "both", values={"credential_no": "JC-0002"},
                            actor="王科长", reason="两人证号录错")
    assert info.resolution == "both"
    with office.db.session() as s:
        assert s.get_one(Inspector, one["inspector"]).credential_no == CREDENTIAL
        fixed = s.get_one(Inspector, two["inspector"])
        assert fixed.credential_no == "JC-0002" and not fixed.tombstone
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "conflict.resolve")).one()
        assert orjson.loads(event.detail)["credential_no"] == "JC-0002"
        assert event.actor == "王科长"


def _assign(office: Dev, dev: Dev) -> None:
    bundle = export_assignment_bundle(office.db, dev.code, office.dir)
    assert import_bundle(dev.db, bundle.path).status == "imported"


def test_the_laptop_whose_copy_is_merged_away_follows(office: Dev, f1: Dev, f2: Dev) -> None:
    """F2 receives F1's inspector (same key as its own: parked on F2 too); once the
    office merges F2's copy away, the next assignment bundle tombstones F2's copy and
    F1's row takes its key back, with no one resolving anything on the laptop."""
    one, two = _two_laptops(office, f1, f2)
    _assign(office, f2)
    with f2.db.session() as s:
        assert s.get_one(Inspector, one["inspector"]).credential_no.startswith("~")
        assert s.get_one(Inspector, two["inspector"]).credential_no == CREDENTIAL
    assert {c.table for c in list_conflicts(f2.db)} == set(NATURAL_KEYS)
    for cid in _key_conflicts(office).values():
        resolve_conflict(office.db, cid, "merge", actor="王科长", reason="同一人")
    _assign(office, f2)
    with f2.db.session() as s:
        assert s.get_one(Inspector, one["inspector"]).credential_no == CREDENTIAL
        assert s.get_one(Inspector, two["inspector"]).tombstone
        assert s.get_one(Employer, one["employer"]).credit_code == CREDIT
        assert s.get_one(Site, one["site"]).code == CODE
    assert list_conflicts(f2.db) == []
    assert {c.resolution for c in list_conflicts(f2.db, status="resolved")} == {"released"}


def test_merge_that_would_duplicate_a_pair_tombstones_it(office: Dev, f1: Dev, f2: Dev) -> None:
    """Both laptops added "their" employer as subcontractor of one office site: after the
    merge the newcomer's pair would repeat the kept one, so it is tombstoned instead."""
    from inspector.domain.registry import SiteSubcontractor
    from inspector.sync import export_public_key, trust_device
    from tests.sync.conftest import add_site

    site, _ = add_site(office.db, "共享工地")
    pairs = []
    for f in (f1, f2):
        export_public_key(f.db, f.dir / "f.key")
        trust_device(office.db, f.code, f.dir / "f.key")
        _assign(office, f)
        with f.db.uow() as s:
            emp = Employer(id=uuid7(), name="某劳务有限公司", credit_code=CREDIT)
            s.add(emp)
            s.flush()
            pair = SiteSubcontractor(id=uuid7(), site_id=site, employer_id=emp.id)
            s.add(pair)
            pairs.append((emp.id, pair.id))
    _send(office, f1)
    _send(office, f2)
    cid = _key_conflicts(office)["employer"]
    resolve_conflict(office.db, cid, "merge", actor="王科长", reason="同一单位")
    with office.db.session() as s:
        kept, twin = s.get_one(SiteSubcontractor, pairs[0][1]), s.get_one(SiteSubcontractor, pairs[1][1])
        assert not kept.tombstone and kept.employer_id == pairs[0][0]
        assert twin.tombstone and twin.employer_id == pairs[1][0]


def test_cli_lists_and_resolves_a_key_conflict(office: Dev, f1: Dev, f2: Dev) -> None:
    _, two = _two_laptops(office, f1, f2)
    listed = orjson.loads(office.cli("conflicts", "list", "--json", check=True).stdout)
    key = next(c for c in listed if c["table"] == "inspector")
    assert (key["winner"], key["key_column"]) == ("key", "credential_no")
    wrong = office.cli("conflicts", "resolve", key["id"], "--keep", "local")
    assert wrong.returncode == 1 and "E_CONFLICT_KIND" in wrong.stdout + wrong.stderr
    assert "Traceback" not in wrong.stderr
    done = office.cli("conflicts", "resolve", key["id"], "--keep", "both",
                      "--set", "credential_no=JC-0009", "--by", "王科长", "--json", check=True)
    assert orjson.loads(done.stdout)["resolution"] == "both"
    with office.db.session() as s:
        assert s.get_one(Inspector, two["inspector"]).credential_no == "JC-0009"
