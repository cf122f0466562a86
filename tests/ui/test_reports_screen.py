"""The reports screen: a chart click lists the records behind the bar, ledger filters and
export write a real file, the ledgers offered are the core's under translatable names,
the summary shows the core's text."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt

from inspector.reports.dashboard import chart_records
from inspector.reports.figures import Period
from inspector.reports.ledgers import LEDGERS, LedgerFilter, iter_ledger
from inspector.reports.summary import build_summary
from tests.ui.conftest import english_installed, wait_idle
from ui.screens.reports import LEDGER_NAMES, LedgerTab, ReportsScreen

PERIOD = Period(date(2026, 1, 1), date(2026, 11, 25))


def _screen(ctx, qtbot) -> ReportsScreen:
    screen = ReportsScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1200, 800)
    screen.show()
    return screen


def test_chart_click_lists_the_records_of_that_bar(ctx, qtbot, db) -> None:
    screen = _screen(ctx, qtbot)
    screen.dashboard.period.set_period(PERIOD.start, PERIOD.end)
    screen.dashboard.reload()
    wait_idle(qtbot, ctx)
    chart = screen.dashboard.charts["top_violations"]
    bar = chart._chart.bars[0] if chart._chart else None
    assert bar is not None and bar.values[0] > 0
    rect = chart.segment_rect(bar.key, 0)
    assert rect is not None
    with qtbot.waitSignal(chart.bar_clicked, timeout=5000) as sig:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=rect.center())
    assert sig.args == [bar.key, 0]
    wait_idle(qtbot, ctx)
    want = [r.text for r in chart_records(db, "top_violations", bar.key, 0, PERIOD)]
    got = [screen.dashboard.records.item(i).text()
           for i in range(screen.dashboard.records.count())]
    assert got == want and len(got) == bar.values[0]
    # A click beside every bar changes nothing.
    with qtbot.assertNotEmitted(chart.bar_clicked):
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))


def test_ledger_filters_and_export(ctx, qtbot, db, tmp_path: Path) -> None:
    screen = _screen(ctx, qtbot)
    tab = screen.ledgers
    tab.which.setCurrentIndex(tab.which.findData("inspections"))
    tab.period.set_period(PERIOD.start, PERIOD.end)
    everything = list(iter_ledger(db, "inspections", tab.filters()))
    town = everything[0][4]
    tab.township.setText(town)
    tab.reload()
    wait_idle(qtbot, ctx)
    want = list(iter_ledger(db, "inspections", LedgerFilter(
        date_from=PERIOD.start, date_to=PERIOD.end, township=town)))
    assert 0 < tab.model.rowCount() == len(want) < len(everything)
    assert {tab.model.item(r, 4).text() for r in range(tab.model.rowCount())} == {town}
    out = tmp_path / "检查台账.xlsx"
    tab.export_to(out)
    wait_idle(qtbot, ctx)
    assert tab.last_export == out
    ws = load_workbook(out)["检查台账"]
    assert ws.max_row - 1 == len(want)


def test_ledgers_offered_are_the_cores_under_translatable_names(ctx, qtbot,
                                                               tmp_path: Path) -> None:
    """The UI's table of names has exactly the core's ledgers, each under the core's title
    (the sheet an export writes is named by the core), and the choice lists them in the
    core's order; with the English translator every name comes out in English."""
    assert set(LEDGER_NAMES) == set(LEDGERS)
    assert {k: LEDGER_NAMES[k] for k in LEDGERS} == {k: v.title for k, v in LEDGERS.items()}
    tab = LedgerTab(ctx)
    qtbot.addWidget(tab)
    assert [tab.which.itemData(i) for i in range(tab.which.count())] == list(LEDGERS)
    assert [tab.which.itemText(i) for i in range(tab.which.count())] == \
        [v.title for v in LEDGERS.values()]

    with english_installed(tmp_path):
        english = LedgerTab(ctx)
        qtbot.addWidget(english)
        names = [english.which.itemText(i) for i in range(english.which.count())]
    assert names[:3] == ["Site ledger", "Employer ledger", "Inspection ledger"]
    assert all(name.isascii() for name in names), names


def test_summary_tab_shows_the_core_text(ctx, qtbot, db) -> None:
    screen = _screen(ctx, qtbot)
    screen.tabs.setCurrentWidget(screen.summary)
    screen.summary.period.set_period(PERIOD.start, PERIOD.end)
    screen.summary.reload()
    wait_idle(qtbot, ctx)
    doc = build_summary(db, PERIOD)
    assert screen.summary.doc == doc
    assert f"签发《限期改正指令书》{doc['orders_issued']}份" in screen.summary.text.toPlainText()


# Run as the app's own process. --smoke visits every screen once after ready (its
# screens_ms), so what start-up loaded is read when the ready_ms line is printed.
_AT_READY = """
import sys
from ui.app import main

class AtReady:
    def __init__(self, out):
        self.out, self.loaded = out, None
    def write(self, text):
        if text.startswith("ready_ms=") and self.loaded is None:
            self.loaded = sorted(m for m in sys.modules
                                 if m.startswith(("inspector.reports", "ui.screens.reports")))
        return self.out.write(text)
    def flush(self):
        self.out.flush()

tap = sys.stdout = AtReady(sys.stdout)
rc = main()
sys.stdout = tap.out
print("loaded_at_ready=" + ("-" if tap.loaded is None else ",".join(tap.loaded)))
print("loaded_at_exit=" + ",".join(sorted(m for m in sys.modules if m.startswith("ui.screens.reports"))))
sys.exit(rc)
"""


def test_office_start_up_loads_no_report_code(office_db_path: Path, tmp_path: Path) -> None:
    """An office start-up (Home with its target reminders included) imports neither the
    reports screen nor `inspector.reports` before it is ready: both load when the
    reports screen is opened (here by --smoke's visit of every screen, after ready)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    out = subprocess.run([sys.executable, "-c", _AT_READY, "--smoke", "--db", str(office_db_path)],
                         capture_output=True, text=True, env=env, timeout=120,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.returncode == 0, out.stderr
    lines = dict(line.split("=", 1) for line in out.stdout.split() if "=" in line)
    assert int(lines["sites"]) > 0  # the office database's data was shown
    assert lines["loaded_at_ready"] == ""
    # The visit after ready did open the reports screen: the tap saw the right moment.
    assert lines["loaded_at_exit"] == "ui.screens.reports"
