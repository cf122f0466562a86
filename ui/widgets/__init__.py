"""Reusable widgets: error dialogs, icons, signature pad, PDF preview, thumbnails."""

from __future__ import annotations
