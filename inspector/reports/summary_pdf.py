"""The periodic summary as an A4 PDF, in the documents' own embedded font."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from inspector.config import load_authority
from inspector.documents.dates import format_cn_date
from inspector.reports.figures import FIGURES
from inspector.storage import Database
from inspector.storage.files import write_via_temp


def render_summary_pdf(db: Database, doc: dict[str, Any], text: str, out: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from inspector import clock
    from inspector.documents.fonts import document_font
    from inspector.documents.layout import esc, styles

    with db.session() as s:
        settings = load_authority(s)
    font = document_font(settings.document_font)
    st = styles(font)
    start = datetime.fromisoformat(doc["period_from"]).date()
    end = datetime.fromisoformat(doc["period_to"]).date()
    story: list[Any] = [
        Paragraph(esc(settings.authority_name), st.authority),
        Paragraph("根治欠薪工作情况汇总", st.title),
        Paragraph(esc(f"统计期间：{format_cn_date(start)}至{format_cn_date(end)}"), st.right),
        Spacer(1, 0.4 * cm),
        Paragraph(esc(text), st.indent),
        Spacer(1, 0.6 * cm),
    ]
    rows: list[list[Any]] = [[Paragraph("指标", st.cell), Paragraph("数值", st.cell)]]
    for key, fig in FIGURES.items():
        value = doc.get(key)
        shown = "；".join(f"{k} {v}" for k, v in value.items()) if isinstance(value, dict) \
            else str(value if value is not None else "—")
        rows.append([Paragraph(esc(fig.label), st.cell), Paragraph(esc(shown), st.cell)])
    table = Table(rows, colWidths=[8 * cm, 8.5 * cm], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("FONTNAME", (0, 0), (-1, -1), font),  # not Helvetica
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story.append(table)
    story.append(Spacer(1, 0.6 * cm))
    story.append(Paragraph(esc(f"制表日期：{format_cn_date(clock.today())}"), st.right))

    def write(tmp: Path) -> None:
        pdf = SimpleDocTemplate(str(tmp), pagesize=A4, title="根治欠薪工作情况汇总",
                                author=settings.authority_name, leftMargin=2.5 * cm,
                                rightMargin=2.5 * cm, topMargin=2.5 * cm, bottomMargin=2.5 * cm,
                                # else an unused, non-embedded Helvetica lands in the resources
                                initialFontName=font, initialFontSize=12)
        pdf.build(story)

    write_via_temp(out, write)
