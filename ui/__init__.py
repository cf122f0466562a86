"""工地欠薪监察 desktop app (PySide6): screens, models and operations over the `inspector` core."""

from __future__ import annotations
