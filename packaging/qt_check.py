"""Before `packaging/dev app` starts Qt: can a window open here, and if not, what to install.

Qt's own message on a machine without its xcb libraries is English and often
blames the wrong library (xcb-cursor0 when icccm4 is missing). This asks the
dynamic loader directly — dlopen each library the xcb platform plugin needs,
then `ldd` the plugin itself when it is installed — and prints, in Chinese and
English, the exact apt packages (the same names .ci/run installs). Where the
session is Wayland and the wayland plugin's libraries load, it says so and the
launcher uses that platform instead. Runs with any python3 (standard library
only), before and after the virtualenv exists.

Exit codes: 0 ready (prints the platform to use on stdout), 1 not ready (the
message on stderr).
"""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

# soname → Debian package, for every library the xcb plugin and QtGui load.
XCB_LIBS: dict[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}
WAYLAND_LIBS: dict[str, str] = {
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
}
HEADLESS = {"offscreen", "minimal", "vnc"}

Loader = Callable[[str], object]


def missing(libs: dict[str, str], load: Loader = ctypes.CDLL) -> list[str]:
    """The sonames of `libs` the dynamic loader cannot open."""
    out = []
    for soname in libs:
        try:
            load(soname)
        except OSError:
            out.append(soname)
    return out


def plugin_not_found(plugin: Path) -> list[str]:
    """Libraries `ldd` reports "not found" for the installed plugin (none if no plugin/ldd)."""
    if not plugin.is_file():
        return []
    try:
        out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True,
                             timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return [line.split("=>")[0].strip() for line in out.splitlines() if "not found" in line]


def packages_for(sonames: Sequence[str], table: dict[str, str]) -> list[str]:
    """Debian packages for `sonames`, in the table's order; unknown names are shown as they are."""
    known = [table[s] for s in table if s in sonames]
    unknown = [s for s in sonames if s not in table]
    return list(dict.fromkeys(known + unknown))


def message(packages: Sequence[str], *, display: bool) -> str:
    """The bilingual explanation with the one command to run."""
    lines = []
    if packages:
        cmd = "sudo apt-get install -y --no-install-recommends " + " ".join(packages)
        lines += [
            "无法打开窗口：本机缺少 Qt 图形界面所需的系统库。请先安装：",
            "Cannot open a window: this machine lacks the system libraries Qt needs. Install:",
            "",
            "  " + cmd,
            "",
            "（中文界面还需要字体：fonts-wqy-zenhei / Chinese text also needs: fonts-wqy-zenhei）",
            "不打开窗口试用 / to try without a window:  QT_QPA_PLATFORM=offscreen packaging/dev app",
        ]
    if not display:
        lines += [
            "没有图形显示（未设置 DISPLAY 或 WAYLAND_DISPLAY）：请在桌面会话中运行，或使用 xvfb-run。",
            "No graphical display (DISPLAY and WAYLAND_DISPLAY are unset): run it in a desktop"
            " session, or under xvfb-run.",
        ]
    return "\n".join(lines)


def choose_platform(env: dict[str, str], plugins: Path, load: Loader = ctypes.CDLL
                    ) -> tuple[str | None, str]:
    """(platform to use, or None when no window can open; the message to print)."""
    asked = env.get("QT_QPA_PLATFORM", "")
    if asked.split(":")[0] in HEADLESS:
        return asked, ""
    xcb_gone = missing(XCB_LIBS, load) + [
        s for s in plugin_not_found(plugins / "libqxcb.so") if s not in XCB_LIBS]
    has_x = bool(env.get("DISPLAY"))
    has_wayland = bool(env.get("WAYLAND_DISPLAY"))
    if asked in ("", "wayland") and has_wayland and not missing(WAYLAND_LIBS, load) \
            and not plugin_not_found(plugins / "libqwayland.so"):
        return "wayland", ""
    if asked in ("", "xcb") and not xcb_gone and has_x:
        return "xcb", ""
    if not xcb_gone and not has_x and not has_wayland:
        return None, message([], display=False)
    return None, message(packages_for(xcb_gone, XCB_LIBS), display=has_x or has_wayland)


def main(argv: Sequence[str]) -> int:
    plugins = Path(argv[0]) if argv else Path("/nonexistent")
    platform, text = choose_platform(dict(os.environ), plugins)
    if platform is None:
        sys.stderr.write(text + "\n")
        return 1
    print(platform)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
