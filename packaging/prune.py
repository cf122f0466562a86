"""Prune a PyInstaller onedir bundle by packaging/prune.txt, then drop orphaned libraries.

    python packaging/prune.py BUNDLE_DIR [--list packaging/prune.txt]

Run by packaging/build-linux after PyInstaller. The list removes Qt modules the app
never imports, plugins and translations it does not use, and the desktop libraries
the target system provides. Then, on Linux, every bundled shared library that no
remaining program, extension module or Qt plugin needs (ELF DT_NEEDED, transitively)
is removed too: that is how the GTK theme plugin's 60 libraries go with it, without
listing them. Prints one line per kind of removal and the bundle's size.

Standard library only: it runs under the build environment's Python.
"""

from __future__ import annotations

import argparse
import fnmatch
import shutil
import subprocess
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_LIST = HERE / "prune.txt"

# Loaded with dlopen, not through DT_NEEDED, so the sweep would think them unused:
# the bootloader opens libpython; glibc opens libgcc_s to unwind threads.
DLOPENED = ("libpython3*.so*", "libgcc_s.so*")


@dataclass
class PruneList:
    qt: list[str] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)
    keeps: list[str] = field(default_factory=list)
    system: list[str] = field(default_factory=list)


def parse(text: str) -> PruneList:
    """The lines of a prune list; an unknown kind of line is an error, not ignored."""
    out = PruneList()
    kinds = {"qt": out.qt, "path": out.paths, "keep": out.keeps, "system": out.system}
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        kind, _, value = line.partition(" ")
        if kind not in kinds or not value.strip():
            raise ValueError(f"prune list line {n}: {raw!r}")
        kinds[kind].append(value.strip())
    return out


def load(path: Path = DEFAULT_LIST) -> PruneList:
    return parse(path.read_text(encoding="utf-8"))


def qt_patterns(module: str) -> list[str]:
    """Where Qt module `module` (e.g. "Quick") lives in a bundle, Linux and Windows."""
    return [
        f"PySide6/Qt/lib/libQt6{module}.so.*", f"libQt6{module}.so.*",  # Linux (+ symlink)
        f"PySide6/Qt6{module}.dll", f"Qt6{module}.dll",  # Windows
        f"PySide6/Qt{module}.abi3.so", f"PySide6/Qt{module}.pyd", f"PySide6/Qt{module}.pyi",
    ]


def _entries(root: Path) -> list[str]:
    """Every file, symlink and folder under root, as posix paths relative to root."""
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*"))


def _matches(rel: str, patterns: Iterable[str]) -> bool:
    # fnmatch's * crosses "/", so "plugins/imageformats/*" also covers what is inside.
    return any(fnmatch.fnmatchcase(rel, pat) for pat in patterns)


def removed_by(rel: str, plist: PruneList) -> bool:
    """Whether the path lines remove `rel`, itself or with a folder it lies in."""
    parts = rel.split("/")
    prefixes = ["/".join(parts[:n]) for n in range(1, len(parts) + 1)]
    return any(_matches(p, plist.paths) and not _matches(p, plist.keeps) for p in prefixes)


def _remove(path: Path) -> int:
    """Delete a file, symlink or folder; the bytes freed (symlinks count as none)."""
    if path.is_symlink():
        path.unlink()
        return 0
    if path.is_dir():
        size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())
        shutil.rmtree(path)
        return size
    if path.exists():
        size = path.stat().st_size
        path.unlink()
        return size
    return 0


def listed(root: Path, plist: PruneList) -> dict[str, list[str]]:
    """What the list selects in `root`, by kind (nothing is removed)."""
    entries = _entries(root)
    qt = [pat for m in plist.qt for pat in qt_patterns(m)]
    return {
        "qt": [e for e in entries if _matches(e, qt)],
        "path": [e for e in entries if _matches(e, plist.paths) and not _matches(e, plist.keeps)],
        # PyInstaller puts the host's libraries at the top; a wheel's own copies (such as
        # pillow.libs/libxcb-9065bb12.so) are built for it and stay.
        "system": [e for e in entries if "/" not in e and _matches(e, plist.system)],
    }


def _is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(4) == b"\x7fELF"
    except OSError:
        return False


def needed(path: Path) -> list[str]:
    """The DT_NEEDED sonames of an ELF file (objdump comes with binutils, as PyInstaller needs)."""
    out = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True, check=True)
    return [line.split()[1] for line in out.stdout.splitlines()
            if line.strip().startswith("NEEDED")]


def _is_library(rel: str) -> bool:
    """A shared library as opposed to a root (extension module, Qt plugin, program)."""
    name = Path(rel).name
    if "/plugins/" in f"/{rel}" or name.endswith((".abi3.so", ".pyd")) or ".cpython-" in name:
        return False
    return ".so" in name


def orphans(root: Path, program: Path | None = None) -> list[str]:
    """Bundled libraries nothing in the bundle needs any more (Linux ELF bundles only)."""
    files = [e for e in _entries(root) if (root / e).is_file() or (root / e).is_symlink()]
    by_name: dict[str, list[str]] = {}
    for e in files:
        by_name.setdefault(Path(e).name, []).append(e)
    libs = {e for e in files if _is_library(e)}
    roots = [root / e for e in files if e not in libs and not (root / e).is_symlink()
             and _is_elf(root / e)]
    if program is not None:
        roots.append(program)
    seen: set[str] = {e for e in libs if _matches(Path(e).name, DLOPENED)}
    todo = list(roots) + [root / e for e in seen]
    while todo:
        current = todo.pop()
        if not _is_elf(current):
            continue
        for soname in needed(current):
            for rel in by_name.get(soname, []):
                if rel not in seen:
                    seen.add(rel)
                    # A symlink's target is what the loader reads: follow it too.
                    target = (root / rel).resolve()
                    todo.append(target)
                    if target.is_relative_to(root.resolve()):
                        seen.add(target.relative_to(root.resolve()).as_posix())
    return sorted(libs - seen)


def prune(bundle: Path, plist: PruneList) -> dict[str, tuple[int, int]]:
    """Apply the list to a onedir bundle, then the orphan sweep; (count, bytes) by kind."""
    internal = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    report: dict[str, tuple[int, int]] = {}
    for kind, rels in listed(internal, plist).items():
        freed = 0
        # Deepest first, so a folder's files are counted before the folder goes.
        for rel in sorted(set(rels), key=lambda r: -r.count("/")):
            freed += _remove(internal / rel)
        report[kind] = (len(rels), freed)
    if sys.platform.startswith("linux"):
        program = next((p for p in bundle.iterdir() if p.is_file() and _is_elf(p)), None)
        total, freed = 0, 0
        while gone := orphans(internal, program):  # removing one can orphan another
            total += len(gone)
            freed += sum(_remove(internal / rel) for rel in gone)
        report["orphan"] = (total, freed)
    return report


def size_of(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="packaging/prune.py", description=__doc__.split("\n")[0])
    p.add_argument("bundle", type=Path, help="the onedir bundle (dist/inspector-desk)")
    p.add_argument("--list", type=Path, default=DEFAULT_LIST)
    args = p.parse_args(argv)
    before = size_of(args.bundle)
    for kind, (count, freed) in prune(args.bundle, load(args.list)).items():
        print(f"pruned {kind}: {count} files, {freed / 1e6:.1f} MB")
    print(f"bundle: {before / 1e6:.1f} MB -> {size_of(args.bundle) / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
