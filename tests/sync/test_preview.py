"""Dry run of a batch import: the same verdicts and counts as the import, nothing kept."""

from __future__ import annotations

from inspector.domain.registry import Site
from inspector.sync import export_field_bundle, import_bundles
from inspector.sync.preview import preview_import, preview_text
from tests.sync.conftest import Dev, add_inspection, add_site, dump, edit


def test_preview_matches_import_and_writes_nothing(office: Dev, f1: Dev, f2: Dev) -> None:
    """Preview a batch (new device, second bundle of it, a duplicate): counts equal what the
    import then reports, and the office database is byte-for-byte the same logical content."""
    site, _ = add_site(f1.db, "北区工地")
    add_inspection(f1.db, site)
    b1 = export_field_bundle(f1.db, f1.dir).path
    edit(f1.db, Site, site, notes="第二次")
    b2 = export_field_bundle(f1.db, f1.dir).path
    add_site(f2.db, "南区工地")
    b3 = export_field_bundle(f2.db, f2.dir).path
    before = dump(office.path)

    refused = preview_import(office.db, [b1])
    assert refused[0].refused and refused[0].unknown_device
    assert refused[0].key_fingerprint and refused[0].device_code == "F1"
    assert "密钥指纹" in preview_text(refused[0])

    batch = [b1, b2, b3, b1]
    preview = preview_import(office.db, batch, trust_new_device=True)
    assert dump(office.path) == before
    assert [p.status for p in preview] == ["imported", "imported", "imported", "already_imported"]
    assert preview[0].new_device == "F1" and preview[0].new > 0
    # Cumulative: the second bundle of F1 sees the first one's rows.
    assert (preview[1].tables["site"].updated, preview[1].tables["site"].new) == (1, 0)
    assert preview[1].changes_to > preview[0].changes_to  # overlapping windows are normal

    real = import_bundles(office.db, batch, trust_new_device=True)
    for p, r in zip(preview, real, strict=True):
        assert p.status == r.status
        assert {t: vars(c) for t, c in p.tables.items()} == {t: vars(c) for t, c in r.tables.items()}


def test_cli_dry_run_prints_the_preview_and_changes_nothing(office: Dev, f1: Dev) -> None:
    """`bundle import --dry-run` (text and --json) says what would happen; the database
    stays as it was, and a real import afterwards does just that."""
    import orjson

    add_site(f1.db, "命令行预览工地")
    bundle = export_field_bundle(f1.db, f1.dir).path
    office.db.dispose()
    before = dump(office.path)
    text = office.cli("bundle", "import", "--dry-run", str(bundle))
    assert text.returncode == 1 and "将被拒绝" in text.stdout and "密钥指纹" in text.stdout
    out = office.cli("bundle", "import", "--dry-run", "--trust-new-device", "--json", str(bundle))
    assert out.returncode == 0, out.stderr
    [doc] = orjson.loads(out.stdout)
    assert doc["status"] == "imported" and doc["new_device"] == "F1"
    assert doc["tables"]["site"]["new"] == 1 and doc["status_label"] == "可导入"
    assert dump(office.path) == before
    real = orjson.loads(office.cli("bundle", "import", "--trust-new-device", "--json",
                                   str(bundle), check=True).stdout)
    assert real[0]["tables"] == doc["tables"]


def test_cancelled_dry_run_leaves_nothing(office: Dev, f1: Dev) -> None:
    """A cancel inside the second bundle's apply pass: raised, and even the first bundle's
    (savepoint-committed) rows are gone with the outer rollback."""
    import pytest

    from inspector.progress import Cancelled

    add_site(f1.db, "取消预览工地")
    b1 = export_field_bundle(f1.db, f1.dir).path
    add_site(f1.db, "取消预览工地二")
    b2 = export_field_bundle(f1.db, f1.dir).path
    before = dump(office.path)

    def progress(done: int, total: int, label: str) -> None:
        if label.startswith("第 2/2 个文件") and "写入" in label:
            raise Cancelled()

    with pytest.raises(Cancelled):
        preview_import(office.db, [b1, b2], trust_new_device=True, progress=progress)
    assert dump(office.path) == before
