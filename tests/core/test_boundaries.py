"""Architecture rules that a tool checks: the core never imports Qt or the UI, its layers hold
(pyproject.toml [tool.importlinter]); ruff and mypy are clean."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_linter_contracts_hold() -> None:
    lint = Path(sys.executable).parent / "lint-imports"
    proc = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    # Both contracts ran: removing one from pyproject.toml is a failure, not a pass.
    assert "The core never imports Qt or the UI KEPT" in proc.stdout
    assert "The core's layers: domain, storage, areas, queries, cli KEPT" in proc.stdout


def test_ruff_is_clean() -> None:
    proc = subprocess.run([sys.executable, "-m", "ruff", "check", "."], cwd=ROOT,
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout


def test_mypy_is_clean() -> None:
    """`mypy` with the [tool.mypy] settings in pyproject.toml (incremental: .mypy_cache/)."""
    proc = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True,
                          text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_core_imports_without_qt() -> None:
    code = ("import sys, inspector.cli.main, inspector.demo, inspector.storage;"
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt leaked'")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=120)
