"""Progress and cancel for the sites import and the demo loader (core, no Qt).

A cancel at the first, a middle or the last report must leave a full logical
dump of the database unchanged; the demo documents one exception (after its
sites are committed a cancel is ignored and the demo completes).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from inspector.appdb import open_app_database
from inspector.demo import load_demo
from inspector.progress import Cancelled, Meter
from inspector.registry.credit_code import make
from inspector.registry.sites_io import import_sites
from inspector.storage import Database
from tests.registry.test_sites_io import _csv, _row
from tests.sync.conftest import dump
from tests.sync.test_cancel import Recorder, _assert_sane, _index

WHERE = ["first", "middle", "last"]


def test_cancelled_is_an_inspector_error_with_a_code() -> None:
    """The CLI prints code and message like any other core error; no built-in is mixed in,
    so a handler for `ValueError` or `OSError` cannot swallow a cancel."""
    exc = Cancelled()
    assert (exc.code, exc.message, str(exc)) == ("E_CANCELLED", "已取消。", "已取消。")
    assert not isinstance(exc, (ValueError, OSError, RuntimeError, LookupError))


def test_meter_never_goes_back_and_is_free_without_a_callback() -> None:
    """`at` never lowers `done`; a known total is never below `done`; no callback, no call."""
    rec = Recorder()
    m = Meter(rec, total=10)
    m.at(4, "a")
    m.at(2, "b")
    m.advance(9, "c")
    assert rec.calls == [(4, 10, "a"), (4, 10, "b"), (13, 13, "c")]
    Meter(None).advance(5, "nobody listens")


# ------------------------------------------------------------------ sites import

def _sites_file(tmp_path: Path, n: int = 130) -> Path:
    rows = [_row(**{"项目编号": f"XM{i:04d}", "项目名称*": f"测试工程{i}号楼",
                    "施工总承包单位统一社会信用代码*": make(f"91339901MA{i:07d}")})
            for i in range(n)]
    rows[7] = _row(**{"项目编号": "XMBAD", "开工日期": "去年"})  # one bad row: reported, skipped
    return _csv(tmp_path / "sites.csv", rows)


def _fresh(tmp_path: Path, name: str) -> Database:
    from inspector.devices import init_device

    db = open_app_database(tmp_path / name / "inspector.db")
    init_device(db)
    return db


def test_sites_import_reports_increasing_progress(db: Database, tmp_path: Path) -> None:
    """Checking and saving both report; `done` rises to twice the rows."""
    rec = Recorder()
    report = import_sites(db, _sites_file(tmp_path), progress=rec)
    assert (report.created, len(report.errors)) == (129, 1)
    _assert_sane(rec.calls)
    assert rec.calls[-1][1] == 2 * 130
    assert any("检查" in label for *_, label in rec.calls)
    assert any("保存" in label for *_, label in rec.calls)


@pytest.mark.parametrize("where", WHERE)
def test_cancelled_sites_import_writes_nothing(
    where: str, db: Database, db_path: Path, tmp_path: Path
) -> None:
    """A cancel while reading, checking or saving leaves the database as it was."""
    path = _sites_file(tmp_path)
    twin = _fresh(tmp_path, "twin")
    counting = Recorder()
    import_sites(twin, path, progress=counting)
    twin.dispose()
    before = dump(db_path)
    with pytest.raises(Cancelled):
        import_sites(db, path, progress=Recorder(_index(where, len(counting.calls))))
    assert dump(db_path) == before
    assert import_sites(db, path).created == 129


# ------------------------------------------------------------------ demo

def _registry_reports(tmp_path: Path) -> int:
    """How many reports the demo makes before its sites are committed."""
    twin = _fresh(tmp_path, "demo-twin")
    rec = Recorder()
    load_demo(twin, sites=6, seed=3, progress=rec)
    twin.dispose()
    _assert_sane(rec.calls)
    return next(i for i, (d, _, _) in enumerate(rec.calls) if d > 6)


@pytest.mark.parametrize("where", WHERE)
def test_demo_cancelled_before_its_sites_commit_leaves_nothing(
    where: str, db: Database, db_path: Path, tmp_path: Path
) -> None:
    """Cancel at the first report, among the sites, or at the last report before the
    commit: the settings, inspectors and sites are rolled back."""
    before = dump(db_path)
    at = _index(where, _registry_reports(tmp_path))
    with pytest.raises(Cancelled):
        load_demo(db, sites=6, seed=3, progress=Recorder(at))
    assert dump(db_path) == before


def test_demo_cancelled_at_start_on_a_new_database_leaves_no_device(tmp_path: Path) -> None:
    """The first report comes before the device identity is created."""
    path = tmp_path / "new" / "inspector.db"
    db = open_app_database(path)
    before = dump(path)
    with pytest.raises(Cancelled):
        load_demo(db, sites=3, progress=Recorder(0))
    assert dump(path) == before
    db.dispose()


def test_demo_cancel_after_the_commit_is_ignored_and_the_demo_completes(
    db: Database, tmp_path: Path
) -> None:
    """Past the point of no return the demo finishes whole rather than half."""
    at = _registry_reports(tmp_path)
    rec = Recorder(at)
    report = load_demo(db, sites=6, seed=3, progress=rec)
    assert not report["skipped"] and report["counts"]["sites"] == 6
    assert report["counts"]["inspections"] >= 6
