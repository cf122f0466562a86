"""Anchoring a device's audit chain in what the office keeps.

A hash chain alone shows an edited or removed entry in the middle, but not a cut
tail (drop the last entries) or a chain recomputed from an edited entry onward.
So each field bundle's signed manifest carries the device's chain head
(`audit_seq`, `audit_head`: the hash of its own entry at that sequence); the
signature binds the head to the device key. On import the office checks that its
copy of the device's chain reaches that head and links up to it, and records the
head in its own chain (the `bundle.import` event). `check_anchors` later finds a
device's chain at the office that no longer reaches a head it recorded.

What it proves: the device's entries up to the last head the office holds are
complete and unchanged, as the device signed them. What it cannot: entries
after that head (not yet sent), a device that signs a rewritten chain before its
first export, or the office's own chain rewritten wholesale together with the
heads recorded in it (nobody outside the office anchors the office's head yet).
"""

from __future__ import annotations

from typing import Any

import orjson
from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from inspector.domain.audit import AuditEvent

IMPORT_ACTION = "bundle.import"


def head_hash(conn: Connection | Session, device_id: str, seq: int) -> str:
    """The hash of `device_id`'s own entry `seq` ("" when it has none: 0 or a cut chain)."""
    if seq <= 0:
        return ""
    found = conn.execute(
        select(AuditEvent.hash).where(AuditEvent.device_id == device_id, AuditEvent.seq == seq)
    ).scalar()
    return str(found or "")


def chain_problem(conn: Connection | Session, device_id: str, seq: int, head: str) -> str | None:
    """Why this database's copy of `device_id`'s chain does not reach `head` at `seq`, or None."""
    if seq <= 0:
        return None
    rows = conn.execute(
        select(AuditEvent.seq, AuditEvent.prev_hash, AuditEvent.hash)
        .where(AuditEvent.device_id == device_id, AuditEvent.seq <= seq)
        .order_by(AuditEvent.seq)
    ).all()
    prev, expected = "0" * 64, 1
    for r in rows:
        if r.seq != expected or r.prev_hash != prev:
            return f"第 {expected} 条处断链"
        prev, expected = r.hash, expected + 1
    if expected - 1 != seq:
        return f"只到第 {expected - 1} 条，签名的链头在第 {seq} 条（链尾被截短）"
    if prev != head:
        return f"第 {seq} 条的哈希与签名的链头不符（链被重算）"
    return None


def check_anchors(session: Session) -> tuple[str, int, str] | None:
    """(device, seq, why) of the first recorded head a device's chain no longer reaches."""
    details = session.scalars(
        select(AuditEvent.detail).where(AuditEvent.action == IMPORT_ACTION)
    ).all()
    heads: dict[str, tuple[int, str]] = {}
    for text in details:
        doc: Any = orjson.loads(text)
        anchor = doc.get("audit_head") if isinstance(doc, dict) else None
        if isinstance(anchor, dict) and isinstance(anchor.get("seq"), int):
            dev = str(anchor.get("device_id", ""))
            if anchor["seq"] >= heads.get(dev, (0, ""))[0]:
                heads[dev] = (anchor["seq"], str(anchor.get("hash", "")))
    for dev, (seq, head) in sorted(heads.items()):
        if (why := chain_problem(session, dev, seq, head)) is not None:
            return dev, seq, why
    return None
