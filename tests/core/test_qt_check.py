"""packaging/qt_check.py: names the missing apt packages in Chinese and English before Qt starts."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from tests.conftest import ROOT

SCRIPT = ROOT / "packaging" / "qt_check.py"


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("qt_check", SCRIPT)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _loader(absent: set[str]):
    def load(name: str) -> object:
        if name in absent:
            raise OSError(f"{name}: cannot open shared object file")
        return object()

    return load


def test_missing_xcb_libraries_name_their_packages(tmp_path: Path) -> None:
    qt = _module()
    platform, text = qt.choose_platform({"DISPLAY": ":0"}, tmp_path,
                                        _loader({"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}))
    assert platform is None
    assert "apt-get install -y --no-install-recommends libxcb-icccm4 libxcb-keysyms1" in text
    assert "缺少 Qt 图形界面所需的系统库" in text and "lacks the system libraries" in text
    assert "xcb-cursor0" not in text, "only what is really missing"


def test_offscreen_is_never_blocked(tmp_path: Path) -> None:
    qt = _module()
    everything = set(qt.XCB_LIBS) | set(qt.WAYLAND_LIBS)
    assert qt.choose_platform({"QT_QPA_PLATFORM": "offscreen"}, tmp_path,
                              _loader(everything)) == ("offscreen", "")


def test_wayland_is_used_where_xcb_cannot_load(tmp_path: Path) -> None:
    qt = _module()
    platform, _ = qt.choose_platform({"WAYLAND_DISPLAY": "wayland-0"}, tmp_path,
                                     _loader({"libxcb-cursor.so.0"}))
    assert platform == "wayland"


def test_no_display_is_said_plainly(tmp_path: Path) -> None:
    qt = _module()
    platform, text = qt.choose_platform({}, tmp_path, _loader(set()))
    assert platform is None and "DISPLAY" in text and "xvfb-run" in text


def test_the_package_names_are_the_ones_ci_installs() -> None:
    qt = _module()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").split()
    assert set(qt.XCB_LIBS.values()) <= set(ci)


def test_the_script_runs_with_the_plain_interpreter() -> None:
    proc = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
                          timeout=60)
    assert proc.returncode == 0 and proc.stdout.strip() == "offscreen"
