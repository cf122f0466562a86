"""ui.qt_import: PySide6's source scan after each import is skipped, and nothing else changes."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import ROOT

SCRIPT = textwrap.dedent("""
    import inspect, sys
    sys.path.insert(0, sys.argv[1])
    reads = []
    real = inspect.getsource
    inspect.getsource = lambda obj: (reads.append(obj.__name__), real(obj))[1]
    import shiboken6
    import before_skip                      # scanned: its source is read
    from ui.qt_import import skip_feature_scan
    assert skip_feature_scan()
    import after_skip                       # not read any more
    import uses_feature                     # selects snake_case itself
    feature = sys.modules["shibokensupport.feature"]
    print(sorted(set(reads) & {"before_skip", "after_skip", "uses_feature"}))
    print(feature.pyside_feature_dict["after_skip"], uses_feature.NAME)
""")


def test_scan_is_skipped_and_features_still_work(tmp_path: Path) -> None:
    for name in ("before_skip", "after_skip"):
        (tmp_path / f"{name}.py").write_text("from PySide6.QtCore import QObject\n")
    (tmp_path / "uses_feature.py").write_text(
        "from PySide6.QtCore import QObject\nfrom __feature__ import snake_case\n"
        "o = QObject()\no.set_object_name('x')\nNAME = o.object_name()\n")
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path)], cwd=ROOT,
                         capture_output=True, text=True, timeout=60, check=True).stdout.split("\n")
    assert out[0] == "['before_skip']"
    assert out[1] == "-1 x"


def test_the_app_skips_it_before_qt(tmp_path: Path) -> None:
    # A fresh app start: when QtWidgets is first imported the scan is already skipped.
    script = textwrap.dedent("""
        import sys, ui.app
        import ui.qt_import as q
        seen = []
        real = q.skip_feature_scan
        q.skip_feature_scan = lambda: (seen.append("PySide6.QtWidgets" in sys.modules), real())[1]
        code = ui.app.main(["--smoke", "--db", sys.argv[1]])
        feature = sys.modules["shibokensupport.feature"]
        print(seen, feature._mod_uses_pyside is q._ignored, code)
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", script, str(tmp_path / "field.db")], cwd=ROOT,
                         env=env, capture_output=True, text=True, timeout=120, check=True).stdout
    assert out.strip().splitlines()[-1] == "[False] True 0"
