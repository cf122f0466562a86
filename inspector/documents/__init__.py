"""Printed documents: the order (指令书) and its 送达回证 as A4 PDF, fonts, QR codes, dates.

This package renders plain data (`OrderSheet`, `ReceiptSheet`) and never reads
the database; `inspector.orders.printing` assembles those from stored orders.
reportlab is imported only when a document is rendered (it costs ~0.1 s).
"""

from __future__ import annotations

from inspector.documents.dates import format_cn_date, format_cn_datetime

__all__ = ["format_cn_date", "format_cn_datetime"]
