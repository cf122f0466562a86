"""`inspector init` and `inspector demo`."""

from __future__ import annotations

import argparse

from inspector.cli.common import add_json_flag, open_db, print_json, shown_target
from inspector.devices import init_device
from inspector.domain.registry import ROLE_LABELS
from inspector.keys import fingerprint_display


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="初始化本机数据库与设备密钥")
    p.add_argument("--role", choices=("field", "office"), default="field")
    p.add_argument("--code", help="设备短代码（默认由密钥生成）")
    add_json_flag(p)
    p.set_defaults(func=_init)

    d = sub.add_parser("demo", help="生成演示数据（确定性，可重复）")
    d.add_argument("--sites", type=int, default=60)
    d.add_argument("--seed", type=int, default=2026)
    d.add_argument("--if-empty", action="store_true", help="仅当数据库中没有工程项目时生成")
    add_json_flag(d)
    d.set_defaults(func=_demo)


def _init(args: argparse.Namespace) -> int:
    db = open_db(args)
    info = init_device(db, role=args.role, code=args.code)
    if args.json:
        print_json({"database": shown_target(args), **info.__dict__})
    else:
        print(f"数据库：{shown_target(args)}")
        print(f"设备：{info.code}（{ROLE_LABELS.get(info.role, info.role)}）  密钥指纹：{fingerprint_display(info.key_id)}")
    return 0


def _demo(args: argparse.Namespace) -> int:
    from inspector.demo import load_demo

    db = open_db(args)
    report = load_demo(db, sites=args.sites, seed=args.seed, if_empty=args.if_empty)
    if args.json:
        print_json(report)
    elif report.get("skipped"):
        print("数据库已有数据，未生成演示数据。")
    else:
        print("已生成演示数据：" + "，".join(f"{k} {v}" for k, v in report["counts"].items()))
    return 0
