"""The sync CLI end to end, exit codes and JSON output: in this process (tests/clirun.py),
the failures also in real processes."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from inspector.domain.registry import Site
from tests.sync.conftest import Dev, add_inspection, add_site, edit


def test_cli_session(office: Dev, make_device, tmp_path: Path) -> None:
    field = make_device("f1")
    site, _ = add_site(field.db, "命令行工地")
    add_inspection(field.db, site, photo=b"cli photo")
    for d in (office, field):
        d.db.dispose()

    shown = orjson.loads(office.cli("keys", "show", "--json", check=True).stdout)
    assert len(shown["key_id"]) == 16 and shown["role"] == "office"
    office.cli("keys", "export", "--out", str(tmp_path / "office.key"), check=True)
    enrolled = field.cli("enroll", "--office-key", str(tmp_path / "office.key"), check=True)
    assert shown["fingerprint"] in enrolled.stdout

    out = orjson.loads(field.cli("bundle", "export", "--out", str(tmp_path), "--json",
                                 check=True).stdout)
    bundle = Path(out["path"])
    assert bundle.name == "F1-00001.field.zip" and bundle.exists()

    inspected = office.cli("bundle", "inspect", str(bundle), "--json")
    doc = orjson.loads(inspected.stdout)
    assert inspected.returncode == 0 and doc["code"] == "OK_EMBEDDED_KEY"
    assert doc["manifest"]["device"]["code"] == "F1"

    refused = office.cli("bundle", "import", str(bundle))
    assert refused.returncode == 1 and "E_BUNDLE_UNKNOWN_DEVICE" in refused.stdout
    ok = office.cli("bundle", "import", "--trust-new-device", str(bundle))
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "已登记并信任新设备 F1" in ok.stdout and "item_result" in ok.stdout

    # Many files: one good (already imported), one garbage → exit 1, both reported.
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"nope")
    many = office.cli("bundle", "import", "--json", str(bundle), str(junk))
    reports = orjson.loads(many.stdout)
    assert many.returncode == 1
    assert [r["status"] for r in reports] == ["already_imported", "refused"]
    assert reports[1]["error_code"] == "E_BUNDLE_FORMAT"

    devices = orjson.loads(office.cli("devices", "list", "--json", check=True).stdout)
    assert {d["code"]: d["trusted"] for d in devices} == {"F1": True, "OFFICE": True}

    assigned = office.cli("bundle", "assign", "--device", "F1", "--out", str(tmp_path), check=True)
    assign_path = next(tmp_path.glob("OFFICE-*-F1.assign.zip"))
    assert assign_path.name in assigned.stdout
    back = field.cli("bundle", "import", str(assign_path))
    assert back.returncode == 0, back.stdout + back.stderr

    # Acknowledged: the next export carries no data rows, only new audit events.
    nxt = orjson.loads(field.cli("bundle", "export", "--out", str(tmp_path), "--json",
                                 check=True).stdout)
    assert set(nxt["row_counts"]) <= {"audit_event"}

    # Revoked devices are refused.
    office.cli("devices", "revoke", "F1", check=True)
    edit(field.db, Site, site, notes="吊销后")
    field.db.dispose()
    late = Path(orjson.loads(field.cli("bundle", "export", "--out", str(tmp_path), "--json",
                                       check=True).stdout)["path"])
    res = office.cli("bundle", "import", str(late))
    assert res.returncode == 1 and "E_BUNDLE_DEVICE_REVOKED" in res.stdout
    office.cli("devices", "trust", "F1", check=True)
    assert office.cli("bundle", "import", str(late)).returncode == 0


@pytest.mark.parametrize("process", [False, True], ids=["in-process", "subprocess"])
def test_cli_errors_have_codes(office: Dev, tmp_path: Path, process: bool) -> None:
    office.db.dispose()
    res = office.cli("bundle", "export", "--out", str(tmp_path), process=process)
    assert res.returncode == 1 and "E_BUNDLE_KIND" in res.stderr
    res = office.cli("bundle", "assign", "--device", "NOPE", "--out", str(tmp_path),
                     process=process)
    assert res.returncode == 1 and "E_DEVICE_UNKNOWN" in res.stderr
    res = office.cli("devices", "trust", "NOPE", process=process)
    assert res.returncode == 1 and "E_DEVICE_UNKNOWN" in res.stderr
    res = office.cli("bundle", "inspect", str(tmp_path / "missing.zip"), process=process)
    assert res.returncode == 1 and "E_BUNDLE_NOT_FOUND" in res.stdout
