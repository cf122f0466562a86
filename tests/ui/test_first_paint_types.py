"""What the first paint does not pay for (issue #14), and that it is only put off.

PySide6 makes each Qt class's Python type, with its enums, on first use: `QStyle`'s
eleven enums took 12 ms, `QKeySequence` and the shortcuts' actions ~8 ms more. The column
widths are measured without `QStyle`, and the window's shortcuts are made once the
event loop runs. Checked in a fresh process, where no other test made those types.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

CHILD = """
import json, sys
from PySide6 import QtGui, QtWidgets
from PySide6.QtWidgets import QApplication
from ui import context
from ui.screens.main_window import MainWindow

app = QApplication(sys.argv[:1])
window = MainWindow(context.create(sys.argv[1]))
window.show()
window.repaint()  # painted, before the event loop has run
made = lambda: {"QStyle": "QStyle" in vars(QtWidgets),
                "QKeySequence": "QKeySequence" in vars(QtGui)}
before = made()
actions_before = len(window.actions())
app.processEvents()
shortcuts = {a.text(): a.shortcut().toString() for a in window.actions()}
window.ctx.tasks.shutdown(wait=True)
print(json.dumps({"before": before, "actions_before": actions_before, "after": made(),
                  "shortcuts": shortcuts}))
"""


def test_the_first_paint_makes_no_style_nor_key_sequence_types(db_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    out = subprocess.run([sys.executable, "-c", CHILD, str(db_path)], cwd=ROOT, check=True,
                         capture_output=True, text=True, timeout=120, env=env)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    # (QAction is made anyway: the search box's icon is one.)
    assert result["before"] == {"QStyle": False, "QKeySequence": False}
    assert result["actions_before"] == 0
    # One turn of the event loop later the shortcuts are there, as before the change.
    assert result["after"]["QKeySequence"]
    shortcuts = result["shortcuts"]
    assert shortcuts["home"] == "Ctrl+1" and shortcuts["settings"] == "Ctrl+7"
    assert shortcuts["新建检查"] == "Ctrl+N"
    assert shortcuts["搜索"] == "Ctrl+F"
    assert {"刷新", "退出"} <= shortcuts.keys()  # their keys are the platform theme's
