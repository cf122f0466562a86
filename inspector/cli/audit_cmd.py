"""`inspector audit verify|list`: check the hash chains, list events."""

from __future__ import annotations

import argparse

import orjson
from sqlalchemy import select

from inspector.audit.log import check_chain
from inspector.cli.common import add_json_flag, open_db, print_json, print_table
from inspector.documents.dates import format_cn_datetime, local_from_utc
from inspector.domain.audit import AuditEvent


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("audit", help="审计日志")
    s = p.add_subparsers(dest="audit_command", metavar="ACTION")
    s.required = True
    v = s.add_parser("verify", help="校验审计日志哈希链")
    add_json_flag(v)
    v.set_defaults(func=_verify)
    ls = s.add_parser("list", help="列出审计事件")
    ls.add_argument("--entity-id")
    ls.add_argument("--limit", type=int, default=50)
    add_json_flag(ls)
    ls.set_defaults(func=_list)


def _verify(args: argparse.Namespace) -> int:
    db = open_db(args)
    with db.session() as s:
        broken = check_chain(s)
    if args.json:
        print_json({"ok": broken is None, "broken": None if broken is None else {
            "device_id": broken.device_id, "seq": broken.seq, "reason": broken.reason}})
    else:
        print("审计日志完整。" if broken is None else str(broken))
    return 0 if broken is None else 1


def _list(args: argparse.Namespace) -> int:
    db = open_db(args)
    with db.session() as s:
        q = select(AuditEvent).order_by(AuditEvent.at.desc(), AuditEvent.seq.desc())
        if args.entity_id:
            q = q.where(AuditEvent.entity_id == args.entity_id)
        events = s.scalars(q.limit(args.limit)).all()
    rows = [
        {"at": e.at, "device_id": e.device_id, "seq": e.seq, "actor": e.actor, "action": e.action,
         "entity": e.entity, "entity_id": e.entity_id, "detail": orjson.loads(e.detail)}
        for e in events
    ]
    if args.json:
        print_json(rows)
    else:
        print_table(["时间", "动作", "对象", "对象ID"],
                    [[format_cn_datetime(local_from_utc(r["at"])), r["action"], r["entity"],
                      r["entity_id"]] for r in rows])
    return 0
