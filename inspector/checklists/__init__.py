"""Checklist templates and the legal-basis catalogue (data under resources/)."""

from __future__ import annotations
