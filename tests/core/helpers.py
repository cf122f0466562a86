"""Small builders for core tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from inspector.queries.inspections import templates
from inspector.registry.credit_code import make
from inspector.registry.service import EmployerInput, SiteInput, upsert_inspector, upsert_site

GC_CODE = make("91339901MA0000010")
SUB_CODE = make("91339901MA0000011")
SUB2_CODE = make("91339901MA0000012")
OWNER_CODE = make("91339901MA0000013")


def make_site(db, *, subs: int = 1) -> tuple[str, list[str]]:
    """A site with owner, 总包 and `subs` 分包, plus two inspectors: (site id, inspector ids)."""
    with db.uow() as s:
        site_id, _ = upsert_site(s, SiteInput(
            name="幸福里小区1号楼", code="XM1", township="城关镇",
            general_contractor=EmployerInput("宏达建设集团有限公司", GC_CODE, legal_rep="张三"),
            project_owner=EmployerInput("安居置业有限公司", OWNER_CODE, industry="K"),
            subcontractors=[EmployerInput(f"劳务公司{i}", c)
                            for i, c in enumerate([SUB_CODE, SUB2_CODE][:subs])],
        ))
        a = upsert_inspector(s, name="王五", credential_no="33990001")
        b = upsert_inspector(s, name="赵六", credential_no="33990002")
    return site_id, [a, b]


def site_template(db) -> str:
    return next(t[0] for t in templates(db, "site"))


def photo_bytes(label: str) -> bytes:
    """A small real PNG, different for each label (evidence must decode as an image)."""
    import hashlib
    import io

    from PIL import Image

    rgb = tuple(hashlib.sha256(label.encode()).digest()[:3])
    out = io.BytesIO()
    Image.new("RGB", (8, 6), rgb).save(out, "PNG")
    return out.getvalue()


def field_database_made_elsewhere(folder: Path) -> Path:
    """An initialized field database, made in another process (as a start finds it)."""
    db_file = folder / "field.db"
    setup = ("import sys; from inspector.devices import init_device;"
             "from inspector.appdb import open_app_database;"
             "init_device(open_app_database(sys.argv[1]))")
    subprocess.run([sys.executable, "-c", setup, str(db_file)], check=True, timeout=120,
                   cwd=Path(__file__).resolve().parents[2])
    return db_file
