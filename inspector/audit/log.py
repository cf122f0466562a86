"""Append events to this device's hash chain and check every chain.

`record` must be called inside the unit of work that makes the change, so the
event and the change commit (or roll back) together.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspector.domain.audit import AuditEvent
from inspector.ids import utcnow, uuid7
from inspector.storage.bulk import insert_rows
from inspector.storage.locks import serialise_writers

GENESIS = "0" * 64


def _digest(fields: dict[str, Any]) -> str:
    return hashlib.sha256(orjson.dumps(fields, option=orjson.OPT_SORT_KEYS)).hexdigest()


def _fields(
    *, device_id: str, seq: int, at: datetime, actor: str, action: str,
    entity: str, entity_id: str, detail: str, prev_hash: str,
) -> dict[str, Any]:
    return {
        "device_id": device_id, "seq": seq, "at": at.isoformat(timespec="microseconds"),
        "actor": actor, "action": action, "entity": entity, "entity_id": entity_id,
        "detail": detail, "prev_hash": prev_hash,
    }


def record(
    session: Session,
    action: str,
    entity: str,
    entity_id: str,
    detail: dict[str, Any] | None = None,
    *,
    actor: str = "",
) -> str:
    """Append one event to this device's chain; returns the event id."""
    return record_many(session, [(action, entity, entity_id, detail)], actor=actor)[0]


def record_many(
    session: Session,
    events: list[tuple[str, str, str, dict[str, Any] | None]],
    *,
    actor: str = "",
) -> list[str]:
    """Append (action, entity, entity_id, detail) events in order, with one insert."""
    device = session.info.get("device_id") or "unknown"
    # Clerks sharing a server share the office's chain: read its end and append
    # under the writer lock, or two of them would both write seq n + 1.
    serialise_writers(session)
    last = session.execute(
        select(AuditEvent.seq, AuditEvent.hash)
        .where(AuditEvent.device_id == device)
        .order_by(AuditEvent.seq.desc())
        .limit(1)
    ).first()
    seq = last.seq if last else 0
    prev = last.hash if last else GENESIS
    at = utcnow()
    rows, ids = [], []
    for action, entity, entity_id, detail in events:
        seq += 1
        detail_text = orjson.dumps(detail or {}, option=orjson.OPT_SORT_KEYS).decode()
        fields = _fields(
            device_id=device, seq=seq, at=at, actor=actor, action=action,
            entity=entity, entity_id=entity_id, detail=detail_text, prev_hash=prev,
        )
        prev = _digest(fields)
        event_id = uuid7()
        ids.append(event_id)
        rows.append({**fields, "id": event_id, "at": at, "hash": prev})
    insert_rows(session, AuditEvent, rows)
    return ids


@dataclass(frozen=True)
class BrokenLink:
    device_id: str
    seq: int
    reason: str

    def __str__(self) -> str:
        return f"审计日志在设备 {self.device_id} 第 {self.seq} 条处断链：{self.reason}"


def check_chain(session: Session) -> BrokenLink | None:
    """The first broken link of any device's chain, or None when all chains hold — including
    a device chain that no longer reaches a head its bundles signed (`audit.anchor`)."""
    devices = session.scalars(select(AuditEvent.device_id).distinct()).all()
    for device in sorted(devices):
        prev = GENESIS
        expected_seq = 1
        rows = session.execute(
            select(AuditEvent).where(AuditEvent.device_id == device).order_by(AuditEvent.seq)
        ).scalars()
        for ev in rows:
            if ev.seq != expected_seq:
                return BrokenLink(device, expected_seq, "缺少条目（序号不连续）")
            if ev.prev_hash != prev:
                return BrokenLink(device, ev.seq, "前一条的哈希不符")
            fields = _fields(
                device_id=ev.device_id, seq=ev.seq, at=ev.at, actor=ev.actor,
                action=ev.action, entity=ev.entity, entity_id=ev.entity_id,
                detail=ev.detail, prev_hash=ev.prev_hash,
            )
            if _digest(fields) != ev.hash:
                return BrokenLink(device, ev.seq, "内容被修改（哈希不符）")
            prev = ev.hash
            expected_seq += 1
    from inspector.audit.anchor import check_anchors

    if (cut := check_anchors(session)) is not None:
        return BrokenLink(*cut)
    return None


def count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(AuditEvent)) or 0)
