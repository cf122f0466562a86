"""bench_office at a tiny size, so the benchmark keeps running as the code changes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"


def test_bench_office_runs_end_to_end(capsys: pytest.CaptureFixture[str], monkeypatch) -> None:
    """Real bundles from two laptops merged and counted; the figures and the baseline printed."""
    monkeypatch.syspath_prepend(str(BENCH))
    sys.modules.pop("bench_office", None)
    import bench_office

    assert bench_office.main(["--devices", "2", "--bundles", "2", "--rows", "150"]) == 0
    out = capsys.readouterr().out
    assert "setup: 4 bundles from 2 devices, 600 data rows" in out
    # Every data row of the four bundles is merged and inserted by the baseline too
    # (plus the laptops' sites, employers and audit events).
    merged = [line for line in out.splitlines() if line.startswith("SQLite: merge")]
    raw = [line for line in out.splitlines() if line.startswith("SQLite: raw")]
    assert len(merged) == len(raw) == 1
    count = merged[0].split("(")[1].split(" rows")[0]
    assert int(count.replace(",", "")) > 600
    assert f"({count} rows" in raw[0]
    assert "SQLite: ratio merge/raw" in out and "SQLite: peak RSS" in out
    assert "PostgreSQL: ratio merge/raw" in out or "PostgreSQL: skipped (" in out
