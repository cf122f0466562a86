"""The QR payload printed on an issued order: compact, readable, Ed25519-signed.

Format (docs/qr-payload.md is the reference, with a worked example):

    SI1|<文号>|<统一社会信用代码>|<期限 YYYYMMDD>|<内容哈希 b64url>|<key id>|<签名 b64url>

- the content hash is the 32-byte SHA-256 of the canonical content, base64url
  without padding (43 characters);
- the key id is 16 hex digits (SHA-256 of the raw public key, truncated);
- the signature is Ed25519 over the UTF-8 bytes of everything before the last
  `|`, base64url without padding (86 characters).

About 200 characters (the number is the only variable part), which fits a
version-10 QR code at error-correction level M that prints legibly at ~3 cm.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from inspector.errors import InspectorError

PREFIX = "SI1"
SEP = "|"
_CREDIT = re.compile(r"^[0-9A-Z]{18}$")
_KEY_ID = re.compile(r"^[0-9a-f]{16}$")


class QrPayloadError(InspectorError):
    code = "E_QR_FORMAT"


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64url(text: str) -> bytes:
    if not re.fullmatch(r"[A-Za-z0-9_-]*", text):
        raise QrPayloadError("二维码内容含有非法字符。")
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass(frozen=True)
class Payload:
    number: str
    credit_code: str
    deadline: date
    content_hash: str  # hex, like the stored column
    key_id: str
    signature: bytes

    @property
    def signed_text(self) -> str:
        return signed_text(self.number, self.credit_code, self.deadline, self.content_hash,
                           self.key_id)

    def encode(self) -> str:
        return self.signed_text + SEP + b64url(self.signature)


def signed_text(number: str, credit_code: str, deadline: date, content_hash: str,
                key_id: str) -> str:
    """The exact text whose UTF-8 bytes are signed."""
    if SEP in number:
        raise QrPayloadError(f"文号不能含有“{SEP}”。")
    return SEP.join([
        PREFIX, number, credit_code, deadline.strftime("%Y%m%d"),
        b64url(bytes.fromhex(content_hash)), key_id,
    ])


def make_payload(
    *, number: str, credit_code: str, deadline: date, content_hash: str, key_id: str,
    sign: Callable[[bytes], bytes],
) -> Payload:
    text = signed_text(number, credit_code, deadline, content_hash, key_id)
    return Payload(number, credit_code, deadline, content_hash, key_id,
                   sign(text.encode("utf-8")))


def parse_payload(text: str) -> Payload:
    """Parse (not verify) a payload; raises QrPayloadError (E_QR_FORMAT) on any malformation."""
    # Nothing is normalised (docs/qr-payload.md): a stray space or newline is not the payload.
    parts = text.split(SEP)
    if len(parts) != 7 or parts[0] != PREFIX:
        raise QrPayloadError("不是本系统指令书的二维码内容（格式或版本不符）。")
    _, number, credit, deadline_s, hash_s, key_id, sig_s = parts
    if not number:
        raise QrPayloadError("二维码内容缺少文号。")
    if not _CREDIT.match(credit):
        raise QrPayloadError("二维码中的统一社会信用代码格式不正确。")
    if not _KEY_ID.match(key_id):
        raise QrPayloadError("二维码中的密钥标识格式不正确。")
    try:
        deadline = date(int(deadline_s[:4]), int(deadline_s[4:6]), int(deadline_s[6:8]))
        if len(deadline_s) != 8:
            raise ValueError
    except ValueError:
        raise QrPayloadError("二维码中的整改期限格式不正确。") from None
    digest = unb64url(hash_s)
    signature = unb64url(sig_s)
    if len(digest) != 32 or len(signature) != 64:
        raise QrPayloadError("二维码中的内容哈希或签名长度不正确。")
    payload = Payload(number, credit, deadline, digest.hex(), key_id, signature)
    if payload.encode() != text:
        # Fields that parse but are not written as the issuer writes them (a trailing
        # newline, full-width digits, non-canonical base64): not the signed text.
        raise QrPayloadError("二维码内容与规范格式不完全一致（例如多余的空格或换行），不做任何规范化。")
    return payload
