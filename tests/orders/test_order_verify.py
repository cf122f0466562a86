"""Issuing is final and forgery shows: canonical hash, Ed25519 payload, tamper checks."""

from __future__ import annotations

import base64
import hashlib
import json
import sqlite3

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select

from inspector import keys
from inspector.documents.qr import qr_version
from inspector.domain.orders import Order
from inspector.domain.registry import Device
from inspector.orders.drafting import supersede
from inspector.orders.issuing import issue_order, revoke_order
from inspector.orders.qrpayload import b64url, parse_payload, signed_text
from inspector.orders.verify import verify_payload, verify_stored


def test_payload_is_compact_and_verifiable_without_this_program(db, issued) -> None:
    """The documented recipe: split at the last '|', Ed25519-verify the UTF-8 bytes."""
    text = issued.qr_payload
    assert len(text) <= 200 and qr_version(text) <= 10
    signed, sig = text.rsplit("|", 1)
    with db.session() as s:
        dev = s.scalar(select(Device).where(Device.key_id == signed.split("|")[5]))
        order = s.get(Order, issued.order_id)
    pub = Ed25519PublicKey.from_public_bytes(base64.b64decode(dev.public_key))
    pub.verify(base64.urlsafe_b64decode(sig + "=" * (-len(sig) % 4)), signed.encode("utf-8"))
    # Canonical JSON is plain json.dumps with sorted keys and no whitespace.
    content = json.loads(order.content)
    canonical = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert canonical == order.content
    digest = hashlib.sha256(canonical.encode("utf-8")).digest()
    fields = signed.split("|")
    assert fields[0] == "SI1" and fields[1] == issued.number
    assert fields[2] == content["addressee"]["credit_code"]
    assert fields[3] == content["deadline"].replace("-", "")
    assert fields[4] == b64url(digest)
    assert verify_payload(db, text).code == "OK"


def test_one_changed_character_is_invalid(db, issued) -> None:
    text = issued.qr_payload
    positions = {"number": text.index("〕") + 1, "credit": 30, "hash": text.index("|", 40) + 3,
                 "signature": len(text) - 5}
    for where, i in positions.items():
        ch = text[i]
        repl = "0" if ch != "0" else "1"
        forged = text[:i] + repl + text[i + 1:]
        verdict = verify_payload(db, forged)
        assert not verdict.valid, where
        assert verdict.code in ("E_QR_SIGNATURE", "E_QR_FORMAT"), (where, verdict)


def test_payload_signed_by_another_key(db, issued) -> None:
    p = parse_payload(issued.qr_payload)
    stranger = Ed25519PrivateKey.generate()
    stranger_id = keys.key_id_of(keys.public_raw(stranger.public_key()))
    text = signed_text(p.number, p.credit_code, p.deadline, p.content_hash, stranger_id)
    forged = text + "|" + b64url(stranger.sign(text.encode()))
    assert verify_payload(db, forged).code == "E_QR_UNKNOWN_KEY"
    # Same forgery claiming our key id: the signature does not hold.
    text = signed_text(p.number, p.credit_code, p.deadline, p.content_hash, p.key_id)
    forged = text + "|" + b64url(stranger.sign(text.encode()))
    assert verify_payload(db, forged).code == "E_QR_SIGNATURE"


def test_edited_stored_order_is_detected(db, db_path, issued) -> None:
    """Raw SQL bypasses the ORM guard; verification still catches it."""
    con = sqlite3.connect(db_path)
    con.execute("UPDATE rectification_order SET content = replace(content, '违反了', '违背了')")
    con.commit()
    verdict = verify_payload(db, issued.qr_payload)
    assert (verdict.valid, verdict.code) == (False, "E_CONTENT_TAMPERED")
    assert verify_stored(db, issued.order_id).code == "E_CONTENT_TAMPERED"
    # Re-hashing the edited content does not help: the signed hash no longer matches.
    with db.session() as s:
        content = s.get(Order, issued.order_id).content
    con.execute("UPDATE rectification_order SET content_hash = ?",
                (hashlib.sha256(content.encode()).hexdigest(),))
    con.commit()
    assert verify_payload(db, issued.qr_payload).code == "E_CONTENT_TAMPERED"
    con.close()


def test_edited_violation_row_is_detected(db, db_path, issued) -> None:
    con = sqlite3.connect(db_path)
    con.execute("UPDATE order_violation SET deadline = '2027-06-30' WHERE position = 1")
    con.commit()
    con.close()
    verdict = verify_payload(db, issued.qr_payload)
    assert verdict.code == "E_CONTENT_TAMPERED" and "违法事项" in verdict.reason


def test_revoked_and_superseded_are_invalid(db, block, visit, issued) -> None:
    new_draft = supersede(db, issued.order_id, reason="地址写错")
    newer = issue_order(db, new_draft)
    old = verify_payload(db, issued.qr_payload)
    assert (old.valid, old.code) == (False, "E_SUPERSEDED")
    assert newer.number in old.reason
    assert verify_payload(db, newer.qr_payload).valid
    with db.session() as s:
        assert json.loads(s.get(Order, newer.order_id).content)["supersedes"] == issued.number
    revoke_order(db, newer.order_id, reason="经复核不应出具")
    revoked = verify_payload(db, newer.qr_payload)
    assert (revoked.valid, revoked.code) == (False, "E_REVOKED")
    assert "经复核不应出具" in revoked.reason


def test_unknown_order_with_good_signature(db, issued, db_path) -> None:
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute("UPDATE rectification_order SET number = 'X'")
    con.commit()
    con.close()
    verdict = verify_payload(db, issued.qr_payload)
    assert (verdict.valid, verdict.code) == (True, "OK_NOT_STORED")


def test_private_key_is_owner_only(db) -> None:
    mode = keys.key_path(db.key_dir).stat().st_mode & 0o777
    assert mode == 0o600


@pytest.mark.parametrize("extra", [" ", "\n", "\r\n", "\t"])
def test_payload_is_taken_exactly(db, issued, extra: str) -> None:
    """docs/qr-payload.md: nothing is normalised — a trailing space or newline is not OK."""
    assert verify_payload(db, issued.qr_payload).code == "OK"
    for text in (issued.qr_payload + extra, extra + issued.qr_payload):
        verdict = verify_payload(db, text)
        assert (verdict.valid, verdict.code) == (False, "E_QR_FORMAT"), repr(text)


def test_number_outside_the_signers_blocks(db, issued) -> None:
    """A number the signer was never allocated is reported as such, not OK_NOT_STORED."""
    from inspector.identity import load_key

    p = parse_payload(issued.qr_payload)
    key = load_key(db)
    for number, code in ((p.number.replace("〕1号", "〕999号"), "E_QR_NUMBER_OUTSIDE_BLOCKS"),
                         ("某某字第1号", "E_QR_NUMBER_OUTSIDE_BLOCKS"),
                         (p.number.replace("〕1号", "〕2号"), "OK_NOT_STORED")):
        text = signed_text(number, p.credit_code, p.deadline, p.content_hash, key.key_id)
        verdict = verify_payload(db, text + "|" + b64url(key.sign(text.encode())))
        assert verdict.code == code, (number, verdict)
        assert verdict.valid is (code == "OK_NOT_STORED")
