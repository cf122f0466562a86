"""Verification of an order: its QR payload, the stored record, a printed PDF.

A payload is valid when it parses, its key id names a known, unrevoked device,
the Ed25519 signature holds, and — when this database holds the order — the
stored order is intact (its content hashes to the stored hash, its violation
rows and columns agree with the content, its own stored signature holds), the
payload's hash is the stored one, and the order is neither revoked nor
superseded. Each failure has its own code, so a user is told why.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector import keys
from inspector.domain.orders import ORDER_STATUS_LABELS, NumberBlock, Order, OrderViolation
from inspector.domain.registry import Device
from inspector.errors import InspectorError
from inspector.orders.canonical import hash_of_text
from inspector.orders.errors import QrReaderError
from inspector.orders.qrpayload import Payload, QrPayloadError, parse_payload
from inspector.storage import Database


@dataclass(frozen=True)
class Verdict:
    valid: bool
    code: str  # OK, OK_NOT_STORED or E_...
    reason: str
    number: str = ""
    order_id: str = ""
    status: str = ""


def _bad(code: str, reason: str, number: str = "", order: Order | None = None) -> Verdict:
    return Verdict(False, code, reason, number, order.id if order else "",
                   order.status if order else "")


def _public_key(s: Session, key_id: str) -> tuple[Device | None, keys.Ed25519PublicKey | None]:
    dev = s.scalar(select(Device).where(Device.key_id == key_id))
    if dev is None or not dev.public_key:
        return None, None
    return dev, keys.public_from_b64(dev.public_key)


def _signature_ok(s: Session, p: Payload) -> Verdict | None:
    dev, pub = _public_key(s, p.key_id)
    if dev is None or pub is None:
        return _bad("E_QR_UNKNOWN_KEY",
                    f"签名密钥 {keys.fingerprint_display(p.key_id)} 不是本局登记的设备密钥。", p.number)
    if dev.revoked:
        return _bad("E_QR_KEY_REVOKED", f"签名设备 {dev.code} 的密钥已被吊销。", p.number)
    if not keys.verify(pub, p.signature, p.signed_text.encode("utf-8")):
        return _bad("E_QR_SIGNATURE", "签名无效：二维码内容被改动或不是该设备签发。", p.number)
    return None


def _in_signers_blocks(s: Session, p: Payload) -> bool:
    """Is the payload's number a serial of one of the signing device's blocks known here?

    The serial is read back through this office's number pattern; a number that does not
    fit the pattern, or a device whose blocks are unknown here, is not within them."""
    from inspector.config import load_authority
    from inspector.orders.numbers import parse_number

    dev = s.scalar(select(Device).where(Device.key_id == p.key_id))
    if dev is None:
        return False
    try:
        year, serial = parse_number(load_authority(s), p.number)
    except InspectorError:
        return False
    blocks = s.scalars(select(NumberBlock).where(
        NumberBlock.device_id == dev.id, NumberBlock.tombstone.is_(False)))
    return any(b.first <= serial <= b.last and (b.year is None or year is None or b.year == year)
               for b in blocks)


def stored_problem(s: Session, order: Order) -> str | None:
    """Why the stored issued order is not intact, or None."""
    if hash_of_text(order.content) != order.content_hash:
        return "数据库中的指令书内容已被改动（内容哈希不符）。"
    try:
        content = orjson.loads(order.content)
        stored = parse_payload(order.qr_payload)
    except (orjson.JSONDecodeError, QrPayloadError):
        return "数据库中的指令书内容或二维码记录已损坏。"
    if (content.get("number") != order.number or stored.number != order.number
            or stored.content_hash != order.content_hash or stored.key_id != order.key_id
            or content.get("deadline") != order.deadline.isoformat()
            or stored.deadline != order.deadline
            or content["addressee"]["credit_code"] != stored.credit_code):
        return "数据库中的指令书记录与其签名内容不一致。"
    rows = s.scalars(select(OrderViolation).where(
        OrderViolation.order_id == order.id, OrderViolation.tombstone.is_(False)
    ).order_by(OrderViolation.position)).all()
    as_rows = [
        {"no": v.position, "fact": v.fact, "duty_articles": orjson.loads(v.duty_articles),
         "penalty_articles": orjson.loads(v.penalty_articles), "requirement": v.requirement,
         "deadline": v.deadline.isoformat(),
         "arrears": _arrears(v.arrears_workers, v.arrears_fen, v.arrears_list)}
        for v in rows
    ]
    in_content = ([{k: v.get(k) for k in as_rows[0]} for v in content["violations"]]
                  if as_rows else [])
    if as_rows != in_content or len(content["violations"]) != len(rows):
        return "数据库中的违法事项与已出具的指令书内容不一致。"
    _, pub = _public_key(s, order.key_id)
    if pub is None or not keys.verify(pub, stored.signature, stored.signed_text.encode("utf-8")):
        return "数据库中的指令书签名无效。"
    return None


def _arrears(workers: int | None, fen: int | None, people: str) -> dict[str, Any] | None:
    """A violation row's arrears as the content holds it (None: none recorded)."""
    from inspector.inspections.arrears import arrears_of
    from inspector.orders.wage_wording import arrears_dict

    entry = arrears_of(workers, fen, people)
    return arrears_dict(entry) if entry is not None else None


def _status_verdict(s: Session, order: Order, number: str) -> Verdict:
    if order.status == "revoked":
        return _bad("E_REVOKED", f"指令书 {number} 已撤销：{order.revoke_reason}", number, order)
    if order.status == "superseded":
        newer = s.scalar(select(Order.number).where(
            Order.supersedes_id == order.id, Order.status != "draft"))
        return _bad("E_SUPERSEDED", f"指令书 {number} 已被 {newer or '新的指令书'} 替代。", number,
                    order)
    label = ORDER_STATUS_LABELS.get(order.status, order.status)
    return Verdict(True, "OK", f"指令书 {number} 真实有效（状态：{label}）。", number,
                   order.id, order.status)


def verify_payload(db: Database, text: str) -> Verdict:
    try:
        p = parse_payload(text)
    except (QrPayloadError, ValueError) as exc:
        return _bad("E_QR_FORMAT", str(exc))
    with db.session() as s:
        bad = _signature_ok(s, p)
        if bad is not None:
            return bad
        order = s.scalar(select(Order).where(Order.number == p.number))
        if order is None and not _in_signers_blocks(s, p):
            return _bad("E_QR_NUMBER_OUTSIDE_BLOCKS",
                        f"签名有效，但文号 {p.number} 不在签名设备已分配的编号段内。", p.number)
        if order is None:
            return Verdict(True, "OK_NOT_STORED",
                           f"签名有效（文号 {p.number}），但本机数据库中没有该指令书，无法核对内容和状态。",
                           p.number)
        problem = stored_problem(s, order)
        if problem is not None:
            return _bad("E_CONTENT_TAMPERED", problem, p.number, order)
        if p.content_hash != order.content_hash:
            return _bad("E_HASH_MISMATCH", "二维码中的内容哈希与存档的指令书不一致。", p.number, order)
        return _status_verdict(s, order, p.number)


def verify_stored(db: Database, order_id: str) -> Verdict:
    """Check a stored issued order on its own (content, rows, signature, status)."""
    with db.session() as s:
        order = s.get(Order, order_id)
        if order is None or order.status == "draft":
            return _bad("E_NOT_ISSUED", "该指令书尚未出具，没有可核验的内容。")
        problem = stored_problem(s, order)
        if problem is not None:
            return _bad("E_CONTENT_TAMPERED", problem, order.number or "", order)
        return _status_verdict(s, order, order.number or "")


def read_qr_payloads(pdf: Path, *, dpi: int = 150) -> list[str]:
    """Render each page with pdftoppm and decode its QR codes (needs poppler-utils, zxing-cpp)."""
    if shutil.which("pdftoppm") is None:
        raise QrReaderError("从 PDF 读取二维码需要 pdftoppm（poppler-utils），本机未安装。")
    try:
        import zxingcpp
        from PIL import Image
    except ImportError:
        raise QrReaderError("从 PDF 读取二维码需要 zxing-cpp 和 Pillow，本机未安装。") from None
    if not pdf.is_file():
        raise InspectorError(f"找不到文件：{pdf}", code="E_FILE_NOT_FOUND")
    with tempfile.TemporaryDirectory() as tmp:
        proc = subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), f"{tmp}/page"],
                              capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise InspectorError(f"无法渲染 PDF：{proc.stderr.strip()}", code="E_PDF_UNREADABLE")
        found: list[str] = []
        for page in sorted(Path(tmp).glob("page*.png")):
            with Image.open(page) as img:
                for code in zxingcpp.read_barcodes(img):
                    if code.text and code.text not in found:
                        found.append(code.text)
    return found


def verify_pdf(db: Database, pdf: Path) -> list[Verdict]:
    """One verdict per distinct QR payload found on the PDF's pages."""
    payloads = read_qr_payloads(pdf)
    if not payloads:
        return [_bad("E_QR_NOT_FOUND", "PDF 中没有找到可识别的二维码。")]
    return [verify_payload(db, text) for text in payloads]

