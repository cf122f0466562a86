"""Preview of the real PDF inside the app (QtPdf) and printing it through the system dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget


class PdfPreview(QWidget):
    """Shows a PDF file, page after page, fitted to the width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.path: Path | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def load(self, path: Path) -> bool:
        self.document.close()
        self.path = path
        return self.document.load(str(path)) == QPdfDocument.Error.None_

    def page_count(self) -> int:
        return self.document.pageCount()

    def print_document(self, parent: QWidget | None = None) -> bool:
        """Open the system print dialog; print every page at the printer's resolution."""
        if self.document.pageCount() == 0:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.path.name if self.path else "order.pdf")
        dialog = QPrintDialog(printer, parent or self)
        dialog.setWindowTitle(self.tr("打印指令书"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        print_pdf(self.document, printer)
        return True


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Render each page to the printer; returns the number of pages sent."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    sent = 0
    try:
        dpi = printer.resolution()
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi))
            image = document.render(page, size)
            target = painter.viewport()
            scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(target.x(), target.y(), image.scaled(scaled))
            sent += 1
    finally:
        painter.end()
    return sent
