"""The office workstation's pages: added to the navigation only when the database's role is
office (a field laptop never shows them). Created on first visit like the other screens."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ui.context import AppContext
    from ui.navigation import Navigator

OFFICE_PAGES = ("office_import", "office_conflicts", "office_devices", "office_blocks",
                "office_reports")


def label(name: str) -> str:
    return {
        "office_import": QCoreApplication.translate("OfficePages", "导入同步包"),
        "office_conflicts": QCoreApplication.translate("OfficePages", "冲突"),
        "office_devices": QCoreApplication.translate("OfficePages", "设备"),
        "office_blocks": QCoreApplication.translate("OfficePages", "编号段与派发"),
        "office_reports": QCoreApplication.translate("OfficePages", "统计与台账"),
    }[name]


def factory(ctx: AppContext, window: Navigator, name: str) -> Callable[[], QWidget]:
    def make() -> QWidget:
        if name == "office_import":
            from ui.screens.office_import import OfficeImportScreen

            return OfficeImportScreen(ctx, window)
        if name == "office_conflicts":
            from ui.screens.office_conflicts import OfficeConflictsScreen

            return OfficeConflictsScreen(ctx, window)
        if name == "office_devices":
            from ui.screens.office_devices import OfficeDevicesScreen

            return OfficeDevicesScreen(ctx, window)
        if name == "office_blocks":
            from ui.screens.office_blocks import OfficeBlocksScreen

            return OfficeBlocksScreen(ctx, window)
        from ui.screens.reports import ReportsScreen

        return ReportsScreen(ctx)

    return make
