"""QR codes drawn on a reportlab canvas as a module-per-pixel image (crisp at any print size).

The payload's UTF-8 bytes are encoded in byte mode at error-correction level M
(qrcode picks the smallest version that fits); no quiet zone is drawn, so the
caller leaves a white margin of at least four modules around it. reportlab
stores an identical image once per document, however many pages show it.

The mask pattern is fixed: choosing the "best" of eight (qrcode's default)
costs ~80 ms of pure Python per code, and any mask decodes equally well.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

MASK_PATTERN = 2


@lru_cache(maxsize=8)
def qr_matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=MASK_PATTERN)
    qr.add_data(payload.encode("utf-8"), optimize=0)
    qr.make(fit=True)
    return tuple(tuple(row) for row in qr.get_matrix())


def qr_version(payload: str) -> int:
    """The QR version (1–40) a payload needs at level M."""
    return (len(qr_matrix(payload)) - 17) // 4


@lru_cache(maxsize=8)
def _qr_image(payload: str) -> Any:
    """The code as a 1-bit image, one pixel per module (an ImageReader for reportlab)."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    matrix = qr_matrix(payload)
    n = len(matrix)
    img = Image.new("1", (n, n), 1)
    img.putdata([0 if dark else 1 for row in matrix for dark in row])
    return ImageReader(img.convert("L"))


def draw_qr(canvas: Any, payload: str, x: float, y: float, size: float) -> None:
    """Draw the code with its lower-left corner at (x, y), `size` points wide.

    An image with one pixel per module, scaled without interpolation, prints as
    sharp as vector squares, and costs one small image object per document
    instead of hundreds of path operators per page (reportlab formats each
    number in pure Python).
    """
    canvas.drawImage(_qr_image(payload), x, y, size, size)
