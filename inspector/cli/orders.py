"""`inspector` commands for the orders work (filled in by that issue)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    return None
