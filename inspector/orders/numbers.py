"""Number blocks (号段) and the numbers taken from them.

The office allocates each device a block of serials that never overlaps another
block (`allocate_block`); a laptop records a block it was handed on paper with
`add_block`. Issuing takes the lowest unused serial of this device's blocks
(`take_number`); a spoiled pre-printed form is recorded as voided
(`void_number`). A serial is used once, ever: `number_use` has unique indexes on
(block, serial) and on the number text, so even a race between two writers on
the same database cannot hand out one number twice.

Blocks with `year` None serve any year; a block never overlaps another block of
a compatible year (same year or either None), whichever device holds it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspector import clock
from inspector.audit import record
from inspector.config import AuthoritySettings, load_authority
from inspector.domain.orders import NumberBlock, NumberUse
from inspector.domain.registry import Device
from inspector.ids import utcnow, uuid7
from inspector.orders.errors import NumberError
from inspector.storage import Database
from inspector.storage.locks import serialise_writers

MAX_BLOCK = 100_000


@dataclass(frozen=True)
class BlockInfo:
    id: str
    device_id: str
    device_code: str
    year: int | None
    first: int
    last: int
    used: int
    voided: int
    note: str

    @property
    def size(self) -> int:
        return self.last - self.first + 1

    @property
    def remaining(self) -> int:
        return self.size - self.used - self.voided


def _years_compatible(a: int | None, b: int | None) -> bool:
    return a is None or b is None or a == b


def _check_no_overlap(s: Session, first: int, last: int, year: int | None) -> None:
    for blk in s.scalars(select(NumberBlock).where(NumberBlock.tombstone.is_(False))):
        if _years_compatible(blk.year, year) and first <= blk.last and blk.first <= last:
            raise NumberError(
                f"编号段 {first}–{last} 与已有编号段 {blk.first}–{blk.last} 重叠。",
                code="E_BLOCK_OVERLAP",
            )


def _validate_range(first: int, last: int) -> None:
    if first < 1 or last < first:
        raise NumberError(f"编号段 {first}–{last} 无效：起号须≥1且不大于止号。", code="E_BLOCK_RANGE")
    if last - first + 1 > MAX_BLOCK:
        raise NumberError(f"编号段过大（最多 {MAX_BLOCK} 个号）。", code="E_BLOCK_RANGE")


def add_block(
    db: Database, device_id: str, first: int, last: int, *,
    year: int | None = None, note: str = "", actor: str = "",
) -> str:
    """Record a block for `device_id` (e.g. one handed over on paper); returns its id."""
    _validate_range(first, last)
    with db.uow() as s:
        return _add_block(s, device_id, first, last, year=year, note=note, actor=actor)


def _add_block(
    s: Session, device_id: str, first: int, last: int, *, year: int | None, note: str, actor: str,
) -> str:
    # Two clerks on one server must not both find the range free: the overlap
    # check and the insert happen under the writer lock (a no-op on SQLite).
    serialise_writers(s)
    if s.get(Device, device_id) is None:
        raise NumberError(f"设备 {device_id} 不存在。", code="E_DEVICE_UNKNOWN")
    _check_no_overlap(s, first, last, year)
    blk = NumberBlock(id=uuid7(), device_id=device_id, year=year, first=first, last=last,
                      note=note)
    s.add(blk)
    s.flush()
    record(s, "number_block.add", "number_block", blk.id,
           {"device_id": device_id, "year": year, "first": first, "last": last}, actor=actor)
    return blk.id


def allocate_block(
    db: Database, device_code: str, count: int, *, year: int | None = None, actor: str = "",
) -> BlockInfo:
    """Office: give device `device_code` the next `count` serials after every known block."""
    if count < 1 or count > MAX_BLOCK:
        raise NumberError(f"号数必须在 1–{MAX_BLOCK} 之间。", code="E_BLOCK_RANGE")
    with db.uow() as s:
        # The lock comes before the read of the last serial, so two clerks
        # allocating at once get consecutive blocks, never the same one.
        serialise_writers(s)
        dev = s.scalar(select(Device).where(Device.code == device_code))
        if dev is None:
            raise NumberError(f"没有代码为 {device_code} 的设备。", code="E_DEVICE_UNKNOWN")
        lasts = [
            b.last for b in s.scalars(select(NumberBlock).where(NumberBlock.tombstone.is_(False)))
            if _years_compatible(b.year, year)
        ]
        first = max(lasts, default=0) + 1
        _validate_range(first, first + count - 1)
        block_id = _add_block(s, dev.id, first, first + count - 1, year=year,
                              note=f"由本局分配给设备 {device_code}", actor=actor)
    return next(b for b in list_blocks(db) if b.id == block_id)


def list_blocks(db: Database, device_id: str | None = None) -> list[BlockInfo]:
    with db.session() as s:
        q = (
            select(NumberBlock, Device.code)
            .join(Device, Device.id == NumberBlock.device_id)
            .where(NumberBlock.tombstone.is_(False))
            .order_by(NumberBlock.first)
        )
        if device_id is not None:
            q = q.where(NumberBlock.device_id == device_id)
        counts: dict[tuple[str, str], int] = {
            (bid, st): n
            for bid, st, n in s.execute(
                select(NumberUse.block_id, NumberUse.status, func.count()).group_by(
                    NumberUse.block_id, NumberUse.status
                )
            )
        }
        return [
            BlockInfo(
                id=b.id, device_id=b.device_id, device_code=code, year=b.year, first=b.first,
                last=b.last, used=counts.get((b.id, "issued"), 0),
                voided=counts.get((b.id, "voided"), 0), note=b.note,
            )
            for b, code in s.execute(q)
        ]


def _device_blocks(s: Session, device_id: str, year: int) -> list[NumberBlock]:
    return [
        b for b in s.scalars(
            select(NumberBlock)
            .where(NumberBlock.device_id == device_id, NumberBlock.tombstone.is_(False))
            .order_by(NumberBlock.first)
        )
        if _years_compatible(b.year, year)
    ]


def _used_serials(s: Session, block_ids: list[str]) -> set[tuple[str, int]]:
    if not block_ids:
        return set()
    rows = s.execute(
        select(NumberUse.block_id, NumberUse.serial).where(NumberUse.block_id.in_(block_ids))
    )
    return {(bid, serial) for bid, serial in rows}


def next_serial(s: Session, device_id: str, year: int) -> tuple[NumberBlock, int] | None:
    """The lowest unused serial of this device's blocks for `year`, or None when exhausted."""
    blocks = _device_blocks(s, device_id, year)
    used = _used_serials(s, [b.id for b in blocks])
    for blk in blocks:
        for serial in range(blk.first, blk.last + 1):
            if (blk.id, serial) not in used:
                return blk, serial
    return None


def remaining_numbers(db: Database, device_id: str, year: int) -> int:
    with db.session() as s:
        blocks = _device_blocks(s, device_id, year)
        used = _used_serials(s, [b.id for b in blocks])
        return sum(b.last - b.first + 1 for b in blocks) - len(used)


def take_number(
    s: Session, *, device_id: str, year: int, settings: AuthoritySettings, order_id: str,
    at: datetime,
) -> NumberUse:
    """Inside the issuing unit of work: mark the next serial used by `order_id`."""
    found = next_serial(s, device_id, year)
    if found is None:
        raise NumberError(
            "本机没有可用的指令书编号（编号段已用完或尚未领取），不能出具指令书。"
            "请向局里领取新的编号段，或用 inspector numbers add-block --from A --to B 登记。",
            code="E_NO_NUMBERS",
        )
    blk, serial = found
    use = NumberUse(
        id=uuid7(), block_id=blk.id, serial=serial, number=settings.format_number(year, serial),
        status="issued", order_id=order_id, used_at=at,
    )
    s.add(use)
    return use


def parse_number(settings: AuthoritySettings, text: str) -> tuple[int | None, int]:
    """(year, serial) of a number written with the configured pattern, or of a bare serial."""
    text = text.strip()
    if text.isdigit():
        return None, int(text)
    regex = re.escape(settings.number_pattern)
    for placeholder, repl in (
        ("{机关代字}", re.escape(settings.authority_code)),
        ("{文种代字}", re.escape(settings.order_kind_code)),
        ("{年}", r"(?P<year>\d{4})"),
        ("{序号}", r"(?P<serial>\d+)"),
    ):
        regex = regex.replace(re.escape(placeholder), repl)
    m = re.fullmatch(regex, text)
    if m is None:
        raise NumberError(f"无法识别文号“{text}”（文号模板：{settings.number_pattern}）。",
                          code="E_NUMBER_FORMAT")
    year = m.groupdict().get("year")
    return (int(year) if year else None), int(m.group("serial"))


def void_number(
    db: Database, number: str, reason: str, *, device_id: str, today: date | None = None,
    actor: str = "",
) -> str:
    """Record a spoiled pre-printed form: its serial is never used. Returns the number text."""
    if not reason.strip():
        raise NumberError("作废编号必须写明原因。", code="E_REASON_REQUIRED")
    with db.uow() as s:
        settings = load_authority(s)
        year, serial = parse_number(settings, number)
        year = year or (today or clock.today()).year
        blk = next((b for b in _device_blocks(s, device_id, year) if b.first <= serial <= b.last),
                   None)
        if blk is None:
            raise NumberError(f"序号 {serial} 不在本机的编号段内。", code="E_NUMBER_NOT_OURS")
        existing = s.scalar(
            select(NumberUse).where(NumberUse.block_id == blk.id, NumberUse.serial == serial)
        )
        if existing is not None:
            if existing.status == "voided":
                raise NumberError(f"{existing.number} 已作废。", code="E_NUMBER_VOIDED")
            raise NumberError(f"{existing.number} 已用于出具指令书；如需作废，请撤销该指令书。",
                              code="E_NUMBER_USED")
        text = settings.format_number(year, serial)
        use = NumberUse(id=uuid7(), block_id=blk.id, serial=serial, number=text,
                        status="voided", reason=reason.strip(), used_at=utcnow())
        s.add(use)
        s.flush()
        record(s, "number.void", "number_use", use.id, {"number": text, "reason": reason},
               actor=actor)
        return text
