"""Orders (限期改正指令书), number blocks, service and rechecks — models land with the orders work."""

from __future__ import annotations
