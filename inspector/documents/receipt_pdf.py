"""The 送达回证 (service receipt) of an order as a one-page A4 PDF (DOMAIN §1.7).

A ruled table: issuing authority, document name and number, count, recipient,
place, method (the chosen one ticked), the signature cell saying 签收 or 拒收
as recorded, the 代收人 with their relation, the 拒收事由 in the inspector's
words with the witness and a place for the witness's signature, the servers'
signatures with 执法证号, the photo/video evidence list (required for 留置/张贴)
and notes (a service after the deadline is marked 逾期送达); the authority,
a （印章） place and the date.
Blank cells are left for handwriting when no service has been recorded yet.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from inspector.documents.dates import format_cn_date, format_cn_datetime
from inspector.documents.subsets import prefill, unique_chars

METHODS = (
    ("direct", "直接送达"),
    ("left_at_premises", "留置送达"),
    ("posted", "张贴送达"),
    ("mail", "邮寄送达"),
)
_LABELS = ("送达机关", "送达文书名称及文号", "件数", "受送达人", "送达地点", "送达方式",
           "受送达人签名或盖章及日期", "代收人及代收理由", "拒收事由及见证人", "见证人签名",
           "送达人（签名）", "照片、录像证据", "备注")
# The receipt's fixed wording, pre-assigned to the first font codes of every receipt so
# that its first subset is the same in each (see inspector.documents.subsets).
RECEIPT_WORDING = unique_chars(
    "送达回证", *_LABELS, *(name for _key, name in METHODS), "■□", "壹件（第一联）",
    "《劳动保障监察限期改正指令书》", "人力资源和社会保障局〔〕号", "拒收（见拒收事由）",
    "签收：（代收）—", "签收时间：年月日时分", "代收人：　与受送达人关系（代收理由）：",
    "见证人：拒收事由：受送达人拒绝签收，已将文书留置于。", "（签名）：", "（执法证号：）；",
    "（留置、张贴送达须附照片或录像）无", "【逾期送达】送达时间晚于整改期限。", "（印章）",
    "〇一二三四五六七八九十",
)


@dataclass(frozen=True)
class EvidenceLine:
    filename: str
    sha256: str
    taken_at: datetime  # local


@dataclass(frozen=True)
class ReceiptSheet:
    authority: str
    document_title: str
    number: str
    recipient: str  # 受送达人 (the employer)
    servers: list[tuple[str, str]]  # (name, credential_no)
    method: str = ""  # empty: not served yet (blank form)
    place: str = ""
    served_at: datetime | None = None  # local
    signer_name: str = ""
    signer_position: str = ""
    refused_to_sign: bool = False
    witness: str = ""
    receiver_on_behalf: str = ""  # 代收人 (receiver_on_behalf)
    receiver_on_behalf_relation: str = ""  # their relation to the recipient (the reason they sign)
    refusal_reason: str = ""  # 拒收事由, the inspector's own words
    late_after: date | None = None  # served after this deadline: marked on the receipt
    note: str = ""
    evidence: list[EvidenceLine] = field(default_factory=list)
    signatures: dict[str, bytes] = field(default_factory=dict)
    qr_payload: str = ""
    pdf_date: str = ""  # the PDF's CreationDate (D:…): the service time, else the issue time


def _signed_cell(sheet: ReceiptSheet, p: Callable[[str], Any]) -> Any:
    """The recipient's line: refused, signed (with the captured signature), or blank to sign."""
    from reportlab.lib.units import cm
    from reportlab.platypus import Image

    when = format_cn_datetime(sheet.served_at) if sheet.served_at else "____年__月__日__时__分"
    signer = sheet.receiver_on_behalf or sheet.signer_name
    if sheet.method and sheet.refused_to_sign:
        return p(f"拒收（见拒收事由）　{when}")
    if sheet.method and signer:
        who = (f"{sheet.receiver_on_behalf}（代收）" if sheet.receiver_on_behalf
               else f"{sheet.signer_name}（{sheet.signer_position or '—'}）")
        signed = p(f"签收：{who}　{when}")
        if "recipient" in sheet.signatures:
            return [Image(io.BytesIO(sheet.signatures["recipient"]), width=3 * cm,
                          height=1 * cm, kind="proportional"), signed]
        return signed
    return p(f"　\n\n签收时间：{when}")


def _proxy_text(sheet: ReceiptSheet) -> str:
    relation = sheet.receiver_on_behalf_relation or "—"
    return (f"代收人：{sheet.receiver_on_behalf}　与受送达人关系（代收理由）：{relation}"
            if sheet.receiver_on_behalf else "")


def _refusal_text(sheet: ReceiptSheet) -> str:
    if not sheet.refused_to_sign:
        return ""
    reason = sheet.refusal_reason.strip() or "受送达人拒绝签收"
    left = f"，已将文书留置于{sheet.place}" if sheet.method == "left_at_premises" and sheet.place \
        else ""
    return f"见证人：{sheet.witness or '—'}\n拒收事由：{reason}{left}。"


def _evidence_text(sheet: ReceiptSheet) -> str:
    if sheet.evidence:
        return "\n".join(
            f"{e.filename}　SHA-256 {e.sha256[:16]}…　{format_cn_datetime(e.taken_at)}"
            for e in sheet.evidence)
    needs_photos = sheet.method in ("left_at_premises", "posted")
    return "（留置、张贴送达须附照片或录像）" if needs_photos or not sheet.method else "无"


def _note_text(sheet: ReceiptSheet) -> str:
    if sheet.late_after is None:
        return sheet.note
    return (f"【逾期送达】送达时间晚于整改期限{format_cn_date(sheet.late_after)}。"
            + (f" {sheet.note}" if sheet.note else ""))


def _receipt_table(sheet: ReceiptSheet, st: Any, font: str) -> Any:
    """The form's thirteen rows, filled in from the service record."""
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, Table, TableStyle

    from inspector.documents.layout import esc, para

    def p(text: str) -> Any:
        return para(text, st.cell)

    method_line = "　".join(
        f"{'■' if key == sheet.method else '□'}{name}" for key, name in METHODS)
    refusal = _refusal_text(sheet)
    witness_cell = p(f"{sheet.witness}　（签名）：" if sheet.witness else "（签名）：")
    servers = "；".join(f"{name}（执法证号：{cred}）" for name, cred in sheet.servers)
    ev_text = _evidence_text(sheet)
    note = _note_text(sheet)
    proxy = _proxy_text(sheet)
    signed = _signed_cell(sheet, p)
    rows = [
        [p("送达机关"), p(sheet.authority)],
        [p("送达文书名称及文号"), p(f"《{sheet.document_title}》{sheet.number}")],
        [p("件数"), p("壹件（第一联）")],
        [p("受送达人"), p(sheet.recipient)],
        [p("送达地点"), p(sheet.place)],
        [p("送达方式"), p(method_line)],
        [p("受送达人签名或盖章及日期"), signed],
        [p("代收人及代收理由"), p(proxy)],
        [p("拒收事由及见证人"), Paragraph(esc(refusal).replace("\n", "<br/>"), st.cell)],
        [p("见证人签名"), witness_cell],
        [p("送达人（签名）"), p(servers)],
        [p("照片、录像证据"),
         Paragraph(esc(ev_text).replace("\n", "<br/>"), st.cell)],
        [p("备注"), p(note)],
    ]
    table = Table(rows, colWidths=[4.6 * cm, 11.4 * cm],
                  rowHeights=[None] * 6 + [2.0 * cm, 1.2 * cm, 1.6 * cm, 1.3 * cm, 1.6 * cm,
                                           None, None])
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, (0, 0, 0)),
        ("FONTNAME", (0, 0), (-1, -1), font),  # a table's default font is Helvetica
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table


def render_receipt(sheet: ReceiptSheet, out: Path | BinaryIO, *, font: str) -> None:
    from reportlab.lib.units import cm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import SimpleDocTemplate, Spacer

    from inspector.documents import layout
    from inspector.documents.layout import para
    from inspector.documents.qr import draw_qr

    st = layout.styles(font)
    table = _receipt_table(sheet, st, font)

    def make_canvas(*args: Any, **kwargs: Any) -> Canvas:
        canvas = Canvas(*args, **kwargs)
        prefill(canvas, font, RECEIPT_WORDING)  # before any text is drawn
        return canvas

    def page_end(canvas: Any, _doc: Any) -> None:
        if sheet.pdf_date:
            canvas.setDateFormatter(lambda *_ymdhms: sheet.pdf_date)
        if sheet.qr_payload:
            size = 2.4 * cm
            draw_qr(canvas, sheet.qr_payload, layout.PAGE_W - layout.MARGIN_RIGHT - size,
                    layout.PAGE_H - 0.8 * cm - size, size)

    doc = SimpleDocTemplate(
        str(out) if isinstance(out, Path) else out, pagesize=(layout.PAGE_W, layout.PAGE_H),
        leftMargin=layout.MARGIN_LEFT, rightMargin=layout.MARGIN_RIGHT,
        topMargin=layout.MARGIN_TOP, bottomMargin=layout.MARGIN_BOTTOM,
        title=f"送达回证 {sheet.number}", author=sheet.authority, creator="Site Inspector",
        invariant=1,
        initialFontName=font,  # else an unused, non-embedded Helvetica lands in the resources
        initialFontSize=layout.BODY_PT,
    )
    date_line = format_cn_date(sheet.served_at.date()) if sheet.served_at else "____年__月__日"
    doc.build([
        para(sheet.authority, st.authority),
        para("送达回证", st.title),
        Spacer(1, 0.3 * cm),
        table,
        Spacer(1, 0.5 * cm),
        para(sheet.authority, st.right),
        para("（印章）", st.right),
        para(date_line, st.right),
    ], onFirstPage=page_end, onLaterPages=page_end, canvasmaker=make_canvas)
