"""Build the translations: resources/i18n/*.ts → .qm with Qt's lrelease (`python -m ui.i18n_build`).

Packaging and `packaging/dev` call this on every run, so it is a quick no-op
when every .qm is newer than its .ts. `--update` first runs lupdate over ui/ to
add new source strings to the .ts files (translations already made are kept).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
TS_FILES = ("ui_zh_CN.ts", "ui_en.ts")


def find_tool(name: str) -> Path:
    """`lrelease`/`lupdate` from PySide6 (its package dir, or the venv's wrapper scripts)."""
    candidates: list[Path] = []
    try:
        import PySide6

        pkg = Path(PySide6.__file__).parent
        candidates += [pkg / name, pkg / f"{name}.exe", pkg / "Qt" / "libexec" / name]
    except ImportError:
        pass
    bindir = Path(sys.executable).parent
    candidates += [bindir / f"pyside6-{name}", bindir / f"pyside6-{name}.exe"]
    for c in candidates:
        if c.is_file():
            return c
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found:
        return Path(found)
    raise FileNotFoundError(f"找不到 {name}（PySide6 是否已安装？）")


def stale(ts: Path) -> bool:
    qm = ts.with_suffix(".qm")
    return not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime


def build(folder: Path = I18N, *, force: bool = False) -> list[Path]:
    """Compile every out-of-date .ts in `folder`; returns the .qm files written."""
    todo = [ts for ts in sorted(folder.glob("*.ts")) if force or stale(ts)]
    if not todo:
        return []
    lrelease = find_tool("lrelease")
    written = []
    for ts in todo:
        qm = ts.with_suffix(".qm")
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def update(folder: Path = I18N) -> None:
    """Refresh the .ts sources from the strings in ui/ (tr, translate, QT_TRANSLATE_NOOP)."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    lupdate = find_tool("lupdate")
    targets = [str(folder / name) for name in TS_FILES]
    subprocess.run([str(lupdate), "-silent", "-locations", "none", "-no-obsolete", *sources,
                    "-ts", *targets], check=True)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m ui.i18n_build", description=__doc__)
    p.add_argument("--update", action="store_true", help="先用 lupdate 更新 .ts 源文件")
    p.add_argument("--force", action="store_true", help="全部重新编译")
    args = p.parse_args(argv)
    if args.update:
        update()
    for qm in build(force=args.force):
        print(f"built {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
