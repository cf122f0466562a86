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
from inspector.documents.subsets import prefill, unique_chars, whole_subsets

PARTS = ("第一联 交被指令单位", "第二联 存档")

# The order's fixed wording (this module's labels and inspector.orders.wording's sentence
# frames, the laws it cites, the numerals of article numbers and dates): pre-assigned to
# the first font codes of every order, so its first font subsets are the same in every
# order and are embedded from the subset cache (inspector.documents.subsets). A word
# missing here only costs speed; adding characters changes the subsets once.
ORDER_WORDING = unique_chars(
    *PARTS, "扫码核验真伪", "劳动保障监察员（签名）：", "姓名：", "执法证号：",
    "被指令单位签收（签名/盖章）：", "职务：", "签收时间：", "拒签说明：",
    "被指令单位拒绝签收，已依法留置送达（见送达回证及现场照片）。",
    "（本指令书一式两联：第一联交被指令单位，第二联存档）", "（草稿，未编号）",
    "统一社会信用代码：", "法定代表人：", "地址：", "（印章）",
    "本指令书更正并替代，原指令书同时作废。", "草稿 无效 已撤销 已被替代",
    "劳动保障监察限期改正（整改）指令书", "人力资源和社会保障局",
    "经查，在“”项目中发现下列违反劳动保障法律、法规或者规章的行为：",
    "你单位未按规定，违反了的规定；。", "根据《劳动保障监察条例》第十八条第一款第（二）项及",
    "《保障农民工工资支付条例》《中华人民共和国劳动法》《劳动合同法》",
    "现责令你单位于前改正上述违法行为，具体要求如下：按下列要求和期限改正上述违法行为：",
    "（于前完成）改正上述第项违法行为",
    "请你单位在上述期限内将改正情况及相关凭证以书面形式报送我局本机关。",
    "逾期不改正的，将依照的规定处理。分别依照（对应上述第、项）",
    "如不服本指令，可以在收到之日起六十日内向申请行政复议，或者在六个月内向提起行政诉讼。",
    "〇一二三四五六七八九十百千年月日时分〔〕号",
)
# Characters frequent in the parts that vary (surnames, company and place words), so that
# most orders' own characters are pre-assigned too and their last subset stays small.
COMMON_VARIABLE = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严武戴莫孔汤伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华红建国志文海"
    "省市县区镇乡村街道路巷号楼栋幢室小区花园城新东南西北中山湖河大兴福安宁泰和盛达宏"
    "筑劳务集团有限责任股份科技发展实业房地产开市政装饰公司项目期标段住宅商业广场"
)


@cache
def order_wording() -> str:
    """The characters pre-assigned in every order: the fixed wording, the shipped checklists'
    violation and requirement texts, then `COMMON_VARIABLE` (see ORDER_WORDING)."""
    import orjson

    from inspector.paths import resources_dir

    texts: list[str] = []
    for path in sorted((resources_dir() / "checklists").glob("*.json")):
        try:
            items = orjson.loads(path.read_bytes()).get("items", [])
        except (OSError, orjson.JSONDecodeError, AttributeError):
            continue  # only speed depends on it; the checklist loader reports bad files
        texts += [f"{i.get('violation_text', '')}{i.get('requirement', '')}" for i in items]
    # Cut at a subset boundary, so only COMMON_VARIABLE's last characters may be dropped.
    return whole_subsets(unique_chars(ORDER_WORDING, *texts, COMMON_VARIABLE))


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
    pdf_date: str = ""  # the PDF's CreationDate (D:…, the issue time); empty: reportlab's


def fixed_pdf_date(canvas: Any, when: str) -> None:
    """Make the PDF's CreationDate/ModDate `when` (deterministic: the same order, same bytes)."""
    if when:
        canvas.setDateFormatter(lambda *_ymdhms: when)


def _signature(data: bytes | None, width: float, height: float) -> Any:
    from reportlab.platypus import Image, Spacer

    if not data:
        return Spacer(width, height)
    return Image(io.BytesIO(data), width=width, height=height, kind="proportional")


def _inspectors_table(sheet: OrderSheet, st: Any) -> Any:
    """Each inspector's signature line: signature, name and credential number."""
    from reportlab.lib.units import cm
    from reportlab.platypus import Table, TableStyle

    from inspector.documents.layout import para

    c = sheet.content
    rows = []
    for i, officer in enumerate(c["inspectors"], start=1):
        rows.append([
            para("劳动保障监察员（签名）：", st.cell),
            _signature(sheet.signatures.get(f"inspector{i}"), 3.2 * cm, 1.0 * cm),
            para(f"姓名：{officer['name']}", st.cell),
            para(f"执法证号：{officer['credential_no']}", st.cell),
        ])
    table = Table(rows, colWidths=[4.6 * cm, 3.4 * cm, 3.4 * cm, 4.6 * cm], rowHeights=0.95 * cm)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("FONTNAME", (0, 0), (-1, -1), st.font),  # not Helvetica
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _body_story(sheet: OrderSheet, st: Any) -> list[Any]:
    """The flowables of one part's body: identical in both parts (only the page header and
    footer name the part), so it is laid out once and shown on both (see `render_order`)."""
    from reportlab.lib.units import cm
    from reportlab.platypus import Spacer

    from inspector.documents.layout import para

    c = sheet.content
    p = c["paragraphs"]
    a = c["addressee"]
    story: list[Any] = [
        para(c["authority"]["name"], st.authority),
        para(c["title"], st.title),
        para(c["number"] or "（草稿，未编号）", st.number),
    ]
    details = [f"统一社会信用代码：{a['credit_code']}"]
    if a.get("legal_rep"):
        details.append(f"法定代表人：{a['legal_rep']}")
    if a.get("address"):
        details.append(f"地址：{a['address']}")
    story.append(para(f"{a['name']}（{'；'.join(details)}）：", st.body))
    story.append(para(p["facts_intro"], st.indent))
    story += [para(v["text"], st.item) for v in c["violations"]]
    story.append(para(p["basis"], st.indent))
    story += [para(line, st.item) for line in c["requirements"]]
    for key in ("report", "consequence", "appeal"):
        if p.get(key):
            story.append(para(p[key], st.indent))
    if c.get("supersedes"):
        story.append(para(f"本指令书更正并替代{c['supersedes']}，原指令书同时作废。",
                               st.indent))
    issue = date.fromisoformat(c["issue_date"])
    story += [
        Spacer(1, 0.2 * cm),
        para(c["authority"]["name"], st.right),
        para("（印章）", st.right),
        para(format_cn_date(issue), st.right),
        Spacer(1, 0.1 * cm),
    ]
    story.append(_inspectors_table(sheet, st))
    story.append(Spacer(1, 0.2 * cm))
    story += _receipt_block(sheet, st)
    story.append(Spacer(1, 0.2 * cm))
    story.append(para("（本指令书一式两联：第一联交被指令单位，第二联存档）", st.small))
    if c.get("arrears_list"):
        from inspector.documents.arrears_list import arrears_list_story

        story += arrears_list_story(c, st)
    return story


def _receipt_block(sheet: OrderSheet, st: Any) -> list[Any]:
    from reportlab.lib.units import cm
    from reportlab.platypus import Table, TableStyle

    from inspector.documents.layout import para

    if sheet.refused_to_sign:
        note = sheet.refusal_note or "被指令单位拒绝签收，已依法留置送达（见送达回证及现场照片）。"
        return [para(f"拒签说明：{note}", st.body)]
    name = sheet.recipient_name or "________"
    pos = sheet.recipient_position or "______"
    when = (format_cn_datetime(sheet.received_at) if sheet.received_at
            else "____年__月__日__时__分")
    sig = sheet.signatures.get("recipient")
    cells = [[
        para("被指令单位签收（签名/盖章）：", st.cell),
        _signature(sig, 3.0 * cm, 1.0 * cm) if sig else para(name, st.cell),
        para(f"{name if sig else ''} 职务：{pos}", st.cell),
    ]]
    table = Table(cells, colWidths=[6.2 * cm, 3.4 * cm, 6.4 * cm], rowHeights=0.95 * cm)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("FONTNAME", (0, 0), (-1, -1), st.font),  # not Helvetica
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [table, para(f"签收时间：{when}", st.body)]


@cache
def _two_part_canvas() -> type:
    """A reportlab Canvas that, when saved, first adds the pages of the second part (联).

    Subclassing the canvas (passed to `build` as `canvasmaker`) is reportlab's own way to
    add pages after the flowables are laid out (its "page x of y" recipe does the same).
    """
    from reportlab.pdfgen.canvas import Canvas

    class TwoPartCanvas(Canvas):
        """Records the body form of each first-part page; `save` replays them."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.si_bodies: list[str] = []  # Form XObject names, one per page of part one
            self.si_replay: Any = None  # (canvas, form name) -> None: draws one replayed page

        def save(self) -> None:
            for name in self.si_bodies:
                self.si_replay(self, name)
                self.showPage()
            super().save()

    return TwoPartCanvas


def _decorate(canvas: Any, sheet: OrderSheet, font: str, part: str) -> None:
    """What a page shows besides the body: part label, footer, QR code."""
    from reportlab.lib.units import cm

    from inspector.documents import layout
    from inspector.documents.qr import draw_qr

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


def render_order(sheet: OrderSheet, out: Path | BinaryIO, *, font: str) -> None:
    """Write the order PDF (both parts) to a path or binary stream. `font` is registered.

    The two parts differ only in the part label of the page header and footer, so the
    body is laid out and drawn once: each page of the first part captures its body in a
    Form XObject (beginForm/endForm) and shows it with doForm; the second part's pages
    show the same forms again. That halves line breaking, text encoding and content
    streams, and the pages look exactly as if each part had been laid out on its own.
    """
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    from inspector.documents import layout

    st = layout.styles(font)
    canvas_class = _two_part_canvas()

    def page_start(canvas: Any, doc: Any) -> None:
        fixed_pdf_date(canvas, sheet.pdf_date)
        # The watermark goes under the body, as before; the body is then captured in a form.
        if sheet.watermark:
            layout.watermark(canvas, font, sheet.watermark)
        canvas.beginForm(f"SIBody{doc.page}")

    def page_end(canvas: Any, doc: Any) -> None:
        name = f"SIBody{doc.page}"
        canvas.endForm()
        canvas.doForm(name)
        canvas.si_bodies.append(name)
        _decorate(canvas, sheet, font, PARTS[0])

    def replay(canvas: Any, name: str) -> None:
        if sheet.watermark:
            layout.watermark(canvas, font, sheet.watermark)
        canvas.doForm(name)
        _decorate(canvas, sheet, font, PARTS[1])

    def make_canvas(*args: Any, **kwargs: Any) -> Any:
        canvas = canvas_class(*args, **kwargs)
        canvas.si_replay = replay
        prefill(canvas, font, order_wording())  # before any text: see ORDER_WORDING
        return canvas

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
    doc.build(_body_story(sheet, st), canvasmaker=make_canvas)
