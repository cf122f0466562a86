"""Build the .deb from a pruned onedir bundle, in UOS's layout (also for Kylin and Debian).

    python packaging/deb.py BUNDLE_DIR OUT_DIR --version 0.1.0

Everything the package installs lies under /opt/apps/<appid>/, as UOS's app store
requires:

    /opt/apps/org.siteinspector.desk/
        files/                      the bundle (inspector-desk and _internal/)
        entries/applications/       org.siteinspector.desk.desktop
        entries/icons/hicolor/scalable/apps/org.siteinspector.desk.svg
        info                        UOS's JSON description of the app

UOS's launcher reads entries/ itself; plain Debian and Kylin do not, so postinst
links the desktop entry, the icon and /usr/bin/inspector-desk into the usual places
(links only, made and removed by the maintainer scripts, so the payload stays
under /opt/apps). User data lives in each user's home (~/.local/share/site-inspector)
and no maintainer script touches it: upgrading replaces the program only (the
database is migrated, after a backup, by the program when it next opens it), and
removing, even purging, leaves it.

Depends is computed, not written by hand: every shared library the bundle needs
and does not carry is looked up on the build machine (ldconfig) and its Debian
package named (dpkg -S), the way dpkg-shlibdeps would. A library the build
machine lacks stops the build with its name.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
APP_ID = "org.siteinspector.desk"
"""A neutral reverse-DNS id (not a government domain this project does not own)."""
PROGRAM = "inspector-desk"
PREFIX = Path("/opt/apps") / APP_ID
# A line of `ldconfig -p`: "libfoo.so.1 (libc6,x86-64) => /lib/x86_64-linux-gnu/libfoo.so.1".
SONAME = re.compile(r"^\s*(\S+) \(([^)]*)\) => (\S+)$")


def elf_files(folder: Path) -> Iterable[Path]:
    for p in sorted(folder.rglob("*")):
        if p.is_file() and not p.is_symlink():
            with p.open("rb") as fh:
                if fh.read(4) == b"\x7fELF":
                    yield p


def needed(path: Path) -> list[str]:
    out = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True, check=True)
    return [ln.split()[1] for ln in out.stdout.splitlines() if ln.strip().startswith("NEEDED")]


def system_libraries() -> dict[str, str]:
    """soname → path of the build machine's x86-64 libraries (ldconfig's cache)."""
    out = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True, check=True)
    found: dict[str, str] = {}
    for line in out.stdout.splitlines():
        m = SONAME.match(line)
        if m and "x86-64" in m.group(2):
            found.setdefault(m.group(1), m.group(3))
    return found


def owner(path: str) -> str:
    """The Debian package that ships `path` (following /lib → /usr/lib on merged-usr)."""
    for candidate in dict.fromkeys([path, os.path.realpath(path),
                                    path.replace("/usr/lib/", "/lib/"),
                                    path.replace("/lib/", "/usr/lib/", 1)]):
        out = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if out.returncode == 0:
            return out.stdout.split(":", 1)[0].strip()
    raise SystemExit(f"没有找到提供 {path} 的 Debian 软件包")


DATA_PACKAGES = ("fonts-arphic-uming",)
"""Packages of data files the Linux bundle does not carry: AR PL UMing, the documents' and the
UI's fallback Chinese font (the Windows build ships resources/fonts/uming.ttc instead)."""


def depends(bundle: Path) -> list[str]:
    """Packages providing the libraries the bundle needs but does not carry."""
    carried = {p.name for p in bundle.rglob("*") if ".so" in p.name}
    wanted = sorted({s for f in elf_files(bundle) for s in needed(f)} - carried)
    libs = system_libraries()
    missing = [s for s in wanted if s not in libs]
    if missing:
        raise SystemExit("构建机缺少这些库（请先用 apt 安装）：" + " ".join(missing))
    # libc6 always: the program itself (PyInstaller's bootloader) is linked against it.
    packages = sorted({"libc6", *DATA_PACKAGES} | {owner(libs[s]) for s in wanted})
    glibc = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "libc6"],
                           capture_output=True, text=True, check=True).stdout
    # The bundle's binaries were linked against this machine's glibc: older ones cannot run them.
    upstream = glibc.split("-", 1)[0]
    return [f"libc6 (>= {upstream})" if p == "libc6" else p for p in packages]


def desktop_entry(exec_path: Path) -> str:
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Name=Site Inspector",
        "Name[zh_CN]=工地欠薪监察",
        "GenericName=Labour inspection",
        "GenericName[zh_CN]=劳动保障监察",
        "Comment=Offline inspections, rectification orders and sync bundles",
        "Comment[zh_CN]=离线检查、限期改正指令书与同步包",
        f"Exec={exec_path}",
        f"TryExec={exec_path}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "Categories=Office;",
        "StartupWMClass=inspector-desk",
        "",
    ])


def info_json(version: str) -> str:
    """UOS's `info` file: id, names, version, architecture and permissions."""
    return json.dumps({
        "appid": APP_ID, "name": "工地欠薪监察", "version": version, "arch": ["amd64"],
        "permissions": {"autostart": False, "notification": False, "trayicon": False,
                        "clipboard": True, "account": False, "bluetooth": False,
                        "camera": False, "audio_record": False, "installed_apps": False},
    }, ensure_ascii=False, indent=2) + "\n"


# Links from the usual places to /opt/apps: made only where nothing else stands, removed
# only while they are still ours. User data is never mentioned here.
LINKS = [
    (f"/usr/share/applications/{APP_ID}.desktop",
     f"{PREFIX}/entries/applications/{APP_ID}.desktop"),
    (f"/usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
     f"{PREFIX}/entries/icons/hicolor/scalable/apps/{APP_ID}.svg"),
    (f"/usr/bin/{PROGRAM}", f"{PREFIX}/files/{PROGRAM}"),
]


def postinst() -> str:
    lines = ["#!/bin/sh", "set -e", 'if [ "$1" = configure ]; then']
    for link, target in LINKS:
        lines += [f'  mkdir -p "{Path(link).parent}"',
                  f'  if [ ! -e "{link}" ] || [ -L "{link}" ]; then ln -sfn "{target}" "{link}"; fi']
    lines += ["  command -v gtk-update-icon-cache >/dev/null 2>&1 && "
              "gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true",
              "  command -v update-desktop-database >/dev/null 2>&1 && "
              "update-desktop-database -q /usr/share/applications || true",
              "fi", "exit 0", ""]
    return "\n".join(lines)


def postrm() -> str:
    # On upgrade the new version's postinst makes the links again; on remove they go.
    lines = ["#!/bin/sh", "set -e", 'case "$1" in', "  remove|purge)"]
    for link, target in LINKS:
        lines.append(f'    if [ -L "{link}" ] && [ "$(readlink "{link}")" = "{target}" ]; '
                     f'then rm -f "{link}"; fi')
    lines += ["    ;;", "esac", "exit 0", ""]
    return "\n".join(lines)


def control(version: str, installed_kb: int, deps: list[str]) -> str:
    return "\n".join([
        f"Package: {APP_ID}",
        f"Version: {version}",
        "Architecture: amd64",
        "Maintainer: Site Inspector developers <site-inspector@localhost>",
        f"Installed-Size: {installed_kb}",
        f"Depends: {', '.join(deps)}",
        "Section: utils",
        "Priority: optional",
        "Description: 工地欠薪监察 Site Inspector (offline labour-inspection desktop app)",
        " Offline field and office app for labour-security inspectors: checklists,",
        " photos, rectification orders (限期改正指令书) with signed QR codes, and",
        " signed sync bundles between laptops and the office.",
        "",
    ])


def _write(path: Path, text: str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)


def build(bundle: Path, out_dir: Path, version: str, stage: Path) -> Path:
    if stage.exists():
        shutil.rmtree(stage)
    app = stage / PREFIX.relative_to("/")
    shutil.copytree(bundle, app / "files", symlinks=True)
    _write(app / "entries" / "applications" / f"{APP_ID}.desktop",
           desktop_entry(PREFIX / "files" / PROGRAM))
    icon = app / "entries" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    icon.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ROOT / "resources" / "icons" / "app.svg", icon)
    _write(app / "info", info_json(version))
    size = sum(p.stat().st_size for p in app.rglob("*") if p.is_file() and not p.is_symlink())
    _write(stage / "DEBIAN" / "control", control(version, (size + 1023) // 1024, depends(bundle)))
    _write(stage / "DEBIAN" / "postinst", postinst(), 0o755)
    _write(stage / "DEBIAN" / "postrm", postrm(), 0o755)
    out_dir.mkdir(parents=True, exist_ok=True)
    deb = out_dir / f"{APP_ID}_{version}_amd64.deb"
    # gzip -6: xz makes the file ~10 % smaller but takes minutes on a 2-core CI machine;
    # DEB_COMPRESS=xz for a release. Every dpkg (UOS 20, Kylin V10) reads both.
    compress = os.environ.get("DEB_COMPRESS", "gzip")
    subprocess.run(["dpkg-deb", "--root-owner-group", f"-Z{compress}", "-z6", "--build",
                    str(stage), str(deb)], check=True, stdout=subprocess.DEVNULL)
    return deb


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="packaging/deb.py", description=__doc__.split("\n")[0])
    p.add_argument("bundle", type=Path)
    p.add_argument("out", type=Path)
    p.add_argument("--version", required=True)
    p.add_argument("--stage", type=Path, default=ROOT / "build" / "deb-root")
    args = p.parse_args(argv)
    deb = build(args.bundle, args.out, args.version, args.stage)
    print(deb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
