"""Office conflict review: field-by-field merge, bulk resolution of identical versions, audit."""

from __future__ import annotations

import orjson
from sqlalchemy import select

from inspector.domain.audit import AuditEvent
from inspector.domain.registry import Site
from inspector.sync import (
    export_assignment_bundle,
    export_field_bundle,
    export_public_key,
    import_bundle,
    list_conflicts,
    merge_conflict,
    resolve_identical,
    trust_device,
)
from tests.sync.conftest import Dev, add_site, edit


def _two_edits(office: Dev, f1: Dev, f2: Dev, one: dict[str, str], two: dict[str, str]) -> str:
    site, _ = add_site(office.db, "共享工地")
    for f in (f1, f2):
        export_public_key(f.db, f.dir / "f.key")
        trust_device(office.db, f.code, f.dir / "f.key")
        import_bundle(f.db, export_assignment_bundle(office.db, f.code, office.dir).path)
    edit(f1.db, Site, site, **one)
    edit(f2.db, Site, site, **two)
    for f in (f1, f2):
        import_bundle(office.db, export_field_bundle(f.db, f.dir).path)
    return site


def _audit(office: Dev) -> list[dict[str, object]]:
    with office.db.session() as s:
        rows = s.scalars(select(AuditEvent).where(AuditEvent.action == "conflict.resolve")).all()
        return [{"actor": r.actor, **orjson.loads(r.detail)} for r in rows]


def test_merge_takes_fields_from_each_side(office: Dev, f1: Dev, f2: Dev) -> None:
    """Notes from F1, address from F2: the row holds both, and the audit names who and why."""
    site = _two_edits(office, f1, f2, {"notes": "F1 备注", "address": "F1 地址"},
                      {"notes": "F2 备注", "address": "F2 地址"})
    [c] = list_conflicts(office.db)
    assert c.differing == ["address", "notes"]
    done = merge_conflict(office.db, c.id, {"notes": "local", "address": "incoming"},
                          actor="王科长", reason="备注以 F1 为准，地址以 F2 为准")
    assert done.status == "resolved" and done.resolution == "merged"
    with office.db.session() as s:
        row = s.get(Site, site)
        assert row is not None and (row.notes, row.address) == ("F1 备注", "F2 地址")
    [event] = _audit(office)
    assert event["actor"] == "王科长" and event["reason"] == "备注以 F1 为准，地址以 F2 为准"
    assert event["fields"] == ["address", "notes"]


def test_identical_conflicts_resolved_in_bulk(office: Dev, f1: Dev, f2: Dev) -> None:
    """Two laptops made the same edit: a conflict by ancestry, identical by value, resolved by
    one bulk call; a conflict that really differs stays open."""
    _two_edits(office, f1, f2, {"notes": "同样的备注"}, {"notes": "同样的备注"})
    other, _ = add_site(office.db, "另一工地")
    for f in (f1, f2):
        import_bundle(f.db, export_assignment_bundle(office.db, f.code, office.dir).path)
    edit(f1.db, Site, other, notes="甲")
    edit(f2.db, Site, other, notes="乙")
    for f in (f1, f2):
        import_bundle(office.db, export_field_bundle(f.db, f.dir).path)
    before = list_conflicts(office.db)
    assert sorted(len(c.differing) for c in before) == [0, 1]
    done = resolve_identical(office.db, actor="王科长")
    assert len(done) == 1 and done[0].differing == []
    [left] = list_conflicts(office.db)
    assert left.row_id == other
    assert [e["reason"] for e in _audit(office)] == ["两个版本内容相同"]
