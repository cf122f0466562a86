"""`sync_status`: the sync screen's one read, before and after a round trip."""

from __future__ import annotations

from inspector.keys import fingerprint_display
from inspector.queries.sync_status import sync_status
from inspector.sync import export_field_bundle, import_bundle
from inspector.sync.enroll import this_public_key
from tests.sync.conftest import Dev, add_site


def test_status_follows_an_export_and_its_import(office: Dev, f1: Dev) -> None:
    before = sync_status(f1.db)
    assert (before.device_code, before.role) == (f1.code, "field")
    assert before.fingerprint == this_public_key(f1.db).fingerprint
    assert before.office_enrolled == fingerprint_display(this_public_key(office.db).key_id)
    assert (before.last_export, before.conflicts) == ("", 0)
    assert before.recent_imports == []

    add_site(f1.db)
    out = f1.dir / "out"
    out.mkdir()
    result = export_field_bundle(f1.db, out)
    after = sync_status(f1.db)
    assert after.last_export == "2026-11-25 10:00"
    # Exported is not acknowledged: the site and its parties wait for the office's answer.
    assert after.unacknowledged >= before.unacknowledged + 2

    import_bundle(office.db, result.path, trust_new_device=True)
    at_office = sync_status(office.db)
    assert at_office.role == "office" and at_office.office_enrolled == ""
    assert [(code, seq) for _at, code, seq in at_office.recent_imports] == [(f1.code, result.seq)]
