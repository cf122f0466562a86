"""Small building blocks shared by screens: section headers, figure tiles, a loading label."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QTableView, QVBoxLayout, QWidget


def heading(text: str, *, size: int = 4) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() + size)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


class FigureTile(QFrame):
    """A big number with a caption (home screen)."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("figureTile")
        layout = QVBoxLayout(self)
        self.value = heading("—", size=10)
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(caption)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set_value(self, text: str, *, alert: bool = False) -> None:
        self.value.setText(text)
        self.value.setStyleSheet("color: #c0392b;" if alert else "")


def table_view(parent: QWidget | None = None) -> QTableView:
    """A read-only, row-selecting table with fixed row height (cheap for long lists)."""
    view = QTableView(parent)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.verticalHeader().setSectionResizeMode(view.verticalHeader().ResizeMode.Fixed)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setHighlightSections(False)
    return view
