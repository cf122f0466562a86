"""A grouped horizontal bar chart drawn with QPainter, whose bars can be clicked.

Drawn by hand rather than with QtCharts: QtCharts lives in PySide6-Addons
(+156 MB installed), and the dashboard needs only labelled bars and a click.
Each bar segment remembers its rectangle, so a click maps back to (bar key,
series), and tests can click exactly where a person would.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

if TYPE_CHECKING:
    from inspector.reports.dashboard import Chart

PALETTE = ("#3b7dd8", "#e07b39", "#c23b3b", "#5aa469", "#8e6bbf")
ROW_H = 22
GAP = 6
LABEL_W = 190
VALUE_W = 90


class BarChart(QWidget):
    """One chart: a row per bar, one coloured segment per series (side by side)."""

    bar_clicked = Signal(str, int)  # bar key, series index

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chart: Chart | None = None
        self._hits: list[tuple[QRect, str, int]] = []
        self._bars: list[tuple[QRect, QRect, int, int]] = []
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_chart(self, chart: Chart) -> None:
        self._chart = chart
        self.setFixedHeight(self.sizeHint().height())
        self._relayout()
        self.update()

    def sizeHint(self) -> QSize:
        n = len(self._chart.bars) if self._chart else 0
        series = len(self._chart.series) if self._chart else 1
        return QSize(600, 28 + max(n, 1) * (ROW_H * series + GAP) + 24)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._relayout()
        super().resizeEvent(event)

    def _relayout(self) -> None:
        """Place every segment for the current width (painting and clicks both use it)."""
        self._hits = []
        self._bars = []  # bar, value text, series, value
        chart = self._chart
        if chart is None:
            return
        top = max((v for b in chart.bars for v in b.values), default=0) or 1
        width = max(self.width() - LABEL_W - VALUE_W - 16, 40)
        y = 32
        for bar in chart.bars:
            for s, value in enumerate(bar.values):
                length = max(int(width * value / top), 2 if value else 0)
                row_y = y + s * ROW_H
                self._bars.append((QRect(LABEL_W, row_y + 3, max(length, 1), ROW_H - 6),
                                   QRect(LABEL_W + length + 6, row_y, VALUE_W, ROW_H), s, value))
                # The whole row of the segment is clickable, even a bar of zero.
                self._hits.append((QRect(LABEL_W, row_y, width, ROW_H), bar.key, s))
            y += ROW_H * len(chart.series) + GAP

    def segment_rect(self, key: str, series: int) -> QRect | None:
        """Where the segment of `key`, `series` is (for a click)."""
        for rect, k, s in self._hits:
            if k == key and s == series:
                return QRect(rect)
        return None

    def paintEvent(self, event: QPaintEvent) -> None:
        chart = self._chart
        if chart is None:
            return
        p = QPainter(self)
        fm = QFontMetrics(self.font())
        x = 8
        for i, name in enumerate(chart.series):  # the legend
            p.fillRect(QRect(x, 8, 12, 12), QColor(PALETTE[i % len(PALETTE)]))
            p.drawText(x + 16, 19, name)
            x += 28 + fm.horizontalAdvance(name)
        p.setPen(self.palette().text().color())
        y = 32
        for bar in chart.bars:
            label = fm.elidedText(bar.label, Qt.TextElideMode.ElideMiddle, LABEL_W - 8)
            block = ROW_H * len(chart.series)
            p.drawText(QRect(8, y, LABEL_W - 8, block), Qt.AlignmentFlag.AlignVCenter, label)
            y += block + GAP
        for rect, text_rect, s, value in self._bars:
            p.fillRect(rect, QColor(PALETTE[s % len(PALETTE)]))
            p.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, str(value))
        p.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos: QPoint = event.position().toPoint()
        for rect, key, series in self._hits:
            if rect.contains(pos):
                self.bar_clicked.emit(key, series)
                return
        super().mousePressEvent(event)
