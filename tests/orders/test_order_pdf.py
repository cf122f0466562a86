"""The printed order and 送达回证, read back with poppler, qpdf and a QR decoder."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from inspector.config import load_authority, save_authority
from inspector.documents.fonts import FontError, choose_font
from inspector.orders.drafting import draft_orders
from inspector.orders.followup import attach_signature, serve_order
from inspector.orders.printing import write_order_pdf, write_receipt_pdf
from inspector.orders.verify import verify_payload
from tests.core.helpers import photo_bytes
from tests.orders.conftest import TODAY, pdftotext, squeezed


def _png(color: str) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (240, 80), color).save(buf, "PNG")
    return buf.getvalue()


def test_order_pdf_carries_every_element(db, issued, tmp_path: Path) -> None:
    pdf = write_order_pdf(db, issued.number, tmp_path / "order.pdf")
    text = pdftotext(pdf)
    flat = squeezed(text)
    for needle in [
        "××县人力资源和社会保障局", "劳动保障监察限期改正指令书", issued.number,
        "宏达建设集团有限公司", "统一社会信用代码：91339901MA0000010L", "法定代表人：张三",
        # the three violations, their duty articles …
        "未按规定开设农民工工资专用账户", "违反了《保障农民工工资支付条例》第二十六条的规定",
        "未按规定存储工资保证金", "违反了《保障农民工工资支付条例》第三十二条的规定",
        "维权信息告示牌", "违反了《保障农民工工资支付条例》第三十四条的规定",
        # … basis, penalty articles, deadlines in Chinese, report demand
        "根据《劳动保障监察条例》第十八条第一款第（二）项",
        "第五十五条第（一）项（对应上述第1项）", "第五十五条第（二）项（对应上述第2项）",
        "第五十六条第（四）项（对应上述第3项）", "2026年12月9日", "2026年11月30日",
        "改正情况及相关凭证以书面形式报送我局", "逾期不改正的",
        "（印章）", "执法证号：33990001", "执法证号：33990002",
        "被指令单位签收", "签收时间", "第一联交被指令单位", "第二联存档",
    ]:
        assert squeezed(needle) in flat, needle
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                           check=True).stdout
    assert re.search(r"Pages:\s+2\b", pages)  # one page per part
    page1, page2 = text.split("\f")[:2]
    assert "第一联" in page1 and "第二联" in page2


def test_font_embedded_as_subset_and_pdf_is_valid(db, issued, tmp_path: Path) -> None:
    pdf = write_order_pdf(db, issued.number, tmp_path / "order.pdf")
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts
    for line in fonts:
        cols = line.split()
        # name type encoding emb sub uni object — every font embedded, the CJK one a subset.
        assert "TrueType" in line and cols[-5:-3] == ["yes", "yes"], line
    assert not any("CID Type 0" in line or "STSong" in line for line in fonts)
    subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, text=True, check=True)


def test_qr_read_from_rendered_page_verifies(db, issued, tmp_path: Path) -> None:
    pdf = write_order_pdf(db, issued.number, tmp_path / "order.pdf")
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp_path / "pg")], check=True)
    pages = sorted(tmp_path.glob("pg*.png"))
    assert len(pages) == 2
    for page in pages:
        codes = zxingcpp.read_barcodes(Image.open(page))
        assert [c.text for c in codes] == [issued.qr_payload]
        assert verify_payload(db, codes[0].text).code == "OK"


def test_signatures_and_receipt_block_are_filled(db, issued, tmp_path: Path) -> None:
    attach_signature(db, issued.order_id, "inspector1", _png("navy"))
    attach_signature(db, issued.order_id, "inspector2", _png("black"))
    serve_order(db, issued.order_id, method="direct", recipient_name="李志强",
                recipient_position="项目经理", place="项目部")
    pdf = write_order_pdf(db, issued.number, tmp_path / "order.pdf")
    images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True,
                            check=True).stdout.splitlines()[2:]
    signatures = [line for line in images if line.split()[3:5] == ["240", "80"]]
    assert len(signatures) == 4  # two signatures on each of the two parts (besides the QR)
    flat = squeezed(pdftotext(pdf))
    assert "李志强" in flat and "职务：项目经理" in flat
    assert "签收时间：____" not in flat


def test_refusal_is_noted_and_receipt_lists_photos(db, issued, tmp_path: Path) -> None:
    serve_order(db, issued.order_id, method="left_at_premises", refused_to_sign=True,
                witness="门卫 王某", place="项目部", evidence=[photo_bytes("posted")])
    flat = squeezed(pdftotext(write_order_pdf(db, issued.number, tmp_path / "o.pdf")))
    assert "拒签说明" in flat and "留置送达" in flat and "门卫王某" in flat
    receipt = write_receipt_pdf(db, issued.number, tmp_path / "r.pdf")
    flat = squeezed(pdftotext(receipt))
    for needle in ["送达回证", issued.number, "《劳动保障监察限期改正指令书》", "宏达建设集团有限公司",
                   "■留置送达", "□直接送达", "受送达人拒绝签收", "见证人：门卫王某", "SHA-256",
                   "执法证号：33990001", "送达地点项目部"]:
        assert squeezed(needle) in flat, needle
    subprocess.run(["qpdf", "--check", str(receipt)], capture_output=True, check=True)


def test_blank_receipt_before_service(db, issued, tmp_path: Path) -> None:
    flat = squeezed(pdftotext(write_receipt_pdf(db, issued.number, tmp_path / "r.pdf")))
    assert "□直接送达□留置送达□张贴送达□邮寄送达" in flat
    assert "签收时间：____年__月__日__时__分" in flat


def test_draft_preview_has_no_number_and_no_qr(db, block, visit, tmp_path: Path) -> None:
    (oid,) = draft_orders(db, visit.inspection_id, today=TODAY)
    pdf = write_order_pdf(db, oid, tmp_path / "draft.pdf")
    flat = squeezed(pdftotext(pdf))
    assert "草稿，未编号" in flat  # (the diagonal 草稿 watermark is not extracted by pdftotext)
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(pdf),
                    str(tmp_path / "d")], check=True)
    assert zxingcpp.read_barcodes(Image.open(next(tmp_path.glob("d*.png")))) == []


def test_missing_or_unusable_font_is_a_clear_error(db, issued, tmp_path: Path) -> None:
    for bad in (tmp_path / "nope.ttf", tmp_path / "junk.ttf"):
        if bad.name == "junk.ttf":
            bad.write_bytes(b"not a font at all")
        with db.uow() as s:
            settings = load_authority(s)
            settings.document_font = str(bad)
            save_authority(s, settings)
        with pytest.raises(FontError) as err:
            write_order_pdf(db, issued.number, tmp_path / "o.pdf")
        assert err.value.code == "E_FONT" and str(bad) in err.value.message
        assert not (tmp_path / "o.pdf").exists()


def test_shipped_font_is_the_fallback() -> None:
    choice = choose_font("")
    assert choice.path.is_file() and choice.source in ("system", "shipped")
    licence = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "uming.ARPHICPL.TXT"
    assert licence.is_file()
