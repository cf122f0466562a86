"""The arrears list (欠薪人员清单) attached to a wage-arrears order, from its canonical content."""

from __future__ import annotations

from typing import Any


def _yuan(fen: int) -> str:
    return f"{fen // 100}.{fen % 100:02d}"


def arrears_list_story(content: dict[str, Any], st: Any) -> list[Any]:
    """A page break, then one ruled table per wage violation with a list: 序号 姓名 月份 金额."""
    from reportlab.lib.units import cm
    from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

    from inspector.documents.layout import esc, para

    story: list[Any] = [PageBreak(), para("附件：欠薪人员清单", st.title),
                        para(content["number"] or "（草稿，未编号）", st.number)]
    for entry in content["arrears_list"]:
        listed = sum(p["amount_fen"] for p in entry["list"])
        story.append(Paragraph(esc(
            f"第{entry['no']}项：涉及劳动者{entry['workers']}名，金额共计{_yuan(entry['amount_fen'])}元；"
            f"本清单列明{len(entry['list'])}名，合计{_yuan(listed)}元。"), st.body))
        rows = [[para(h, st.cell) for h in ("序号", "姓名", "拖欠月份", "金额（元）")]]
        for n, p in enumerate(entry["list"], start=1):
            rows.append([Paragraph(str(n), st.cell), para(p["name"], st.cell),
                         para(p["months"], st.cell),
                         para(_yuan(p["amount_fen"]), st.cell)])
        table = Table(rows, colWidths=[1.6 * cm, 4.0 * cm, 6.0 * cm, 4.4 * cm], repeatRows=1)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, (0, 0, 0)),
                                   ("FONTNAME", (0, 0), (-1, -1), st.font),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        story += [table, Spacer(1, 0.4 * cm)]
    return story
