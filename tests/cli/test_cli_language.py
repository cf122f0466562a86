"""The CLI speaks Chinese (argparse's own strings too) and `demo --if-empty` is near-free."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, run_cli


def test_help_and_usage_errors_have_no_argparse_english() -> None:
    out = run_cli("--help", check=True).stdout
    assert out.startswith("用法：inspector")
    for english in ("usage:", "show this help message and exit", "positional arguments",
                    "options:", "show program's version number"):
        assert english not in out
    err = run_cli("sites").stderr
    assert "缺少必需的参数" in err and "the following arguments" not in err
    bad = run_cli("sites", "list", "--status", "nope").stderr
    assert "无效的选项" in bad and "invalid choice" not in bad


def test_demo_if_empty_skips_without_importing_sqlalchemy(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    run_cli("demo", "--sites", "2", db=db, check=True)
    probe = (
        "import sys; from inspector.cli.main import main;"
        f"rc = main(['--db', {str(db)!r}, 'demo', '--if-empty']);"
        "print(rc, 'sqlalchemy' in sys.modules)"
    )
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          cwd=ROOT, timeout=60, check=True)
    assert proc.stdout.splitlines() == ["数据库已有数据，未生成演示数据。", "0 False"]


def test_demo_if_empty_still_fills_an_empty_database(tmp_path: Path) -> None:
    db = tmp_path / "e.db"
    run_cli("init", db=db, check=True)  # initialized, but without a site: the full path runs
    out = run_cli("demo", "--if-empty", "--sites", "2", db=db, check=True).stdout
    assert out.startswith("已生成演示数据")
