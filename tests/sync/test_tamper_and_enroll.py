"""Issued documents are immutable across sync; assignment bundles obey the pinned office key."""

from __future__ import annotations

import sqlite3

import pytest

from inspector.domain.orders import Order
from inspector.ids import new_version, uuid7
from inspector.sync import (
    BundleError,
    enroll,
    export_assignment_bundle,
    export_field_bundle,
    export_public_key,
    import_bundle,
    import_bundles,
    trust_device,
)
from inspector.sync.errors import EnrollError
from tests.sync.conftest import BACKENDS, Dev, add_inspection, add_site, deadline, dump, edit

# A refused bundle must leave the office as it was on a server as on a file.
pytestmark = pytest.mark.parametrize("office", BACKENDS, indirect=True)


def _issued_order(f: Dev) -> str:
    site, employer = add_site(f.db)
    insp = add_inspection(f.db, site)["inspection"]
    oid = uuid7()
    with f.db.uow() as s:
        s.add(Order(id=oid, inspection_id=insp, employer_id=employer, site_id=site,
                    title="劳动保障监察限期改正指令书", deadline=deadline()))
    edit(f.db, Order, oid, status="issued", number="××人社监令〔2026〕1号",
         content='{"text": "限期改正"}', content_hash="a" * 64)
    return oid


def test_tampered_issued_order_refuses_the_whole_bundle(office: Dev, f1: Dev) -> None:
    oid = _issued_order(f1)
    assert import_bundle(office.db, export_field_bundle(f1.db, f1.dir).path,
                         trust_new_device=True).tables["rectification_order"].new == 1
    # Someone edits the laptop's database behind the program's back and re-exports.
    con = sqlite3.connect(f1.path)
    with con:
        seq = int(con.execute("SELECT value FROM local_state WHERE key='change_seq'").fetchone()[0]) + 1
        con.execute("UPDATE local_state SET value=? WHERE key='change_seq'", (str(seq),))
        con.execute(
            "UPDATE rectification_order SET content_hash=?, base_version=version_id,"
            " version_id=?, rev=rev+1, change_seq=? WHERE id=?",
            ("b" * 64, new_version(), seq, oid),
        )
    con.close()
    bad = export_field_bundle(f1.db, f1.dir).path
    before = dump(office.path)
    [rep] = import_bundles(office.db, [bad])
    assert rep.error_code == "E_BUNDLE_TAMPERED" and "指令书" in rep.message
    assert dump(office.path) == before


def test_facts_recorded_after_issue_still_travel(office: Dev, f1: Dev) -> None:
    oid = _issued_order(f1)
    import_bundle(office.db, export_field_bundle(f1.db, f1.dir).path, trust_new_device=True)
    edit(f1.db, Order, oid, status="served", recipient_name="赵经理")
    rep = import_bundle(office.db, export_field_bundle(f1.db, f1.dir).path)
    assert rep.tables["rectification_order"].updated == 1
    with office.db.session() as s:
        assert s.get_one(Order, oid).recipient_name == "赵经理"


def test_assignment_requires_enrolment_and_the_pinned_key(
    office: Dev, make_device, tmp_path
) -> None:
    lone = make_device("f2")  # not enrolled
    export_public_key(lone.db, tmp_path / "f2.key")
    trust_device(office.db, "F2", tmp_path / "f2.key")
    path = export_assignment_bundle(office.db, "F2", tmp_path).path
    with pytest.raises(BundleError) as err:
        import_bundle(lone.db, path)
    assert err.value.code == "E_BUNDLE_NOT_ENROLLED"

    # Pin a different "office" key (another field laptop's): the real office is refused.
    export_public_key(make_device("f1").db, tmp_path / "impostor.key")
    enroll(lone.db, tmp_path / "impostor.key")
    with pytest.raises(BundleError) as err:
        import_bundle(lone.db, path)
    assert err.value.code == "E_BUNDLE_SIGNATURE"

    # Re-enrolling with another key is refused unless replaced with the fingerprint typed back.
    export_public_key(office.db, tmp_path / "office.key")
    with pytest.raises(EnrollError) as e2:
        enroll(lone.db, tmp_path / "office.key")
    assert e2.value.code == "E_ENROLL_KEY_CHANGED"
    with pytest.raises(EnrollError):
        enroll(lone.db, tmp_path / "office.key", replace=True, confirm_fingerprint="0000")
    info, changed = enroll(lone.db, tmp_path / "office.key", replace=True,
                           confirm_fingerprint=_office_fp(office))
    assert changed and info.code == "OFFICE"
    assert import_bundle(lone.db, path).status == "imported"


def _office_fp(office: Dev) -> str:
    from inspector.sync import this_public_key

    return this_public_key(office.db).fingerprint


def test_assignment_for_another_device_refused(office: Dev, f1: Dev, f2: Dev, tmp_path) -> None:
    export_public_key(f1.db, tmp_path / "f1.key")
    trust_device(office.db, "F1", tmp_path / "f1.key")
    before = dump(f2.path)
    [rep] = import_bundles(f2.db, [export_assignment_bundle(office.db, "F1", tmp_path).path])
    assert rep.error_code == "E_BUNDLE_KIND" and "F1" in rep.message
    assert dump(f2.path) == before


def test_field_bundle_cannot_carry_device_rows(office: Dev, f1: Dev) -> None:
    """Trust is the office's: a field export never contains the device table."""
    add_site(f1.db)
    res = export_field_bundle(f1.db, f1.dir)
    assert "device" not in res.row_counts
