"""Icons drawn for this app (resources/icons/*.svg); SVG stays sharp at any device pixel ratio."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from inspector.paths import resources_dir


@cache
def icon(name: str) -> QIcon:
    """The icon `name` (file stem), or an empty icon if it is missing (never raises)."""
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()
