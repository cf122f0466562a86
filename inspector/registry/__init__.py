"""The registry: employers (用人单位), sites (工程项目), inspectors, and their import."""

from __future__ import annotations
