"""Model modules load by feature (issue #14): a real open loads only what the first screen
and the write rules need, yet every rule still judges every write of its area, and each
model module alone is enough to configure its mappers and flush its rows."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import inspector.domain as domain
from inspector.appdb import WRITE_RULES
from inspector.domain import values
from inspector.storage.session import AreaRule
from tests.core.helpers import field_database_made_elsewhere

ROOT = Path(__file__).resolve().parents[2]

OPENED = """
import sys
from inspector.appdb import open_app_database
from inspector.devices import this_device
db = open_app_database(sys.argv[1])
assert this_device(db) is not None
"""

LOADED = OPENED + """
print(",".join(sorted(m for m in sys.modules if m.startswith("inspector.domain.")
                      or m.endswith(".guard"))))
"""

# What a user does after such a start: the inspections and orders areas are first used by
# a write that their rules must refuse, in a process that had not imported them.
LAZY_WRITES = OPENED + """
lazy = ("inspector.domain.inspections", "inspector.domain.orders",
        "inspector.inspections.guard", "inspector.orders.guard", "inspector.sync")
assert not any(m in sys.modules for m in lazy), [m for m in lazy if m in sys.modules]
from inspector.errors import InspectorError
from tests.core.test_write_rules import _finalized_result, _edit_note, _widen_block

def refused(write, *args):
    try:
        write(db, *args)
    except InspectorError as exc:
        return exc.code
    return "written"

block_id = __import__("inspector.orders.numbers", fromlist=["add_block"]).add_block(
    db, db.device_id or "", 1, 20)
print("block", refused(_widen_block, block_id))
print("finalized", refused(_edit_note, _finalized_result(db)))

def zero_serial(db, block_id):
    from inspector.domain.orders import NumberUse
    with db.uow() as s:
        s.add(NumberUse(block_id=block_id, serial=0, number="X", status="issued"))

print("value", refused(zero_serial, block_id))

from sqlalchemy import select
from inspector.domain.registry import Site
from inspector.domain.sync import RowVersion
from tests.core.helpers import make_site
site_id, _ = make_site(db)
for township in ("新城镇", "老城镇"):  # the second edit replaces a version with a parent
    with db.uow() as s:
        s.get_one(Site, site_id).township = township
with db.session() as s:
    print("edges", len(s.scalars(select(RowVersion).where(RowVersion.row_id == site_id)).all()))
"""


def _child(script: str, db_file: Path) -> str:
    return subprocess.run([sys.executable, "-c", script, str(db_file)], cwd=ROOT, check=True,
                          capture_output=True, text=True, timeout=120).stdout


@pytest.fixture
def field_db(tmp_path: Path) -> Path:
    return field_database_made_elsewhere(tmp_path)


def test_a_real_open_loads_only_the_first_screens_models(field_db: Path) -> None:
    # The device row and the local facts are read with plain SQL: not even the device
    # and settings models load before the first screen asks for something.
    loaded = set(_child(LOADED, field_db).strip().split(","))
    assert loaded == {"inspector.domain.base"}


def test_a_write_to_an_area_not_yet_imported_still_runs_its_rules(field_db: Path) -> None:
    out = dict(line.split(" ", 1) for line in _child(LAZY_WRITES, field_db).splitlines())
    assert out == {"block": "E_NUMBER_IMMUTABLE", "finalized": "E_INSPECTION_FINAL",
                   "value": "E_VALUE_RULE", "edges": "1"}


def test_every_model_module_is_listed() -> None:
    defining = set()
    for info in pkgutil.iter_modules(domain.__path__):
        module = importlib.import_module(f"inspector.domain.{info.name}")
        if any(getattr(obj, "__module__", None) == module.__name__ and hasattr(obj, "__table__")
               for obj in vars(module).values()):
            defining.add(info.name)
    assert defining == set(domain.MODEL_MODULES)


ALONE = """
import sys
from sqlalchemy.orm import configure_mappers
from inspector.domain.base import Base
module = sys.argv[1]
__import__(module)
configure_mappers()
for mapper in Base.registry.mappers:
    if mapper.class_.__module__ == module:
        for fk in mapper.local_table.foreign_keys:
            fk.column  # a flush resolves it: NoReferencedTableError if its table is not loaded
        for rel in mapper.relationships:
            assert rel.entity.class_.__module__ in sys.modules
        mapper._sorted_tables  # what a flush of the mapper's rows sorts by
print("ok")
"""


@pytest.mark.parametrize("name", domain.MODEL_MODULES)
def test_each_model_module_alone_can_be_flushed(name: str) -> None:
    out = subprocess.run([sys.executable, "-c", ALONE, f"inspector.domain.{name}"], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_each_area_rule_names_every_model_module_it_judges() -> None:
    """An `AreaRule` is skipped on a flush without rows of its `models`: the classes the rule
    checks must all come from those modules, or some write would go unjudged."""
    rules = [r for slot in (WRITE_RULES.before_stamping, WRITE_RULES.after_stamping)
             for r in slot if isinstance(r, AreaRule)]
    assert {r.target for r in rules} == {"inspector.inspections.guard:guard_finalized",
                                         "inspector.orders.guard:guard_orders",
                                         "inspector.sync.history:record_local_edits"}
    for rule in rules:
        assert callable(rule.rule())
        module = importlib.import_module(rule.target.partition(":")[0])
        judged = {obj.__module__ for obj in vars(module).values()
                  if isinstance(obj, type) and hasattr(obj, "__mapper__")}
        assert judged and judged <= set(rule.models), (rule.target, judged)


def test_value_rules_are_found_for_each_table_through_its_area() -> None:
    """Each area's builder is listed for exactly the tables it has rules for."""
    sources = values._RULE_SOURCES
    for table, source in sources.items():
        area = source()
        labels = {col: label for col, (_rule, label) in area[table].items()}
        assert labels and labels == {c: lb for c, (_r, lb) in values.rules_of(table).items()}
        assert all(sources[t] is source for t in area)
    assert values.rules_of("no_such_table") == {}
