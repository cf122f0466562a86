"""Shared page geometry and paragraph styles of printed documents (A4, CJK wrapping).

Imported only while rendering: it pulls in reportlab.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab import rl_config
from reportlab.lib import textsplit as _rl_textsplit
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import paragraph as _rl_paragraph
from reportlab.platypus.paragraph import Paragraph

from inspector.documents.subsets import Lru

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


@cache  # one set per font: paragraphs are memoized by style (`MemoParagraph`)
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


MEMO_SIZE = 512  # paragraphs; an order has ~30, most of them the same in every order


_parsed: Lru[tuple[str, ParagraphStyle], list[Any]] = Lru(MEMO_SIZE)
_wrapped: Lru[tuple[Any, float], tuple[Any, ...]] = Lru(MEMO_SIZE)


class MemoParagraph(Paragraph):
    """A Paragraph that parses and line-breaks a given text in a given style only once.

    Most paragraphs of a document kind are the same in every document (the fixed
    wording, the same checklist facts), and parsing plus CJK line breaking is a
    fifth of an order's render time. The parse result (frags) and each width's line
    breaks (blPara) are reused by later paragraphs with the same text and style
    object; reportlab only reads them when drawing or splitting. Each use is still
    its own Paragraph, so a document never shares drawing state with another.
    """

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        self.si_key = (text, style)  # the style object itself: `styles` keeps it alive
        frags = _parsed.get(self.si_key)
        super().__init__(text, style, frags=frags)
        if frags is None:
            _parsed.put(self.si_key, self.frags)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        key = (self.si_key, availWidth)
        hit = _wrapped.get(key)
        if hit is not None:
            self.width, self.height, self.blPara, self._wrapWidths = hit
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        if hasattr(self, "blPara"):  # not when too narrow to fit at all
            _wrapped.put(key, (self.width, self.height, self.blPara, self._wrapWidths))
        return width, height


def para(text: str, style: ParagraphStyle) -> MemoParagraph:
    """A paragraph of plain text (escaped here), parsed and line-broken once per text and style."""
    return MemoParagraph(esc(text), style)


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
