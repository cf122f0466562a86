"""`inspector-desk`: the field desktop app's entry point (`ui.app:main`).

Start-up is ordered for speed. The site list is read first, with the standard
library's sqlite3 on a plain thread, before Qt is even imported (the query runs
without the GIL, so it overlaps Qt's import). Then Qt, the font check and the
translator, then the main window is shown; the list arrives from the event loop,
and only after that paint does the DB worker import SQLAlchemy and open the
database fully. See `ui.operations.startup`.

    inspector-desk [--db PATH|URL] [--data-dir DIR] [--lang zh_CN|en] [--smoke] [--screenshot DIR]
    inspector-desk --self-test | --version
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import ui

if TYPE_CHECKING:
    from concurrent.futures import Future

    from inspector.queries.fast_open import FastIndex
    from ui.context import AppContext
    from ui.screens.main_window import MainWindow

def process_age_ms() -> float:
    """Milliseconds since the app's own code began (`ui` package import).

    Not the kernel's process start time: a launcher that `exec`s the app (as
    packaging/dev does after installing and loading demo data) keeps its pid and
    start time, which would count the launcher's work as start-up. What comes
    before `ui` is imported (the interpreter itself, ~20–40 ms) is left out here;
    benchmarks/bench_ui.py measures the whole process from outside.
    """
    return (time.perf_counter() - ui.STARTED) * 1000.0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="inspector-desk", description="工地欠薪监察（桌面版）")
    p.add_argument("--db", help="数据库文件或 URL（默认：环境变量 INSPECTOR_DB 或用户数据目录）")
    p.add_argument("--data-dir", metavar="DIR",
                   help="服务器数据库（postgresql://…）的本机文件夹：keys/ 与 blobs/"
                        "（默认：用户数据目录下的 server/）")
    p.add_argument("--lang", choices=("zh_CN", "en"), help="界面语言（默认：设置中的语言）")
    p.add_argument("--smoke", action="store_true",
                   help="启动、显示数据、打印启动耗时后退出（打包与基准测试用）")
    p.add_argument("--screenshot", metavar="DIR", help="把每个主要界面渲染为 PNG 后退出")
    p.add_argument("--self-test", action="store_true",
                   help="在临时数据库上自检（迁移、演示数据、指令书、同步包、各界面）后退出")
    p.add_argument("--version", action="store_true", help="打印版本号与数据库结构版本后退出")
    return p


def default_db() -> Path:
    from inspector.paths import default_db_path

    return default_db_path()


def server_data_dir(db_path: str, named: str | None) -> Path | None:
    """The local folder of a server database: `--data-dir`, else `server/` in the user's
    data folder. The library's fallback is the working directory, which for a desktop
    launcher is anywhere: keys and attachments would be scattered or lost."""
    if "://" not in db_path or db_path.startswith("sqlite"):
        return None
    return Path(named).expanduser() if named else default_db().parent / "server"


def prefetch_fast_index(target: str | Path) -> Future[FastIndex | None]:
    """Start reading the site list of `target` on a new daemon thread; its future.

    Called before Qt is imported (this module imports no Qt at load time), so the
    query, which SQLite runs without the GIL, overlaps Qt's import. It is safe
    before the DB worker exists: the read is read-only on its own connection, and
    the worker waits for it before it opens the database. Daemon, so a failed start
    never waits for it at exit.

    What the read needs is imported here, on the calling thread, and the thread
    itself imports nothing: a second thread importing while the first imports
    PySide6 slows both (each file read hands the GIL over and waits up to a switch
    interval to get it back; 30–40 ms of start-up, issue #14), and shiboken's start
    walks `sys.modules`, which another thread's import can change under it (a
    "dictionary changed size during iteration" abort, seen with a thread importing
    SQLAlchemy). `tests/ui/test_startup_prefetch.py` checks the thread imports nothing.
    """
    import threading
    from concurrent.futures import Future

    from inspector.queries.fast_open import read_fast_index

    future: Future[FastIndex | None] = Future()

    def run() -> None:
        future.set_running_or_notify_cancel()
        try:
            future.set_result(read_fast_index(target))
        except BaseException as exc:  # handed to the start-up, which falls back
            future.set_exception(exc)

    threading.Thread(target=run, name="inspector-prefetch", daemon=True).start()
    return future


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.version:
        from inspector.version import version_line

        print(version_line("inspector-desk"))
        return 0
    if args.self_test:
        from ui.selftest import run

        return run(args.lang)
    # The GUI thread's collector (ui.gc_guard) takes over once QApplication exists;
    # switched off already here, the imports before it (PySide6's types and enums, ours)
    # run without the ~30 young collections they set off: ~10 ms of start-up (issue #14).
    import gc

    gc.disable()
    # With --db the file is known now; otherwise it comes from the Qt settings below.
    prefetched = prefetch_fast_index(args.db) if args.db else None
    from ui.qt_import import skip_feature_scan

    skip_feature_scan()  # before the first PySide6 import: ~0.5 ms less for each later one
    from PySide6.QtWidgets import QApplication

    from ui import context, fonts, i18n, prefs

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setOrganizationName(prefs.ORG)
    app.setApplicationName(prefs.APP)
    app.setApplicationDisplayName("工地欠薪监察")
    from ui.gc_guard import GuiThreadCollector

    collector = GuiThreadCollector(app)
    db_path = args.db or prefs.get_str("database/path") or str(default_db())
    ctx = context.create(db_path, server_data_dir(db_path, args.data_dir))
    controller = Startup(ctx)
    # The site list is being read (or starts now) while this thread loads the font
    # and builds the window: the results are delivered once the event loop runs.
    controller.begin(prefetched or prefetch_fast_index(db_path))
    needs_shipped_font = fonts.install(app)
    i18n.install(app, args.lang or prefs.get_str("language", i18n.DEFAULT_LANGUAGE))

    from ui.screens.main_window import MainWindow

    window = MainWindow(ctx)
    controller.window = window
    window.show()
    if needs_shipped_font:
        from PySide6.QtCore import QTimer

        # No system CJK font: add the 21 MB shipped one once the window has painted.
        QTimer.singleShot(0, lambda: fonts.add_shipped_font(app))
    exit_code = [0]
    if args.smoke:
        _arm_smoke(ctx, window, controller, exit_code)
    if args.screenshot:
        _arm_screenshots(ctx, window, controller, Path(args.screenshot), exit_code)
    app.exec()
    ctx.tasks.shutdown(wait=True)
    collector.stop()
    return exit_code[0]


class Startup:
    """Runs the two start-up steps and tells the window what arrived."""

    def __init__(self, ctx: AppContext, window: MainWindow | None = None) -> None:
        self.ctx = ctx
        # Set before the event loop runs; callbacks are only delivered from the loop.
        self.window: MainWindow = window  # type: ignore[assignment]
        self.fast_shown = False
        self.done = False
        self.error: BaseException | None = None
        self.callbacks: list[object] = []

    def begin(self, prefetched: Future[FastIndex | None] | None = None) -> None:
        """Queue the start-up steps; `prefetched` is the site list read already started."""
        from ui.operations import startup

        startup.begin(self.ctx, on_fast_index=self._fast, on_opened=self._opened,
                      prefetched=prefetched)

    def _fast(self, fast: FastIndex | None) -> None:
        if fast is not None:
            self.fast_shown = True
            self.window.sites_screen().show_fast_index(fast)

    def _opened(self, opened: object, exc: BaseException | None) -> None:
        self.done = True
        if exc is not None:
            self.error = exc
            self.ctx.startup_error = str(exc)
            self.window.set_database_status(self.window.tr("数据库未能打开"))
            from ui.widgets.errors import show_error

            show_error(self.window, exc, title=self.window.tr("无法打开数据库"))
            self.window.sites_loaded.emit(0)
            return
        from ui.operations.startup import Opened

        assert isinstance(opened, Opened)
        self.window.set_database_status(
            self.window.tr("数据库：%1    设备：%2").replace("%1", str(self.ctx.db_path))
            .replace("%2", opened.device_code))
        if not self.fast_shown or opened.stale_index:
            self.window.sites_screen().reload()
        self.ctx.signals.database_ready.emit()


def _arm_smoke(ctx: object, window: object, controller: Startup, exit_code: list[int]) -> None:
    """Print `startup_ms` (the list painted with data), `ready_ms` (the database fully
    open) and `screens_ms` (every screen opened once after ready and its first load
    done), then quit with 1 if the open failed or a screen showed an error."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    state = {"printed": False, "ready": False, "visited": False}

    def on_ready() -> None:
        # The full open finished (SQLAlchemy and the models imported, migrated, device
        # known): from here any screen works. Printed once, whichever comes first.
        if not state["ready"]:
            state["ready"] = True
            print(f"ready_ms={process_age_ms():.0f}", flush=True)
            QTimer.singleShot(0, visit_every_screen)

    def on_loaded(n: int) -> None:
        if state["printed"]:
            return
        state["printed"] = True
        QApplication.processEvents()  # let the list paint before the clock stops
        print(f"startup_ms={process_age_ms():.0f}", flush=True)
        print(f"sites={n}", flush=True)
        wait_then_quit()

    def visit_every_screen() -> None:
        # "Any screen usable" proven, not assumed: each screen is opened as a user's first
        # visit would (created, its first load queued), and the clock runs until all of
        # those loads are done. What a screen imports on its first visit counts here.
        for name in window.page_names():  # type: ignore[attr-defined]
            window.show_page(name)  # type: ignore[attr-defined]
        settle()

    def settle() -> None:
        _refuse_dialogs(exit_code)
        if ctx.tasks.busy:  # type: ignore[attr-defined]
            QTimer.singleShot(5, settle)
            return
        state["visited"] = True
        print(f"screens_ms={process_age_ms():.0f}", flush=True)

    def wait_then_quit() -> None:
        # Exit only after the full open finished: never stop in the middle of a migration.
        _refuse_dialogs(exit_code)
        visiting = controller.error is None and not state["visited"]
        if not controller.done or ctx.tasks.busy or visiting:  # type: ignore[attr-defined]
            QTimer.singleShot(20, wait_then_quit)
            return
        if controller.error is not None:
            exit_code[0] = 1
        QApplication.quit()

    window.sites_loaded.connect(on_loaded)  # type: ignore[attr-defined]
    ctx.signals.database_ready.connect(on_ready)  # type: ignore[attr-defined]


def _refuse_dialogs(exit_code: list[int]) -> None:
    """In --smoke, an error dialog would wait for a click forever: report it and fail."""
    from PySide6.QtWidgets import QApplication

    modal = QApplication.activeModalWidget()
    if modal is not None:
        text = getattr(modal, "text", lambda: "")()
        print(f"smoke: a dialog opened: {modal.windowTitle()} {text}", file=sys.stderr,
              flush=True)
        exit_code[0] = 1
        modal.close()


def _arm_screenshots(ctx: object, window: object, controller: Startup, folder: Path,
                     exit_code: list[int]) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.screenshots import render_all

    def go() -> None:
        if not controller.done:
            return
        try:
            for path in render_all(window, folder):  # type: ignore[arg-type]
                print(path, flush=True)
        except Exception as exc:  # report and fail the command, never hang
            print(f"screenshot failed: {exc}", file=sys.stderr, flush=True)
            exit_code[0] = 1
        QApplication.quit()

    # Run outside the start-up callback: that callback still counts as a pending task.
    ctx.signals.database_ready.connect(lambda: QTimer.singleShot(0, go))  # type: ignore[attr-defined]
    window.sites_loaded.connect(lambda _n: go() if controller.error else None)  # type: ignore[attr-defined]


if __name__ == "__main__":
    sys.exit(main())
