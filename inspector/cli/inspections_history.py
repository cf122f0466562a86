"""`inspector inspections template|import|campaign`: historical ledgers in, campaign tags."""

from __future__ import annotations

import argparse
from pathlib import Path

from inspector.cli.common import add_json_flag, open_db, print_import_report, print_json


def register(s: argparse._SubParsersAction) -> None:
    t = s.add_parser("template", help="生成历史检查台账导入模板（.xlsx 或 .csv）")
    t.add_argument("--out", type=Path, required=True, help="模板文件（.xlsx 或 .csv）")
    t.set_defaults(func=_template)
    i = s.add_parser("import", help="从 .xlsx/.csv 导入历史检查台账（逐行报告错误）")
    i.add_argument("file", type=Path)
    add_json_flag(i)
    i.set_defaults(func=_import)
    c = s.add_parser("campaign", help="设置检查所属的专项行动（空字符串为清除）")
    c.add_argument("id", help="检查 ID")
    c.add_argument("code", help="专项行动代码")
    add_json_flag(c)
    c.set_defaults(func=_campaign)


def _template(args: argparse.Namespace) -> int:
    from inspector.inspections.history_io import write_template

    write_template(args.out)
    print(f"已生成导入模板：{args.out}")
    return 0


def _import(args: argparse.Namespace) -> int:
    from inspector.inspections.history_save import import_history

    db = open_db(args)
    return print_import_report(import_history(db, args.file), as_json=args.json,
                               counted="次", unit="次")


def _campaign(args: argparse.Namespace) -> int:
    from inspector.inspections.campaign import set_inspection_campaign

    db = open_db(args)
    set_inspection_campaign(db, args.id, args.code)
    if args.json:
        print_json({"id": args.id, "campaign": args.code.strip()})
    else:
        print(f"已设置专项行动：{args.code.strip() or '（无）'}")
    return 0
