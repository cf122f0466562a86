"""What the first paint does not pay for (issue #14), and that it is only put off.

PySide6 makes each Qt class's Python type, with its enums, on first use: `QStyle`'s
eleven enums took 12 ms, `QKeySequence` and the shortcuts' actions ~8 ms more. The column
widths are measured without `QStyle`, the window's shortcuts are made once the
event loop runs, and the site screen's detail pane (~10 ms) when that screen first shows. Checked in a fresh process, where no other test made those types.
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
                "QKeySequence": "QKeySequence" in vars(QtGui),
                "detail pane": "ui.screens.site_detail" in sys.modules}
before = made()
actions_before = len(window.actions())
app.processEvents()
shortcuts = {a.text(): a.shortcut().toString() for a in window.actions()}
sites = window.show_page("sites")
app.processEvents()
pane = sites.split.widget(1)
shown = {"pane": type(pane).__name__, "visible": pane.isVisible(),
         "same": pane is sites.detail, "width": pane.width()}
window.ctx.tasks.shutdown(wait=True)
print(json.dumps({"before": before, "actions_before": actions_before, "after": made(),
                  "shortcuts": shortcuts, "shown": shown}))
"""


def test_the_first_paint_makes_no_style_nor_key_sequence_types(db_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    out = subprocess.run([sys.executable, "-c", CHILD, str(db_path)], cwd=ROOT, check=True,
                         capture_output=True, text=True, timeout=120, env=env)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    # (QAction is made anyway: the search box's icon is one.)
    assert result["before"] == {"QStyle": False, "QKeySequence": False, "detail pane": False}
    assert result["actions_before"] == 0
    # One turn of the event loop later the shortcuts are there, as before the change.
    assert result["after"]["QKeySequence"]
    shortcuts = result["shortcuts"]
    assert shortcuts["home"] == "Ctrl+1" and shortcuts["settings"] == "Ctrl+7"
    assert shortcuts["新建检查"] == "Ctrl+N"
    assert shortcuts["搜索"] == "Ctrl+F"
    assert {"刷新", "退出"} <= shortcuts.keys()  # their keys are the platform theme's
    # The site screen's detail pane is there, in its place, when that screen first shows.
    shown = result["shown"]
    assert shown["pane"] == "DetailPane" and shown["visible"] and shown["same"]
    assert shown["width"] > 200


READY_CHILD = """
import builtins, json, sys
from PySide6 import QtCore
import ui.app

seen = {}
real_print = builtins.print

def spy(*args, **kwargs):
    real_print(*args, **kwargs)
    text = str(args[0]) if args else ""
    for mark in ("startup_ms=", "ready_ms=", "screens_ms="):
        if text.startswith(mark):
            seen[mark[:-1]] = "Qt" in vars(QtCore)

builtins.print = spy
code = ui.app.main(["--smoke", "--db", sys.argv[1]])
real_print(json.dumps({"code": code, "namespace": seen}))
"""


def test_no_qt_namespace_until_the_database_is_open(db_path: Path) -> None:
    # PySide6 builds the `Qt` namespace's 93 enums (~30 ms) on its first touch. A real
    # start, painted and then ready, must not touch it; the first visits to the screens
    # afterwards do (the site list's sortable header), which shows the probe can see it.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8",
               XDG_CONFIG_HOME=str(db_path.parent / "config"))
    out = subprocess.run([sys.executable, "-c", READY_CHILD, str(db_path)], cwd=ROOT, check=True,
                         capture_output=True, text=True, timeout=120, env=env)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result == {"code": 0, "namespace": {"startup_ms": False, "ready_ms": False,
                                               "screens_ms": True}}
