"""The hash-chained audit log: record events, check the chain."""

from __future__ import annotations

from inspector.audit.log import BrokenLink, check_chain, record, record_many

__all__ = ["BrokenLink", "check_chain", "record", "record_many"]
