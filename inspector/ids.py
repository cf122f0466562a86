"""Identifiers and time: time-ordered UUIDs (v7) and UTC timestamps.

UUIDv7 keeps ids sortable by creation time, so indexes stay append-mostly and
rows from many offline devices never collide.
"""

from __future__ import annotations

import os
import time
from datetime import datetime

from inspector import clock

_last_ms = 0
_counter = 0


def uuid7() -> str:
    """A RFC 9562 version-7 UUID as its canonical string, monotonic within this process."""
    global _last_ms, _counter
    ms = time.time_ns() // 1_000_000
    if ms <= _last_ms:
        # Same (or earlier, if the clock stepped back) millisecond: keep order by counting.
        ms = _last_ms
        _counter += 1
        if _counter > 0xFFF:
            ms += 1
            _counter = 0
    else:
        _counter = 0
    _last_ms = ms
    rand = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= (_counter & 0xFFF) << 64
    value |= 0b10 << 62
    value |= rand
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def new_version() -> str:
    """A fresh row-version id (random; only equality and ancestry matter)."""
    return os.urandom(12).hex()


def utcnow() -> datetime:
    """Now in UTC, as a naive datetime (SQLite has no time zones; all stored times are UTC).

    Read from the core's clock (`inspector.clock`), so a moved clock moves timestamps too.
    """
    return clock.utcnow()
