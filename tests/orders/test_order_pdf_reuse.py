"""Font subsets and paragraphs reused across orders: each PDF still shows its own text."""

from __future__ import annotations

import copy
import dataclasses
import subprocess
from pathlib import Path

from reportlab.pdfbase import pdfmetrics

from inspector.documents.fonts import document_font
from inspector.documents.order_pdf import order_wording, render_order
from inspector.orders.printing import order_sheet
from tests.orders.conftest import pdftotext

RARE_NAME = "鑫瑞祥锦绣建筑劳务有限公司"  # its first five are in no pre-filled wording


def _fonts(pdf: Path) -> list[str]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    return out.stdout.splitlines()[2:]


def test_two_orders_share_their_fixed_subsets_and_print_their_own_names(
        db, issued, tmp_path: Path) -> None:
    assert not set(RARE_NAME[:5]) & set(order_wording())
    font = document_font("")
    sheet = order_sheet(db, issued.number)
    content = copy.deepcopy(sheet.content)
    content["addressee"]["name"] = RARE_NAME
    other = dataclasses.replace(sheet, content=content)
    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    with first.open("wb") as fh:
        render_order(sheet, fh, font=font)
    with second.open("wb") as fh:
        render_order(other, fh, font=font)

    text1, text2 = pdftotext(first), pdftotext(second)
    assert "宏达建设集团有限公司" in text1 and RARE_NAME not in text1
    assert RARE_NAME in text2 and "宏达建设集团有限公司" not in text2
    assert "逾期不改正的" in text1 and "逾期不改正的" in text2  # memoized paragraphs drawn
    for pdf in (first, second):  # still embedded subsets, one per 256 characters
        fonts = _fonts(pdf)
        assert len(fonts) == 3, fonts  # two pre-filled subsets, then the order's own
        assert all(line.split()[-5:-3] == ["yes", "yes"] for line in fonts), fonts
        subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, check=True)

    # The compressed font-file streams made for the first order are written, byte for
    # byte, into the second: the pre-filled subsets are the same in both.
    cache = pdfmetrics.getFont(font).face.si_subset_cache.items
    data1, data2 = first.read_bytes(), second.read_bytes()
    in_both = [packed for _raw, packed in cache.values() if packed in data1 and packed in data2]
    only_second = [packed for _raw, packed in cache.values()
                   if packed in data2 and packed not in data1]
    assert len(in_both) >= 2 and len(only_second) == 1


def test_the_prefill_ends_on_a_subset_boundary() -> None:
    """The pre-filled wording fills whole subsets (reportlab's layout as subsets.py states
    it), so an order's own characters start a subset of their own."""
    from reportlab.pdfgen.canvas import Canvas

    from inspector.documents.subsets import prefill

    font = document_font("")
    canvas = Canvas(None)
    wording = order_wording()
    prefill(canvas, font, wording)
    state = pdfmetrics.getFont(font).state[canvas._doc]
    assert len(wording) > 159 and state.nextCode % 256 == 0
    assert len(state.subsets) == state.nextCode // 256
    assert len(state.subsets[-1]) == 256  # full: the next character opens a new subset
