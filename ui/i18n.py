"""Language at run time: Simplified Chinese (the source language) or English.

Source strings in the code are Chinese. `ui_zh_CN.qm` therefore translates
little; `ui_en.qm` provides English. Qt's own strings (dialog buttons) come from
the `qtbase_*.qm` files shipped with PySide6. Build the .qm files with
`python -m ui.i18n_build`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from inspector.paths import resources_dir

LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"

_installed: list[QTranslator] = []


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark `source` for lupdate under `context` and return it unchanged.

    Same as PySide6's function of this name (lupdate finds the calls by name),
    but typed `str -> str`: PySide6's stub returns `object`.
    """
    return source


def i18n_dir() -> Path:
    return resources_dir() / "i18n"


def normalize_language(lang: str | None) -> str:
    if not lang:
        return DEFAULT_LANGUAGE
    lang = lang.replace("-", "_")
    if lang in LANGUAGES:
        return lang
    return "en" if lang.lower().startswith("en") else DEFAULT_LANGUAGE


def install(app: QCoreApplication, lang: str) -> str:
    """Install the translators for `lang` (replacing earlier ones); returns the language used."""
    lang = normalize_language(lang)
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    ours = QTranslator(app)
    if ours.load(str(i18n_dir() / f"ui_{lang}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    if lang != "en":
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{lang}", qt_dir):
            app.installTranslator(qt)
            _installed.append(qt)
    return lang
