"""`inspector-desk --self-test`: the core steps (`inspector.selftest`), then every main screen.

After the core has built, migrated, filled, printed from and synced throw-away
databases, the real main window opens the demo database through the app's
own start-up path and each main screen is painted offscreen the way
`--screenshot` paints them. A screen that raises, or paints nothing but one
colour, fails the test. One line goes to stdout on success; on failure one line
with the Chinese reason goes to stderr and the exit code is 1.

Nothing of the user's is touched: the databases live in a temporary folder and
remembered choices (QSettings) are redirected into it.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from inspector.selftest import SelfTestError, run_core

OPEN_TIMEOUT_S = 60.0
"""How long the window may take to open the demo database (it is already migrated)."""


def _painted(image: QImage) -> bool:
    """True when the grab has some variety: a blank or failed paint is one flat colour."""
    if image.isNull():
        return False
    small = image.scaled(24, 24, Qt.AspectRatioMode.IgnoreAspectRatio,
                         Qt.TransformationMode.FastTransformation)
    colours = {small.pixel(x, y) for x in range(small.width()) for y in range(small.height())}
    return len(colours) > 2


PINYIN_ORDER = ["陈七", "李四", "王五", "张三", "赵六"]
"""Names in 拼音 order; ICU's root collation (code-point order for Han) gives another."""


def check_text_services() -> None:
    """Qt's ICU still collates Chinese by 拼音 (packaging/icu_trim.py keeps that data)."""
    import functools

    from PySide6.QtCore import QCollator, QLocale

    collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    got = sorted(reversed(PINYIN_ORDER), key=functools.cmp_to_key(collator.compare))
    if got != PINYIN_ORDER:
        raise SelfTestError(f"自检失败（中文排序）：拼音排序得到 {'、'.join(got)}。")


def paint_screens(db_path: Path, folder: Path) -> int:
    """Open `db_path` in the main window and paint every main screen; how many were painted."""
    from ui import context
    from ui.app import Startup
    from ui.screens.main_window import PAGES, MainWindow
    from ui.screenshots import render_all, wait_idle

    ctx = context.create(db_path)
    window = MainWindow(ctx)
    controller = Startup(ctx, window)
    try:
        window.show()
        controller.begin()
        deadline = time.monotonic() + OPEN_TIMEOUT_S
        while not controller.done and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.01)
        if not controller.done:
            raise SelfTestError(f"自检失败（打开主窗口）：{OPEN_TIMEOUT_S:.0f} 秒内未能打开数据库。")
        if controller.error is not None:
            raise SelfTestError(f"自检失败（打开主窗口）：{controller.error}")
        wait_idle(window)
        try:
            paths = render_all(window, folder)
        except Exception as exc:  # any screen that breaks is the finding
            raise SelfTestError(f"自检失败（绘制界面）：{type(exc).__name__}: {exc}") from exc
        shown = {p.stem for p in paths}
        missing = [name for name in PAGES if name not in shown]
        if missing:
            raise SelfTestError(f"自检失败（绘制界面）：未绘制 {', '.join(missing)}。")
        blank = [p.stem for p in paths if not _painted(QImage(str(p)))]
        if blank:
            raise SelfTestError(f"自检失败（绘制界面）：界面为空白 {', '.join(blank)}。")
        return len(PAGES)
    finally:
        ctx.tasks.shutdown(wait=True)
        window.close()
        window.deleteLater()
        QApplication.processEvents()


def run(lang: str | None = None) -> int:
    """The whole self-test; prints one line and returns the exit code."""
    from ui import fonts, i18n, prefs

    start = time.perf_counter()
    try:
        with run_core() as core:
            prefs.redirect(str(core.folder / "settings.ini"))
            app = QApplication.instance() or QApplication([sys.argv[0]])
            assert isinstance(app, QApplication)
            if fonts.install(app):
                fonts.add_shipped_font(app)
            i18n.install(app, lang or i18n.DEFAULT_LANGUAGE)
            check_text_services()
            screens = paint_screens(core.db_path, core.folder / "screens")
    except SelfTestError as exc:
        print(f"self-test failed: {exc.message}", file=sys.stderr, flush=True)
        return 1
    except Exception as exc:  # whatever else broke (a missing library in a bundle …)
        print(f"self-test failed: 自检失败：{type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
        return 1
    print(f"self-test ok: migrations {core.revision}, demo {core.sites} sites, "
          f"order PDF {core.pdf_pages} pages, bundle {core.bundle_rows} rows, "
          f"{screens} screens ({time.perf_counter() - start:.1f} s)", flush=True)
    return 0
