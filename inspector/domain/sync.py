"""Sync bookkeeping (imported bundles, acknowledgements, conflicts) — models land with the sync work."""

from __future__ import annotations
