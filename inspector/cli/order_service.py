"""`inspector order serve`: record a service (送达), with a 代收人 or a written 拒收事由."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from inspector.cli.common import print_json
from inspector.domain.orders import SERVICE_METHOD_NAMES, SERVICE_METHODS


def add_serve(p: argparse.ArgumentParser, parse_time: Callable[[str], object]) -> None:
    p.add_argument("ref")
    p.add_argument("--method", required=True, choices=SERVICE_METHODS,
                   help="、".join(f"{k}={v}" for k, v in SERVICE_METHOD_NAMES.items()))
    p.add_argument("--recipient", default="", help="签收人姓名")
    p.add_argument("--position", default="", help="签收人职务")
    p.add_argument("--receiver-on-behalf", default="", help="代收人姓名（受送达人不在时由其代收）")
    p.add_argument("--relation", default="", help="代收人与受送达人的关系（代收理由）")
    p.add_argument("--place", default="")
    p.add_argument("--at", type=parse_time, help="送达时间（本地时间，默认现在）")
    # --refused is the earlier spelling, kept so existing scripts still work.
    p.add_argument("--refused-to-sign", "--refused", dest="refused_to_sign", action="store_true",
                   help="受送达人拒绝签收（留置送达）")
    p.add_argument("--refusal-reason", default="", help="拒收事由（监察员如实记录）")
    p.add_argument("--witness", default="")
    p.add_argument("--evidence", type=Path, action="append", default=[], help="照片/录像，可多次")
    p.add_argument("--note", default="")


def serve(args: argparse.Namespace) -> int:
    from inspector.cli.common import open_db
    from inspector.orders.followup import late_service_warning, serve_order
    from inspector.orders.lookup import resolve_order

    db = open_db(args)
    sid = serve_order(db, resolve_order(db, args.ref), method=args.method,
                      recipient_name=args.recipient, recipient_position=args.position,
                      place=args.place, served_at=args.at, refused_to_sign=args.refused_to_sign,
                      witness=args.witness, evidence=args.evidence, note=args.note,
                      receiver_on_behalf=args.receiver_on_behalf,
                      receiver_on_behalf_relation=args.relation,
                      refusal_reason=args.refusal_reason)
    warning = late_service_warning(db, sid)
    if args.json:
        print_json({"service_id": sid, "late": bool(warning), "warning": warning})
    else:
        print(f"已登记送达（{SERVICE_METHOD_NAMES[args.method]}）。")
        if warning:
            print(warning, file=sys.stderr)
    return 0
