"""The app's screens: home, sites and employers, inspection, order, sync, settings."""

from __future__ import annotations
