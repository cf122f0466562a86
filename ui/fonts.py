"""The shipped CJK font (AR PL UMing), added to Qt so Chinese never renders as boxes."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from inspector.paths import resources_dir

_families: list[str] = []
# Screen-friendly sans CJK fonts, used when the system has one (Qt skips missing families).
SANS_CJK = ("Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC",
            "WenQuanYi Zen Hei", "WenQuanYi Micro Hei")


def install(app: QApplication) -> list[str]:
    """Add resources/fonts/uming.ttc; keep the system UI font first and UMing as fallback."""
    if _families:
        return _families
    font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / "uming.ttc"))
    if font_id >= 0:
        _families.extend(QFontDatabase.applicationFontFamilies(font_id))
    base = app.font()
    cn = [f for f in _families if f.endswith(" CN")] or _families
    if cn:
        # A system sans font reads better on screen when one exists; UMing covers every
        # Chinese character a site name may hold, so it follows as the fallback.
        base.setFamilies([*base.families(), *SANS_CJK, *cn])
        base.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
        app.setFont(base)
    return _families
