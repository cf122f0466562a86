"""Storage: the engine, opening (and migrating) a database, the unit of work, blobs."""

from __future__ import annotations

from inspector.storage.database import Database, open_database

__all__ = ["Database", "open_database"]
