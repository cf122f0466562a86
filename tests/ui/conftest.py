"""pytest-qt fixtures for the desktop app: offscreen Qt, a fresh seeded database per test.

The seeded database (demo data for a few sites, built once per session) is
copied for each test, with its keys and blobs, which is much faster than
seeding every time (Anki's `getEmptyCol` pattern).
"""

from __future__ import annotations

import gc
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Before any Qt import: headless, and QSettings in a throwaway folder.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="inspector-desk-config-")

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QTableView

from inspector.appdb import open_app_database
from inspector.storage import Database
from tests.conftest import NewDevice

WAIT_MS = 20_000


@pytest.fixture(autouse=True)
def collect_qt_garbage_on_gui_thread() -> Iterator[None]:
    """No automatic collection during a test; its garbage is collected here, on the GUI
    thread, when it ends: the app's own rule (`ui.gc_guard`).

    Windows, pages and models often sit in reference cycles (lambdas connected to
    signals). Left to the automatic collector, they are freed by whichever thread
    next allocates enough, often a DB worker, and a Qt object destroyed off the GUI
    thread crashes the process: a worker reading order-number blocks segfaulted in
    "Garbage-collecting" while the settings page replaced its form.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.collect()
        if was_enabled:
            gc.enable()


@pytest.fixture(scope="session")
def seeded_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with demo data for 8 sites, built once."""
    from inspector import clock
    from inspector.demo import load_demo
    from inspector.devices import init_device
    from tests.conftest import TEST_NOW

    folder = tmp_path_factory.mktemp("seed")
    # A session fixture runs before the per-test clock is set: put it on the tests' day
    # too, or the demo's dates would follow the wall clock.
    with clock.frozen_at(TEST_NOW):
        db = open_app_database(folder / "inspector.db")
        init_device(db)
        load_demo(db, sites=8, seed=7)
        db.dispose()
    return folder


@pytest.fixture(scope="session")
def seeded_office_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same demo data on an office database: cases live with the office (a laptop
    holds only the cases assigned to its inspectors, read-only but for notes, links and
    payments seen on site), so the case screens' writes are tested there."""
    from inspector import clock
    from inspector.demo import load_demo
    from inspector.devices import init_device
    from tests.conftest import TEST_NOW

    folder = tmp_path_factory.mktemp("seed-office")
    with clock.frozen_at(TEST_NOW):
        db = open_app_database(folder / "inspector.db")
        init_device(db, role="office")
        load_demo(db, sites=8, seed=7)
        db.dispose()
    return folder


@pytest.fixture
def office_db_path(tmp_path: Path, seeded_office_dir: Path) -> Path:
    """A copy of the seeded office database; a module that tests office screens returns it
    from its own `db_path` fixture (see tests/ui/test_cases_detail.py)."""
    target = tmp_path / "office-data"
    shutil.copytree(seeded_office_dir, target)
    return target / "inspector.db"


@pytest.fixture
def db_path(tmp_path: Path, seeded_dir: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(seeded_dir, target)
    return target / "inspector.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_app_database(db_path)
    yield database
    database.dispose()


@pytest.fixture
def empty_db(tmp_path: Path, new_device: NewDevice) -> Iterator[Database]:
    """A fresh, initialized database with no sites."""
    database = open_app_database(new_device(tmp_path / "empty" / "x.db"))
    yield database
    database.dispose()


@pytest.fixture
def ctx(qapp: object, db: Database):
    """An app context with the database already open (start-up is tested separately)."""
    from inspector.devices import this_device
    from ui import context

    c = context.create(db.url.removeprefix("sqlite:///"))
    c.db = db
    c.device = this_device(db)
    c.first_paint.set()
    yield c
    c.tasks.shutdown(wait=True)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Record message boxes instead of showing them; questions are answered Yes."""
    seen: list[tuple[str, str]] = []

    def exec_(self: QMessageBox) -> int:
        seen.append((self.windowTitle(), self.text() + "\n" + self.informativeText()
                     + self.detailedText()))
        return int(QMessageBox.StandardButton.Ok)

    def question(_parent: object, title: str, text: str, *a: object, **k: object) -> object:
        seen.append((title, text))
        return QMessageBox.StandardButton.Yes

    def information(_parent: object, title: str, text: str, *a: object, **k: object) -> object:
        seen.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(information))
    return seen


@pytest.fixture
def window(ctx, qtbot, dialogs):
    """The main window over `ctx`, with the site list loaded."""
    from ui.screens.main_window import MainWindow
    from ui.screens.sites import SitesScreen

    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.sites_loaded, timeout=WAIT_MS):
        sites = w.page("sites")
        assert isinstance(sites, SitesScreen)
        sites.reload()
    ctx.signals.database_ready.emit()
    wait_idle(qtbot, ctx)
    yield w
    wait_idle(qtbot, ctx)


def main_window_over(qtbot, db: Database, path: str | Path) -> Iterator[object]:
    """The body of a window fixture: the main window over `db` (opened from `path`), its
    start-up work done; after the test its work is awaited and its threads stopped."""
    from inspector.devices import this_device
    from ui import context
    from ui.screens.main_window import MainWindow

    c = context.create(path)
    c.db = db
    c.device = this_device(db)
    c.first_paint.set()
    w = MainWindow(c)
    qtbot.addWidget(w)
    w.show()
    c.signals.database_ready.emit()
    wait_idle(qtbot, c)
    yield w
    wait_idle(qtbot, c)
    c.tasks.shutdown(wait=True)


def header_titles(view: QTableView) -> list[str]:
    """The column titles a table view's header shows (what the user reads)."""
    header = view.horizontalHeader()
    return [str(header.model().headerData(c, Qt.Orientation.Horizontal))
            for c in range(header.count())]


def wait_idle(qtbot, ctx) -> None:
    """Wait until every background op and its GUI callback has finished."""
    qtbot.waitUntil(lambda: not ctx.tasks.busy, timeout=WAIT_MS)


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    """A small real PNG photo."""
    from PySide6.QtGui import QColor, QImage

    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#88aaee"))
    path = tmp_path / "photo.png"
    assert image.save(str(path))  # the format follows the .png suffix
    return path


@contextmanager
def english_installed(folder: Path) -> Iterator[None]:
    """The English translator, compiled into `folder` from resources/i18n/ui_en.ts (the .qm
    files are built, never committed), installed while inside."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from ui import i18n_build

    shutil.copy(i18n_build.I18N / "ui_en.ts", folder / "ui_en.ts")
    (qm,) = i18n_build.build(folder)
    tr = QTranslator()
    assert tr.load(str(qm))
    QCoreApplication.installTranslator(tr)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(tr)
