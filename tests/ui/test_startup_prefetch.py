"""The site-list read started before Qt imports nothing on its own thread (issue #14).

A second thread importing while the main thread imports PySide6 slows both and can
abort shiboken's start (it walks `sys.modules`); see `ui.app.prefetch_fast_index`.
Checked in a fresh process, where nothing of the read path is imported yet.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

CHILD = """
import json, sys
import ui.app
before = set(sys.modules)
future = ui.app.prefetch_fast_index(sys.argv[1])
after_start = set(sys.modules)  # what the call imported on this thread
fast = future.result(timeout=60)
print(json.dumps({
    "sites": len(fast.index) if fast else None,
    "imported_by_the_call": sorted(after_start - before),
    "imported_by_the_thread": sorted(set(sys.modules) - after_start),
    "qt": sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6"))),
}))
"""


def test_the_prefetch_thread_imports_nothing(db_path: Path) -> None:
    out = subprocess.run([sys.executable, "-c", CHILD, str(db_path)], cwd=ROOT, check=True,
                         capture_output=True, text=True, timeout=120)
    result = json.loads(out.stdout)
    assert result["sites"] == 8  # the read really ran, on the seeded database
    assert "inspector.queries.fast_open" in result["imported_by_the_call"]
    assert result["imported_by_the_thread"] == []
    assert result["qt"] == []  # and it still starts before Qt is imported


GC_CHILD = """
import gc, json, sys
import ui.app

def stop_here(target):
    print(json.dumps({"gc": gc.isenabled(), "qt": "PySide6.QtWidgets" in sys.modules}))
    raise SystemExit(0)

ui.app.prefetch_fast_index = stop_here
ui.app.main(["--db", sys.argv[1]])
"""


def test_collection_is_off_before_qt_is_imported(db_path: Path) -> None:
    """The start-up imports run without Python's collector (the GUI thread's takes over)."""
    out = subprocess.run([sys.executable, "-c", GC_CHILD, str(db_path)], cwd=ROOT, check=True,
                         capture_output=True, text=True, timeout=120)
    assert json.loads(out.stdout) == {"gc": False, "qt": False}
