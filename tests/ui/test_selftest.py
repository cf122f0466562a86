"""`inspector-desk --self-test` and `--version` from source, as the bundle runs them."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from inspector.storage.schema import SCHEMA_HEAD
from ui.selftest import _painted

ROOT = Path(__file__).resolve().parents[2]
OK_LINE = re.compile(
    rf"^self-test ok: migrations {SCHEMA_HEAD}, demo 60 sites, order PDF 2 pages, "
    r"bundle \d+ rows, 7 screens \(\d+\.\d s\)$")


def _desk(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"))
    env.pop("INSPECTOR_DB", None)
    return subprocess.run(
        [sys.executable, "-c", "import sys; from ui.app import main; sys.exit(main())", *args],
        capture_output=True, text=True, env=env, timeout=180, cwd=ROOT)


def test_self_test_prints_one_line_and_touches_no_user_data(tmp_path: Path) -> None:
    out = _desk("--self-test", home=tmp_path)
    assert out.returncode == 0, out.stderr
    assert OK_LINE.match(out.stdout.strip()), out.stdout
    # Neither a database nor remembered settings appeared in the user's folders
    # (the PDF font cache may: it is a cache, rebuilt when missing).
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert not [p for p in written if ".cache" not in p.relative_to(tmp_path).parts], written


def test_version_needs_no_qt(capsys: pytest.CaptureFixture[str]) -> None:
    from ui.app import main

    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip().endswith(f"(schema {SCHEMA_HEAD})")


def test_a_flat_grab_counts_as_not_painted(qapp: object) -> None:
    image = QImage(200, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    assert not _painted(image)
    assert not _painted(QImage())
    painter = QPainter(image)
    for n, colour in enumerate(("black", "red", "blue")):
        painter.fillRect(n * 60, 0, 40, 100, QColor(colour))
    painter.end()
    assert _painted(image)
