"""Office device management: accept after comparing the fingerprint, revoke with a reason,
the overview (last bundle, acknowledgement, pending rows, silence), and a five-laptop merge."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from inspector import clock
from inspector.appdb import open_app_database
from inspector.devices import init_device
from inspector.errors import InspectorError
from inspector.queries.office import device_overview, import_history
from inspector.sync import (
    enroll,
    export_assignment_bundle,
    export_field_bundle,
    export_public_key,
    import_bundle,
    import_bundles,
)
from inspector.sync.errors import DeviceRevokedError
from inspector.sync.office import (
    DEFAULT_SILENT_DAYS,
    accept_device_from_bundle,
    revoke_with_reason,
    set_silent_days,
    silent_days,
)
from inspector.sync.preview import preview_import
from tests.sync.conftest import Dev, add_inspection, add_site, count, dump


def test_accept_needs_the_matching_fingerprint(office: Dev, f1: Dev) -> None:
    """A wrong fingerprint writes nothing; the right one registers the device, and its
    bundles then import without any trust flag."""
    add_site(f1.db, "接受设备工地")
    bundle = export_field_bundle(f1.db, f1.dir).path
    [p] = preview_import(office.db, [bundle])
    assert p.unknown_device
    before = dump(office.path)
    with pytest.raises(InspectorError) as err:
        accept_device_from_bundle(office.db, bundle, confirmed_fingerprint="0000 0000 0000 0000")
    assert err.value.code == "E_DEVICE_FINGERPRINT" and dump(office.path) == before
    row = accept_device_from_bundle(office.db, bundle, confirmed_fingerprint=p.key_fingerprint)
    assert row.code == "F1" and row.trusted
    assert import_bundle(office.db, bundle).status == "imported"
    with pytest.raises(InspectorError):  # never twice
        accept_device_from_bundle(office.db, bundle, confirmed_fingerprint=p.key_fingerprint)


def test_revoke_needs_a_reason_and_refuses_later_bundles(office: Dev, f1: Dev) -> None:
    add_site(f1.db, "吊销工地")
    import_bundle(office.db, export_field_bundle(f1.db, f1.dir).path, trust_new_device=True)
    with pytest.raises(InspectorError):
        revoke_with_reason(office.db, "F1", "  ")
    row = revoke_with_reason(office.db, "F1", "电脑遗失")
    assert row.revoked and not row.trusted
    add_site(f1.db, "吊销后工地")
    with pytest.raises(DeviceRevokedError):
        import_bundle(office.db, export_field_bundle(f1.db, f1.dir).path)
    [d] = device_overview(office.db, silent_after=14)
    assert d.revoked and not d.silent  # a revoked laptop is not "silent", it is gone


def test_overview_flags_silent_devices(office: Dev, f1: Dev, f2: Dev) -> None:
    """F1 sent a bundle today, F2 never did; N days later F1 is silent too."""
    assert silent_days(office.db) == DEFAULT_SILENT_DAYS
    assert set_silent_days(office.db, 10) == 10 and silent_days(office.db) == 10
    add_site(f1.db, "概况工地")
    import_bundle(office.db, export_field_bundle(f1.db, f1.dir).path, trust_new_device=True)
    export_public_key(f2.db, f2.dir / "f2.key")
    from inspector.sync import trust_device

    trust_device(office.db, "F2", f2.dir / "f2.key")
    by_code = {d.code: d for d in device_overview(office.db, silent_after=10)}
    assert by_code["F1"].last_seq == 1 and not by_code["F1"].silent
    assert by_code["F1"].pending_rows > 0 and by_code["F1"].last_ack is None
    assert by_code["F2"].silent and by_code["F2"].silent_days is None
    export_assignment_bundle(office.db, "F1", office.dir)
    later = clock.today() + timedelta(days=11)
    [f1_later] = [d for d in device_overview(office.db, silent_after=10, today=later)
                  if d.code == "F1"]
    assert f1_later.silent and f1_later.silent_days == 11
    assert f1_later.last_ack is not None and f1_later.pending_rows == 0


def test_merge_from_five_devices(office: Dev, f1: Dev, f2: Dev, tmp_path: Path) -> None:
    """Five laptops, each with its own sites and inspections, merged in one batch: the
    dry run forecasts it exactly, every row lands, the history lists all five."""
    fields = [f1, f2]
    key = tmp_path / "office.key"
    export_public_key(office.db, key)
    for n in (3, 4, 5):
        path = tmp_path / f"f{n}" / "inspector.db"
        db = open_app_database(path)
        init_device(db, role="field", code=f"F{n}")
        enroll(db, key)
        fields.append(Dev(path.parent, path, db, f"F{n}"))
    try:
        bundles = []
        for i, f in enumerate(fields):
            site, _ = add_site(f.db, f"第{i + 1}工地")
            add_inspection(f.db, site)
            bundles.append(export_field_bundle(f.db, f.dir).path)
        forecast = preview_import(office.db, bundles, trust_new_device=True)
        assert [p.new_device for p in forecast] == ["F1", "F2", "F3", "F4", "F5"]
        reports = import_bundles(office.db, bundles, trust_new_device=True)
        assert [r.status for r in reports] == ["imported"] * 5
        assert [p.new for p in forecast] == [sum(c.new for c in r.tables.values()) for r in reports]
        assert count(office.db, "site") == 5
        history = import_history(office.db)
        assert sorted(h.device_code for h in history) == ["F1", "F2", "F3", "F4", "F5"]
        assert all(h.tables["site"]["new"] == 1 and h.new > 1 for h in history)
    finally:
        for f in fields[2:]:
            f.db.dispose()
