"""Order PDF speed: one order (two parts, QR, embedded CJK subset) vs a bare reportlab page.

    .venv/bin/python benchmarks/bench_orders.py [--repeat 20]

In one run, in a temporary folder:
1. builds a database with one issued order of three violations (real services);
2. warm, interleaved `--repeat` times (font registered, after one warm-up): the
   baseline, a bare one-page reportlab document with a paragraph of Chinese in
   the same font file registered as a plain reportlab font (no subset cache);
   the render of a fresh order each time (copies of the order to addressees and
   sites with characters of their own, as real orders differ); the render of
   the same order again; and the full path `write_order_pdf` (database reads +
   render + fsync'd atomic write). Prints medians and each one's ratio to the
   baseline (goal for the fresh render ≤ 2.0×, aim ≤ 1.5×);
3. cold: a fresh Python process opens the database, then makes its first order
   PDF (reportlab import, font registration, QR, render); prints that time
   (goal ≤ 0.5 s) and the whole process's wall time for reference. It runs
   twice with a private font cache folder: first empty (the very first start
   after installing, or after the font file changed: the font is parsed and the
   cache written), then filled (every later start). The goal is judged on the
   second; the first is printed for reference.
Each figure is followed by "met" or "NOT met" against its goal.
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from inspector.appdb import open_app_database  # noqa: E402
from inspector.devices import init_device  # noqa: E402
from inspector.documents.order_pdf import OrderSheet  # noqa: E402
from inspector.inspections.service import (  # noqa: E402
    answer_item,
    attach_evidence,
    finalize_inspection,
    start_inspection,
)
from inspector.orders.drafting import draft_orders  # noqa: E402
from inspector.orders.issuing import issue_order  # noqa: E402
from inspector.orders.numbers import add_block  # noqa: E402
from inspector.queries.inspections import inspection_form, templates  # noqa: E402
from inspector.registry.credit_code import make  # noqa: E402
from inspector.registry.service import EmployerInput, SiteInput, upsert_inspector, upsert_site  # noqa: E402
from inspector.storage import Database  # noqa: E402
from tests.core.helpers import photo_bytes  # noqa: E402

BAD = {"C04": "未能出示专户开户资料", "C07": "未能提供保证金存储凭证", "C19": "告示牌缺少投诉电话"}
CHILD = """
import sys, time
t0 = time.perf_counter()
sys.path.insert(0, {root!r})
from inspector.appdb import open_app_database  # noqa: E402
db = open_app_database({db!r})
t1 = time.perf_counter()
from inspector.orders.printing import write_order_pdf
write_order_pdf(db, {number!r}, __import__("pathlib").Path({out!r}))
t2 = time.perf_counter()
from inspector.orders.printing import warm_up
warm_up(db)
t3 = time.perf_counter()
write_order_pdf(db, {number!r}, __import__("pathlib").Path({out!r}))
t4 = time.perf_counter()
print(t1 - t0, t2 - t1, t3 - t2, t4 - t3)
"""


def build(folder: Path) -> tuple[Database, str]:
    db = open_app_database(folder / "bench.db")
    init_device(db)
    with db.uow() as s:
        site_id, _ = upsert_site(s, SiteInput(
            name="幸福里小区1号楼", township="城关镇",
            general_contractor=EmployerInput("宏达建设集团有限公司", make("91339901MA0000010"),
                                             legal_rep="张三", address="城关镇人民路1号"),
        ))
        ins = [upsert_inspector(s, name=n, credential_no=c)
               for n, c in (("王五", "33990001"), ("赵六", "33990002"))]
    tpl = next(t[0] for t in templates(db, "site"))
    iid = start_inspection(db, target_kind="site", template_id=tpl, inspector_ids=ins,
                           site_id=site_id)
    for it in inspection_form(db, iid).items:
        if it.answer_type in ("yes_no", "yes_no_na"):
            bad = it.code in BAD
            answer_item(db, iid, it.item_id, answer="non_compliant" if bad else "compliant",
                        note=BAD.get(it.code, ""))
            if bad:
                attach_evidence(db, iid, photo_bytes(f"photo {it.code}"), item_id=it.item_id)
    finalize_inspection(db, iid)
    assert db.device_id is not None  # set by init_device above
    add_block(db, db.device_id, 1, 100)
    (oid,) = draft_orders(db, iid)
    return db, issue_order(db, oid).number


# Names of made-up addressees, one per fresh order: characters outside the fixed wording,
# so each fresh order has a last font subset of its own (as real orders do).
NAME_CHARS = "鑫瑞祥泰恒丰盛隆鸿鹏锦绣华晟宸睿铭昊骏驰嘉禾润泽"


def fresh_sheets(sheet: OrderSheet, count: int) -> list[OrderSheet]:
    """`count` copies of the order, each to a different addressee and site."""
    out = []
    for i in range(count):
        a, b = NAME_CHARS[i % len(NAME_CHARS)], NAME_CHARS[(i * 7 + 3) % len(NAME_CHARS)]
        content = copy.deepcopy(sheet.content)
        content["addressee"]["name"] = f"{a}{b}建筑劳务有限公司"
        content["addressee"]["address"] = f"城关镇{b}{a}路{i + 1}号"
        content["paragraphs"]["facts_intro"] = content["paragraphs"]["facts_intro"].replace(
            "幸福里", f"{a}{b}苑")
        out.append(dataclasses.replace(sheet, content=content))
    return out


def bare_font() -> str:
    """The document font registered a second time as plain reportlab: no subset cache.

    Its metrics come from the same cache file and its tables are memoized as the app's
    are (both make it faster than stock reportlab): the baseline is not handicapped.
    """
    from reportlab.pdfbase import pdfmetrics

    from inspector.documents import fonts

    choice = fonts.choose_font("")
    font = fonts.load_ttfont("SIBare", choice.path, fonts.font_cache_dir())
    # reportlab hands a second registration of the same face (by its PostScript name)
    # the first font object: renamed, this one stays a plain font of its own.
    font.face.name = font.face.name + b"-bare"
    pdfmetrics.registerFont(font)
    assert pdfmetrics.getFont("SIBare") is font
    fonts._memoize_tables(font)
    return "SIBare"


def bare_page(font: str, out: io.BytesIO) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    style = ParagraphStyle("b", fontName=font, fontSize=12, leading=18, wordWrap="CJK")
    text = ("经查，你单位在“幸福里小区1号楼”项目中存在下列违反劳动保障法律、法规或者规章的行为："
            "施工总承包单位未按规定开设农民工工资专用账户，违反了《保障农民工工资支付条例》"
            "第二十六条的规定。") * 4
    SimpleDocTemplate(out, pagesize=A4, initialFontName=font).build([Paragraph(text, style)])


RATIO_GOAL = 2.0
RATIO_AIM = 1.5
COLD_GOAL_MS = 500.0


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


def cold_run(folder: Path, number: str, cache: Path) -> tuple[float, float, float, float]:
    """One fresh process: (db open s, first PDF s, second PDF s, wall s) with font cache `cache`."""
    env = {**os.environ, "INSPECTOR_CACHE_DIR": str(cache)}
    t = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", CHILD.format(root=str(ROOT), db=str(folder / "bench.db"),
                                           number=number, out=str(folder / "cold.pdf"))],
        capture_output=True, text=True, check=True, env=env)
    wall = time.perf_counter() - t
    open_s, first_pdf_s, _, second_pdf_s = map(float, proc.stdout.split())
    return open_s, first_pdf_s, second_pdf_s, wall


def interleaved_ms(fns: dict[str, Callable[[int], object]], repeat: int) -> dict[str, float]:
    """Median ms of each function, called in turn `repeat` times (load affects all alike)."""
    times: dict[str, list[float]] = {name: [] for name in fns}
    for i in range(repeat):
        for name, fn in fns.items():
            t = time.perf_counter()
            fn(i)
            times[name].append(time.perf_counter() - t)
    return {name: statistics.median(ts) * 1000 for name, ts in times.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db, number = build(folder)
        db.dispose()

        # Cold first: fresh processes, database opened, then their first PDF; the first
        # run finds no font cache (and writes it), the second uses it.
        cache = folder / "cache"
        _, first_nocache_s, _, _ = cold_run(folder, number, cache)
        open_s, first_pdf_s, second_pdf_s, wall = cold_run(folder, number, cache)

        from inspector.documents.fonts import document_font
        from inspector.documents.order_pdf import render_order
        from inspector.orders.printing import order_sheet, write_order_pdf

        db = open_app_database(folder / "bench.db")
        font, plain = document_font(""), bare_font()
        out = folder / "warm.pdf"
        write_order_pdf(db, number, out)  # warm-up
        sheet = order_sheet(db, number)
        sheets = fresh_sheets(sheet, args.repeat + 1)
        render_order(sheets[-1], io.BytesIO(), font=font)
        bare_page(plain, io.BytesIO())
        ms = interleaved_ms({
            "bare": lambda _i: bare_page(plain, io.BytesIO()),
            "fresh": lambda i: render_order(sheets[i], io.BytesIO(), font=font),
            "same": lambda _i: render_order(sheet, io.BytesIO(), font=font),
            "full": lambda _i: write_order_pdf(db, number, out),
        }, args.repeat)
        db.dispose()
    bare = ms["bare"]
    fresh, same, full = ms["fresh"] / bare, ms["same"] / bare, ms["full"] / bare
    print(f"bare one-page reportlab document, same font:    {bare:7.1f} ms  (baseline,"
          f" median of {args.repeat}, interleaved)")
    print(f"order PDF render, a fresh order each time:      {ms['fresh']:7.1f} ms  = {fresh:.2f}x"
          f"  (goal ≤ {RATIO_GOAL}x: {verdict(fresh <= RATIO_GOAL)};"
          f" aim ≤ {RATIO_AIM}x: {verdict(fresh <= RATIO_AIM)})")
    print(f"order PDF render, the same order again:         {ms['same']:7.1f} ms  = {same:.2f}x")
    print(f"order PDF full path (db + render + fsync'd write): {ms['full']:4.1f} ms  = {full:.2f}x"
          "  (reference)")
    print(f"first order PDF in a fresh process (db open):   {first_pdf_s * 1000:7.1f} ms"
          f"  (goal ≤ {COLD_GOAL_MS:.0f} ms: {verdict(first_pdf_s * 1000 <= COLD_GOAL_MS)})")
    print(f"  the same without a font cache (first start):  {first_nocache_s * 1000:7.1f} ms"
          f"  ({verdict(first_nocache_s * 1000 <= COLD_GOAL_MS)}; parses the font, writes the cache)")
    print(f"  opening the database in that process:         {open_s * 1000:7.1f} ms")
    print(f"  the second PDF in that process:               {second_pdf_s * 1000:7.1f} ms"
          "  (what warm_up() at start-up buys for the first one)")
    print(f"  whole process wall time incl. interpreter:    {wall * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
