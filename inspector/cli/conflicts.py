"""`inspector conflicts …`: the sync conflicts an import found, listed, shown and resolved."""

from __future__ import annotations

import argparse
from typing import Any

import inspector.sync.history  # noqa: F401  (every CLI write records its version edges)
from inspector.cli.common import add_json_flag, open_db, print_json, print_table


def register(sub: argparse._SubParsersAction) -> None:
    """Sync conflicts: list, show, resolve."""
    c = sub.add_parser("conflicts", help="同步冲突：列出、查看、处理").add_subparsers(
        dest="conflicts_cmd", metavar="ACTION", required=True
    )
    p = c.add_parser("list", help="列出未处理的冲突")
    p.add_argument("--all", action="store_true", help="包括已处理的")
    add_json_flag(p)
    p.set_defaults(func=_conflicts_list)
    p = c.add_parser("show", help="查看一个冲突的两个版本")
    p.add_argument("id", metavar="ID")
    add_json_flag(p)
    p.set_defaults(func=_conflicts_show)
    p = c.add_parser("resolve", help="处理冲突")
    p.add_argument("id", metavar="ID")
    p.add_argument("--keep", required=True, choices=("local", "incoming", "merged", "merge", "both"),
                   help="merge/both 用于同一编号冲突：合并为已有记录，或更正编号后都保留")
    p.add_argument("--set", action="append", default=[], metavar="COLUMN=VALUE",
                   help="--keep merged 时的字段值，或 --keep both 时新记录更正后的编号（JSON 值或文本），可重复")
    p.add_argument("--by", default="", help="处理人")
    p.add_argument("--reason", default="", help="处理理由（记入审计日志）")
    add_json_flag(p)
    p.set_defaults(func=_conflicts_resolve)
    p = c.add_parser("resolve-identical", help="批量处理双方内容相同的冲突（保留本机版本）")
    p.add_argument("--by", default="", help="处理人")
    p.add_argument("--reason", default="", help="处理理由（记入审计日志）")
    add_json_flag(p)
    p.set_defaults(func=_conflicts_identical)


def _conflicts_list(args: argparse.Namespace) -> int:
    from inspector.sync import list_conflicts

    rows = list_conflicts(open_db(args), status=None if args.all else "open")
    if args.json:
        print_json([{k: v for k, v in r.__dict__.items() if k not in ("local", "incoming")}
                    for r in rows])
    else:
        print_table(
            ["冲突", "表", "记录", "状态", "暂定胜出", "不同字段"],
            [[r.id, r.table, r.row_id[:13], r.status, r.winner, ",".join(r.differing)]
             for r in rows],
        )
    return 0


def _conflicts_show(args: argparse.Namespace) -> int:
    from inspector.sync import get_conflict

    info = get_conflict(open_db(args), args.id)
    if args.json:
        print_json(info)
    else:
        print(f"冲突 {info.id}：{info.table} {info.row_id}（{info.status}，暂定胜出：{info.winner}）")
        print_table(["字段", "本机 local", "传入 incoming"],
                    [[k, info.local.get(k), info.incoming.get(k)] for k in info.differing])
    return 0


def _parse_set(items: list[str]) -> dict[str, Any]:
    from inspector.errors import ValidationError

    out: dict[str, Any] = {}
    for item in items:
        col, sep, raw = item.partition("=")
        if not sep or not col:
            raise ValidationError(f"--set 需要 COLUMN=VALUE 形式，而不是 {item}。")
        out[col] = raw  # typed by the core from the column's kind
    return out


def _conflicts_resolve(args: argparse.Namespace) -> int:
    from inspector.sync import resolve_conflict

    info = resolve_conflict(open_db(args), args.id, args.keep, values=_parse_set(args.set),
                            actor=args.by, reason=args.reason)
    if args.json:
        print_json(info)
    else:
        print(f"冲突 {info.id} 已处理（保留 {info.resolution}）。")
    return 0


def _conflicts_identical(args: argparse.Namespace) -> int:
    from inspector.sync import resolve_identical

    done = resolve_identical(open_db(args), actor=args.by, reason=args.reason)
    if args.json:
        print_json([{k: v for k, v in r.__dict__.items() if k not in ("local", "incoming")}
                    for r in done])
    else:
        print(f"已批量处理 {len(done)} 个内容相同的冲突。")
    return 0
