"""A choice of 专项行动 (campaign): an empty first entry, then "name（code）" per campaign.

Shared by the inspection form (the first entry means "none") and the reports screen
(there it means "all"). A code the list does not know — a tag arrived with a bundle
before its campaign — is still shown as it is, so choosing never silently drops it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget


class CampaignChoice(QComboBox):
    def __init__(self, empty_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._empty = empty_label
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.set_campaigns([])

    def set_campaigns(self, rows: list[tuple[str, str]], current: str | None = None) -> None:
        """Fill with (code, name) rows and select `current` (default: keep the choice)."""
        keep = self.code() if current is None else current
        self.blockSignals(True)
        try:
            self.clear()
            self.addItem(self._empty, "")
            for code, name in rows:
                self.addItem(f"{name}（{code}）", code)
            if keep and self.findData(keep) < 0:
                self.addItem(keep, keep)
            self.setCurrentIndex(max(self.findData(keep), 0))
        finally:
            self.blockSignals(False)

    def code(self) -> str:
        return str(self.currentData() or "")
