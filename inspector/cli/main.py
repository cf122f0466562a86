"""Entry point of `inspector`. Each command group lives in its own module with a `register()`."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# Each module defines `register(subparsers)`; handlers are stored as `func` defaults.
COMMAND_MODULES = ("setup", "sites", "inspections", "orders", "sync", "conflicts", "reports",
                   "audit_cmd", "cases", "calendar_cmd", "db_cmd")


def build_parser() -> argparse.ArgumentParser:
    from inspector.cli import argparse_zh
    from inspector.version import version_line

    argparse_zh.install()
    parser = argparse.ArgumentParser(
        prog="inspector",
        description="工地欠薪监察 — 命令行（离线数据库、检查、指令书、同步包）",
    )
    parser.add_argument("--db", help="数据库文件或 URL（默认：用户数据目录；环境变量 INSPECTOR_DB）")
    parser.add_argument(
        "--data-dir", metavar="DIR",
        help="服务器数据库（postgresql://…）的本机文件夹：keys/ 与 blobs/（文件数据库为其所在目录）",
    )
    parser.add_argument("--version", action="version", version=version_line("inspector"),
                        help="显示程序版本并退出")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name in COMMAND_MODULES:
        importlib.import_module(f"inspector.cli.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    # `packaging/dev app` asks this before every launch: answer it before the
    # command modules (and SQLAlchemy with them) are imported.
    from inspector.cli.fast import demo_if_empty

    quick = demo_if_empty(words)
    if quick is not None:
        return quick
    from inspector.cli.common import fail
    from inspector.errors import InspectorError

    parser = build_parser()
    args = parser.parse_args(words)
    try:
        return int(args.func(args) or 0)
    except InspectorError as exc:
        return fail(exc.message, exc.code)
    except KeyboardInterrupt:
        return fail("已取消。", "E_CANCELLED")
    except Exception as exc:
        # Storage failures that escaped a core function untyped (a full disk under a
        # blob write, SQLite from a raw path) get their catalogued code and message.
        from inspector.storage.errors import as_inspector_error

        known = as_inspector_error(exc, getattr(args, "db", None) or "")
        if known is not None:
            return fail(known.message, known.code)
        if isinstance(exc, OSError):
            # An unreadable file: say which, never a traceback.
            return fail(f"{exc.strerror or exc}（{exc.filename or ''}）", "E_OS")
        raise


if __name__ == "__main__":
    sys.exit(main())
