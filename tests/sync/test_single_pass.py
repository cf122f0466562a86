"""Import reads each data line once: the checks verification no longer makes on rows are made
as they are applied, and a refusal there still leaves the office exactly as it was."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from inspector import clock
from inspector.domain import values
from inspector.keys import public_from_b64
from inspector.sync import import_bundles, read_bundle
from inspector.sync.errors import RowError
from inspector.sync.format import codecs
from tests.sync.conftest import BACKENDS, blob_files, dump
from tests.sync.test_bad_bundles import Members, Setup, forge, members, setup  # noqa: F401


def _last_table(bundle: Path) -> str:
    present = {n[5:-6] for n in members(bundle) if n.startswith("data/")}
    return [t for t in codecs() if t in present][-1]


def _bad_last_line(s: Setup, d: Path) -> Path:
    """A valid signature over a bundle whose last table (applied after all the others)
    ends with a line that is not JSON."""
    table = _last_table(s.bundle)

    def change(c: Members, m: dict[str, Any]) -> None:
        c[f"data/{table}.jsonl"] += b"{not json\n"
        m["files"][f"data/{table}.jsonl"]["rows"] += 1
        m["row_counts"][table] += 1

    return forge(s.bundle, d / "late.zip", s.key, change)


def _miscounted(s: Setup, d: Path) -> Path:
    """Signed, hashed correctly, but the manifest claims one row more than the member has."""
    table = _last_table(s.bundle)

    def change(c: Members, m: dict[str, Any]) -> None:
        m["files"][f"data/{table}.jsonl"]["rows"] += 1
        m["row_counts"][table] += 1

    return forge(s.bundle, d / "count.zip", s.key, change)


@pytest.mark.parametrize("office", BACKENDS, indirect=True)
@pytest.mark.parametrize(("make", "text"), [(_bad_last_line, "不是有效的 JSON"),
                                            (_miscounted, "与清单不符")])
def test_late_row_refusal_rolls_back_rows_and_stores_no_attachment(
    setup: Setup, tmp_path: Path, make: Any, text: str  # noqa: F811
) -> None:
    bad = make(setup, tmp_path)
    before, blobs_before = dump(setup.office.path), blob_files(setup.office)
    [rep] = import_bundles(setup.office.db, [bad])
    assert rep.refused and rep.error_code == "E_BUNDLE_ROW", rep
    assert text in rep.message
    assert dump(setup.office.path) == before
    assert blob_files(setup.office) == blobs_before
    [ok] = import_bundles(setup.office.db, [setup.bundle])
    assert ok.status == "imported" and ok.blobs_new == 1


def test_read_bundle_rows_false_leaves_lines_to_batches(setup: Setup, tmp_path: Path) -> None:  # noqa: F811
    """Verification without rows accepts the bad line; reading its table's batches refuses it."""
    bad = _bad_last_line(setup, tmp_path)

    def key(m: Any) -> Any:
        return public_from_b64(m.public_key)

    with pytest.raises(RowError):
        read_bundle(bad, key)
    vb = read_bundle(bad, key, rows=False)
    assert not vb.rows_checked
    with pytest.raises(RowError, match="不是有效的 JSON"):
        for _ in vb.batches(_last_table(bad)):
            pass


def test_row_check_is_problem_with_one_clock_reading() -> None:
    """The per-table check gives `problem`'s answers; with datetime columns named it looks
    only there, against the limit its caller read once."""
    limit = clock.utcnow() + values.CLOCK_SKEW
    late = clock.utcnow() + timedelta(days=2)
    rows: list[dict[str, Any]] = [
        {"rev": 1, "status": "open"},
        {"rev": 0},
        {"rev": 2, "status": "nonsense"},
        {"rev": 1, "created_at": late},
        {"rev": True},
    ]
    check = values.row_check("site")
    for r in rows:
        assert check(r, limit) == values.problem("site", r)
    assert values.problem("site", rows[3]) is not None
    only_updated = values.row_check("site", ("updated_at",))
    assert only_updated(rows[3], limit) is None
    assert only_updated({"updated_at": late}, limit) == values.problem("site", {"updated_at": late})
    assert only_updated({"updated_at": datetime(2026, 11, 25)}, limit) is None
