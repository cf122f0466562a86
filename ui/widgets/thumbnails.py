"""Photo thumbnails: decoded and scaled off the GUI thread, cached by content hash.

QImage (unlike QPixmap) may be created in a worker thread; the pixmap is made
on the GUI thread when the result arrives.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ui import context

THUMB = QSize(96, 72)
_cache: dict[str, QPixmap] = {}


def _decode(path: Path, size: QSize) -> QImage:
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # photos from phones carry EXIF rotation
    original = reader.size()
    if original.isValid():
        reader.setScaledSize(original.scaled(size, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return image


def load_thumbnail(sha256: str, path: Path, done: Callable[[str, QPixmap | None], None]) -> None:
    """Call `done(sha, pixmap)` on the GUI thread (pixmap None if the file is not an image)."""
    if sha256 in _cache:
        done(sha256, _cache[sha256])
        return

    def finished(f: Future[QImage]) -> None:
        image = None if f.exception() else f.result()
        if image is None or image.isNull():
            done(sha256, None)
            return
        pixmap = QPixmap.fromImage(image)
        _cache[sha256] = pixmap
        done(sha256, pixmap)

    context.current().tasks.run(lambda: _decode(path, THUMB), finished, uses_db=False)


class ThumbnailStrip(QWidget):
    """A row of small photos (or file names when a file is not an image)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addStretch(1)
        self._labels: dict[str, QLabel] = {}

    def set_items(self, items: list[tuple[str, str, str]], data_dir: Path | None) -> None:
        """`items`: (evidence id, sha256, filename)."""
        for label in self._labels.values():
            label.deleteLater()
        self._labels.clear()
        for _ev_id, sha, filename in items:
            if sha in self._labels:
                continue  # one file is one piece of evidence: one tile, however it came twice
            text = filename or sha[:8]
            if text.lower().endswith(".pdf"):
                text = QCoreApplication.translate("Thumbnails", "材料") + "\n" + text
            label = QLabel(text)
            label.setWordWrap(True)
            label.setFixedSize(THUMB)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setFrameShape(QLabel.Shape.Box)
            label.setToolTip(f"{filename}\nSHA-256: {sha}")
            self._layout.insertWidget(self._layout.count() - 1, label)
            self._labels[sha] = label
            if data_dir is not None:
                from inspector.storage.blobs import blob_path

                load_thumbnail(sha, blob_path(data_dir, sha), self._show)

    def _show(self, sha: str, pixmap: QPixmap | None) -> None:
        label = self._labels.get(sha)
        if label is not None and pixmap is not None:
            label.setPixmap(pixmap)

    def count(self) -> int:
        return len(self._labels)

    def has_pixmaps(self) -> int:
        return sum(1 for lb in self._labels.values() if lb.pixmap() is not None and not lb.pixmap().isNull())
