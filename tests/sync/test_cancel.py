"""Progress and cancel for bundle export and import: a cancel anywhere leaves nothing behind.

Each cancel test first runs the same operation to the end on a copy of the
device (same files, same keys) to learn how many times it reports, then
cancels the real one at the first, a middle and the last report.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from inspector.appdb import open_app_database
from inspector.progress import Cancelled
from inspector.sync import (
    export_assignment_bundle,
    export_field_bundle,
    import_bundle,
    import_bundles,
    inspect_bundle,
)
from tests.sync.conftest import Dev, add_inspection, add_site, bulk_results, count, dump

Call = tuple[int, int, str]
WHERE = ["first", "middle", "last"]


class Recorder:
    """A progress callback that records every call and cancels from call `cancel_at` on
    (every later call raises too, as the UI's cancel token does)."""

    def __init__(self, cancel_at: int | None = None) -> None:
        self.calls: list[Call] = []
        self.cancel_at = cancel_at

    def __call__(self, done: int, total: int, label: str) -> None:
        self.calls.append((done, total, label))
        if self.cancel_at is not None and len(self.calls) - 1 >= self.cancel_at:
            raise Cancelled()


def _index(where: str, n: int) -> int:
    return {"first": 0, "middle": n // 2, "last": n - 1}[where]


def _assert_sane(calls: list[Call]) -> None:
    """`done` never decreases, never passes a known total, ends at the total; labels are set."""
    assert len(calls) >= 3
    dones = [d for d, _, _ in calls]
    assert dones == sorted(dones)
    assert all(t == 0 or d <= t for d, t, _ in calls)
    assert calls[-1][0] == calls[-1][1] > 0
    assert all(label for _, _, label in calls)


@pytest.fixture
def clones(tmp_path: Path) -> Iterator[Callable[[Dev], Dev]]:
    """Copies of a device (files, keys and database) in a fresh folder; closed afterwards."""
    made: list[Dev] = []

    def clone(dev: Dev) -> Dev:
        dev.db.dispose()  # every connection closed: the copy is a consistent snapshot
        dest = tmp_path / f"clone{len(made)}-{dev.dir.name}"
        shutil.copytree(dev.dir, dest)
        path = dest / Path(dev.path).name
        made.append(Dev(dest, path, open_app_database(path), dev.code))
        dev.db = open_app_database(dev.path)  # the fixture that made `dev` disposes this one
        return made[-1]

    yield clone
    for dev in made:
        dev.db.dispose()


def _field_data(f1: Dev) -> None:
    """Enough rows for several chunks of 2000 and a few attachments."""
    site_id, _ = add_site(f1.db)
    bulk_results(f1.db, site_id, 150)
    for n in range(3):
        add_inspection(f1.db, site_id, photo=os.urandom(200_000) + bytes([n]))


def _empty(folder: Path) -> None:
    assert folder.is_dir() and list(folder.iterdir()) == []


# ------------------------------------------------------------------ export

def test_export_reports_increasing_progress(f1: Dev, tmp_path: Path) -> None:
    """A field export reports rows then attachments, `done` rising to the total."""
    _field_data(f1)
    rec = Recorder()
    res = export_field_bundle(f1.db, tmp_path, progress=rec)
    _assert_sane(rec.calls)
    assert sum(res.row_counts.values()) + res.blobs == rec.calls[-1][1]
    assert any("附件" in label for _, _, label in rec.calls)


@pytest.mark.parametrize("where", WHERE)
def test_cancelled_export_leaves_nothing(
    where: str, f1: Dev, tmp_path: Path, clones: Callable[[Dev], Dev]
) -> None:
    """A cancel at any report leaves no file, no temp file and no bookkeeping; the next
    export still carries every changed row."""
    _field_data(f1)
    twin = clones(f1)
    counting = Recorder()
    full = export_field_bundle(twin.db, twin.dir / "out", progress=counting)
    out = tmp_path / "usb"
    out.mkdir()
    before = dump(f1.path)
    with pytest.raises(Cancelled):
        export_field_bundle(f1.db, out, progress=Recorder(_index(where, len(counting.calls))))
    _empty(out)
    assert dump(f1.path) == before
    again = export_field_bundle(f1.db, out)
    assert (again.seq, again.since) == (1, 0)
    assert again.row_counts == full.row_counts and again.blobs == full.blobs == 3
    for table, rows in again.row_counts.items():
        if table != "audit_event":
            assert rows == count(f1.db, table, "change_seq > 0")


@pytest.mark.parametrize("where", WHERE)
def test_cancelled_assignment_export_leaves_nothing(
    where: str, office: Dev, f1: Dev, tmp_path: Path, clones: Callable[[Dev], Dev]
) -> None:
    """The office's assignment export cancels just as cleanly."""
    import_bundle(office.db, export_field_bundle(f1.db, f1.dir).path, trust_new_device=True)
    twin = clones(office)
    counting = Recorder()
    export_assignment_bundle(twin.db, "F1", twin.dir / "out", progress=counting)
    _assert_sane(counting.calls)
    out = tmp_path / "usb"
    out.mkdir()
    before = dump(office.path)
    with pytest.raises(Cancelled):
        export_assignment_bundle(office.db, "F1", out,
                                 progress=Recorder(_index(where, len(counting.calls))))
    _empty(out)
    assert dump(office.path) == before
    assert export_assignment_bundle(office.db, "F1", out).seq == 1


# ------------------------------------------------------------------ import

@pytest.fixture
def field_bundle(f1: Dev, office: Dev) -> Path:
    _field_data(f1)
    return export_field_bundle(f1.db, f1.dir).path


def test_import_reports_both_passes(office: Dev, field_bundle: Path) -> None:
    """Verification, attachments and rows all report; `done` rises to the total."""
    rec = Recorder()
    rep = import_bundle(office.db, field_bundle, trust_new_device=True, progress=rec)
    assert rep.status == "imported"
    _assert_sane(rec.calls)
    labels = " ".join(label for _, _, label in rec.calls)
    assert "校验" in labels and "附件" in labels and "写入" in labels


@pytest.mark.parametrize("where", [*WHERE, "apply"])
def test_cancelled_import_leaves_database_unchanged(
    where: str, office: Dev, field_bundle: Path, clones: Callable[[Dev], Dev]
) -> None:
    """A cancel in verification, storing or applying rolls everything back; importing
    again afterwards works."""
    twin = clones(office)
    counting = Recorder()
    import_bundle(twin.db, field_bundle, trust_new_device=True, progress=counting)
    n = len(counting.calls)
    at = (next(i for i, (_, _, label) in enumerate(counting.calls) if "写入" in label)
          if where == "apply" else _index(where, n))
    before = dump(office.path)
    with pytest.raises(Cancelled):
        import_bundle(office.db, field_bundle, trust_new_device=True, progress=Recorder(at))
    assert dump(office.path) == before
    rep = import_bundle(office.db, field_bundle, trust_new_device=True)
    assert rep.status == "imported" and rep.new_device == "F1"


def test_cancel_stops_import_bundles_and_keeps_earlier_files(
    office: Dev, f1: Dev, f2: Dev
) -> None:
    """Many files: a cancel in the second keeps the first (its own transaction), rolls the
    second back, and is raised rather than reported as a refusal."""
    add_site(f1.db)
    add_site(f2.db, "第二工地")
    b1 = export_field_bundle(f1.db, f1.dir).path
    b2 = export_field_bundle(f2.db, f2.dir).path
    rec = Recorder()

    def cancel_in_second(done: int, total: int, label: str) -> None:
        rec(done, total, label)
        if label.startswith("第 2/2 个文件") and "写入" in label:
            raise Cancelled()

    with pytest.raises(Cancelled):
        import_bundles(office.db, [b1, b2], trust_new_device=True, progress=cancel_in_second)
    dones = [d for d, _, _ in rec.calls]
    assert dones == sorted(dones) and {t for _, t, _ in rec.calls} == {2000}
    assert count(office.db, "imported_bundle") == 1
    assert count(office.db, "device", "code = 'F2'") == 0


def test_cancelled_inspect_propagates(office: Dev, field_bundle: Path) -> None:
    """Verifying only: a cancel is raised, not turned into a verification result."""
    with pytest.raises(Cancelled):
        inspect_bundle(office.db, field_bundle, progress=Recorder(2))
    rec = Recorder()
    manifest, code, _ = inspect_bundle(office.db, field_bundle, progress=rec)
    assert manifest is not None and code == "OK_EMBEDDED_KEY"
    assert rec.calls[-1][0] == rec.calls[-1][1] > 0
