"""The `inspector` command line: a thin shell over core functions."""

from __future__ import annotations
