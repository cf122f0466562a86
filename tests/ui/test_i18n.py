"""Translations: the .ts sources compile with lrelease, English translates, Chinese is the source."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from tests.ui.conftest import english_installed
from ui import i18n_build


def test_build_compiles_and_is_a_noop_when_current(tmp_path: Path) -> None:
    """Each .ts becomes a .qm; a second build does nothing."""
    for name in i18n_build.TS_FILES:
        shutil.copy(i18n_build.I18N / name, tmp_path / name)
    built = i18n_build.build(tmp_path)
    assert sorted(p.name for p in built) == ["ui_en.qm", "ui_zh_CN.qm"]
    assert i18n_build.build(tmp_path) == []


def test_english_translator_translates_screens(qapp, tmp_path: Path) -> None:
    """With the English .qm installed, a screen's Chinese source text comes out in English."""
    with english_installed(tmp_path):
        assert QCoreApplication.translate("MainWindow", "首页") == "Home"
        assert QCoreApplication.translate("Format", "不符合") == "Non-compliant"
    assert QCoreApplication.translate("MainWindow", "首页") == "首页"


def test_every_english_string_is_translated() -> None:
    """No source string is left unfinished in ui_en.ts."""
    text = (i18n_build.I18N / "ui_en.ts").read_text(encoding="utf-8")
    assert "<source>" in text
    assert 'type="unfinished"' not in text
