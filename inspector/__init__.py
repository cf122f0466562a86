"""Site Inspector headless core (工地欠薪监察). Never imports Qt."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # Computed on first use (inspector.version reads pyproject.toml or the bundle's
    # VERSION file), so that importing the core stays free of that work.
    if name == "__version__":
        from inspector.version import app_version

        return app_version()
    raise AttributeError(f"module 'inspector' has no attribute {name!r}")
