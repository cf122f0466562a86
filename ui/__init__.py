"""工地欠薪监察 desktop app (PySide6): screens, models and operations over the `inspector` core."""

from __future__ import annotations

import time

STARTED = time.perf_counter()
"""When the app's code began: the zero of the `--smoke` start-up figure."""
