"""Read models the desktop UI needs and the core services do not offer (Qt-free, read-only).

Everything here reads; nothing writes. Results are plain dataclasses or
in-memory indexes, never ORM objects, so they can cross into `ui/` safely.
"""

from __future__ import annotations
