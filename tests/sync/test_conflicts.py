"""Concurrent edits: conflicts recorded with both versions, resolved as audited new versions."""

from __future__ import annotations

import orjson
import pytest
from sqlalchemy import select

from inspector.audit import check_chain
from inspector.domain.audit import AuditEvent
from inspector.domain.registry import Site
from inspector.domain.sync import SyncConflict
from inspector.storage.session import tombstone
from inspector.sync import (
    export_assignment_bundle,
    export_field_bundle,
    export_public_key,
    import_bundle,
    list_conflicts,
    resolve_conflict,
    trust_device,
)
from tests.sync.conftest import BACKENDS, Dev, add_site, count, dump, edit

# Conflicts are an office's work: every test runs on SQLite and on PostgreSQL.
pytestmark = pytest.mark.parametrize("office", BACKENDS, indirect=True)


def _share_site(office: Dev, *fields: Dev) -> str:
    """An office site handed to every field device in its assignment bundle."""
    site, _ = add_site(office.db, "共享工地")
    for f in fields:
        export_public_key(f.db, f.dir / "f.key")
        trust_device(office.db, f.code, f.dir / "f.key")
        import_bundle(f.db, export_assignment_bundle(office.db, f.code, office.dir).path)
    return site


def test_two_devices_edit_the_same_row(office: Dev, f1: Dev, f2: Dev) -> None:
    """Same base, two edits (whatever their rev counts): a conflict with both versions kept."""
    site = _share_site(office, f1, f2)
    edit(f1.db, Site, site, notes="F1 的记录")
    edit(f2.db, Site, site, notes="F2 的记录一")
    edit(f2.db, Site, site, notes="F2 的记录二")  # a higher rev must not decide anything
    r1 = import_bundle(office.db, export_field_bundle(f1.db, f1.dir).path, trust_new_device=True)
    assert r1.tables["site"].updated == 1
    r2 = import_bundle(office.db, export_field_bundle(f2.db, f2.dir).path, trust_new_device=True)
    assert r2.tables["site"].conflicts == 1 and r2.tables["site"].updated == 0

    [c] = list_conflicts(office.db)
    assert (c.table, c.row_id, c.status) == ("site", site, "open")
    assert c.local["notes"] == "F1 的记录" and c.incoming["notes"] == "F2 的记录二"
    assert c.differing == ["notes"]
    # Deterministic provisional winner: higher (tombstone, rev, updated_at, version).
    assert c.winner == "incoming"
    with office.db.session() as s:
        assert s.get_one(Site, site).notes == "F2 的记录二"

    # The same bundle again (overlap) does not queue the conflict twice.
    again = export_field_bundle(f2.db, f2.dir)
    rep = import_bundle(office.db, again.path)
    assert rep.tables["site"].conflicts == 0 and count(office.db, "sync_conflict") == 1


def test_resolve_keeps_local_bumps_rev_and_is_audited(office: Dev, f1: Dev, f2: Dev) -> None:
    site = _share_site(office, f1, f2)
    edit(f1.db, Site, site, notes="甲")
    edit(f2.db, Site, site, notes="乙")
    import_bundle(office.db, export_field_bundle(f1.db, f1.dir).path, trust_new_device=True)
    b2 = export_field_bundle(f2.db, f2.dir)
    import_bundle(office.db, b2.path, trust_new_device=True)
    [c] = list_conflicts(office.db)
    with office.db.session() as s:
        rev_before = s.get_one(Site, site).rev
    done = resolve_conflict(office.db, c.id, "local", actor="王科长")
    assert done.status == "resolved" and done.resolution == "local"
    with office.db.session() as s:
        row = s.get_one(Site, site)
        assert row.notes == "甲"
        assert row.rev > max(c.local["rev"], c.incoming["rev"], rev_before - 1)
        ev = s.scalars(select(AuditEvent).where(AuditEvent.action == "conflict.resolve")).one()
        assert orjson.loads(ev.detail)["keep"] == "local" and ev.actor == "王科长"
        assert check_chain(s) is None
    assert list_conflicts(office.db) == []

    # The losing version arriving again is now stale: the resolution descends from it.
    before = {t: v for t, v in dump(office.path).items() if t not in ("audit_event",)}
    import_bundle(office.db, export_field_bundle(f2.db, f2.dir).path)
    after = {t: v for t, v in dump(office.path).items() if t not in ("audit_event",)}
    assert before["site"] == after["site"] and count(office.db, "sync_conflict") == 1

    # Everywhere afterwards it wins: F2 receives it as a fast-forward, not a conflict.
    rep = import_bundle(f2.db, export_assignment_bundle(office.db, "F2", office.dir).path)
    assert rep.tables["site"].updated == 1 and rep.tables["site"].conflicts == 0
    with f2.db.session() as s:
        assert s.get_one(Site, site).notes == "甲"


def test_resolve_merged_with_values(office: Dev, f1: Dev, f2: Dev) -> None:
    site = _share_site(office, f1, f2)
    edit(f1.db, Site, site, notes="甲", headcount_active=10)
    edit(f2.db, Site, site, notes="乙")
    for f in (f1, f2):
        import_bundle(office.db, export_field_bundle(f.db, f.dir).path, trust_new_device=True)
    [c] = list_conflicts(office.db)
    resolve_conflict(office.db, c.id, "merged", values={"notes": "甲；乙", "headcount_active": "12"})
    with office.db.session() as s:
        row = s.get_one(Site, site)
        assert (row.notes, row.headcount_active) == ("甲；乙", 12)
        stored = s.get_one(SyncConflict, c.id)
        assert stored.resolved_version_id == row.version_id


def test_tombstone_is_never_resurrected(office: Dev, f1: Dev, f2: Dev) -> None:
    """A deletion concurrent with an edit: the tombstone wins, the edit is kept for review."""
    site = _share_site(office, f1, f2)
    with f1.db.uow() as s:
        tombstone(s, Site, site)
    edit(f2.db, Site, site, notes="还在施工", rev=50)
    import_bundle(office.db, export_field_bundle(f1.db, f1.dir).path, trust_new_device=True)
    rep = import_bundle(office.db, export_field_bundle(f2.db, f2.dir).path, trust_new_device=True)
    assert rep.tables["site"].conflicts == 1
    [c] = list_conflicts(office.db)
    assert c.winner == "local" and c.incoming["notes"] == "还在施工"
    with office.db.session() as s:
        assert s.get_one(Site, site).tombstone is True


def test_conflicts_cli(office: Dev, f1: Dev, f2: Dev) -> None:
    site = _share_site(office, f1, f2)
    edit(f1.db, Site, site, notes="一")
    edit(f2.db, Site, site, notes="二")
    for f in (f1, f2):
        import_bundle(office.db, export_field_bundle(f.db, f.dir).path, trust_new_device=True)
    office.db.dispose()
    listed = office.cli("conflicts", "list", "--json", check=True)
    [row] = orjson.loads(listed.stdout)
    assert row["table"] == "site" and row["differing"] == ["notes"]
    shown = office.cli("conflicts", "show", row["id"], check=True)
    assert "一" in shown.stdout and "二" in shown.stdout
    bad = office.cli("conflicts", "resolve", row["id"], "--keep", "merged", "--set", "nosuch=1")
    assert bad.returncode == 1 and "E_CONFLICT_VALUE" in bad.stderr
    ok = office.cli("conflicts", "resolve", row["id"], "--keep", "incoming", "--by", "审核员")
    assert ok.returncode == 0, ok.stderr
    twice = office.cli("conflicts", "resolve", row["id"], "--keep", "local")
    assert twice.returncode == 1 and "E_CONFLICT_RESOLVED" in twice.stderr
    assert orjson.loads(office.cli("conflicts", "list", "--json").stdout) == []
