"""送达 with a 代收人, a written 拒收事由 and a late service, and the 送达回证 they fill."""

from __future__ import annotations

import re
import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from inspector import clock
from inspector.errors import ValidationError
from inspector.orders.followup import late_service_warning, serve_order
from inspector.orders.printing import write_order_pdf, write_receipt_pdf
from inspector.queries.orders import get_order
from tests.core.helpers import photo_bytes
from tests.orders.conftest import pdftotext, squeezed


def test_receiver_on_behalf_signs(db, issued, tmp_path: Path) -> None:
    sid = serve_order(db, issued.order_id, method="direct", receiver_on_behalf="王小明",
                      receiver_on_behalf_relation="项目部文员", place="项目部")
    assert late_service_warning(db, sid) == ""
    flat = squeezed(pdftotext(write_receipt_pdf(db, issued.number, tmp_path / "r.pdf")))
    for needle in ["代收人：王小明", "与受送达人关系（代收理由）：项目部文员", "签收：王小明（代收）",
                   "（印章）"]:
        assert needle in flat, needle
    assert "【逾期送达】" not in flat
    order_flat = squeezed(pdftotext(write_order_pdf(db, issued.number, tmp_path / "o.pdf")))
    assert "王小明" in order_flat and "代收（项目部文员）" in order_flat


@pytest.mark.parametrize(("kwargs", "code"), [
    ({"method": "direct", "receiver_on_behalf": "王小明"}, "E_SERVICE_RECEIVER"),
    ({"method": "direct"}, "E_SERVICE_RECIPIENT"),
    ({"method": "direct", "recipient_name": "李", "refusal_reason": "不签"}, "E_SERVICE_REFUSED"),
])
def test_service_rules(db, issued, kwargs: dict, code: str) -> None:
    with pytest.raises(ValidationError) as err:
        serve_order(db, issued.order_id, **kwargs)
    assert err.value.code == code


def test_refusal_reason_is_the_inspectors_text(db, issued, tmp_path: Path) -> None:
    serve_order(db, issued.order_id, method="left_at_premises", refused_to_sign=True,
                refusal_reason="项目经理称法定代表人不在，拒绝签字", witness="门卫 王某",
                place="项目部", evidence=[photo_bytes("refused")])
    flat = squeezed(pdftotext(write_receipt_pdf(db, issued.number, tmp_path / "r.pdf")))
    for needle in ["拒收事由：项目经理称法定代表人不在，拒绝签字，已将文书留置于项目部。",
                   "拒收（见拒收事由）", "见证人签名门卫王某（签名）：", "见证人：门卫王某"]:
        assert needle in flat, needle
    assert "/" not in flat.split("拒收事由及见证人")[1].split("送达人")[0]
    assert "签收：" not in flat


def test_late_service_is_allowed_warned_and_marked(db, issued, tmp_path: Path) -> None:
    deadline = get_order(db, issued.order_id).row.deadline
    late_at = datetime.combine(deadline + timedelta(days=2), datetime.min.time()) + timedelta(
        hours=2)
    with clock.frozen_at(late_at + timedelta(hours=1)):  # recorded once it happened
        sid = serve_order(db, issued.order_id, method="direct", recipient_name="李志强",
                          served_at=late_at)
    warning = late_service_warning(db, sid)
    assert "晚于整改期限" in warning and f"{deadline.month}月{deadline.day}日" in warning
    receipt = write_receipt_pdf(db, issued.number, tmp_path / "r.pdf")
    assert "【逾期送达】" in squeezed(pdftotext(receipt))
    info = subprocess.run(["pdfinfo", "-isodates", str(receipt)], capture_output=True,
                          text=True, check=True).stdout
    created = re.search(r"CreationDate:\s+(\S+)", info)
    assert created is not None
    assert created.group(1).startswith((deadline + timedelta(days=2)).isoformat()), info
