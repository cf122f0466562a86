"""Fonts for Chinese text: the system's CJK font when it has one, else the shipped AR PL UMing.

Adding the shipped 21 MB `uming.ttc` costs start-up time (≈15 ms with a warm file
cache, several times that cold), and most machines already have a CJK font that Qt
uses as a fallback (WenQuanYi, Noto CJK, Microsoft YaHei, PingFang). So `install`
only asks Qt which families can write Simplified Chinese (Qt builds that list
for the first paint anyway) and adds the shipped font only when there is none:
after the first paint, through `add_shipped_font`, which the caller schedules.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from inspector.paths import resources_dir

# Screen-friendly sans CJK fonts, used when the system has one (Qt skips missing families).
SANS_CJK = ("Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC",
            "WenQuanYi Zen Hei", "WenQuanYi Micro Hei")

_shipped: list[str] = []


def system_cjk_families() -> list[str]:
    """Installed font families that can write Simplified Chinese (not counting ours)."""
    ours = set(_shipped)
    return [f for f in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
            if f not in ours]


def install(app: QApplication) -> bool:
    """Prefer the system's sans CJK fonts; True when the shipped font is still needed.

    When this returns True the caller should call `add_shipped_font` once the
    window has painted: until then Chinese may show as boxes for one frame, which
    only happens on a machine without any CJK font.
    """
    system = system_cjk_families()
    _set_families(app, [f for f in SANS_CJK if f in system] or system[:1])
    return not system


def add_shipped_font(app: QApplication) -> list[str]:
    """Add resources/fonts/uming.ttc and use it as the last fallback; its family names."""
    if not _shipped:
        font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / "uming.ttc"))
        if font_id >= 0:
            _shipped.extend(QFontDatabase.applicationFontFamilies(font_id))
    # UMing covers every Chinese character a site name may hold; prefer its " CN" face.
    cn = [f for f in _shipped if f.endswith(" CN")] or _shipped
    _set_families(app, [*SANS_CJK, *cn])
    return list(_shipped)


def _set_families(app: QApplication, cjk: list[str]) -> None:
    """Keep the system UI font first (Latin text) and fall back to `cjk` for Chinese."""
    if not cjk:
        return
    base = app.font()
    families = [f for f in base.families() if f not in cjk]
    base.setFamilies([*families, *cjk])
    base.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    app.setFont(base)
