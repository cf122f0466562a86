"""What the office workstation lists: past imports (with their per-table reports) and the
enrolled devices with their last bundle, last acknowledgement and silence.

Read-only; every value is plain data. The import history comes from `imported_bundle`,
where the importer keeps each bundle's full report; refusals are not kept there (nothing
was written), so the history is of what was imported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import orjson
from sqlalchemy import func, select

from inspector import clock, keys
from inspector.documents.dates import local_date
from inspector.domain.registry import Device
from inspector.domain.sync import ExportedBundle, ImportedBundle, SyncConflict

if TYPE_CHECKING:
    from inspector.storage import Database


@dataclass(frozen=True)
class ImportRecord:
    id: str  # bundle id
    imported_at: datetime  # naive UTC, as stored
    device_code: str
    seq: int
    new: int
    updated: int
    unchanged: int
    conflicts: int
    blobs: int
    tables: dict[str, dict[str, int]] = field(default_factory=dict)


def import_history(db: Database, *, limit: int = 500) -> list[ImportRecord]:
    """Field bundles imported here, newest first, each with its per-table counts."""
    with db.session() as s:
        rows = s.scalars(
            select(ImportedBundle).where(ImportedBundle.kind == "field")
            .order_by(ImportedBundle.imported_at.desc(), ImportedBundle.seq.desc()).limit(limit)
        ).all()
        return [_record(r) for r in rows]


def _record(r: ImportedBundle) -> ImportRecord:
    try:
        report: dict[str, Any] = orjson.loads(r.report or "{}")
    except orjson.JSONDecodeError:  # an old or damaged report: still list the bundle
        report = {}
    tables = {t: {k: int(v) for k, v in c.items()} for t, c in (report.get("tables") or {}).items()
              if isinstance(c, dict)}

    def total(key: str) -> int:
        return sum(c.get(key, 0) for c in tables.values())

    return ImportRecord(
        r.bundle_id, r.imported_at, r.device_code, r.seq, total("new"), total("updated"),
        total("unchanged"), total("conflicts"), int(report.get("blobs_new") or 0), tables,
    )


@dataclass(frozen=True)
class DeviceOverview:
    id: str
    code: str
    name: str
    fingerprint: str  # in groups, as the laptop shows it
    trusted: bool
    revoked: bool
    last_seq: int  # 0: no bundle yet
    last_import: datetime | None  # naive UTC
    last_ack: datetime | None  # last assignment bundle written for it (carries the acks)
    pending_rows: int  # rows imported from it since its last acknowledgement
    open_conflicts: int
    silent_days: int | None  # days since its last bundle (None: never sent one)
    silent: bool  # flagged: no bundle for longer than the threshold


def device_overview(db: Database, *, silent_after: int, today: date | None = None
                    ) -> list[DeviceOverview]:
    """Every field device (revoked ones too, flagged), by code."""
    day = today or clock.today()
    with db.session() as s:
        devices = s.scalars(select(Device).where(Device.role == "field",
                                                 Device.tombstone.is_(False))
                            .order_by(Device.code)).all()
        imports = s.scalars(select(ImportedBundle).where(ImportedBundle.kind == "field")).all()
        acks = dict(s.execute(
            select(ExportedBundle.target_device_id, func.max(ExportedBundle.created_at))
            .where(ExportedBundle.kind == "assignment").group_by(ExportedBundle.target_device_id)
        ).all())
        conflicts = dict(s.execute(
            select(SyncConflict.source_device_id, func.count()).where(SyncConflict.status == "open")
            .group_by(SyncConflict.source_device_id)
        ).all())
    out = []
    for d in devices:
        mine = [b for b in imports if b.device_id == d.id]
        last = max(mine, key=lambda b: (b.imported_at, b.seq), default=None)
        ack = acks.get(d.id)
        pending = sum(_rows(b) for b in mine if ack is None or b.imported_at > ack)
        silent_for = (day - local_date(last.imported_at)).days if last is not None else None
        out.append(DeviceOverview(
            d.id, d.code, d.name, keys.fingerprint_display(d.key_id or ""), d.trusted, d.revoked,
            last.seq if last else 0, last.imported_at if last else None, ack, pending,
            int(conflicts.get(d.id, 0)), silent_for,
            not d.revoked and (silent_for is None or silent_for > silent_after),
        ))
    return out


def _rows(b: ImportedBundle) -> int:
    rec = _record(b)
    return rec.new + rec.updated


@dataclass(frozen=True)
class DeviceNumbers:
    id: str  # device id
    code: str
    blocks: int
    remaining: int  # serials left in blocks that serve `year`
    low: bool  # below the low-water mark: allocate before the laptop runs out
    ranges: str  # "1–100，201–300"


def number_overview(db: Database, *, low_water: int, year: int | None = None
                    ) -> list[DeviceNumbers]:
    """Each field device's number blocks and what is left of them (counted from the number
    uses its bundles brought in, so a laptop's use shows once it has synced)."""
    from inspector.orders.numbers import list_blocks

    y = year or clock.today().year
    blocks = [b for b in list_blocks(db) if b.year is None or b.year == y]
    with db.session() as s:
        devices = s.execute(select(Device.id, Device.code).where(
            Device.role == "field", Device.tombstone.is_(False), Device.revoked.is_(False))
            .order_by(Device.code)).all()
    out = []
    for dev_id, code in devices:
        mine = [b for b in blocks if b.device_id == dev_id]
        left = sum(b.remaining for b in mine)
        out.append(DeviceNumbers(dev_id, code, len(mine), left, left < low_water,
                                 "，".join(f"{b.first}–{b.last}" for b in mine)))
    return out


@dataclass(frozen=True)
class Choice:
    id: str
    label: str


@dataclass(frozen=True)
class AssignmentChoices:
    """What an assignment can be narrowed to: townships, sites and inspectors in the roster."""

    townships: list[str]
    sites: list[Choice]
    inspectors: list[Choice]


def assignment_choices(db: Database) -> AssignmentChoices:
    from inspector.domain.registry import Inspector, Site

    with db.session() as s:
        sites = s.execute(select(Site.id, Site.name, Site.township)
                          .where(Site.tombstone.is_(False)).order_by(Site.township, Site.name)).all()
        people = s.execute(select(Inspector.id, Inspector.name)
                           .where(Inspector.tombstone.is_(False)).order_by(Inspector.name)).all()
    townships = sorted({t for _i, _n, t in sites if t})
    return AssignmentChoices(
        townships, [Choice(i, f"{n}（{t}）" if t else n) for i, n, t in sites],
        [Choice(i, n) for i, n in people],
    )
