"""Site Inspector headless core (工地欠薪监察). Never imports Qt."""

from __future__ import annotations

__version__ = "0.1.0"
