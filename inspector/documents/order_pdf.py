"""The 限期改正（整改）指令书 as an A4 PDF: two parts (联), each on its own page(s).

Layout (DOMAIN §1.2, §1.6): authority, title, number; addressee with credit
code, legal representative and address; the numbered violations; basis and
demand; requirements and deadlines; the written-report demand; consequences;
seal area and date; both inspectors' signature lines with 执法证号; the
recipient's 签收 block or a 拒签 note; the part label; the signed QR code in the
header band of every page. All wording comes from the order's canonical content.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO

from inspector.documents.dates import format_cn_date, format_cn_datetime

PARTS = ("第一联 交被指令单位", "第二联 存档")


@dataclass(frozen=True)
class OrderSheet:
    """Everything printed on an order. `content` is the canonical content (or a draft preview)."""

    content: dict[str, Any]
    qr_payload: str = ""  # empty for a draft: no QR
    draft: bool = False
    watermark: str = ""  # 草稿 / 已撤销 / 已被替代
    signatures: dict[str, bytes] = field(default_factory=dict)  # inspector1/2, recipient
    recipient_name: str = ""
    recipient_position: str = ""
    received_at: datetime | None = None  # local time
    refused_to_sign: bool = False
    refusal_note: str = ""


def _signature(data: bytes | None, width: float, height: float) -> Any:
    from reportlab.platypus import Image, Spacer

    if not data:
        return Spacer(width, height)
    return Image(io.BytesIO(data), width=width, height=height, kind="proportional")


def _part_story(sheet: OrderSheet, st: Any, part: str) -> list[Any]:
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    from inspector.documents.layout import esc

    c = sheet.content
    p = c["paragraphs"]
    a = c["addressee"]
    story: list[Any] = [_part_marker(part)]
    story += [
        Paragraph(esc(c["authority"]["name"]), st.authority),
        Paragraph(esc(c["title"]), st.title),
        Paragraph(esc(c["number"] or "（草稿，未编号）"), st.number),
    ]
    details = [f"统一社会信用代码：{a['credit_code']}"]
    if a.get("legal_rep"):
        details.append(f"法定代表人：{a['legal_rep']}")
    if a.get("address"):
        details.append(f"地址：{a['address']}")
    story.append(Paragraph(esc(f"{a['name']}（{'；'.join(details)}）："), st.body))
    story.append(Paragraph(esc(p["facts_intro"]), st.indent))
    story += [Paragraph(esc(v["text"]), st.item) for v in c["violations"]]
    story.append(Paragraph(esc(p["basis"]), st.indent))
    story += [Paragraph(esc(line), st.item) for line in c["requirements"]]
    for key in ("report", "consequence", "appeal"):
        if p.get(key):
            story.append(Paragraph(esc(p[key]), st.indent))
    if c.get("supersedes"):
        story.append(Paragraph(esc(f"本指令书更正并替代{c['supersedes']}，原指令书同时作废。"),
                               st.indent))
    issue = date.fromisoformat(c["issue_date"])
    story += [
        Spacer(1, 0.2 * cm),
        Paragraph(esc(c["authority"]["name"]), st.right),
        Paragraph("（印章）", st.right),
        Paragraph(esc(format_cn_date(issue)), st.right),
        Spacer(1, 0.1 * cm),
    ]
    rows = []
    for i, officer in enumerate(c["inspectors"], start=1):
        rows.append([
            Paragraph("劳动保障监察员（签名）：", st.cell),
            _signature(sheet.signatures.get(f"inspector{i}"), 3.2 * cm, 1.0 * cm),
            Paragraph(esc(f"执法证号：{officer['credential_no']}"), st.cell),
        ])
    table = Table(rows, colWidths=[5.0 * cm, 4.0 * cm, 7.0 * cm], rowHeights=0.95 * cm)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("FONTNAME", (0, 0), (-1, -1), st.font),  # not Helvetica
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(table)
    story.append(Spacer(1, 0.2 * cm))
    story += _receipt_block(sheet, st)
    story.append(Spacer(1, 0.2 * cm))
    story.append(Paragraph("（本指令书一式两联：第一联交被指令单位，第二联存档）", st.small))
    return story


def _receipt_block(sheet: OrderSheet, st: Any) -> list[Any]:
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, Table, TableStyle

    from inspector.documents.layout import esc

    if sheet.refused_to_sign:
        note = sheet.refusal_note or "被指令单位拒绝签收，已依法留置送达（见送达回证及现场照片）。"
        return [Paragraph(esc(f"拒签说明：{note}"), st.body)]
    name = sheet.recipient_name or "________"
    pos = sheet.recipient_position or "______"
    when = (format_cn_datetime(sheet.received_at) if sheet.received_at
            else "____年__月__日__时__分")
    sig = sheet.signatures.get("recipient")
    cells = [[
        Paragraph("被指令单位签收（签名/盖章）：", st.cell),
        _signature(sig, 3.0 * cm, 1.0 * cm) if sig else Paragraph(esc(name), st.cell),
        Paragraph(esc(f"{name if sig else ''} 职务：{pos}"), st.cell),
    ]]
    table = Table(cells, colWidths=[6.2 * cm, 3.4 * cm, 6.4 * cm], rowHeights=0.95 * cm)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("FONTNAME", (0, 0), (-1, -1), st.font),  # not Helvetica
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [table, Paragraph(esc(f"签收时间：{when}"), st.body)]


@cache
def _marker_class() -> type:
    from reportlab.platypus import Flowable

    class PartMarker(Flowable):
        """Zero-size flowable that tells the page-end callback which part (联) it is on."""

        def __init__(self, part: str) -> None:
            super().__init__()
            self.part = part

        def wrap(self, _aw: float, _ah: float) -> tuple[float, float]:
            return 0, 0

        def draw(self) -> None:
            self.canv._si_part = self.part  # read by the page-end callback

    return PartMarker


def _part_marker(part: str) -> Any:
    return _marker_class()(part)


def render_order(sheet: OrderSheet, out: Path | BinaryIO, *, font: str) -> None:
    """Write the order PDF (both parts) to a path or binary stream. `font` is registered."""
    from reportlab.lib.units import cm
    from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate

    from inspector.documents import layout
    from inspector.documents.qr import draw_qr

    st = layout.styles(font)

    def page_start(canvas: Any, _doc: Any) -> None:
        if sheet.watermark:
            layout.watermark(canvas, font, sheet.watermark)

    def page_end(canvas: Any, _doc: Any) -> None:
        part = getattr(canvas, "_si_part", PARTS[0])
        canvas.setFont(font, 12)
        canvas.drawString(layout.MARGIN_LEFT, layout.PAGE_H - 1.4 * cm, part)
        canvas.setFont(font, 9)
        canvas.drawString(layout.MARGIN_LEFT, layout.MARGIN_BOTTOM - 0.9 * cm,
                          f"{sheet.content['title']}  {sheet.content['number'] or ''}  {part}")
        if sheet.qr_payload:
            x = layout.PAGE_W - layout.MARGIN_RIGHT - layout.QR_SIZE
            y = layout.PAGE_H - 0.8 * cm - layout.QR_SIZE
            draw_qr(canvas, sheet.qr_payload, x, y, layout.QR_SIZE)
            canvas.setFont(font, 7)
            canvas.drawCentredString(x + layout.QR_SIZE / 2, y - 0.35 * cm, "扫码核验真伪")

    frame = Frame(layout.MARGIN_LEFT, layout.MARGIN_BOTTOM,
                  layout.PAGE_W - layout.MARGIN_LEFT - layout.MARGIN_RIGHT,
                  layout.PAGE_H - layout.MARGIN_TOP - layout.MARGIN_BOTTOM,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    c = sheet.content
    doc = BaseDocTemplate(
        str(out) if isinstance(out, Path) else out,
        pagesize=(layout.PAGE_W, layout.PAGE_H), title=f"{c['title']} {c['number'] or ''}",
        author=c["authority"]["name"], subject=c["addressee"]["name"], creator="Site Inspector",
        pageTemplates=[PageTemplate(id="order", frames=[frame], onPage=page_start,
                                    onPageEnd=page_end)],
        invariant=1,
        initialFontName=font,  # else an unused, non-embedded Helvetica lands in the resources
        initialFontSize=layout.BODY_PT,
    )
    story: list[Any] = []
    for i, part in enumerate(PARTS):
        if i:
            story.append(PageBreak())
        story += _part_story(sheet, st, part)
    doc.build(story)
