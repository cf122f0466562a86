"""Entry point of `inspector`. Each command group lives in its own module with a `register()`."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from inspector.cli.common import fail
from inspector.errors import InspectorError
from inspector.version import version_line

# Each module defines `register(subparsers)`; handlers are stored as `func` defaults.
COMMAND_MODULES = ("setup", "sites", "inspections", "orders", "sync", "audit_cmd")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="inspector",
        description="工地欠薪监察 — 命令行（离线数据库、检查、指令书、同步包）",
    )
    parser.add_argument("--db", help="数据库文件或 URL（默认：用户数据目录；环境变量 INSPECTOR_DB）")
    parser.add_argument("--version", action="version", version=version_line("inspector"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name in COMMAND_MODULES:
        importlib.import_module(f"inspector.cli.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except InspectorError as exc:
        return fail(exc.message, exc.code)
    except KeyboardInterrupt:
        return fail("已取消。", "E_CANCELLED")
    except OSError as exc:
        # A full disk or an unreadable file: say which, never a traceback.
        return fail(f"{exc.strerror or exc}（{exc.filename or ''}）", "E_OS")


if __name__ == "__main__":
    sys.exit(main())
