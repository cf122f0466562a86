"""Demo data is realistic (valid codes, two inspectors, findings) and deterministic."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from inspector.appdb import open_app_database
from inspector.demo import load_demo
from inspector.domain.inspections import Finding, Inspection, InspectionInspector
from inspector.domain.registry import Employer, Site
from inspector.registry.credit_code import is_valid


def _snapshot(path: Path) -> tuple[list[str], list[str]]:
    db = open_app_database(path)
    load_demo(db, sites=12, seed=99)
    with db.session() as s:
        sites = sorted(s.scalars(select(Site.name)))
        codes = sorted(s.scalars(select(Employer.credit_code)))
        assert all(is_valid(c) for c in codes)
        per = s.execute(select(func.count()).select_from(InspectionInspector)
                        .group_by(InspectionInspector.inspection_id)).scalars().all()
        assert per and min(per) >= 2
        assert (s.scalar(select(func.count()).select_from(Finding)) or 0) > 0
        assert s.scalar(select(func.count()).select_from(Inspection).where(
            Inspection.status == "draft")) == 2
    db.dispose()
    return sites, codes


def test_same_seed_same_data(tmp_path: Path) -> None:
    assert _snapshot(tmp_path / "a.db") == _snapshot(tmp_path / "b.db")
