"""Remembered choices (QSettings): language, database path, window geometry, last selections."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORG = "site-inspector"
APP = "inspector-desk"

_redirected: list[str] = []


def redirect(ini_file: str) -> None:
    """Keep every remembered choice in `ini_file` from now on (`--self-test`: never the user's)."""
    _redirected[:] = [ini_file]


def settings() -> QSettings:
    if _redirected:
        return QSettings(_redirected[0], QSettings.Format.IniFormat)
    return QSettings(ORG, APP)


def get_str(key: str, default: str = "") -> str:
    value = settings().value(key, default)
    return str(value) if value is not None else default


def get_list(key: str) -> list[str]:
    value: Any = settings().value(key, [])
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value]


def put(key: str, value: Any) -> None:
    s = settings()
    s.setValue(key, value)
    s.sync()


def get_bytes(key: str) -> QByteArray | None:
    value = settings().value(key)
    return value if isinstance(value, QByteArray) else None
