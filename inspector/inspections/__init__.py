"""Inspections: start, answer, attach evidence, finalize into findings."""

from __future__ import annotations
