"""Shared page geometry and paragraph styles of printed documents (A4, CJK wrapping).

Imported only while rendering: it pulls in reportlab.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab import rl_config
from reportlab.lib import textsplit as _rl_textsplit
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import paragraph as _rl_paragraph

# reportlab's CJK line breaking lets full-width ，；：！？ start a line (its kinsoku list is
# Japanese-centred). Add them so they hang at the line end, as Chinese typesetting does.
_CN_CANNOT_START = "，；：！？、》”’〕"
for _mod in (_rl_textsplit, _rl_paragraph):  # each holds its own copy of the string
    if not set(_CN_CANNOT_START) <= set(_mod.ALL_CANNOT_START):
        _mod.ALL_CANNOT_START += _CN_CANNOT_START

# Binary (Flate only) streams instead of ASCII85 on top: smaller files, and ~10% less
# render time (reportlab's ASCII85 encoder is pure Python without its C accelerator).
rl_config.useA85 = 0

PAGE_W, PAGE_H = A4
MARGIN_TOP = 3.0 * cm  # the QR code sits in the header band, right of the title
MARGIN_BOTTOM = 1.8 * cm
MARGIN_LEFT = 2.6 * cm
MARGIN_RIGHT = 2.4 * cm
QR_SIZE = 3.0 * cm
BODY_PT = 12


@dataclass(frozen=True)
class Styles:
    font: str
    authority: ParagraphStyle
    title: ParagraphStyle
    number: ParagraphStyle
    body: ParagraphStyle
    indent: ParagraphStyle
    item: ParagraphStyle
    right: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle


def styles(font: str) -> Styles:
    def st(name: str, **kw: Any) -> ParagraphStyle:
        base: dict[str, Any] = {
            "fontName": font, "fontSize": BODY_PT, "leading": BODY_PT * 1.5,
            "wordWrap": "CJK", "alignment": TA_JUSTIFY,
        }
        base.update(kw)
        return ParagraphStyle(name, **base)

    return Styles(
        font=font,
        authority=st("authority", fontSize=16, leading=24, alignment=TA_CENTER),
        title=st("title", fontSize=20, leading=30, alignment=TA_CENTER, spaceAfter=4),
        number=st("number", alignment=TA_RIGHT, spaceAfter=6, rightIndent=QR_SIZE + 0.2 * cm),
        body=st("body"),
        indent=st("indent", firstLineIndent=BODY_PT * 2),
        item=st("item", leftIndent=BODY_PT * 2, firstLineIndent=0),
        right=st("right", alignment=TA_RIGHT),
        small=st("small", fontSize=9, leading=13, alignment=TA_LEFT),
        cell=st("cell", fontSize=11, leading=16, alignment=TA_LEFT),
    )


def esc(text: str) -> str:
    """Escape text for a reportlab Paragraph (which parses a little XML)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def watermark(canvas: Any, font: str, text: str) -> None:
    canvas.saveState()
    canvas.setFont(font, 60)
    canvas.setFillColorRGB(0.85, 0.85, 0.85)
    canvas.translate(PAGE_W / 2, PAGE_H / 2)
    canvas.rotate(35)
    canvas.drawCentredString(0, 0, text)
    canvas.restoreState()
