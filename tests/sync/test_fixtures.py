"""Released bundle formats stay importable: a stored field bundle of format version 1.

`tests/fixtures/bundles/field_v1.zip` was exported by a field device (code F9) with
demo data (3 sites, seed 11) at schema revision 0003. Its device key is unknown to
any test office, so it is accepted with `trust_new_device`, as an office would after
checking the fingerprint. Add a fixture per released format version.
"""

from __future__ import annotations

from pathlib import Path

from inspector.appdb import open_app_database
from inspector.devices import init_device
from inspector.sync import import_bundle

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "bundles" / "field_v1.zip"


def test_import_field_bundle_v1(office_url: str, tmp_path: Path) -> None:
    """On an office SQLite file and on an office PostgreSQL server alike."""
    db = open_app_database(office_url, data_dir=tmp_path / "office")
    try:
        init_device(db, role="office", code="OFFICE")
        first = import_bundle(db, FIXTURE, trust_new_device=True)
        assert first.status == "imported" and first.device_code == "F9"
        assert first.tables["site"].new == 3
        assert first.tables["item_result"].new == 132
        assert first.tables["rectification_order"].new == 7
        again = import_bundle(db, FIXTURE)
        assert again.status == "already_imported"
    finally:
        db.dispose()
