"""Render resources/icons/app.svg to packaging/icons/app.ico (Windows exe and installer icon).

    python packaging/make_icon.py        (needs PySide6 and Pillow, as in the dev venv)

The .ico is committed so that a Windows build needs no extra step; run this again
after changing app.svg.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SVG = HERE.parent / "resources" / "icons" / "app.svg"
ICO = HERE / "icons" / "app.ico"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    big = Image.open(io.BytesIO(bytes(data.data())))
    ICO.parent.mkdir(parents=True, exist_ok=True)
    big.save(ICO, format="ICO", sizes=[(s, s) for s in SIZES])
    del app
    print(ICO)
    return 0


if __name__ == "__main__":
    sys.exit(main())
