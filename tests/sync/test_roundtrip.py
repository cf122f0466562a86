"""Field → office → field: exports, imports, acknowledgements, overlaps and lost bundles."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from inspector.domain.inspections import Inspection, ItemResult
from inspector.domain.registry import Site
from inspector.keys import public_from_b64
from inspector.sync import (
    export_assignment_bundle,
    export_field_bundle,
    import_bundle,
    read_bundle,
)
from inspector.sync.format import data_member
from tests.sync.conftest import (
    BACKENDS,
    Dev,
    add_inspection,
    add_site,
    blob_files,
    count,
    dump,
    edit,
)

# The office side of every round trip runs on SQLite and on PostgreSQL.
pytestmark = pytest.mark.parametrize("office", BACKENDS, indirect=True)


def _office_import(office: Dev, path: Path, **kw: bool):
    return import_bundle(office.db, path, trust_new_device=kw.get("trust", True))


def test_round_trip_field_office_field(office: Dev, f1: Dev) -> None:
    """A field bundle lands whole at the office; the assignment back acknowledges it,
    brings the office's sites, and the next field export no longer repeats acknowledged rows."""
    site_id, _ = add_site(f1.db, "东城工地")
    made = add_inspection(f1.db, site_id, photo=b"\xff\xd8 jpeg bytes " * 100)
    b1 = export_field_bundle(f1.db, f1.dir)
    assert b1.path.name == "F1-00001.field.zip"
    assert b1.blobs == 1 and b1.row_counts["item_result"] == len(made["results"])

    rep = _office_import(office, b1.path)
    assert rep.status == "imported" and rep.new_device == "F1"
    assert rep.tables["item_result"].new == len(made["results"])
    assert rep.tables["site"].new == 1 and rep.blobs_new == 1
    assert made["evidence"][1] in blob_files(office)
    assert count(office.db, "item_result") == len(made["results"])
    # Foreign versions are not the office's own changes.
    assert count(office.db, "item_result", "change_seq <> 0") == 0

    office_site, _ = add_site(office.db, "局端登记工地")
    a1 = export_assignment_bundle(office.db, "F1", office.dir)
    back = import_bundle(f1.db, a1.path)
    assert back.status == "imported" and back.tables["site"].new == 1
    assert back.tables["site"].unchanged == 1  # the field's own site, already there
    with f1.db.session() as s:
        assert s.get(Site, office_site) is not None

    b2 = export_field_bundle(f1.db, f1.dir)
    assert b2.since == b1.high_water
    synced_rows = {t: n for t, n in b2.row_counts.items() if t != "audit_event"}
    assert synced_rows == {}, "acknowledged rows and office rows must not be re-exported"


def test_two_field_devices_into_one_office(office: Dev, f1: Dev, f2: Dev) -> None:
    """Bundles from two laptops merge; each device is registered with its own key."""
    s1, _ = add_site(f1.db, "一号工地")
    s2, _ = add_site(f2.db, "二号工地")
    r1 = add_inspection(f1.db, s1)
    r2 = add_inspection(f2.db, s2)
    for dev in (f1, f2):
        rep = _office_import(office, export_field_bundle(dev.db, dev.dir).path)
        assert rep.status == "imported"
    assert count(office.db, "item_result") == len(r1["results"]) + len(r2["results"])
    assert count(office.db, "device", "role = 'field' AND trusted = true") == 2
    assert count(office.db, "audit_event", "device_id <> (SELECT value FROM local_state WHERE key='device_id')") > 0


def test_double_import_changes_nothing(office: Dev, f1: Dev) -> None:
    site, _ = add_site(f1.db)
    add_inspection(f1.db, site, photo=b"photo")
    path = export_field_bundle(f1.db, f1.dir).path
    assert _office_import(office, path).status == "imported"
    before = dump(office.path)
    again = _office_import(office, path)
    assert again.status == "already_imported" and not again.refused
    assert dump(office.path) == before


def test_overlapping_bundles_and_out_of_order(office: Dev, f1: Dev) -> None:
    """b2 repeats b1 (no ack in between): rows of b1 are unchanged, edits are updates;
    b1 arriving after b2 is stale and changes no row."""
    site, _ = add_site(f1.db)
    made = add_inspection(f1.db, site)
    b1 = export_field_bundle(f1.db, f1.dir)
    edit(f1.db, ItemResult, made["results"][0], note="补充说明")
    b2 = export_field_bundle(f1.db, f1.dir)
    assert b2.since == 0 and b2.row_counts["item_result"] == len(made["results"])

    rep2 = _office_import(office, b2.path)
    assert rep2.tables["item_result"].new == len(made["results"])
    data_before = {t: rows for t, rows in dump(office.path).items()
                   if t not in ("imported_bundle", "audit_event", "local_state")}
    rep1 = _office_import(office, b1.path)
    assert rep1.status == "imported"
    assert rep1.tables["item_result"].unchanged == len(made["results"])
    assert rep1.tables["item_result"].conflicts == 0
    data_after = {t: rows for t, rows in dump(office.path).items()
                  if t not in ("imported_bundle", "audit_event", "local_state")}
    assert data_after == data_before
    with office.db.session() as s:
        assert s.get_one(ItemResult, made["results"][0]).note == "补充说明"


def test_overlap_in_order_updates(office: Dev, f1: Dev) -> None:
    site, _ = add_site(f1.db)
    made = add_inspection(f1.db, site)
    b1 = export_field_bundle(f1.db, f1.dir)
    assert _office_import(office, b1.path).tables["item_result"].new == len(made["results"])
    edit(f1.db, ItemResult, made["results"][1], answer="non_compliant", note="复核")
    rep = _office_import(office, export_field_bundle(f1.db, f1.dir).path)
    counts = rep.tables["item_result"]
    assert (counts.new, counts.updated, counts.conflicts) == (0, 1, 0)
    assert counts.unchanged == len(made["results"]) - 1


def test_lost_bundle_recovered_by_the_next(office: Dev, f1: Dev) -> None:
    site, _ = add_site(f1.db)
    made = add_inspection(f1.db, site, photo=b"lost photo")
    lost = export_field_bundle(f1.db, f1.dir)
    lost.path.unlink()  # the USB stick went through the wash
    edit(f1.db, Inspection, made["inspection"], notes="第二次导出前补记")
    b2 = export_field_bundle(f1.db, f1.dir)
    rep = _office_import(office, b2.path)
    assert rep.tables["item_result"].new == len(made["results"])
    assert rep.blobs_new == 1
    with office.db.session() as s:
        assert s.get_one(Inspection, made["inspection"]).notes == "第二次导出前补记"


def test_many_local_edits_fast_forward(office: Dev, f1: Dev) -> None:
    """Three edits between exports: the office still sees a descendant, not a conflict,
    because the bundle ships the row's version edges."""
    site, _ = add_site(f1.db)
    _office_import(office, export_field_bundle(f1.db, f1.dir).path)
    for n in range(3):
        edit(f1.db, Site, site, notes=f"第{n}次修改")
    path = export_field_bundle(f1.db, f1.dir).path
    vb = read_bundle(path, lambda m: public_from_b64(m.public_key))
    assert data_member("site") in vb.manifest.files
    shipped = [r for batch in vb.batches("site") for r in batch]
    assert len(shipped[0]["_edges"]) == 2  # v3→v2, v2→v1 (v4→v3 is the row itself)
    rep = _office_import(office, path)
    assert rep.tables["site"].updated == 1 and rep.tables["site"].conflicts == 0
    with office.db.session() as s:
        row = s.get_one(Site, site)
        assert row.notes == "第2次修改" and row.rev == 4


def test_acknowledgement_never_deletes_field_data(office: Dev, f1: Dev) -> None:
    site, _ = add_site(f1.db)
    made = add_inspection(f1.db, site)
    _office_import(office, export_field_bundle(f1.db, f1.dir).path)
    before = count(f1.db, "item_result")
    import_bundle(f1.db, export_assignment_bundle(office.db, "F1", office.dir).path)
    assert count(f1.db, "item_result") == before == len(made["results"])
    with f1.db.session() as s:
        assert s.scalar(select(Inspection.id)) == made["inspection"]
