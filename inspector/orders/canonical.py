"""Canonical JSON and the content hash of an issued order.

Canonical form: UTF-8 JSON, keys sorted, no whitespace, non-ASCII written as
itself (not \\u-escaped), no floats. It equals Python's
`json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)`,
so anyone can recompute the hash without this program (docs/qr-payload.md).
The content hash is SHA-256 over those bytes, stored as 64 hex digits.
"""

from __future__ import annotations

import hashlib
from typing import Any

import orjson


def canonical_bytes(content: dict[str, Any]) -> bytes:
    return orjson.dumps(content, option=orjson.OPT_SORT_KEYS)


def content_hash(content: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_bytes(content)).hexdigest()


def hash_of_text(text: str) -> str:
    """The hash of stored canonical text (what verification recomputes)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
