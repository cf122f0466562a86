"""The schema revision this program writes, readable without importing Alembic.

Start-up compares the database's `alembic_version` with `SCHEMA_HEAD` using plain
sqlite3, and imports Alembic only when an upgrade is due (Alembic costs ~0.3 s).
A test keeps this constant equal to the migrations' single head.
"""

from __future__ import annotations

SCHEMA_HEAD = "0011"
"""The newest migration revision id (migrations/versions)."""

KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0006", "0007", "0008", "0010", "0011")
"""Every revision this program knows, oldest first; anything else is from a newer program."""
