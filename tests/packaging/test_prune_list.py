"""The prune list never removes a Qt module the app imports or one that a kept part links.

The app's Qt imports are read from its sources (ui/, inspector/); what those
modules and the plugins the bundle keeps link is read from the installed PySide6
(ELF DT_NEEDED, transitively), so QtPdf's need for QtNetwork, or the xcb plugin's
for QtDBus, is found without anyone listing it.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.conftest import ROOT, load_script

prune = load_script("prune")
PLIST = prune.load()

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads ELF libraries")


def imported_qt_modules() -> set[str]:
    """Qt module names ("Widgets") that ui/ and inspector/ import, however they are spelled."""
    found: set[str] = set()
    for folder in ("ui", "inspector"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                names: list[str] = []
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                    if node.module == "PySide6":
                        names += [f"PySide6.{a.name}" for a in node.names]
                for name in names:
                    if m := re.fullmatch(r"PySide6\.Qt(\w+)(\..*)?", name):
                        found.add(m.group(1))
    return found


def _pyside() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent


def _needed(path: Path) -> list[str]:
    out = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True, check=True)
    return [ln.split()[1] for ln in out.stdout.splitlines() if ln.strip().startswith("NEEDED")]


def kept_plugins(pyside: Path) -> list[Path]:
    """The Qt plugins the bundle keeps: those the list's path lines do not remove."""
    base = pyside.parent
    out = []
    for p in sorted((pyside / "Qt" / "plugins").rglob("*.so")):
        rel = p.relative_to(base).as_posix()
        if not prune.removed_by(rel, PLIST):
            out.append(p)
    return out


def linked_qt_modules(roots: list[Path], qt_lib: Path) -> set[str]:
    """Qt module names that `roots` need, transitively (libQt6Network.so.6 → "Network")."""
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        for soname in _needed(todo.pop()):
            m = re.fullmatch(r"libQt6(\w+)\.so\.6", soname)
            if m and m.group(1) not in seen:
                seen.add(m.group(1))
                todo.append(qt_lib / soname)
    return seen


def test_the_scan_finds_the_apps_qt_imports() -> None:
    # If the scan broke (found nothing), the check below would pass on anything.
    assert {"Core", "Gui", "Widgets", "PdfWidgets"} <= imported_qt_modules()


def test_no_imported_module_is_pruned() -> None:
    pruned = set(PLIST.qt) & imported_qt_modules()
    assert not pruned, f"prune.txt removes Qt modules the app imports: {sorted(pruned)}"


@linux_only
@pytest.mark.skipif(shutil.which("objdump") is None, reason="objdump (binutils) not installed")
def test_no_module_a_kept_part_links_is_pruned() -> None:
    pyside = _pyside()
    imported = imported_qt_modules()
    roots = [pyside / f"Qt{m}.abi3.so" for m in imported] + kept_plugins(pyside)
    assert all(r.exists() for r in roots), [r for r in roots if not r.exists()]
    linked = linked_qt_modules(roots, pyside / "Qt" / "lib")
    # Facts the sweep must find, or it is not reading the libraries at all.
    assert {"Network", "DBus", "XcbQpa", "Svg"} <= linked
    pruned = set(PLIST.qt) & linked
    assert not pruned, f"prune.txt removes Qt modules that kept parts link: {sorted(pruned)}"


@linux_only
def test_every_pruned_module_exists() -> None:
    """A misspelt name would prune nothing, silently."""
    lib = _pyside() / "Qt" / "lib"
    missing = [m for m in PLIST.qt if not (lib / f"libQt6{m}.so.6").exists()]
    assert not missing, f"no such Qt module in PySide6: {missing}"


def test_an_unknown_kind_of_line_is_refused() -> None:
    assert prune.parse("qt Quick  # a comment\n\n").qt == ["Quick"]
    with pytest.raises(ValueError, match="line 2"):
        prune.parse("qt Quick\nremove PySide6/Qt/translations\n")


def test_pruning_a_bundle(tmp_path: Path) -> None:
    """Lines act on what they name; a keep wins over a path; libraries nobody needs go."""
    internal = tmp_path / "inspector-desk" / "_internal"
    files = ["PySide6/Qt/lib/libQt6Quick.so.6", "PySide6/Qt/lib/libQt6QuickWidgets.so.6",
             "PySide6/Qt/translations/qt_de.qm", "PySide6/Qt/translations/qt_zh_CN.qm",
             "libX11.so.6", "pillow.libs/libX11-1234abcd.so.6", "libpython3.11.so.1.0",
             "libunused.so.1", "resources/fonts/uming.ttc"]
    for rel in files:
        (internal / rel).parent.mkdir(parents=True, exist_ok=True)
        (internal / rel).write_bytes(b"not an ELF file")
    plist = prune.parse("qt Quick\npath PySide6/Qt/translations/*\n"
                        "keep PySide6/Qt/translations/qt_zh_CN.qm\nsystem libX11.so*\n")
    report = prune.prune(tmp_path / "inspector-desk", plist)
    left = {p.relative_to(internal).as_posix() for p in internal.rglob("*") if p.is_file()}
    assert "resources/fonts/uming.ttc" in left
    assert "PySide6/Qt/translations/qt_zh_CN.qm" in left
    assert "PySide6/Qt/translations/qt_de.qm" not in left
    assert "PySide6/Qt/lib/libQt6Quick.so.6" not in left
    assert "libX11.so.6" not in left
    assert report["qt"][0] == 1 and report["system"][0] == 1
    if sys.platform.startswith("linux"):
        # Nothing ELF is left to need them: the sweep takes every library but the
        # dlopened libpython, including QuickWidgets (not named: "qt Quick" is exact).
        assert "libpython3.11.so.1.0" in left
        assert "libunused.so.1" not in left and "pillow.libs/libX11-1234abcd.so.6" not in left
        assert "PySide6/Qt/lib/libQt6QuickWidgets.so.6" not in left
