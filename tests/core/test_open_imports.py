"""Opening a database at head imports only what a full open needs: no Alembic, and of the
sync package only its flush guard (the rest of its API loads on first use)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import inspector.sync as sync_api
from tests.core.helpers import field_database_made_elsewhere

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import sys
from inspector.devices import this_device
from inspector.appdb import open_app_database
db = open_app_database(sys.argv[1])
assert this_device(db) is not None
with db.uow() as s:  # a write: the flush guards are installed without the full package
    from inspector.domain.settings import LocalState
    s.merge(LocalState(key="bench.touch", value="1"))
heavy = sorted(m for m in sys.modules if m.split(".")[0] == "alembic"
               or m in ("inspector.sync.apply", "inspector.sync.export", "inspector.sync.importer"))
print(",".join(heavy))
"""


def test_open_at_head_imports_neither_alembic_nor_the_sync_api(tmp_path: Path) -> None:
    db_file = field_database_made_elsewhere(tmp_path)
    out = subprocess.run([sys.executable, "-c", CHILD, str(db_file)], cwd=ROOT, check=True,
                         capture_output=True, text=True, timeout=120).stdout
    assert out.strip() == ""


def test_every_public_sync_name_resolves_to_its_module_object() -> None:
    import importlib

    assert sorted(sync_api._EXPORTS) == sorted(sync_api.__all__)
    for name, module in sync_api._EXPORTS.items():
        assert getattr(sync_api, name) is getattr(importlib.import_module(module), name)
    try:
        sync_api.no_such_name  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:
        raise AssertionError("an unknown name must raise AttributeError")
