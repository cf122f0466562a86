"""One validator: the same bad value is refused from a bundle and from a local write.

Each case is written twice with the same value: locally through the ORM (and the bulk
path) on a field laptop, and as F2's real bundle whose row is changed and re-signed
with F2's real key. Both are refused, quoting the same rule (`domain.values.problem`).
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest

from inspector import clock
from inspector.domain.inspections import Inspection
from inspector.domain.registry import Employer, Site
from inspector.domain.values import REV_MAX
from inspector.errors import InspectorError, ValidationError
from inspector.identity import load_key
from inspector.storage.bulk import insert_new_rows
from inspector.sync import export_field_bundle, import_bundle
from inspector.sync.errors import ValueRuleError
from tests.sync.conftest import Dev, add_inspection, add_site, dump
from tests.sync.test_bad_bundles import forge

FUTURE = object()
"""Three days after the tests' now (taken when the test runs, under the tests' clock)."""

CASES: dict[str, tuple[str, str, Any]] = {
    "status outside its enumeration": ("site", "status", "demolished"),
    "negative headcount": ("site", "headcount_active", -3),
    "negative amount": ("site", "contract_amount_fen", -100),
    "credit code of the wrong shape": ("employer", "credit_code", "12345"),
    "time in the future": ("inspection", "started_at", FUTURE),
    "rev past its bound": ("site", "rev", REV_MAX + 1),
}
MODELS: dict[str, type[Any]] = {"site": Site, "employer": Employer, "inspection": Inspection}


def _why(message: str, end: str) -> str:
    """The rule's own phrase out of a refusal: after the row's name, before the ending."""
    assert end in message, message
    return message[: message.index(end)].split("的", 1)[1].lstrip()


def _local(dev: Dev, ids: dict[str, str], table: str, col: str, value: Any) -> InspectorError:
    with pytest.raises(ValidationError) as caught, dev.db.uow() as s:
        obj = s.get_one(MODELS[table], ids[table])
        if col == "rev":
            obj.rev = REV_MAX  # the stamp makes it REV_MAX + 1 as it flushes the edit
            obj.notes = "再改一次"
        else:
            setattr(obj, col, value)
    assert caught.value.code == "E_VALUE_RULE"
    return caught.value


def _imported(office: Dev, f2: Dev, src: Path, dest: Path, table: str, col: str,
              value: Any) -> InspectorError:
    wire = value.isoformat() if hasattr(value, "isoformat") else value

    def change(content: dict[str, bytes], _manifest: dict[str, Any]) -> None:
        name = f"data/{table}.jsonl"
        rows = [orjson.loads(line) for line in content[name].splitlines()]
        rows[0][col] = wire
        content[name] = b"".join(orjson.dumps(r) + b"\n" for r in rows)

    bad = forge(src, dest, load_key(f2.db), change)
    with pytest.raises(ValueRuleError) as caught:
        import_bundle(office.db, bad, trust_new_device=True)
    assert caught.value.code == "E_BUNDLE_VALUE"
    return caught.value


@pytest.mark.parametrize("case", list(CASES))
def test_same_value_refused_by_import_and_local_write(
    office: Dev, f2: Dev, tmp_path: Path, case: str
) -> None:
    table, col, value = CASES[case]
    if value is FUTURE:
        value = (clock.utcnow() + timedelta(days=3)).replace(microsecond=0)
    site, employer = add_site(f2.db)
    made = add_inspection(f2.db, site)
    ids = {"site": site, "employer": employer, "inspection": made["inspection"]}
    src = export_field_bundle(f2.db, f2.dir).path
    before = dump(office.path)

    imported = _imported(office, f2, src, tmp_path / "bad.zip", table, col, value)
    local = _local(f2, ids, table, col, value)
    assert _why(imported.message, "，整个同步包已拒绝") == _why(local.message, "，未保存")
    assert dump(office.path) == before


def test_bulk_path_uses_the_same_rule(f2: Dev) -> None:
    with pytest.raises(ValidationError) as caught, f2.db.uow() as s:
        insert_new_rows(s, Site, [{"id": "x1", "name": "批量工地", "headcount_active": -3}])
    assert caught.value.code == "E_VALUE_RULE" and "headcount_active" in caught.value.message


def test_values_nobody_changed_are_not_judged_again(f2: Dev) -> None:
    """An old row holding a value the rules now refuse stays editable in its other fields."""
    site, _ = add_site(f2.db)
    with f2.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE site SET headcount_active = -1 WHERE id = ?", (site,))
    with f2.db.uow() as s:
        s.get_one(Site, site).notes = "补记"
    with f2.db.session() as s:
        assert s.get_one(Site, site).notes == "补记"
